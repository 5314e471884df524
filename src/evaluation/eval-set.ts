import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { langSchema } from '../language/languages';

/** What an evaluation item expects; the shared format of every test/eval/<area>.json. */
export const expectationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('article'), id: z.string().min(1) }).strict(),
  z.object({ kind: z.literal('out-of-scope') }).strict(),
  z.object({ kind: z.literal('emergency') }).strict(),
  z.object({ kind: z.literal('contact'), first: z.string().min(1) }).strict(),
  /** The message starts the triage conversation ("I'm worried about a pupil"). */
  z.object({ kind: z.literal('triage') }).strict(),
  z
    .object({
      kind: z.literal('stats'),
      service: z.string().min(1).optional(),
      metric: z.string().min(1).optional(),
      year: z.number().int().optional(),
    })
    .strict(),
]);
export type Expectation = z.infer<typeof expectationSchema>;
export type ExpectationKind = Expectation['kind'];

export const evalItemSchema = z
  .object({
    /** As a real user would type it. */
    q: z.string().min(1),
    lang: langSchema,
    /** Free label for the report, e.g. "signs", "contacts-country". */
    category: z.string().min(1),
    expect: expectationSchema,
  })
  .strict();
export type EvalItem = z.infer<typeof evalItemSchema> & { readonly set: string };

export const evalSetSchema = z.array(evalItemSchema);

/** Parses one set; `set` names it in the report (the file name without .json). */
export function parseEvalSet(set: string, data: unknown): EvalItem[] {
  const parsed = evalSetSchema.safeParse(data);
  if (!parsed.success) throw new Error(`evaluation set ${set} is invalid: ${z.prettifyError(parsed.error)}`);
  return parsed.data.map((item) => ({ ...item, set }));
}

/** Every test/eval/*.json, validated; a broken file stops the run with the reason. */
export function loadEvalSets(dir: string): EvalItem[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) => parseEvalSet(file.slice(0, -'.json'.length), JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as unknown));
}
