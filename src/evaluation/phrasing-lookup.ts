import { LANGUAGES, type Lang } from '../language/languages';
import { normalize, tokenize } from '../language/text';

/** Normalised form used to compare a question with phrasings: case, punctuation and spacing do not count. */
function key(text: string): string {
  return tokenize(normalize(text)).join(' ');
}

/** A lookup telling whether a question appears verbatim among the given phrasings. */
export function phrasingLookup(sources: Iterable<Partial<Record<Lang, readonly string[]>>>): (q: string) => boolean {
  const known = new Set<string>();
  for (const byLang of sources) for (const lng of LANGUAGES) for (const p of byLang[lng] ?? []) known.add(key(p));
  return (q) => known.has(key(q));
}
