import { createFollowUpResolver, slotMemo, type FollowUpSlots, type RememberedReading, type SlotReader } from '../../src/conversation/follow-up';
import { loadFollowUpWords } from '../../src/conversation/follow-up-words';
import type { Lang } from '../../src/language/languages';
import type { Understanding } from '../../src/understanding/types';

const words = loadFollowUpWords();
const notUnderstood: Understanding = { danger: false, intent: { kind: 'unknown' }, candidates: [] };
const kompetanseteamet: RememberedReading = { kind: 'contact', query: { serviceId: 'kompetanseteamet' } };
const advisers2023: RememberedReading = {
  kind: 'stats',
  query: { service: 'diversity-advisers', services: ['diversity-advisers'], metric: 'cases', fromYear: 2023, toYear: 2023, mode: 'value' },
};

/** A slot reader that names a year and a country when the text does, and counts what it was asked to read. */
function countingReader(): { readonly read: SlotReader; readonly calls: string[] } {
  const calls: string[] = [];
  const read: SlotReader = (text: string, lng: Lang): FollowUpSlots => {
    calls.push(`${lng}|${text}`);
    const year = /\b(20\d\d)\b/u.exec(text)?.[1];
    return {
      ...(year ? { years: { fromYear: Number(year), toYear: Number(year) } } : {}),
      ...(/etiopia/iu.test(text) ? { country: 'ET' } : {}),
    };
  };
  return { read, calls };
}

const MESSAGES: ReadonlyArray<readonly [Lang, RememberedReading, string]> = [
  ['nb', advisers2023, 'og i 2021? skal ha det i en presentasjon'],
  ['nb', advisers2023, 'og i 2008?'],
  ['nb', kompetanseteamet, 'hva med Etiopia da?'],
  ['nb', kompetanseteamet, 'er du sikker? jeg trodde det var Ankara'],
  ['en', kompetanseteamet, 'is there an email too, I want to send them the case summary before the meeting on Monday'],
];

describe('a follow-up reads the slots of each text once per message', () => {
  it.each(MESSAGES)('%s after %j: "%s"', (lng, previous, text) => {
    const alone = countingReader();
    const fresh = createFollowUpResolver({ words, readSlots: alone.read })(text, lng, notUnderstood, previous);

    const shared = countingReader();
    const resolve = createFollowUpResolver({ words, readSlots: shared.read });
    const memo = slotMemo();
    const first = resolve(text, lng, notUnderstood, previous, memo);
    // The same message read again with the same memo (as a part of a two-needs message is): nothing is read again.
    const again = resolve(text, lng, notUnderstood, previous, memo);

    expect(first).toEqual(fresh);
    expect(again).toEqual(fresh);
    expect(shared.calls.length).toBe(new Set(shared.calls).size);
    expect(new Set(shared.calls)).toEqual(new Set(alone.calls));
  });

  it('reads at least one text of a short follow-up (the memo is filled, not bypassed)', () => {
    const { read, calls } = countingReader();
    const memo = slotMemo();
    expect(createFollowUpResolver({ words, readSlots: read })('og i 2008?', 'nb', notUnderstood, advisers2023, memo)).toBeDefined();
    expect(calls.length).toBeGreaterThan(0);
    expect(memo.size).toBe(calls.length);
  });
});
