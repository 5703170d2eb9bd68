import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';

const root = path.resolve(import.meta.dirname, '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hongyuan-proc-'));
const dataDir = path.join(tmp, 'data');
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

type Server = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

function startServer(extraEnv: Record<string, string> = {}): Server {
  let output = '';
  const child = spawn(process.execPath, [path.join(root, 'src/cli/hongyuan.ts'), 'serve'], {
    cwd: tmp,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', HONGYUAN_DATA_DIR: dataDir, HONGYUAN_DEMO: 'off', HONGYUAN_LOG_LEVEL: 'warn', DATABASE_URL: '', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(server: Server, pattern: RegExp, ms = 60_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + ms;
  for (;;) {
    const m = server.output().match(pattern);
    if (m) return m;
    if (Date.now() > deadline || server.child.exitCode !== null) throw new Error(`did not see ${pattern}; output:\n${server.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('the embedded database: one server per data directory, clean stop on SIGTERM, integrity check after a crash', async () => {
  const first = startServer();
  const [, port] = await waitFor(first, /serving http:\/\/localhost:(\d+)/);
  assert.match(first.output(), /log in as "admin" with the password \S+/);
  const health = await fetch(`http://127.0.0.1:${port}/api/health`);
  assert.equal(health.status, 200);
  assert.deepEqual(await health.json(), { status: 'ok', database: 'pglite' });

  const second = startServer();
  const code = await second.exited;
  assert.notEqual(code, 0);
  assert.match(second.output(), /in use by another HongYuan server/);

  first.child.kill('SIGTERM');
  assert.equal(await first.exited, 0);
  assert.equal(fs.existsSync(`${dataDir}.lock`), false, 'the lock is released on a clean stop');

  const verify = spawnSync(process.execPath, [path.join(root, 'src/cli/hongyuan.ts'), 'audit-verify'], {
    cwd: tmp,
    env: { ...process.env, HONGYUAN_DATA_DIR: dataDir, DATABASE_URL: '' },
    encoding: 'utf8',
  });
  assert.equal(verify.status, 0, verify.stderr);
  assert.match(verify.stdout, /Audit chain intact: \d+ entries/);

  const third = startServer();
  await waitFor(third, /serving http:\/\/localhost:\d+/);
  assert.doesNotMatch(third.output(), /log in as "admin"/, 'the admin is created once');
  assert.doesNotMatch(third.output(), /did not stop cleanly/);
  third.child.kill('SIGKILL');
  await third.exited;
  assert.equal(fs.existsSync(`${dataDir}.lock`), true, 'a crash leaves the lock behind');

  const fourth = startServer();
  await waitFor(fourth, /serving http:\/\/localhost:\d+/);
  assert.match(fourth.output(), /did not stop cleanly/);
  assert.match(fourth.output(), /Integrity check passed/);
  fourth.child.kill('SIGINT');
  assert.equal(await fourth.exited, 0);
});

test('HONGYUAN_ADMIN_PASSWORD sets the admin password without a forced change; a weak one is refused at start', async () => {
  const dir = path.join(tmp, 'data-pw');
  const weak = startServer({ HONGYUAN_DATA_DIR: dir, HONGYUAN_ADMIN_PASSWORD: 'short' });
  assert.notEqual(await weak.exited, 0);
  assert.match(weak.output(), /HONGYUAN_ADMIN_PASSWORD does not meet the password policy/);

  const server = startServer({ HONGYUAN_DATA_DIR: `${dir}2`, HONGYUAN_ADMIN_PASSWORD: 'Operator-Choice-42' });
  const [, port] = await waitFor(server, /serving http:\/\/localhost:(\d+)/);
  assert.match(server.output(), /password from HONGYUAN_ADMIN_PASSWORD/);
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'Operator-Choice-42' }),
  });
  assert.equal(res.status, 200);
  assert.equal((await res.json()).mustChangePassword, false);
  server.child.kill('SIGTERM');
  assert.equal(await server.exited, 0);
});
