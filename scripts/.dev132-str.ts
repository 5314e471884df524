import { dangerStrength } from '../src/understanding/danger-detector';
import { normalize } from '../src/language/text';
for (const m of process.argv.slice(2)) console.log(dangerStrength(normalize(m)) ?? '-');
