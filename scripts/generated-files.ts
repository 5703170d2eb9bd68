/**
 * The generated files, computed from the code: openapi.json (from the routes' zod schemas), the web client's
 * types (from openapi.json) and docs/errors.md (from the error catalogue). `npm run gen` writes them;
 * test/generated.test.ts fails when the committed copies drift.
 */
import crypto from 'node:crypto';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/server/app.ts';
import { defaultSecurityPolicy } from '../src/server/config.ts';
import { openPglite } from '../src/server/db/connection.ts';
import { errorCatalogue } from '../src/server/platform/errors.ts';
import { createCipher } from '../src/server/platform/personal-data.ts';

export const generatedPaths = {
  openapi: 'openapi.json',
  client: 'src/web/api/schema.d.ts',
  errors: 'docs/errors.md',
} as const;

export async function computeGeneratedFiles(): Promise<Record<keyof typeof generatedPaths, string>> {
  const database = await openPglite('memory://');
  const app = await buildApp({ database, cipher: createCipher(crypto.randomBytes(32)), security: defaultSecurityPolicy, defaultParkCode: 'gen' });
  await app.ready();
  const spec = app.swagger();
  await app.close();
  await database.close();
  const openapi = `${JSON.stringify(spec, null, 2)}\n`;
  const ast = await openapiTS(JSON.parse(openapi));
  const client = `/* Generated from openapi.json by \`npm run gen\`. Do not edit. */\n${astToString(ast)}`;
  const rows = Object.entries(errorCatalogue).map(([code, e]) => `| \`${code}\` | ${e.status} | ${e.zh} | ${e.en} |`);
  const errors = [
    '# Error codes',
    '',
    'Generated from `src/server/platform/errors.ts` by `npm run gen`. Every error leaves the API as',
    '`{"error": {"code", "message", "details"}}`; `message` is Chinese unless the request sends',
    '`Accept-Language: en`, and `details` name the fields at fault.',
    '',
    '| code | HTTP status | 中文 | English |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
  return { openapi, client, errors };
}
