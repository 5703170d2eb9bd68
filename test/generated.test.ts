import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { computeGeneratedFiles, generatedPaths } from '../scripts/generated-files.ts';

test('the committed openapi.json, web client types and error docs match the code (run `npm run gen`)', async () => {
  const files = await computeGeneratedFiles();
  for (const [key, file] of Object.entries(generatedPaths)) {
    const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    assert.ok(committed === files[key as keyof typeof files], `${file} is out of date: run \`npm run gen\` and commit it`);
  }
});
