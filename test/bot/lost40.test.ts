import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { normalize } from '../../src/language/text';

/**
 * lost40 (issue #13, regressions of the facts40 merge, c1d42771): three classes that passed before the merge and failed
 * after it, narrowed so that facts40's own readings (test/bot/facts40.test.ts) still hold. Our own probes:
 *  1. "and the minority advisers the same year?" after Kompetanseteamet's 2008 forced-marriage figures: facts40's
 *     "same list for the envoys?" (sameList: "samme", "same", "aynı" …) read it as the split compared side by side, and
 *     the advisers' June–December 2008 figures (14 completed, 63 feared) were lost. A "same" about the time (sameTime,
 *     twelve languages) is no split compared.
 *  2. "how much absence can a pupil have before she gets no grade": facts40's "how much … get/receive" read it as money
 *     and answered with a figures card; the money reading now needs a verb right after "how much" ("how much did … get").
 *  3. Colombo and Rabat in a history question: facts40's TikToker phrasings of the Nora article ("hvem var tiktokeren …")
 *     made Nora a near second for "were there advisers in Colombo and Rabat, and when", and the question got a
 *     did-you-mean. The history article now has phrasings of its own for the closed posts (nb, tr).
 * Calm twins: all of these are questions, never a case; none gets the emergency card. Twins that must keep facts40's
 * reading: "how much did Kompetanseteamet get on top in 2024" is still money, a split "the same for the envoys?" is
 * still compared, and the TikToker in the campaign still finds Nora.
 */
type Probe = readonly [Lang, string];
const NOW = new Date('2026-12-07T12:00:00Z');
const parsed = (lng: Lang, text: string) => parseStatsQuestion(normalize(text), NOW, lng)?.query;

describe('lost40: the advisers "the same year" after Kompetanseteamet\'s 2008 forced-marriage figures', () => {
  const runner = conversationRunnerPerFile();
  const sameYear: readonly (readonly [Lang, string, string])[] = [
    ['nb', 'Hvor mange tvangsekteskapssaker fikk Kompetanseteamet i 2008, både gjennomførte og fryktede?', 'hva med minoritetsrådgiverne det samme året?'],
    ['nn', 'Kor mange saker om tvangsekteskap fekk Kompetanseteamet i 2008, både gjennomførte og frykta?', 'kva med minoritetsrådgjevarane same året?'],
  ];
  it.each(sameYear)('%s: the advisers\' June–December 2008 figures, 14 completed and 63 feared: %s → %s', async (lng, first, second) => {
    const view = await runner.turn(lng, [first, second]);
    expect([view.emergency, view.didYouMean, containsFact(view.texts, ['14']), containsFact(view.texts, ['63'])]).toEqual([false, false, true, true]);
    expect(containsFact(view.texts, ['2008'])).toBe(true);
  }, 120_000);
  it('twin (facts40): a split asked "the same for the envoys?" is still both services side by side', async () => {
    const view = await runner.turn('en', ['which countries of origin were most common in the diversity advisers\' cases in 2023?', 'is that the same list for the special envoys?']);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  }, 120_000);
});

describe('lost40: "how much" about something else than money is no funding question', () => {
  const notMoney: readonly Probe[] = [
    ['nb', 'hvor mye fravær kan en elev i videregående ha før hun får IV i et fag?'],
    ['nn', 'kor mykje fråvær kan ein elev på vidaregåande ha før ho ikkje får karakter?'],
    ['en', 'how much absence can a pupil in upper secondary have before she gets no grade?'],
  ];
  it.each(notMoney)('%s: not read as money: %s', (lng, text) => {
    expect(parsed(lng, text)?.metric).not.toBe('funding-nok');
  });
  const runner = conversationRunnerPerFile();
  it.each(notMoney.slice(0, 1))('%s: the bot answers it with no card (a did-you-mean or a decline): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([view.emergency, view.answers]).toEqual([false, 0]);
  }, 120_000);
  const money: readonly Probe[] = [
    ['en', 'how much did the special envoys get on top in 2024?'],
    ['nb', 'hvor mye fikk Kompetanseteamet tilført i 2024?'],
  ];
  it.each(money)('twin (facts40): "how much did … get" is still money: %s', (lng, text) => {
    expect(parsed(lng, text)?.metric).toBe('funding-nok');
  });
});

describe('lost40: the closed posts Colombo and Rabat in a history question', () => {
  const runner = conversationRunnerPerFile();
  const history: readonly (readonly [Lang, string, string])[] = [
    ['nb', 'Fantes det ikke integreringsrådgivere i Rabat og Colombo tidligere? hvilket år var det', '2008'],
    ['tr', "Colombo ve Rabat'taki entegrasyon danışmanları hâlâ görevde mi?", 'Amman'],
  ];
  it.each(history)('%s: answered from the history, no did-you-mean: %s', async (lng, text, fact) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.didYouMean, containsFact(view.texts, [fact])]).toEqual([text, false, false, true]);
  }, 120_000);
  it('twin (facts40): the TikToker in the Christmas campaign still finds the Nora article', async () => {
    const view = await runner.turn('nb', 'hvilken tiktoker var med i julekampanjen til IMDi?');
    expect([view.emergency, containsFact(view.texts, ['Nora'])]).toEqual([false, true]);
  }, 120_000);
});
