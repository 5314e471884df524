import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** Reads a JSON data file under content/ and checks it with `schema`; a broken file stops the start and names itself. */
export function readDataFile<T>(file: string, schema: z.ZodType<T>): T {
  const result = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')) as unknown);
  if (!result.success) throw new Error(`${file} is invalid: ${z.prettifyError(result.error)}`);
  return result.data;
}
