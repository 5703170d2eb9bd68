/**
 * Request (诉求) records for the browser test, on top of the web park: an enterprise under the two-new committee
 * and its contact's account, made through the services.
 */
import type { ServiceContext } from '../../src/server/platform/context.ts';
import { createEnterprise } from '../../src/server/modules/enterprises/enterprises.service.ts';
import { createUser, setRoleAssignments } from '../../src/server/modules/users/users.service.ts';
import type { seedWebPark } from './web-park.ts';
import { webPassword } from './web-park.ts';
import { uscc } from './web-fortress.ts';

export async function seedWebRequests(system: ServiceContext, park: Awaited<ReturnType<typeof seedWebPark>>) {
  const enterprise = await createEnterprise(system, { uscc: uscc('91511000MA62R5U6T'), unitKind: 'enterprise', name: '内江红园精密机械有限公司', responsibleOrgId: park.orgs.liangxin.id });
  const contact = await createUser(system, { username: 'sqcontact', displayName: '孙联络', password: webPassword }, { mustChangePassword: false });
  await setRoleAssignments(system, contact.id, [{ role: 'enterprise_contact', orgId: null, enterpriseId: enterprise.id }]);
  return { enterprise, accounts: { contact: { username: 'sqcontact', password: webPassword } } };
}
