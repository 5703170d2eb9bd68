import { z } from 'zod';
import { isoDate, pageOf, pageQuery } from '../../platform/paging.ts';

export const auditEntryView = z.object({
  seq: z.number().int().describe('Position in the park\'s chain, from 1'),
  at: z.string().describe('When, ISO 8601 with zone (+08:00)'),
  actorUserId: z.number().int().nullable().describe('Acting user id; null for the system or an unknown login name'),
  actorName: z.string().nullable().describe('Acting login name'),
  ip: z.string().nullable().describe('Source IP address'),
  action: z.string().describe('What was done, e.g. org.create, auth.login'),
  objectType: z.string().nullable().describe('Kind of object acted on'),
  objectId: z.string().nullable().describe('Id of the object acted on'),
  result: z.string().describe('success or failure'),
  diff: z.record(z.string(), z.unknown()).nullable().describe('What changed, personal data masked'),
  hash: z.string().describe('This entry\'s chain hash'),
});

export const auditListQuery = z
  .object({
    action: z.string().trim().max(60).optional().describe('Action, or its prefix (e.g. "auth.")'),
    actor: z.string().trim().max(64).optional().describe('Login name of the actor'),
    objectType: z.string().trim().max(40).optional().describe('Object kind'),
    objectId: z.string().trim().max(60).optional().describe('Object id'),
    from: isoDate.optional().describe('From this day (park time)'),
    to: isoDate.optional().describe('Up to and including this day'),
    ...pageQuery,
  })
  .strict();

export const auditListView = pageOf(auditEntryView);

export const chainView = z.object({
  ok: z.boolean().describe('True when every entry matches its hash and link'),
  checked: z.number().int().describe('Entries verified'),
  brokenAt: z.number().int().nullable().describe('First entry that fails, if any'),
  reason: z.string().nullable().describe('Why it fails'),
});
