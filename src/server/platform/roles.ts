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
  'tasks.read',
  'tasks.write',
  'contacts.read',
  'contacts.write',
  'visits.write',
  'requests.read',
  'requests.write',
  'requests.handle',
  'reviews.read',
  'reviews.write',
  'reviews.score',
  'reviews.manage',
  'policies.read',
  'policies.write',
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
/** Reading the Red Leading Geese records: task lists, contact links and visits, requests, review cycles, policies. */
const geeseRead: Permission[] = ['tasks.read', 'contacts.read', 'requests.read', 'reviews.read', 'policies.read'];

/**
 * 三员分立: the system admin keeps the park's base data (org and place trees) but cannot touch accounts or
 * read the audit log; the security admin manages accounts and roles and sees no business data beyond the
 * org tree it binds roles to; the audit admin reads the audit log and nothing else.
 */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  system_admin: ['orgs.read', 'orgs.write', 'places.read', 'places.write'],
  security_admin: ['users.read', 'users.write', 'orgs.read'],
  audit_admin: ['audit.read'],
  park_admin: [
    ...read, ...fortressRead, ...geeseRead, 'orgs.write', 'members.write', 'members.reveal', 'places.write', 'enterprises.write', 'onboarding.write', 'chains.write', 'projects.write',
    'tasks.write', 'contacts.write', 'visits.write', 'requests.write', 'requests.handle', 'reviews.write', 'reviews.score', 'reviews.manage', 'policies.write',
  ],
  org_secretary: [
    ...read, ...fortressRead, ...geeseRead, 'orgs.write', 'members.write', 'members.reveal', 'enterprises.write', 'onboarding.write',
    'tasks.write', 'contacts.write', 'requests.write', 'requests.handle', 'reviews.write', 'reviews.score',
  ],
  instructor: [...read, ...fortressRead, ...geeseRead, 'guidance.write'],
  cadre: [...read, ...fortressRead, ...geeseRead, 'onboarding.write', 'projects.write', 'visits.write', 'requests.write', 'requests.handle'],
  grid_worker: ['orgs.read', 'places.read', 'places.write', 'members.read', 'requests.read', 'requests.write', 'policies.read'],
  enterprise_contact: ['orgs.read', 'members.read', 'enterprises.read', 'onboarding.read', 'requests.read', 'requests.write', 'policies.read'],
  leader: [...read, ...fortressRead, ...geeseRead],
};

/**
 * Roles whose reach can come from relations rather than a subtree: an assignment of one of these without an
 * org reaches only its relations (an instructor's assigned enterprises, a cadre's contact-linked enterprises,
 * an enterprise contact's enterprise), never the whole park.
 */
export const relationRoles: readonly Role[] = ['instructor', 'enterprise_contact', 'cadre'];

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
