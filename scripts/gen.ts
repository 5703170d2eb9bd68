import fs from 'node:fs';
import path from 'node:path';
import { computeGeneratedFiles, generatedPaths } from './generated-files.ts';

const files = await computeGeneratedFiles();
for (const [key, file] of Object.entries(generatedPaths)) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, files[key as keyof typeof files]);
  console.log(`wrote ${file}`);
}
