import type { Role } from '../../platform/roles.ts';
import type { AssignmentRow, UserRow } from './users.repository.ts';
import type { UserView } from './users.schemas.ts';

/** An account as the API shows it: never the password hash or the failed-attempt counter. */
export function presentUser(row: UserRow, assignments: AssignmentRow[], now: Date): UserView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    isDisabled: row.isDisabled,
    isLocked: row.lockedUntil !== null && row.lockedUntil > now,
    mustChangePassword: row.mustChangePassword,
    assignments: assignments
      .filter((a) => a.userId === row.id)
      .map((a) => ({ id: a.id, role: a.role as Role, orgId: a.orgId, orgName: a.orgName, enterpriseId: a.enterpriseId, enterpriseName: a.enterpriseName, validFrom: a.validFrom, validTo: a.validTo })),
  };
}
