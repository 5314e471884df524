import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';

/**
 * Checks a folder of words files, one a language: each parses with its schema, is named by its language and carries a
 * review status. Returns the files' names, sorted, for what the caller checks besides.
 */
export function expectWordsFiles(dir: string, schema: z.ZodType<{ readonly lang: string; readonly review: string }>): string[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  for (const file of files) {
    const data = schema.parse(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
    expect(`${data.lang}.json`).toBe(file);
    expect(['machine-assisted', 'native-reviewed']).toContain(data.review);
  }
  return files;
}
