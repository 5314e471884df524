import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentPath } from '../../src/paths/content-root';
import { compileParts, partsCompiler } from '../../src/understanding/situation-cues';

/** Every phrase of a content folder's language files: cue phrases, role words, frames, duties, and every frame filled with each word of its kind. */
function phrasesIn(folder: string): string[] {
  const dir = contentPath('understanding', folder);
  const phrases: string[] = [];
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'rules.json')) {
    const data = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { cues?: unknown; roles?: Record<string, { person?: string[]; place?: string[] }>; frames?: { person: string[]; place: string[] }; duties?: unknown };
    phrases.push(...strings(data.cues), ...strings(data.roles), ...strings(data.frames), ...strings(data.duties));
    for (const words of Object.values(data.roles ?? {})) {
      for (const kind of ['person', 'place'] as const) {
        for (const frame of data.frames?.[kind] ?? []) for (const word of words[kind] ?? []) phrases.push(frame.replace('@', word));
      }
    }
  }
  return phrases;
}

/**
 * The readers compile their phrases word by word, each distinct word once (`partsCompiler`); `compileParts` folds the
 * whole phrase. Folding works within a word, so both give the same parts: checked on every phrase the content has.
 */
describe('partsCompiler', () => {
  it.each(['situation', 'roles'])('gives the parts compileParts gives, for every phrase of content/understanding/%s', (folder) => {
    const compile = partsCompiler();
    const phrases = phrasesIn(folder);
    expect(phrases.length).toBeGreaterThan(1000);
    const differ = phrases.filter((p) => JSON.stringify(compile(p, 'test')) !== JSON.stringify(compileParts(p, 'test')));
    expect(differ).toEqual([]);
  });

  it('shares one object per distinct part, and refuses a phrase with no word to start from', () => {
    const compile = partsCompiler();
    const [a] = compile('jeg er lærer', 'test');
    const [b] = compile('jeg jobber', 'test');
    expect(a).toEqual({ kind: 'word', word: 'jeg' });
    expect(a).toBe(b);
    expect(() => compile('... lærer', 'test')).toThrow('no word to start from');
  });
});
