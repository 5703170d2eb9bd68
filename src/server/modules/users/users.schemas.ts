import { z } from 'zod';
import { isoDate, pageOf, pageQuery } from '../../platform/paging.ts';
import { permissions, roles } from '../../platform/roles.ts';
import { assignmentView } from './auth.schemas.ts';

export const roleView = z.object({
  code: z.enum(roles).describe('Role code'),
  nameZh: z.string().describe('Chinese name'),
  nameEn: z.string().describe('English name'),
  permissions: z.array(z.enum(permissions)).describe('Permissions the role grants within its org subtree'),
  isParkWide: z.boolean().describe('True for the three admin roles (三员分立): always the whole park, never bound to an org'),
});
export const roleListView = z.object({ items: z.array(roleView).describe('Every role the platform knows') });
export type RoleView = z.infer<typeof roleView>;

export const userAssignmentView = assignmentView.extend({
  enterpriseId: z.number().int().nullable().describe('For an enterprise contact: the enterprise or social organization the role is bound to'),
  enterpriseName: z.string().nullable().describe('That unit\'s name'),
  validFrom: z.string().nullable().describe('First day the assignment holds; null: since always'),
  validTo: z.string().nullable().describe('Day after the last day it holds; null: open-ended'),
});

export const userView = z.object({
  id: z.number().int().describe('User id'),
  username: z.string().describe('Login name'),
  displayName: z.string().describe('Name shown in the interface'),
  isDisabled: z.boolean().describe('A disabled account cannot log in and its sessions have ended'),
  isLocked: z.boolean().describe('Locked after repeated failed logins, until the lockout runs out or an admin unlocks it'),
  mustChangePassword: z.boolean().describe('True until the user replaces a generated or admin-set password'),
  assignments: z.array(userAssignmentView).describe('Every role assignment, past, present and future'),
});
export type UserView = z.infer<typeof userView>;

export const userListView = pageOf(userView);

export const listUsersQuery = z
  .object({
    q: z.string().trim().max(64).optional().describe('Login name or display name contains'),
    ...pageQuery,
  })
  .strict();

export const usernameField = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,32}$/, '3 to 32 characters: letters, digits, dot, underscore, hyphen')
  .describe('Login name: 3 to 32 letters, digits, ".", "_" or "-"; unique in the park regardless of case (stored in lower case)');
const displayNameField = z.string().trim().min(1).max(64).describe('Name shown in the interface');

export const createUserBody = z
  .object({
    username: usernameField,
    displayName: displayNameField,
    password: z.string().min(1).max(256).optional().describe('First password; must meet the password policy. Omit it to have one generated'),
  })
  .strict();
export type CreateUserInput = z.infer<typeof createUserBody>;

export const createdUserView = userView.extend({
  initialPassword: z.string().optional().describe('The generated first password, present only when none was given; shown this once'),
});
export type CreatedUserView = z.infer<typeof createdUserView>;

export const updateUserBody = z
  .object({
    displayName: displayNameField.optional(),
    isDisabled: z.boolean().optional().describe('Disable (true) or re-enable (false) the account; disabling ends its sessions'),
  })
  .strict()
  .refine((b) => b.displayName !== undefined || b.isDisabled !== undefined, { message: 'Give displayName or isDisabled' });
export type UpdateUserInput = z.infer<typeof updateUserBody>;

export const assignmentInput = z
  .object({
    role: z.enum(roles).describe('Role code'),
    orgId: z.number().int().positive().nullable().describe('Root of the org subtree the role holds in; null for the whole park (required for the three admin roles)'),
    enterpriseId: z
      .number()
      .int()
      .positive()
      .max(Number.MAX_SAFE_INTEGER)
      .nullable()
      .optional()
      .describe('Only for enterprise_contact: the enterprise or social organization the contact speaks for (a relation scope); an enterprise contact needs this or an orgId'),
    validFrom: isoDate.nullable().optional().describe('First day the assignment holds; omitted or null: at once'),
    validTo: isoDate.nullable().optional().describe('Day after the last day it holds; omitted or null: open-ended'),
  })
  .strict();
export type AssignmentInput = z.infer<typeof assignmentInput>;

export const roleAssignmentsBody = z
  .object({
    assignments: z.array(assignmentInput).max(100).describe('The complete new list; it replaces the old one'),
  })
  .strict();

export const passwordResetView = z.object({
  userId: z.number().int().describe('User id'),
  initialPassword: z.string().describe('The new generated password, shown this once; the user must change it at next login'),
});
