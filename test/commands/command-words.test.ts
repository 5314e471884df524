/**
 * The command words are data (content/understanding/commands/<lng>.json), one file per supported language, checked by
 * a zod schema at load. These tests hold the files to that shape and to the manifest: every localised command title
 * that asks for help or the language card is among the words, so the Teams command menu works in every language.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commandWordsFileSchema, loadCommandWords } from '../../src/commands/command-words';
import { LANGUAGES } from '../../src/language/languages';
import { normalize } from '../../src/language/text';

const root = path.join(__dirname, '..', '..');
const dir = path.join(root, 'content', 'understanding', 'commands');

describe('command words as data', () => {
  it('has one valid file per supported language, named by its language', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual([...LANGUAGES].map((l) => `${l}.json`).sort());
    for (const file of files) {
      const data = commandWordsFileSchema.parse(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
      expect(`${data.lang}.json`).toBe(file);
    }
  });

  it('names every supported language, nynorsk before bokmål ("nynorsk" contains "norsk")', () => {
    const names = loadCommandWords().languageNames.map(([lng]) => lng);
    expect([...names].sort()).toEqual([...LANGUAGES].sort());
    expect(names.indexOf('nn')).toBeLessThan(names.indexOf('nb'));
  });

  it("holds the manifest's localised help and language command titles", () => {
    const words = loadCommandWords();
    const help = new Set(words.help.map(normalize));
    const language = new Set(words.language.map(normalize));
    const manifests = readdirSync(path.join(root, 'manifest')).filter((f) => /^[a-z]{2}\.json$/u.test(f));
    expect(manifests.length).toBeGreaterThan(0);
    for (const file of manifests) {
      const strings = JSON.parse(readFileSync(path.join(root, 'manifest', file), 'utf8')) as Record<string, string>;
      const helpTitle = strings['bots[0].commandLists[0].commands[0].title'];
      const languageTitle = strings['bots[0].commandLists[0].commands[3].title'];
      if (helpTitle) expect(help.has(normalize(helpTitle))).toBe(true);
      if (languageTitle) expect(language.has(normalize(languageTitle))).toBe(true);
    }
  });

  it('stops the start with the file named when a file is broken', () => {
    const bad = mkdtempSync(path.join(tmpdir(), 'command-words-'));
    writeFileSync(path.join(bad, 'nb.json'), JSON.stringify({ lang: 'nb', review: 'machine-assisted', help: [], language: ['språk'], languageNames: {} }));
    expect(() => loadCommandWords(bad)).toThrow(/nb\.json is invalid/u);
  });
});
