// The build's data step (after tsc, see `npm run build`): data the app would otherwise compute at every start.
// - dist/data/eld-medium.json: eld's medium language model in compact form (src/language/eld-model.ts).
// Runs the compiled modules, so the data is made by the same code that reads it.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const out = path.join(root, 'dist', 'data');
mkdirSync(out, { recursive: true });

const { writeCompactEldModel } = require(path.join(root, 'dist', 'src', 'language', 'eld-model.js'));
await writeCompactEldModel(path.join(out, 'eld-medium.json'));
process.stdout.write(`data written to ${path.relative(root, out)}/\n`);
