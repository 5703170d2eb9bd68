import { Tag } from 'antd';
import type { Role, UserAssignment } from '../../../api/types.ts';
import { lastDayOf } from '../../../components/dates.ts';
import { useLocale } from '../../../i18n/use-locale.ts';

/**
 * Roles whose reach without an org is their relations only, never the whole park (the server's
 * `relationRoles`); an assignment of one of them without an org must not read "whole park".
 */
export const relationRoles: ReadonlySet<Role> = new Set(['instructor', 'enterprise_contact']);

/**
 * One role assignment as the users table shows it: role, org (or what an empty org means), the bound
 * enterprise by id — the users list names no enterprise and the security admin may not read enterprises — and
 * the last day, if any.
 */
export function AssignmentTag({ assignment: a }: { assignment: UserAssignment }) {
  const { m } = useLocale();
  const reach = a.orgName ?? (relationRoles.has(a.role) ? (a.enterpriseId === null ? m.users.relationOnly : null) : m.users.wholePark);
  return (
    <Tag color="red" bordered={false} data-testid="assignment-tag">
      {[m.role[a.role], reach, a.enterpriseId !== null ? (a.enterpriseName ?? `${m.users.enterprise} #${a.enterpriseId}`) : null].filter((part) => part !== null).join(' · ')}
      {a.validTo && ` (→${lastDayOf(a.validTo)})`}
    </Tag>
  );
}
