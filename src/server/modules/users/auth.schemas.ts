import { z } from 'zod';
import { roles } from '../../platform/roles.ts';

export const loginBody = z
  .object({
    username: z.string().trim().toLowerCase().min(1).max(64).describe('Login name (case does not matter)'),
    password: z.string().min(1).max(256).describe('Password'),
    park: z.string().min(1).max(64).optional().describe('Park code; the server default when omitted'),
  })
  .strict();

export const changePasswordBody = z
  .object({
    currentPassword: z.string().min(1).max(256).describe('The password in use now'),
    newPassword: z.string().min(1).max(256).describe('The new password; must meet the password policy'),
  })
  .strict();

export const assignmentView = z.object({
  id: z.number().int().describe('Assignment id'),
  role: z.enum(roles).describe('Role code'),
  orgId: z.number().int().nullable().describe('Root of the org subtree; null for the whole park'),
  orgName: z.string().nullable().describe('Name of that org'),
});

export const meView = z.object({
  userId: z.number().int().describe('User id'),
  username: z.string().describe('Login name'),
  displayName: z.string().describe('Name shown in the interface'),
  parkCode: z.string().describe('Code of the park the user belongs to'),
  parkName: z.string().describe('Name of that park'),
  mustChangePassword: z.boolean().describe('True until the generated first password is changed'),
  assignments: z.array(assignmentView).describe('Role assignments in force today'),
  permissions: z.array(z.string()).describe('Permissions the user holds somewhere'),
});
export type MeView = z.infer<typeof meView>;

export const okView = z.object({ ok: z.literal(true) });

export const sessionView = z.object({
  authenticated: z.boolean().describe('True when the request carries a live session'),
  me: meView.nullable().describe('The caller, when authenticated'),
});
