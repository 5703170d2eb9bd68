import { z } from 'zod';
import { pageOf, pageQuery } from '../../platform/paging.ts';
import { roles } from '../../platform/roles.ts';

export const userDirectoryQuery = z
  .object({
    q: z.string().trim().max(64).optional().describe('Display name or login name contains'),
    role: z.enum(roles).optional().describe('Only accounts holding this role today'),
    orgId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().describe('Only accounts bound to this org\'s subtree (an org the caller reads)'),
    ...pageQuery,
  })
  .strict();
export type UserDirectoryInput = z.infer<typeof userDirectoryQuery>;

export const directoryEntryView = z.object({
  id: z.number().int().describe('User id'),
  username: z.string().describe('Login name'),
  displayName: z.string().describe('Name shown in the interface'),
  assignments: z
    .array(
      z.object({
        role: z.enum(roles).describe('Role code'),
        orgId: z.number().int().nullable().describe('Org the role is bound to; null: park-wide or by relation only'),
        orgName: z.string().nullable().describe('That org\'s name'),
      }),
    )
    .describe('The account\'s assignments in force today that lie in the caller\'s reach'),
});
export const userDirectoryView = pageOf(directoryEntryView);
