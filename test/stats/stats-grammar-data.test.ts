import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadStatsGrammar, STATS_WORD_LISTS } from '../../src/stats/answers/stats-grammar';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { normalize } from '../../src/language/text';
import { contentPath } from '../../src/paths/content-root';

/**
 * Issue #13: the nb/nn/en statistics words are data (content/stats/stats-grammar.json), with a review status, so a
 * reviewer edits them without touching code; the recognizer keeps the rules that combine them.
 */
const file = contentPath('stats', 'stats-grammar.json');
const NOW = new Date('2026-06-01T12:00:00Z');
const copy = (): Record<string, unknown> => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const written = (data: unknown): string => {
  const target = path.join(mkdtempSync(path.join(tmpdir(), 'stats-grammar-')), 'stats-grammar.json');
  writeFileSync(target, JSON.stringify(data));
  return target;
};

describe('the statistics words of nb, nn and en are data (content/stats/stats-grammar.json)', () => {
  it('has a review status and every word list the recognizer reads, with the letters users swap written out', () => {
    const data = copy() as { review?: string; words: Record<string, unknown> };
    expect(['machine-assisted', 'native-reviewed']).toContain(data.review);
    expect(Object.keys(data.words).sort()).toEqual([...STATS_WORD_LISTS].sort());
    const grammar = loadStatsGrammar();
    expect(grammar.services.find(([s]) => s === 'diversity-advisers')?.[1]).toContain('r(?:å|aa|a)d(?:gi?v|gjev)');
    expect(Object.values(grammar.words).join('|')).not.toMatch(/\{[åøæ]\}/u);
  });

  it('reads a question with the words of the file', () => {
    expect(parseStatsQuestion(normalize('hvor mange saker hadde mangfoldsrådgiverne i fjor?'), NOW, 'nb')?.query).toMatchObject({
      services: ['diversity-advisers'],
      metric: 'cases',
      fromYear: 2025,
      toYear: 2025,
    });
    expect(parseStatsQuestion(normalize('kor mange førespurnader fekk Kompetanseteamet 2004–2008'), NOW, 'nn')?.query).toMatchObject({
      services: ['kompetanseteamet'],
      metric: 'inquiries',
      mode: 'trend',
    });
  });

  it('stops with the file named when a list is missing, empty or a pattern is broken', () => {
    const data = copy() as { words: Record<string, string[]> };
    const { numberCue: _dropped, ...rest } = data.words;
    expect(() => loadStatsGrammar(written({ ...data, words: rest }))).toThrow(/stats-grammar\.json is invalid/u);
    expect(() => loadStatsGrammar(written({ ...data, words: { ...data.words, trend: [] } }))).toThrow(/stats-grammar\.json is invalid/u);
    expect(() => loadStatsGrammar(written({ ...data, words: { ...data.words, trend: ['(unclosed'] } }))).toThrow(/stats-grammar\.json is invalid: words\.trend/u);
    expect(() => loadStatsGrammar(written({ ...data, review: 'reviewed-ish' }))).toThrow(/stats-grammar\.json is invalid/u);
  });

  it('takes a word a reviewer adds', () => {
    const data = copy() as { words: Record<string, string[]> };
    const grammar = loadStatsGrammar(written({ ...data, words: { ...data.words, numberCue: [...(data.words['numberCue'] ?? []), 'kor mykje tal'] } }));
    expect(new RegExp(grammar.words.numberCue, 'u').test('kor mykje tal')).toBe(true);
  });
});
