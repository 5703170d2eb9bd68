import type { ServiceContext } from '../../platform/context.ts';
import { offsetOf, today } from '../../platform/paging.ts';
import type { Role } from '../../platform/roles.ts';
import { requirePermission } from '../../platform/scope.ts';
import { requireReadableOrg } from '../orgs/orgs.service.ts';
import { listDirectory } from './user-directory.repository.ts';
import type { UserDirectoryInput } from './user-directory.schemas.ts';

/**
 * The park's staff directory, for picking an assignee, a leader or an officer: active accounts bound today to an
 * org the caller reads (orgs.read), with only those assignments. Park-wide readers see every account, org-less
 * ones included. Nothing here is personal data; accounts outside the caller's reach are simply not listed.
 */
export async function listUserDirectory(ctx: ServiceContext, input: UserDirectoryInput) {
  const scope = requirePermission(ctx.actor, 'orgs.read');
  const org = input.orgId === undefined ? null : await requireReadableOrg(ctx, input.orgId, scope);
  const { total, rows, assignments } = await listDirectory(ctx.db, ctx.actor.tenantId, scope, {
    q: input.q,
    role: input.role,
    orgPath: org?.path,
    on: today(),
    offset: offsetOf(input.page, input.pageSize),
    limit: input.pageSize,
  });
  const items = rows.map((r) => ({
    ...r,
    assignments: assignments.filter((a) => a.userId === r.id).map((a) => ({ role: a.role as Role, orgId: a.orgId, orgName: a.orgName })),
  }));
  return { items, total, page: input.page, pageSize: input.pageSize };
}
