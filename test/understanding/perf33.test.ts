/**
 * perf33: the follow-up reader's age tests read the age said (the `minor` and `adult` slot parts) before the whole
 * slots of a message. The gate may skip no text the whole reading would find an age in: over every evaluation
 * question, each part is the whole's value, and the follow-up of each question after the three answers whose age
 * tests are gated is the same whether its slots are read part by part or whole. Own probes (nb, nn, en, and the
 * other languages as people write them) check the age follow-ups still turn, and their calm twins do not.
 */
import path from 'node:path';
import { createFollowUpResolver, type RememberedReading, slotMemo, type SlotPartsReader } from '../../src/conversation/follow-up';
import { loadFollowUpWords } from '../../src/conversation/follow-up-words';
import { followUpSlotParts } from '../../src/conversation/reading-rules';
import { loadEvalSets } from '../../src/evaluation/eval-set';
import type { Features } from '../../src/features';
import type { Lang } from '../../src/language/languages';
import type { Understanding } from '../../src/understanding/types';
import { READERS_NOW, readersOfFile } from '../helpers/test-readers';

const words = loadFollowUpWords();
const QUESTIONS = loadEvalSets(path.join(__dirname, '..', 'eval')).map(({ q, lang }) => ({ q, lang: lang as Lang }));

/** The three answers after which an age said turns the follow-up (src/conversation/follow-up.ts). */
const childrensLine: RememberedReading = { kind: 'contact', query: { serviceId: 'alarmtelefonen' } };
const childsCase: RememberedReading = { kind: 'contact', query: { minor: true, country: 'PK' } };
const grownUpsLines: RememberedReading = { kind: 'contact', query: { adultCaller: true } };
const NOT_UNDERSTOOD: Understanding = { danger: false, intent: { kind: 'unknown' }, candidates: [] };

let readers: Features;
let parts: SlotPartsReader;
beforeAll(async () => {
  readers = await readersOfFile();
  parts = followUpSlotParts(readers.contacts, () => READERS_NOW);
});

describe('perf33: the age said, read before the whole slots', () => {
  it(`over all ${QUESTIONS.length} evaluation questions, the minor and adult parts are the whole slots' values`, () => {
    expect(QUESTIONS.length).toBeGreaterThan(1500);
    let ages = 0;
    for (const { q, lang } of QUESTIONS) {
      const whole = parts(q, lang).all();
      const first = parts(q, lang);
      expect([q, first.minor(), first.adult()]).toEqual([q, whole.minor === true, whole.adult === true]);
      if (whole.minor === true || whole.adult === true) ages++;
    }
    // The set holds questions that say an age, so the test compares both values, not only "none said".
    expect(ages).toBeGreaterThan(20);
  });

  it('after the answers whose age tests are gated, every evaluation question reads as when its slots are read whole', () => {
    const byParts = createFollowUpResolver({ words, readSlots: (t, l) => parts(t, l).all(), readSlotParts: parts });
    const whole = createFollowUpResolver({ words, readSlots: (t, l) => parts(t, l).all() });
    let turned = 0;
    for (const { q, lang } of QUESTIONS) {
      // Nothing understood of the question on its own: no clear question of another kind stops a branch before its age test.
      for (const previous of [childrensLine, childsCase, grownUpsLines]) {
        const a = byParts(q, lang, NOT_UNDERSTOOD, previous, slotMemo());
        expect([q, previous, a]).toEqual([q, previous, whole(q, lang, NOT_UNDERSTOOD, previous, slotMemo())]);
        if (a) turned++;
      }
    }
    expect(turned).toBeGreaterThan(0);
  });

  /** Own probes: an age said after the three answers (typos, no å/ø/æ, nynorsk, second-language Norwegian, other languages). */
  const ADULT_AFTER_CHILDRENS_LINE: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'hva om jeg er 19 da?'],
    ['nn', 'kva om eg er 20?'],
    ['en', 'what if I am 19?'],
  ];
  const MINOR_AFTER_GROWN_UPS_LINES: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'og hvis hun er 15?'],
    ['en', 'what if she is only 16?'],
    ['en', 'and if she is 15?'],
  ];

  it.each(ADULT_AFTER_CHILDRENS_LINE)('%s "%s" after the children\'s line: the lines for grown-ups', (lng, text) => {
    const followUp = readers.followUp(text, lng, readers.understand(text, lng), childrensLine);
    expect(followUp?.intent).toEqual({ kind: 'contact', query: { serviceId: 'alarmtelefonen', adultCaller: true } });
  });

  it.each(MINOR_AFTER_GROWN_UPS_LINES)('%s "%s" after the lines for grown-ups: the lines for young people', (lng, text) => {
    const followUp = readers.followUp(text, lng, readers.understand(text, lng), grownUpsLines);
    expect(followUp?.intent).toEqual({ kind: 'contact', query: { minor: true, youngCaller: true } });
  });

  it.each([
    ['nb', 'er de åpne i helgen?'],
    ['nn', 'kva tid har dei ope?'],
    ['en', 'are they open on weekends?'],
  ] as ReadonlyArray<readonly [Lang, string]>)('%s "%s" (no age said) after the children\'s line: not read as an age', (lng, text) => {
    const followUp = readers.followUp(text, lng, readers.understand(text, lng), childrensLine);
    const query = followUp?.intent.kind === 'contact' ? followUp.intent.query : {};
    expect(query).not.toHaveProperty('adultCaller');
    expect(query).not.toHaveProperty('youngCaller');
  });
});
