import { createDangerReader } from '../src/understanding/danger-reader';
import { loadSituationReader } from '../src/understanding/situation-cues';
import { prepareUtterance } from '../src/understanding/understand';
import { dangerStrength } from '../src/understanding/danger-detector';
import { normalize } from '../src/language/text';
import type { Lang } from '../src/language/languages';
const sit = loadSituationReader();
const reader = createDangerReader(sit);
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 2) {
  const lng = args[i] as Lang; const t = args[i + 1]!;
  const u = prepareUtterance(t, lng);
  const r = sit.read(t);
  console.log(`${lng} danger=${reader.isDanger(u, false)} concern=${reader.isConcern?.(u, false)} so=${reader.secondOpinion?.(u)} strength=${dangerStrength(normalize(t)) ?? '-'} rules=${r.danger.join(',') || '-'} | ${[...r.concepts].join(',')}`);
}
