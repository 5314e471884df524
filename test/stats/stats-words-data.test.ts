import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { normalize } from '../../src/language/text';
import { contentPath } from '../../src/paths/content-root';
import { loadStatsGrammar, STATS_WORD_LISTS } from '../../src/stats/answers/stats-grammar';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { allRewrites, isRegisterRequestOther, isStatsCommand, loadStatsRewrites, loadStatsWords, toEnglishCues } from '../../src/stats/answers/stats-words';

// (was stats-words-data.test.ts)
const file = contentPath('stats', 'stats-words.json');

describe('statistics words of the other languages are data (content/stats/stats-words.json)', () => {
  it('loads the rewrites the recognizer uses, in the file order, with a review status', () => {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { review?: string };
    expect(['machine-assisted', 'reviewed']).toContain(data.review);
    expect(loadStatsRewrites().map(([re, en]) => [re.source, en])).toEqual(allRewrites().map(([re, en]) => [re.source, en]));
    expect(toEnglishCues(normalize('сколько дел в 2023'), 'ru')).toContain('how many');
  });

  it('stops with the file named when a reviewer leaves the cue words empty or a list without patterns', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stats-words-'));
    const data = JSON.parse(readFileSync(file, 'utf8')) as { rewrites: Array<{ english: string; patterns: string[] }> };
    const broken = path.join(dir, 'stats-words.json');
    writeFileSync(broken, JSON.stringify({ ...data, rewrites: [{ english: ' ', patterns: ['x'] }] }));
    expect(() => loadStatsRewrites(broken)).toThrow(/stats-words\.json is invalid/u);
    writeFileSync(broken, JSON.stringify({ ...data, rewrites: [{ english: 'how many', patterns: [] }] }));
    expect(() => loadStatsRewrites(broken)).toThrow(/stats-words\.json is invalid/u);
  });

  it('reads the commands, the register requests and the Polish-only "ile" from the file, and a word a reviewer adds', () => {
    expect(isStatsCommand(normalize('статистика'))).toBe(true);
    expect(isRegisterRequestOther(normalize('nowa sprawa'))).toBe(true);
    expect(isRegisterRequestOther(normalize('nowa sprawa jutro'))).toBe(false);
    expect(toEnglishCues(normalize('ile spraw'), 'pl')).toContain('how many');
    expect(toEnglishCues(normalize('ile spraw'), 'tr')).not.toContain('how many');

    const dir = mkdtempSync(path.join(tmpdir(), 'stats-words-'));
    const data = JSON.parse(readFileSync(file, 'utf8')) as { commands: string[]; registerRequests: string[] };
    const edited = path.join(dir, 'stats-words.json');
    writeFileSync(edited, JSON.stringify({ ...data, commands: [...data.commands, 'ስታቲስቲክስ ርኣዩ'], registerRequests: [...data.registerRequests, 'vaka aç'] }));
    const words = loadStatsWords(edited);
    expect(words.commands.has('ስታቲስቲክስ ርኣዩ')).toBe(true);
    expect(words.registerRequest.test('vaka aç')).toBe(true);
    expect(isRegisterRequestOther('vaka aç')).toBe(false);
  });

  it('stops with the file named when the commands are missing or a language is not ours', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stats-words-'));
    const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const broken = path.join(dir, 'stats-words.json');
    writeFileSync(broken, JSON.stringify({ ...data, commands: [] }));
    expect(() => loadStatsWords(broken)).toThrow(/stats-words\.json is invalid/u);
    writeFileSync(broken, JSON.stringify({ ...data, languageRewrites: [{ lang: 'de', english: 'how many', patterns: ['wie viele'] }] }));
    expect(() => loadStatsWords(broken)).toThrow(/stats-words\.json is invalid/u);
  });
});

// (was stats-grammar-data.test.ts)
/**
 * Issue #13: the nb/nn/en statistics words are data (content/stats/stats-grammar.json), with a review status, so a
 * reviewer edits them without touching code; the recognizer keeps the rules that combine them.
 */
const grammarFile = contentPath('stats', 'stats-grammar.json');
const NOW = new Date('2026-06-01T12:00:00Z');
const copy = (): Record<string, unknown> => JSON.parse(readFileSync(grammarFile, 'utf8')) as Record<string, unknown>;
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
