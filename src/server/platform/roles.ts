/** What each role may do. An assignment binds a role to an org subtree (null: the whole park). */
export const permissions = [
  'orgs.read',
  'orgs.write',
  'members.read',
  'members.write',
  'members.reveal',
  'places.read',
  'places.write',
  'users.read',
  'users.write',
  'audit.read',
  'enterprises.read',
  'enterprises.write',
  'guidance.write',
  'onboarding.read',
  'onboarding.write',
  'chains.read',
  'chains.write',
  'projects.read',
  'projects.write',
] as const;
export type Permission = (typeof permissions)[number];

export const roles = [
  'system_admin',
  'security_admin',
  'audit_admin',
  'park_admin',
  'org_secretary',
  'instructor',
  'cadre',
  'grid_worker',
  'enterprise_contact',
  'leader',
] as const;
export type Role = (typeof roles)[number];

const read: Permission[] = ['orgs.read', 'members.read', 'places.read'];
/** Reading the Red Fortress records: enterprises and coverage, onboarding cases, chains and honors, projects. */
const fortressRead: Permission[] = ['enterprises.read', 'onboarding.read', 'chains.read', 'projects.read'];

/**
 * 三员分立: the system admin keeps the park's base data (org and place trees) but cannot touch accounts or
 * read the audit log; the security admin manages accounts and roles and sees no business data beyond the
 * org tree it binds roles to; the audit admin reads the audit log and nothing else.
 */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  system_admin: ['orgs.read', 'orgs.write', 'places.read', 'places.write'],
  security_admin: ['users.read', 'users.write', 'orgs.read'],
  audit_admin: ['audit.read'],
  park_admin: [...read, ...fortressRead, 'orgs.write', 'members.write', 'members.reveal', 'places.write', 'enterprises.write', 'onboarding.write', 'chains.write', 'projects.write'],
  org_secretary: [...read, ...fortressRead, 'orgs.write', 'members.write', 'members.reveal', 'enterprises.write', 'onboarding.write'],
  instructor: [...read, ...fortressRead, 'guidance.write'],
  cadre: [...read, ...fortressRead, 'onboarding.write', 'projects.write'],
  grid_worker: ['orgs.read', 'places.read', 'places.write', 'members.read'],
  enterprise_contact: ['orgs.read', 'members.read', 'enterprises.read', 'onboarding.read'],
  leader: [...read, ...fortressRead],
};

/**
 * Roles whose reach can come from relations rather than a subtree: an assignment of one of these without an
 * org reaches only its relations (an instructor's assigned enterprises, an enterprise contact's enterprise),
 * never the whole park.
 */
export const relationRoles: readonly Role[] = ['instructor', 'enterprise_contact'];

/** Roles that always span the whole park; their assignments carry no org. */
export const parkWideRoles: readonly Role[] = ['system_admin', 'security_admin', 'audit_admin'];

export const roleNames: Record<Role, { zh: string; en: string }> = {
  system_admin: { zh: '系统管理员', en: 'System admin' },
  security_admin: { zh: '安全管理员', en: 'Security admin' },
  audit_admin: { zh: '审计管理员', en: 'Audit admin' },
  park_admin: { zh: '园区管理员', en: 'Park admin' },
  org_secretary: { zh: '党组织书记', en: 'Org secretary' },
  instructor: { zh: '党建指导员', en: 'Instructor' },
  cadre: { zh: '联系干部', en: 'Cadre' },
  grid_worker: { zh: '网格员', en: 'Grid worker' },
  enterprise_contact: { zh: '企业联络员', en: 'Enterprise contact' },
  leader: { zh: '领导（只读）', en: 'Leader (read-only)' },
};
