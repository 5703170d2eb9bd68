import type { ServiceContext } from '../platform/context.ts';
import type { Role } from '../platform/roles.ts';
import { createUser, setRoleAssignments } from '../modules/users/users.service.ts';
import type { PlannedMember } from './member-plan.ts';
import { type OrgEvent, type PlannedOrg, liangxinCode } from './org-plan.ts';
import { type Ids, idOf } from './load-tree.ts';

export type DemoAccount = { username: string; role: Role; orgId: number | null; description: string; userId: number };

type AccountSpec = { username: string; role: Role; orgCode: string | null; displayName: string; description: string };

/** The org a demo account is bound to, chosen from the plan so that it is the same in every load. */
function pickOrgs(orgs: readonly PlannedOrg[], sizes: Map<string, number>) {
  const find = (code: string) => {
    const o = orgs.find((x) => x.code === code);
    if (!o) throw new Error(`demo park: no org ${code}`);
    return o;
  };
  const enterpriseBranches = orgs
    .filter((o) => o.role === 'two_new' && o.kind === 'branch' && o.hostUnitKind === 'enterprise' && o.parentCode === liangxinCode && !o.code.includes('-W0'))
    .sort((a, b) => (sizes.get(b.code) ?? 0) - (sizes.get(a.code) ?? 0) || (a.code < b.code ? -1 : 1));
  return {
    liangxin: find(liangxinCode),
    secretaryBranch: enterpriseBranches[0],
    contactBranch: enterpriseBranches[1],
    township: find('NJJK-LXJ'),
    community: find('NJJK-LXJ-C02'),
  };
}

/** The demo accounts: one per role the interface is built for, each seeing the part of the park its role sees. */
export function planAccounts(orgs: readonly PlannedOrg[], members: readonly PlannedMember[], events: readonly OrgEvent[]): AccountSpec[] {
  const sizes = new Map<string, number>();
  const secretaryName = new Map<string, string>();
  for (const m of members) {
    if (m.leave) continue;
    const code = m.transfer?.toOrgCode ?? m.orgCode;
    sizes.set(code, (sizes.get(code) ?? 0) + 1);
    if (m.isSecretary) secretaryName.set(m.orgCode, m.person.name);
  }
  const o = pickOrgs(orgs, sizes);
  // Names as they stand today, after the renames of the park's history.
  const renamed = (org: PlannedOrg) => events.filter((e) => e.type === 'rename' && e.code === org.code).at(-1);
  const short = (org: PlannedOrg) => {
    const r = renamed(org);
    return r?.type === 'rename' ? r.shortName : (org.shortName ?? org.name);
  };
  const host = (org: PlannedOrg) => {
    const r = renamed(org);
    return (r?.type === 'rename' ? r.hostUnitName : null) ?? org.hostUnitName ?? short(org);
  };
  return [
    { username: 'sysadmin', role: 'system_admin', orgCode: null, displayName: '系统管理员', description: '系统管理员：维护全园区党组织树和地点树等基础数据；不能管理账户，不能查看审计日志（三员分立）' },
    { username: 'auditor', role: 'audit_admin', orgCode: null, displayName: '审计管理员', description: '审计管理员：只能查看和核验全园区的审计日志（三员分立）' },
    { username: 'parkadmin', role: 'park_admin', orgCode: null, displayName: '园区党建办', description: '园区管理员：查看并维护全园区 250 个党组织、4371 名党员和社区、小区、楼栋、户' },
    { username: 'liangxin', role: 'org_secretary', orgCode: o.liangxin.code, displayName: secretaryName.get(o.liangxin.code) ?? '区两新党委书记', description: '区两新党委书记：查看并维护区两新党委及其下属两新组织党组织和党员（划入产业链党委的除外）' },
    { username: 'secretary', role: 'org_secretary', orgCode: o.secretaryBranch.code, displayName: secretaryName.get(o.secretaryBranch.code) ?? '支部书记', description: `企业党支部书记：查看并维护${short(o.secretaryBranch)}（${host(o.secretaryBranch)}）的党组织和党员` },
    { username: 'instructor', role: 'instructor', orgCode: o.liangxin.code, displayName: '党建指导员', description: '党建指导员：只读查看区两新党委及其下属两新组织党组织、党员，查看并走访被指派指导的企业（另有 zhidao01–zhidao11 等 11 名指导员账户）' },
    { username: 'cadre', role: 'cadre', orgCode: o.township.code, displayName: '联系干部', description: `联系干部：只读查看${short(o.township)}及其下属党组织（社区、小区、楼栋和辖区企业）、党员和地点；兼任招商项目首席服务官（另有 fuwu01–fuwu07 等 7 名首席服务官账户）` },
    { username: 'grid', role: 'grid_worker', orgCode: o.community.code, displayName: '网格员', description: `网格员：查看${short(o.community)}辖区的小区、楼栋、户及党员，可维护地点信息` },
    { username: 'contact', role: 'enterprise_contact', orgCode: o.contactBranch.code, displayName: '企业联络员', description: `企业联络员：绑定${host(o.contactBranch)}，只读查看本企业及${short(o.contactBranch)}的党组织、党员` },
    { username: 'leader', role: 'leader', orgCode: null, displayName: '区领导', description: '区领导：全园区只读，查看党组织、党员、地点和各项指标' },
  ];
}

/**
 * Opens the accounts through the users service, all with one password and no forced change at first login. The
 * enterprise contact is bound to the enterprise its org belongs to (`hostOf`: an org's host unit id).
 */
export async function createAccounts(ctx: ServiceContext, specs: readonly AccountSpec[], ids: { orgIds: Ids; hostOf: Ids }, password: string): Promise<DemoAccount[]> {
  const accounts: DemoAccount[] = [];
  for (const s of specs) {
    const user = await createUser(ctx, { username: s.username, displayName: s.displayName, password }, { mustChangePassword: false });
    const orgId = s.orgCode === null ? null : idOf(ids.orgIds, s.orgCode);
    const enterpriseId = s.role === 'enterprise_contact' && s.orgCode ? idOf(ids.hostOf, s.orgCode) : null;
    await setRoleAssignments(ctx, user.id, [{ role: s.role, orgId, ...(enterpriseId ? { enterpriseId } : {}) }]);
    accounts.push({ username: s.username, role: s.role, orgId, description: s.description, userId: user.id });
  }
  return accounts;
}
