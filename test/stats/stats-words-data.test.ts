import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { allRewrites, isRegisterRequestOther, isStatsCommand, loadStatsRewrites, loadStatsWords, toEnglishCues } from '../../src/stats/answers/stats-words';
import { normalize } from '../../src/language/text';
import { contentPath } from '../../src/paths/content-root';

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
