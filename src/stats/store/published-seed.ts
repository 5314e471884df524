import { readFileSync } from 'node:fs';
import { contentPath } from '../../paths/content-root';
import { publishedSeedSchema, type PublishedSeed } from './published-figure';
import { jsonOf, parseDataFile } from '../../paths/data-file';

/** content/stats/published.json: every published figure with its source. Parsed with zod; a bad file stops start-up. */
export const PUBLISHED_SEED_FILE = contentPath('stats', 'published.json');

export function loadPublishedSeed(file: string = PUBLISHED_SEED_FILE): PublishedSeed {
  const text = readFileSync(file, 'utf8');
  const result = parseDataFile(file, text, jsonOf(text), publishedSeedSchema);
  if (!result.success) {
    throw new Error(`${file} is not a valid published-figures seed: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  }
  return result.data;
}
