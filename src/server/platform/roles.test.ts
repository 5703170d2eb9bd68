import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parkWideRoles, permissions, roleNames, rolePermissions, roles } from './roles.ts';

test('every role has Chinese and English names and only known permissions', () => {
  for (const role of roles) {
    assert.ok(roleNames[role].zh && roleNames[role].en, role);
    assert.ok(rolePermissions[role].every((p) => permissions.includes(p)), role);
  }
});

test('三员分立: the three admin roles are park-wide and their duties do not overlap', () => {
  assert.deepEqual([...parkWideRoles].sort(), ['audit_admin', 'security_admin', 'system_admin']);
  const has = (role: (typeof roles)[number], prefix: string) => rolePermissions[role].some((p) => p.startsWith(prefix));
  assert.equal(has('system_admin', 'users.') || has('system_admin', 'audit.'), false);
  assert.equal(has('security_admin', 'audit.') || rolePermissions.security_admin.some((p) => p.endsWith('.write') && !p.startsWith('users.')), false);
  assert.deepEqual(rolePermissions.audit_admin, ['audit.read']);
  for (const role of roles) {
    if (role === 'security_admin') continue;
    assert.equal(has(role, 'users.'), false, `${role} must not administer accounts`);
    if (role !== 'audit_admin') assert.equal(has(role, 'audit.'), false, `${role} must not read the audit log`);
  }
});
