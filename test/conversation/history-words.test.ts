/**
 * The history words' phrases (content/understanding/history): a phrase matches as whole words, any spacing between
 * them; one ending in * also matches longer words. The patterns are made so that a start builds few Unicode classes
 * (src/conversation/history-reader.ts); these are the matches they must keep.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadHistoryWords } from '../../src/conversation/history-reader';
import { normalize } from '../../src/language/text';

const dir = mkdtempSync(path.join(tmpdir(), 'history-words-'));
writeFileSync(
  path.join(dir, 'nb.json'),
  JSON.stringify({
    lang: 'nb',
    review: 'machine-assisted',
    began: ['ble opprettet', 'grunnla*', 'i oppstarts*', 'oppretting'],
    renamed: ['het tidligere'],
    then: ['på den tiden'],
    subjects: ['sekretariat*'],
    plans: ['tiltaksplan'],
    own: [],
  }),
);
const words = loadHistoryWords(dir).get('nb');
const began = (text: string): boolean => words?.began.test(normalize(text)) === true;

describe('history words: whole words, and prefixes marked with *', () => {
  it.each([
    'når ble opprettet ordningen?',
    'når ble   opprettet ordningen?',
    'hvem grunnla teamet',
    'da teamet ble grunnlagt',
    'hvordan var det i oppstartsfasen',
    'oppretting av stillingene',
  ])('%s → matches', (text) => {
    expect(began(text)).toBe(true);
  });

  it.each([
    // A letter before the phrase: part of another word.
    'hvem omgrunnla teamet',
    'når ble gjenopprettet',
    // A whole-word phrase followed by more letters, or a prefix phrase missing its space.
    'når ble opprettetes',
    'opprettingen av stillingene',
    'ioppstartsfasen',
    // A combining mark after a whole-word phrase belongs to its last letter.
    'oppretting\u0301 av stillingene',
  ])('%s → no match', (text) => {
    expect(began(text)).toBe(false);
  });

  it('reads each list of the file for itself', () => {
    expect(words?.subjects.test(normalize('Sekretariatets arbeid'))).toBe(true);
    expect(words?.plans.test(normalize('tiltaksplanen'))).toBe(false);
    expect(words?.renamed.test(normalize('hva het tidligere teamet'))).toBe(true);
    expect(words?.own).toBeUndefined();
  });
});
