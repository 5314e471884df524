/**
 * The question words that open an indirect question inside a sentence are data
 * (content/understanding/question-words/<lng>.json), checked by a zod schema at load. These tests hold the files to
 * that shape and show that a word a reviewer adds splits a one-sentence message into its story and its question.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { questionParts } from '../../src/knowledge/article-index';
import { loadQuestionWords, QUESTION_WORDS_DIR, questionWordsFileSchema } from '../../src/knowledge/question-words';
import { normalize } from '../../src/language/text';

const parts = (text: string, words?: ReadonlySet<string>) => {
  const p = questionParts(normalize(text), words);
  return { focus: p.focus.join(' '), story: p.story.join(' ') };
};

describe('indirect-question words as data', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'question-words-'));
    cpSync(QUESTION_WORDS_DIR, dir, { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has a valid file with a review status for bokmål, nynorsk and English', () => {
    const files = readdirSync(QUESTION_WORDS_DIR).filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual(['en.json', 'nb.json', 'nn.json']);
    for (const file of files) {
      const data = questionWordsFileSchema.parse(JSON.parse(readFileSync(path.join(QUESTION_WORDS_DIR, file), 'utf8')));
      expect(`${data.lang}.json`).toBe(file);
      expect(['machine-assisted', 'native-reviewed']).toContain(data.review);
    }
  });

  it('splits a one-sentence message at a nynorsk or English question word after its introduction', () => {
    expect(parts('Eg er kontaktlærar for ei jente og lurer på korleis vi skal gå fram')).toEqual({
      focus: 'korleis vi skal gå fram',
      story: 'eg er kontaktlærar for ei jente og lurer på',
    });
    expect(parts('I coach a girls football team and wonder why a player stopped coming')).toEqual({
      focus: 'why a player stopped coming',
      story: 'i coach a girls football team and wonder',
    });
  });

  it('splits at a word a reviewer adds', () => {
    const text = 'Jeg er rådgiver på en skole og lurer på når vi bør varsle barnevernet';
    expect(parts(text)).toEqual({ focus: normalize(text).replace(/\s+/gu, ' '), story: '' });
    const file = path.join(dir, 'nb.json');
    const nb = questionWordsFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    writeFileSync(file, JSON.stringify({ ...nb, words: [...nb.words, 'når'] }));
    expect(parts(text, loadQuestionWords(dir))).toEqual({ focus: 'når vi bør varsle barnevernet', story: 'jeg er rådgiver på en skole og lurer på' });
  });

  it('stops the start with the file named when a file is broken', () => {
    const file = path.join(dir, 'en.json');
    const en = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...en, words: ['how come'] }));
    expect(() => loadQuestionWords(dir)).toThrow(/en\.json is invalid/u);
  });
});
