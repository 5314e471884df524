import type { Lang } from '../src/language/languages';
import { createDangerReader } from '../src/understanding/danger-reader';
import { loadRoleReader } from '../src/understanding/role-reader';
import { loadSituationReader } from '../src/understanding/situation-cues';
import { prepareUtterance } from '../src/understanding/understand';

const reader = createDangerReader(loadSituationReader());
const roles = loadRoleReader();

/** Danger as the understanding step reads it, with the duty the asker's words ask about. */
export function isDanger(text: string, lng: Lang): boolean {
  return reader.isDanger(prepareUtterance(text, lng), roles.read(text).duties.length > 0);
}
