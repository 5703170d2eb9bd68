/**
 * The park the browser tests run against: a small but realistic org tree, members, places and the accounts of
 * the three admin duties plus a park admin, all made through the services.
 */
import type { ServiceContext } from '../../src/server/platform/context.ts';
import { createOrg } from '../../src/server/modules/orgs/orgs.service.ts';
import { createMember } from '../../src/server/modules/members/members.service.ts';
import { createPlace } from '../../src/server/modules/places/places.service.ts';
import { createUser, setRoleAssignments } from '../../src/server/modules/users/users.service.ts';
import type { Role } from '../../src/server/platform/roles.ts';
import { buildIdNumber } from '../factories.ts';

export const webPassword = 'Hongyuan-2024!';

export async function seedWebPark(system: ServiceContext) {
  const root = await createOrg(system, { parentId: null, code: 'JKQ', kind: 'working_committee', name: '中共内江经济技术开发区工作委员会', shortName: '经开区党工委', foundedOn: '2013-05-01', hostUnitKind: 'park', hostUnitName: '内江经济技术开发区' });
  const liangxin = await createOrg(system, { parentId: root.id, code: 'JKQ-LX', kind: 'committee', category: 'liangxin_committee', name: '中共内江经开区两新组织委员会', shortName: '区两新党委', foundedOn: '2016-03-01' });
  const organs = await createOrg(system, { parentId: root.id, code: 'JKQ-JG', kind: 'committee', name: '中共内江经开区机关委员会', shortName: '机关党委', foundedOn: '2014-01-10', hostUnitKind: 'government', hostUnitName: '内江经开区管委会' });
  const community = await createOrg(system, { parentId: root.id, code: 'JKQ-HY', kind: 'general_branch', name: '中共红园社区总支部委员会', shortName: '红园社区党总支', foundedOn: '2015-07-01', hostUnitKind: 'community', hostUnitName: '红园社区' });
  const enterprise = await createOrg(system, { parentId: liangxin.id, code: 'LX-001', kind: 'branch', name: '中共四川川南智造科技有限公司支部委员会', shortName: '川南智造党支部', foundedOn: '2018-06-20', hostUnitKind: 'enterprise', hostUnitName: '四川川南智造科技有限公司' });
  const chain = await createOrg(system, { parentId: liangxin.id, code: 'LX-002', kind: 'joint_branch', name: '中共内江经开区电子信息产业联合支部委员会', shortName: '电子信息联合党支部', foundedOn: '2020-04-15', hostUnitKind: 'enterprise', hostUnitName: '电子信息产业园' });
  const office = await createOrg(system, { parentId: organs.id, code: 'JG-001', kind: 'branch', name: '中共内江经开区党政办公室支部委员会', shortName: '党政办党支部', foundedOn: '2014-02-01' });
  const group = await createOrg(system, { parentId: enterprise.id, code: 'LX-001-1', kind: 'group', name: '川南智造研发中心党小组', shortName: '研发中心党小组', foundedOn: '2021-03-01' });

  const people: { name: string; sex: 'male' | 'female'; birth: string; org: number; status: 'full' | 'probationary'; joinedOn: string; phone: string; post?: string }[] = [
    { name: '张建国', sex: 'male', birth: '1972-04-18', org: enterprise.id, status: 'full', joinedOn: '1998-07-01', phone: '13881234567', post: '支部书记' },
    { name: '李秀英', sex: 'female', birth: '1985-09-02', org: enterprise.id, status: 'full', joinedOn: '2010-06-28', phone: '13990012345', post: '组织委员' },
    { name: '王磊', sex: 'male', birth: '1993-11-23', org: enterprise.id, status: 'probationary', joinedOn: '2025-10-01', phone: '15182345678' },
    { name: '陈静', sex: 'female', birth: '1990-01-15', org: chain.id, status: 'full', joinedOn: '2014-07-01', phone: '18780123456', post: '支部书记' },
    { name: '刘洋', sex: 'male', birth: '1988-05-30', org: office.id, status: 'full', joinedOn: '2009-12-01', phone: '13708321234' },
    { name: '杨帆', sex: 'female', birth: '1995-08-08', org: community.id, status: 'full', joinedOn: '2018-05-04', phone: '17711223344' },
  ];
  const members = [];
  for (const [i, p] of people.entries()) {
    members.push(
      await createMember(system, {
        name: p.name,
        idNumber: buildIdNumber(p.birth, p.sex, i + 1),
        phone: p.phone,
        joinedOn: p.joinedOn,
        status: p.status,
        convertedOn: p.status === 'full' ? `${Number(p.joinedOn.slice(0, 4)) + 1}${p.joinedOn.slice(4)}` : undefined,
        post: p.post,
        orgId: p.org,
        ethnicity: '汉族',
        education: '大学本科',
      }),
    );
  }

  const place = await createPlace(system, { parentId: null, kind: 'community', code: 'HY', name: '红园社区', address: '内江市经开区红园路 1 号', orgId: community.id });
  const compound = await createPlace(system, { parentId: place.id, kind: 'compound', code: 'HY-01', name: '汉安小区' });
  const building = await createPlace(system, { parentId: compound.id, kind: 'building', code: 'HY-01-03', name: '3 栋' });
  await createPlace(system, { parentId: building.id, kind: 'household', code: 'HY-01-03-0201', name: '2 单元 201' });

  const account = async (username: string, displayName: string, assignments: { role: Role; orgId: number | null }[]) => {
    const user = await createUser(system, { username, displayName, password: webPassword }, { mustChangePassword: false });
    await setRoleAssignments(system, user.id, assignments);
    return { username, password: webPassword };
  };
  const accounts = {
    parkAdmin: await account('parkadmin', '周红梅', [{ role: 'park_admin', orgId: null }]),
    securityAdmin: await account('secadmin', '吴安', [{ role: 'security_admin', orgId: null }]),
    auditAdmin: await account('auditor', '郑审', [{ role: 'audit_admin', orgId: null }]),
    secretary: await account('secretary', '张建国', [{ role: 'org_secretary', orgId: enterprise.id }]),
  };
  // An account still on its first password, for the forced change.
  const newcomer = await createUser(system, { username: 'newcomer', displayName: '新同志', password: webPassword }, { mustChangePassword: true });
  await setRoleAssignments(system, newcomer.id, [{ role: 'leader', orgId: root.id }]);
  return { orgs: { root, liangxin, organs, community, enterprise, chain, office, group }, members, accounts: { ...accounts, newcomer: { username: 'newcomer', password: webPassword } } };
}
