import { createFollowUpResolver, slotMemo, type FollowUpSlots, type RememberedReading, type SlotReader } from '../../src/conversation/follow-up';
import { loadFollowUpWords } from '../../src/conversation/follow-up-words';
import type { Lang } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { parseStatsQuestion, readStatsSlots } from '../../src/stats/answers/stats-recognizer';
import type { Understanding } from '../../src/understanding/types';

/**
 * Work the readers skip or share for a new message (docs/performance.md, branch turn21): the answers are the same,
 * only what is read to reach them is less.
 */

const words = loadFollowUpWords();
const notUnderstood: Understanding = { danger: false, intent: { kind: 'unknown' }, candidates: [] };
/** A topic's article, whose card names a service to call for advice: a detail asked after it reads the message's slots. */
const topicArticle: RememberedReading = { kind: 'article', articleId: 'negative-social-control' };

function countingReader(): { readonly read: SlotReader; readonly calls: string[] } {
  const calls: string[] = [];
  const read: SlotReader = (text: string, lng: Lang): FollowUpSlots => {
    calls.push(`${lng}|${text}`);
    return {};
  };
  return { read, calls };
}

const resolverWith = (read: SlotReader) =>
  createFollowUpResolver({ words, readSlots: read, adviceServiceOfArticle: () => 'kompetanseteamet', serviceOfArticle: () => undefined });

describe('a message too long to be a follow-up is not read for one', () => {
  const LONG: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Vi har en elev i niende klasse som har fortalt kontaktlæreren at familien skal reise bort i sommer og at hun ikke vet når de kommer tilbake, hva bør skolen gjøre nå?'],
    ['en', 'A colleague at the health centre told me that a young woman she sees has stopped coming to her appointments and her phone is always answered by her mother, what is the email of the team that advises on this?'],
    ['pl', 'Pracuję w przedszkolu i jedna z matek powiedziała mi, że jej teściowie chcą zabrać córkę do swojej rodziny za granicę na całe lato, kto może nam doradzić i jaki jest ich numer telefonu?'],
  ];
  it.each(LONG)('%s: a long question after a topic article reads no slots and is no follow-up', (lng, text) => {
    const { read, calls } = countingReader();
    expect(resolverWith(read)(text, lng, notUnderstood, topicArticle, slotMemo())).toBeUndefined();
    expect(calls).toEqual([]);
  });

  const LONG_THEN_REMARK: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Jeg lurer på hvordan vi som barnehage skal gå fram når vi er bekymret for at et barn kan bli sendt ut av landet i ferien og ikke komme tilbake til høsten? Takk for svar.'],
    ['en', 'Could you tell me what the rules are for schools when a pupil has been away for several weeks after the holidays and nobody at home answers the phone? Thanks a lot.'],
  ];
  it.each(LONG_THEN_REMARK)('%s: a long first sentence before a remark reads no slots of the remark', (lng, text) => {
    const { read, calls } = countingReader();
    expect(resolverWith(read)(text, lng, notUnderstood, topicArticle, slotMemo())).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('a short detail asked after the same article is still read, and answered by the advising service', () => {
    const { read, calls } = countingReader();
    const followUp = resolverWith(read)('har de e-post?', 'nb', notUnderstood, topicArticle, slotMemo());
    expect(calls.length).toBeGreaterThan(0);
    expect(followUp?.intent).toMatchObject({ kind: 'contact', query: { serviceId: 'kompetanseteamet' } });
  });
});

describe('the statistics reader finds the countries a message names only when the reading needs them', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const NO_FIGURES: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Hvordan kan jeg snakke med foreldrene til en elev fra Somalia om dette?'],
    ['en', 'What should I say to a pupil from Iraq who is worried about the summer?'],
    ['pl', 'Jak rozmawiać z rodzicami dziewczynki z Pakistanu o wyjeździe?'],
  ];
  it.each(NO_FIGURES)('%s: a question for no figure is no figure question, and no country is looked for', (lng, text) => {
    let asked = 0;
    const countries = () => {
      asked++;
      return ['SO'];
    };
    expect(parseStatsQuestion(normalize(text), now, lng, countries)).toBeUndefined();
    expect(asked).toBe(0);
  });

  const FIGURES: ReadonlyArray<readonly [Lang, string, readonly string[]]> = [
    ['nb', 'Hvor mange saker om jenter fra Somalia hadde Kompetanseteamet i 2023?', ['SO']],
    ['en', 'How many cases from Iraq did the minority advisers have in 2022?', ['IQ']],
    ['nb', 'Hvor mange henvendelser fikk Kompetanseteamet i 2021?', []],
  ];
  it.each(FIGURES)('%s: a figure question reads as it does with the countries given at once', (lng, text, codes) => {
    let asked = 0;
    const lazy = parseStatsQuestion(normalize(text), now, lng, () => {
      asked++;
      return codes;
    });
    expect(lazy).toBeDefined();
    expect(lazy).toEqual(parseStatsQuestion(normalize(text), now, lng, codes));
    expect(asked).toBe(1);
  });

  it("a message's statistics slots are read once while it is being read, for its year", () => {
    const text = normalize('Hvor mange saker hadde minoritetsrådgiverne i fjor?');
    const first = readStatsSlots(text, now, 'nb');
    expect(readStatsSlots(text, now, 'nb')).toBe(first);
    expect(first.years).toEqual({ fromYear: 2025, toYear: 2025 });
    // Another year's "last year" is another reading.
    expect(readStatsSlots(text, new Date('2024-06-01T12:00:00Z'), 'nb').years).toEqual({ fromYear: 2023, toYear: 2023 });
  });
});
