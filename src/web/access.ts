/**
 * Access flags from the permissions in /auth/me, mirroring the server's policies (src/server/platform/roles.ts).
 * They decide which pages and buttons appear; the server still checks every call and its scope.
 */
export type Access = {
  canReadOrgs: boolean;
  canWriteOrgs: boolean;
  canReadMembers: boolean;
  canWriteMembers: boolean;
  canRevealMembers: boolean;
  canReadPlaces: boolean;
  canWritePlaces: boolean;
  canReadUsers: boolean;
  canWriteUsers: boolean;
  canReadAudit: boolean;
  canReadEnterprises: boolean;
  canWriteEnterprises: boolean;
  canWriteGuidance: boolean;
  canReadOnboarding: boolean;
  canWriteOnboarding: boolean;
  canReadChains: boolean;
  canWriteChains: boolean;
  canReadProjects: boolean;
  canWriteProjects: boolean;
  canReadTasks: boolean;
  canWriteTasks: boolean;
  canReadContacts: boolean;
  canWriteContacts: boolean;
  canWriteVisits: boolean;
  canReadRequests: boolean;
  canWriteRequests: boolean;
  canHandleRequests: boolean;
  canReadReviews: boolean;
  canWriteReviews: boolean;
  canScoreReviews: boolean;
  canManageReviews: boolean;
  canReadPolicies: boolean;
  canWritePolicies: boolean;
};

export type AccessFlag = keyof Access;

export function accessOf(permissions: readonly string[]): Access {
  const has = (p: string) => permissions.includes(p);
  return {
    canReadOrgs: has('orgs.read'),
    canWriteOrgs: has('orgs.write'),
    canReadMembers: has('members.read'),
    canWriteMembers: has('members.write'),
    canRevealMembers: has('members.reveal'),
    canReadPlaces: has('places.read'),
    canWritePlaces: has('places.write'),
    canReadUsers: has('users.read'),
    canWriteUsers: has('users.write'),
    canReadAudit: has('audit.read'),
    canReadEnterprises: has('enterprises.read'),
    canWriteEnterprises: has('enterprises.write'),
    canWriteGuidance: has('guidance.write'),
    canReadOnboarding: has('onboarding.read'),
    canWriteOnboarding: has('onboarding.write'),
    canReadChains: has('chains.read'),
    canWriteChains: has('chains.write'),
    canReadProjects: has('projects.read'),
    canWriteProjects: has('projects.write'),
    canReadTasks: has('tasks.read'),
    canWriteTasks: has('tasks.write'),
    canReadContacts: has('contacts.read'),
    canWriteContacts: has('contacts.write'),
    canWriteVisits: has('visits.write'),
    canReadRequests: has('requests.read'),
    canWriteRequests: has('requests.write'),
    canHandleRequests: has('requests.handle'),
    canReadReviews: has('reviews.read'),
    canWriteReviews: has('reviews.write'),
    canScoreReviews: has('reviews.score'),
    canManageReviews: has('reviews.manage'),
    canReadPolicies: has('policies.read'),
    canWritePolicies: has('policies.write'),
  };
}
