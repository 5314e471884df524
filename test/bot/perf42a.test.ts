/**
 * perf42a (issue #16, throughput). Two answer-neutral changes to a turn's code paths; every answer must stay as it was.
 *  (1) The contact reading's phrase lists read with their own maps again (perf41a's `PhraseListGroup` measured no
 *      cheaper in a whole turn, A B B A): its tests in test/bot/session-41.test.ts (perf41a block) now hold
 *      `compilePhrases` to the plain reading of its phrases.
 *  (2) The danger reader kept only the last text's situation, and the follow-up and two-needs readers ask of a
 *      message's parts between two asks of the whole: a third of the situation reads were of a text read a moment
 *      before. Now each (language, text) is read once while the message is read (`ReadingMemo`, emptied on the next
 *      `setImmediate`, so no message's words stay past its turn). The classes:
 *   (a) a message and its parts asked in turn, in the twelve languages: each text read once, every answer (danger,
 *       concern, case, the signals) that of a reader that never saw another text;
 *   (b) nothing kept past the turn: after the event loop turns, the same text is read afresh;
 *   (c) through the bot: a danger told in a message keeps the emergency card (nb, nn, en, ar, pl, uk), also told after a
 *       first calm question in the same conversation; its calm twins (a past case, a general question, staff training,
 *       statistics, a supposition) do not get it.
 */
import type { Lang } from '../../src/language/languages';
import { readTurn } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadSituationReader, type SituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';

const situation = loadSituationReader();

/** The real situation reader, counting its reads by (language, text). */
function countingReader(): { reader: SituationReader; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  return {
    reads,
    reader: {
      read(text, known, lng) {
        if ((known ?? []).length === 0) reads.set(`${lng ?? ''} ${text}`, (reads.get(`${lng ?? ''} ${text}`) ?? 0) + 1);
        return situation.read(text, known, lng);
      },
    },
  };
}

/** Our own messages of two parts (a danger or a worry, then a question), in the twelve languages. */
const TWO_PARTS: readonly (readonly [Lang, string, string])[] = [
  ['nb', 'Faren til eleven min har truet med å drepe henne hvis hun ikke gifter seg.', 'Hvem kan vi ringe nå?'],
  ['nn', 'Eleven min seier at ho blir send til Somalia neste veke og ikkje får kome tilbake.', 'Kva gjer vi?'],
  ['en', 'A pupil told me her uncle beat her yesterday because she has a boyfriend.', 'How many cases like this are reported each year?'],
  ['ar', 'قالت لي طالبة إن والدها سيأخذها إلى العراق غدا لتزويجها.', 'ماذا أفعل؟'],
  ['so', 'Gabadh arday ah ayaa ii sheegtay in aabaheed uu doonayo inuu guursado iyada.', 'Yaan la xiriiraa?'],
  ['fa', 'یک دانش‌آموز گفت پدرش او را تهدید به کشتن کرده است.', 'چه کار کنم؟'],
  ['ur', 'ایک طالبہ نے بتایا کہ اس کا باپ اسے کل پاکستان لے جا کر شادی کرانا چاہتا ہے۔', 'میں کیا کروں؟'],
  ['uk', 'Учениця сказала, що батько побив її вчора і погрожує вбити.', 'Куди звернутися?'],
  ['ru', 'Ученица рассказала, что её хотят выдать замуж за границей этим летом.', 'Что нам делать?'],
  ['tr', 'Bir öğrencim babasının onu yarın evlendirmek için Türkiye’ye götüreceğini söyledi.', 'Ne yapmalıyım?'],
  ['pl', 'Uczennica powiedziała, że ojciec grozi jej śmiercią, jeśli nie wyjdzie za mąż.', 'Co mamy zrobić?'],
  ['ti', 'ሓንቲ ተምሃሪት ኣቦኣ ክቐትላ ከም ዝፈራርሃ ነጊራትኒ።', 'እንታይ ክገብር?'],
];

interface Answers {
  readonly danger: boolean;
  readonly concern: boolean | undefined;
  readonly isCase: boolean | undefined;
  readonly signals: readonly string[];
}

function answersOf(reader: ReturnType<typeof createDangerReader>, text: string, lng: Lang): Answers {
  const u = prepareUtterance(text, lng);
  return {
    danger: reader.isDanger(u, false),
    concern: reader.isConcern?.(u, false),
    isCase: reader.isCase?.(u, false),
    signals: [...(reader.signals?.(u) ?? [])].sort(),
  };
}

describe('perf42a (2a): a message and its parts asked in turn: each text read once, the answers as a fresh reader gives', () => {
  it.each(TWO_PARTS)('%s: whole, part, whole, part', (lng, first, second) => {
    const whole = `${first} ${second}`;
    const { reader: counted, reads } = countingReader();
    const memoed = createDangerReader(counted);
    const asked = [whole, first, whole, second, first, whole].map((text) => answersOf(memoed, text, lng));
    const fresh = [whole, first, whole, second, first, whole].map((text) => answersOf(createDangerReader(situation), text, lng));
    expect(asked).toEqual(fresh);
    // Three texts, each read once however often and in whatever order the readers ask.
    expect(reads.size).toBe(3);
    expect([...reads.values()]).toEqual([1, 1, 1]);
  });
  it('the probes read both answers: some wholes are danger, every question alone is not', () => {
    const reader = createDangerReader(situation);
    const dangers = TWO_PARTS.filter(([lng, first, second]) => answersOf(reader, `${first} ${second}`, lng).danger);
    expect(dangers.length).toBeGreaterThanOrEqual(6);
    for (const [lng, , second] of TWO_PARTS) expect([lng, second, answersOf(reader, second, lng).danger]).toEqual([lng, second, false]);
  });
  it('the same text in two languages is read in each (a word a file reads only in its own language)', () => {
    const { reader: counted, reads } = countingReader();
    const memoed = createDangerReader(counted);
    const text = 'Hun blir sendt ut av landet i morgen.';
    expect(answersOf(memoed, text, 'nb')).toEqual(answersOf(createDangerReader(situation), text, 'nb'));
    expect(answersOf(memoed, text, 'nn')).toEqual(answersOf(createDangerReader(situation), text, 'nn'));
    expect(reads.size).toBe(2);
  });
});

describe('perf42a (2b): nothing kept past the turn', () => {
  it('after the event loop turns, the same text is read afresh', async () => {
    const { reader: counted, reads } = countingReader();
    const memoed = createDangerReader(counted);
    const text = 'My pupil says her father will take her abroad tomorrow to marry her off.';
    answersOf(memoed, text, 'en');
    answersOf(memoed, text, 'en');
    expect([...reads.values()]).toEqual([1]);
    await new Promise<void>((resolve) => setImmediate(resolve));
    await new Promise<void>((resolve) => setImmediate(resolve));
    answersOf(memoed, text, 'en');
    expect([...reads.values()]).toEqual([2]);
  });
});

const runner = conversationRunnerPerFile();

/** A danger at hand, told in one message. */
const DANGERS: readonly (readonly [Lang, string])[] = [
  ['nb', 'Eleven min på 16 sier at faren skal ta henne med til Irak i morgen for å gifte henne bort. Hva gjør jeg nå?'],
  ['nn', 'Eleven min på 16 seier at faren skal ta ho med til Irak i morgon for å gifte ho bort. Kva gjer eg no?'],
  ['en', 'My pupil, 16, says her father is taking her to Iraq tomorrow to marry her off. What do I do now?'],
  ['ar', 'طالبتي عمرها 16 سنة تقول إن والدها سيأخذها إلى العراق غدا لتزويجها. ماذا أفعل الآن؟'],
  ['pl', 'Moja uczennica, 16 lat, mówi, że ojciec jutro zabiera ją do Iraku, żeby wydać ją za mąż. Co mam teraz zrobić?'],
  ['uk', 'Моя учениця, 16 років, каже, що батько завтра везе її до Іраку, щоб видати заміж. Що мені робити зараз?'],
];

/** Calm twins: the same topic with no one at risk now. */
const CALM_TWINS: readonly (readonly [Lang, string, string])[] = [
  ['nb', 'a past case', 'For fem år siden hadde vi en elev som ble giftet bort i utlandet. Saken er avsluttet for lenge siden; hva lærte andre skoler av slike saker?'],
  ['en', 'a general question', 'In general, what should a school know about forced marriage during the summer holidays?'],
  ['nn', 'staff training', 'Vi ønskjer eit kurs for lærarane om tvangsekteskap og utanlandsopphald. Kven held slike kurs?'],
  ['en', 'statistics', 'How many cases of forced marriage did the competence team handle in 2023?'],
  ['nb', 'a supposition', 'Hvis en elev en gang skulle fortelle at hun skal giftes bort i utlandet, hvilke rutiner bør skolen ha?'],
];

describe('perf42a (2c): through the bot, a danger keeps the card; its calm twins do not get it', () => {
  it.each(DANGERS)('%s: danger told in one message, the emergency card', async (lang, message) => {
    const run = await runner.converse({ lang, turns: [message] });
    const view = readTurn(run.replies, runner.markers);
    expect(view.emergency).toBe(true);
  });
  it.each(DANGERS.slice(0, 3))('%s: the same danger after a calm first question, the card on the second turn', async (lang, message) => {
    const first = lang === 'en' ? 'What is negative social control?' : lang === 'nn' ? 'Kva er negativ sosial kontroll?' : 'Hva er negativ sosial kontroll?';
    const calm = await runner.turn(lang, first);
    expect(calm.emergency).toBe(false);
    const run = await runner.converse({ lang, turns: [first, message] });
    const view = readTurn(run.replies, runner.markers);
    expect(view.emergency).toBe(true);
  });
  it.each(CALM_TWINS)('%s (%s): no emergency card', async (lang, _kind, message) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(false);
    expect(view.replyLanguage).toBe(lang);
  });
});
