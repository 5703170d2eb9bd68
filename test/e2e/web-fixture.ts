/**
 * Starts what a browser test needs: the built web, the whole app on an in-memory PGlite with a seeded park,
 * listening on a free port, and the system Chromium.
 */
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { type Browser, type Page, chromium } from 'playwright-core';
import { buildApp } from '../../src/server/app.ts';
import { defaultSecurityPolicy } from '../../src/server/config.ts';
import { openPglite } from '../../src/server/db/connection.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { insertTenant } from '../../src/server/modules/users/users.repository.ts';
import { createCipher } from '../../src/server/platform/personal-data.ts';
import { systemActor } from '../../src/server/platform/system-actor.ts';
import { seedWebPark } from './web-park.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Builds src/web into dist/web with the project's own Node, as `npm run build:web` does. */
export function buildWeb() {
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'src/web/vite.config.ts', '--logLevel', 'warn'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
}

export async function startWebFixture() {
  const database = await openPglite('memory://');
  await migrate(database);
  const cipher = createCipher(crypto.randomBytes(32));
  const parkCode = `web-${crypto.randomBytes(4).toString('hex')}`;
  const tenant = await insertTenant(database.db, parkCode, '内江经济技术开发区');
  const system = { db: database.db, cipher, actor: systemActor(tenant.id), ip: '127.0.0.1' };
  const park = await seedWebPark(system);
  const app = await buildApp({ database, cipher, security: defaultSecurityPolicy, defaultParkCode: parkCode, webRoot: 'dist/web' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('the app is not listening on a TCP port');
  const url = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    url,
    park,
    /** The park's system context, for tests that seed more records through the services. */
    system,
    browser,
    async close() {
      await browser.close();
      await app.close();
      await database.close();
    },
  };
}

export type BrowserProblems = { problems: string[] };

/**
 * A fresh page that records every console error and page error. `expected` lists responses the test provokes
 * on purpose (e.g. the 401 of a wrong password), whose "Failed to load resource" line is no fault.
 */
export async function openPage(browser: Browser, expected: { path: string; status: number }[] = []): Promise<{ page: Page } & BrowserProblems> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  // CI runs the browser beside two database suites on two cores: give actions room, not flakiness.
  context.setDefaultTimeout(90_000);
  const page = await context.newPage();
  const problems: string[] = [];
  const expectedFailures = new Set<string>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (expected.some((e) => e.path === path && e.status === response.status())) expectedFailures.add(response.url());
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const source = message.location().url;
    if (message.text().startsWith('Failed to load resource') && expectedFailures.has(source)) return;
    problems.push(`console: ${message.text()} (${source})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { page, problems };
}

/** Logs in through the login page and waits to leave it. */
export async function logIn(page: Page, baseUrl: string, account: { username: string; password: string }) {
  await page.goto(`${baseUrl}/`);
  await page.getByPlaceholder('用户名').fill(account.username);
  await page.getByPlaceholder('密码').fill(account.password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}
