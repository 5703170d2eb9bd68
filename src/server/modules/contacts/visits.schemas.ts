import { z } from 'zod';
import { isoDate, pageOf, pageQuery } from '../../platform/paging.ts';

/** Contact visits (走访): logged by cadres at enterprises or places, optionally under a contact link. */

const refId = (what: string) => z.number().int().positive().max(Number.MAX_SAFE_INTEGER).describe(what);
const queryId = (what: string) => z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().describe(what);
const text = (max: number, what: string) => z.string().trim().min(1).max(max).describe(what);

export const visitView = z.object({
  id: z.number().int().describe('Visit id'),
  visitorUserId: z.number().int().describe('Who visited (the user who logged it)'),
  visitorName: z.string().describe('Their display name'),
  visitedOn: z.string().describe('Date of the visit'),
  enterpriseId: z.number().int().nullable().describe('The enterprise visited'),
  enterpriseName: z.string().nullable().describe('Its name'),
  placeId: z.number().int().nullable().describe('The community or compound visited'),
  placeName: z.string().nullable().describe('Its name'),
  linkId: z.number().int().nullable().describe('The contact link the visit was made under'),
  peopleMet: z.string().describe('Who was met'),
  findings: z.string().describe('What was found: problems, needs, follow-ups'),
});
export type VisitView = z.infer<typeof visitView>;
export const visitListView = pageOf(visitView);

export const createVisitBody = z
  .object({
    visitedOn: isoDate.describe('Date of the visit (not in the future)'),
    enterpriseId: refId('The enterprise visited (one of enterpriseId and placeId); must lie in the caller\'s visits.write scope').optional(),
    placeId: refId('The community or compound visited (one of enterpriseId and placeId)').optional(),
    linkId: refId('The contact link the visit is made under: in force on visitedOn, to the same enterprise or place, and the caller\'s own for a cadre pairing').optional(),
    peopleMet: text(500, 'Who was met'),
    findings: text(4000, 'What was found'),
  })
  .strict();
export type CreateVisitInput = z.infer<typeof createVisitBody>;

export const listVisitsQuery = z
  .object({
    visitorUserId: queryId('Only visits by this user'),
    enterpriseId: queryId('Only visits to this enterprise (one the caller may read)'),
    placeId: queryId('Only visits to this place (one the caller may read)'),
    linkId: queryId('Only visits made under this link'),
    from: isoDate.optional().describe('Only visits on or after this date'),
    to: isoDate.optional().describe('Only visits on or before this date'),
    ...pageQuery,
  })
  .strict();
export type ListVisitsInput = z.infer<typeof listVisitsQuery>;
