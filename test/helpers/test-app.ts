import crypto from 'node:crypto';
import { after, before, describe } from 'node:test';
import { buildApp } from '../../src/server/app.ts';
import { defaultSecurityPolicy, type SecurityPolicy } from '../../src/server/config.ts';
import type { Database } from '../../src/server/db/connection.ts';
import type { ServiceContext } from '../../src/server/platform/context.ts';
import { createCipher, type PersonalDataCipher } from '../../src/server/platform/personal-data.ts';
import { systemActor } from '../../src/server/platform/system-actor.ts';
import { hashPassword } from '../../src/server/platform/auth/passwords.ts';
import type { Role } from '../../src/server/platform/roles.ts';
import { insertTenant, insertUser, replaceAssignments } from '../../src/server/modules/users/users.repository.ts';
import { type TestDatabaseKind, openTestDatabase, testDatabaseKinds, uniqueParkCode } from './databases.ts';

export type TestApp = Awaited<ReturnType<typeof buildApp>>;

export type TestContext = {
  kind: TestDatabaseKind;
  database: Database;
  cipher: PersonalDataCipher;
  app: TestApp;
  /** A park of this test file's own. */
  park: { id: number; code: string };
  /** Service context acting as the platform itself, park-wide: for arranging data. */
  system: ServiceContext;
  /** Creates a user with role assignments and returns a logged-in cookie header. */
  userWith(assignments: { role: Role; orgId: number | null }[], overrides?: { username?: string; password?: string; mustChangePassword?: boolean }): Promise<{ userId: number; username: string; password: string; cookie: string }>;
  /** Logs in and returns the Cookie header value. */
  login(username: string, password: string): Promise<string>;
  /** Starts another park in the same database, for tenancy tests. */
  otherPark(): Promise<{ id: number; code: string; system: ServiceContext }>;
};

export const testPassword = 'Test-Passw0rd!';
let passwordHashCache: Promise<string> | null = null;

/**
 * Runs a suite once per test database (PGlite; PostgreSQL when TEST_DATABASE_URL is set), each with the whole
 * app built on it and a park of its own.
 */
export function describeWithApp(name: string, fn: (get: () => TestContext) => void, options: { security?: Partial<SecurityPolicy> } = {}) {
  for (const kind of testDatabaseKinds()) {
    describe(`${name} [${kind}]`, () => {
      let ctx: TestContext | null = null;
      before(async () => {
        const database = await openTestDatabase(kind);
        const cipher = createCipher(crypto.randomBytes(32));
        const security = { ...defaultSecurityPolicy, ...options.security };
        const code = uniqueParkCode();
        const tenant = await insertTenant(database.db, code, `测试园区 ${code}`);
        const app = await buildApp({ database, cipher, security, defaultParkCode: code });
        await app.ready();
        const login = async (username: string, password: string) => {
          const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
          if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
          const cookie = res.cookies.find((c) => c.name === 'hy_session');
          if (!cookie) throw new Error('no session cookie');
          return `hy_session=${cookie.value}`;
        };
        let counter = 0;
        ctx = {
          kind,
          database,
          cipher,
          app,
          park: { id: tenant.id, code },
          system: { db: database.db, cipher, actor: systemActor(tenant.id), ip: '127.0.0.1' },
          login,
          async userWith(assignments, overrides = {}) {
            const username = overrides.username ?? `u${++counter}-${crypto.randomBytes(3).toString('hex')}`;
            const password = overrides.password ?? testPassword;
            passwordHashCache ??= hashPassword(testPassword);
            const passwordHash = password === testPassword ? await passwordHashCache : await hashPassword(password);
            const user = await insertUser(database.db, { tenantId: tenant.id, username, displayName: username, passwordHash, mustChangePassword: overrides.mustChangePassword ?? false });
            await replaceAssignments(database.db, tenant.id, user.id, assignments);
            return { userId: user.id, username, password, cookie: await login(username, password) };
          },
          async otherPark() {
            const other = await insertTenant(database.db, uniqueParkCode('other'), '另一园区');
            return { id: other.id, code: other.code, system: { db: database.db, cipher, actor: systemActor(other.id), ip: '127.0.0.1' } };
          },
        };
      });
      after(async () => {
        if (!ctx) return;
        await ctx.app.close();
        await ctx.database.close();
      });
      fn(() => {
        if (!ctx) throw new Error('test context not ready');
        return ctx;
      });
    });
  }
}
