import { z } from 'zod';
import { fallbackChain, LANGUAGES, type Lang } from '../language/languages';

/** Text in several languages; nb and en are always present, the rest falls back (see `fallbackChain`). */
export const localizedTextSchema = z
  .object(Object.fromEntries(LANGUAGES.map((l) => [l, z.string().min(1).optional()])) as Record<Lang, z.ZodOptional<z.ZodString>>)
  .strict()
  .refine((v) => v.nb !== undefined && v.en !== undefined, { message: 'nb and en are required' });
export type LocalizedText = Partial<Record<Lang, string>>;

/** Same, for lists of strings (steps, phrasings). */
export const localizedListSchema = z
  .object(Object.fromEntries(LANGUAGES.map((l) => [l, z.array(z.string().min(1)).optional()])) as Record<Lang, z.ZodOptional<z.ZodArray<z.ZodString>>>)
  .strict();
export type LocalizedList = Partial<Record<Lang, string[]>>;

export interface Resolved<T> {
  readonly value: T;
  /** The language the value is actually in; differs from the requested one when it fell back. */
  readonly lng: Lang;
}

export function pick<T>(text: Partial<Record<Lang, T>>, lng: Lang): Resolved<T> | undefined {
  for (const candidate of fallbackChain(lng)) {
    const value = text[candidate];
    if (value !== undefined) return { value, lng: candidate };
  }
  return undefined;
}

/** Like `pick`, for content whose schema guarantees nb and en. */
export function pickRequired(text: LocalizedText, lng: Lang): Resolved<string> {
  const found = pick(text, lng);
  if (!found) throw new Error('localized text has neither the language nor a fallback');
  return found;
}
