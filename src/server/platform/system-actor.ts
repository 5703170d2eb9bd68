import type { Actor } from './scope.ts';

/**
 * The actor for work the platform does itself (first-start demo park, CLI imports): park-wide park admin and
 * system admin, recorded in the audit log as "system".
 */
export function systemActor(tenantId: number): Actor {
  return {
    tenantId,
    userId: 0,
    username: 'system',
    displayName: '系统',
    mustChangePassword: false,
    assignments: [
      { id: 0, role: 'park_admin', orgId: null, orgPath: null },
      { id: 0, role: 'system_admin', orgId: null, orgPath: null },
      { id: 0, role: 'security_admin', orgId: null, orgPath: null },
    ],
  };
}
