import { z } from 'zod';
import { isoDate, pageOf, pageQuery } from '../../platform/paging.ts';
import { accountabilityDecisions, accountabilityStatuses } from './tasks.rules.ts';
import { accountabilityView } from './tasks.schemas.ts';

const queryId = (what: string) => z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).describe(what);

export const listAccountabilityQuery = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100).optional().describe('Only records of items on lists of this year'),
    listId: queryId('Only records of items on this list').optional(),
    status: z.enum(accountabilityStatuses).optional().describe('Only open, decided or escalated records'),
    ...pageQuery,
  })
  .strict();
export type ListAccountabilityInput = z.infer<typeof listAccountabilityQuery>;
export const accountabilityListView = pageOf(accountabilityView);

export const decideBody = z
  .object({
    decision: z.enum(accountabilityDecisions).describe('upheld (the measure stands) or waived (with a reason)'),
    decidedOn: isoDate.describe('Day decided: not before the record was opened, not in the future'),
    note: z.string().trim().max(2000).optional().describe('The reasoning; required when waiving'),
  })
  .strict();
export type DecideInput = z.infer<typeof decideBody>;

export const escalateBody = z
  .object({
    escalatedOn: isoDate.describe('Day escalated: not before the record was opened, not in the future'),
    note: z.string().trim().max(2000).optional().describe('Why it goes up a level'),
  })
  .strict();
export type EscalateInput = z.infer<typeof escalateBody>;

export const sweepBody = z.object({ on: isoDate.optional().describe('Judge overdue on this day (not in the future); today when omitted') }).strict();
export const sweepView = z.object({ opened: z.number().int().describe('Accountability records opened by this sweep'), on: z.string().describe('The day judged') });

const levelView = z.object({
  code: z.string().describe('Level code, unique in the park'),
  name: z.string().describe('Level name, e.g. 提醒, 约谈, 通报批评'),
  rank: z.number().int().describe('Rank on the ladder, from 1 (lowest)'),
});
export const ladderView = z.object({
  levels: z.array(levelView).describe('The ladder, lowest first'),
  isDefault: z.boolean().describe('True while the park uses the default ladder'),
});

export const replaceLadderBody = z
  .object({
    levels: z
      .array(
        z
          .object({
            code: z.string().trim().regex(/^[a-z][a-z0-9_]{1,39}$/, 'lower-case letters, digits and _').describe('Level code'),
            name: z.string().trim().min(1).max(40).describe('Level name'),
          })
          .strict(),
      )
      .min(1)
      .max(10)
      .describe('The levels, lowest first; their order is their rank')
      .superRefine((levels, ctx) => {
        const seen = new Set<string>();
        levels.forEach((l, i) => {
          if (seen.has(l.code)) ctx.addIssue({ code: 'custom', path: [i, 'code'], message: 'duplicate level code' });
          seen.add(l.code);
        });
      }),
  })
  .strict();
export type ReplaceLadderInput = z.infer<typeof replaceLadderBody>;
