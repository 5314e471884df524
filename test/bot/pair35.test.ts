import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { expectCalmByTheRules } from '../helpers/danger-alarm';

/**
 * Two contacts asked in one message (issue #13, pair35): a service's number and the site of the centre that runs a
 * national web guide ("SEIF's number and NKVTS's site"). NKVTS runs dinutvei.no (the card's own name, action-plan-2025);
 * "NKVTS's site" named it in no language, so only SEIF's card was given. Our own probes, typed as people type them, each
 * with a one-need twin (SEIF alone: no dinutvei.no card).
 */
describe('two contacts in one message: a number and NKVTS\'s site (pair35)', () => {
  const runner = conversationRunnerPerFile();
  const SEIF = ['22 03 48 30', '٢٢ ٠٣ ٤٨ ٣٠', '۲۲ ۰۳ ۴۸ ۳۰'];
  const DINUTVEI = ['dinutvei.no'];

  it.each<[string, Lang, string]>([
    ['nb', 'nb', 'Hva er nummeret til SEIF og nettsiden til NKVTS?'],
    ['nb-notypo', 'nb', 'kan jeg fa nummeret til seif, og nkvts sin nettside?'],
    ['nn', 'nn', 'Kva er nummeret til SEIF og nettsida til NKVTS?'],
    ['en', 'en', "what's SEIF's number and NKVTS's website?"],
    ['ru', 'ru', 'Дайте номер SEIF и сайт NKVTS'],
    ['ar', 'ar', 'أريد رقم SEIF وموقع NKVTS'],
    ['so', 'so', 'Waxaan rabaa lambarka SEIF iyo bogga NKVTS'],
    ['fa', 'fa', 'شماره SEIF و سایت NKVTS را بدهید'],
    ['pl', 'pl', 'Poproszę numer SEIF i stronę NKVTS'],
  ])('%s: both cards', async (_id, lang, message) => {
    const view = await runner.turn(lang, [message]);
    expect({ didYouMean: view.didYouMean, cannotAnswer: view.cannotAnswer, language: view.replyLanguage, emergency: view.emergency })
      .toEqual({ didYouMean: false, cannotAnswer: false, language: lang, emergency: false });
    expectCalmByTheRules(view, message, lang);
    expect(containsFact(view.texts, SEIF)).toBe(true);
    expect(containsFact(view.texts, DINUTVEI)).toBe(true);
  });

  it.each<[string, Lang, string]>([
    ['nb', 'nb', 'Hva er nummeret til SEIF?'],
    ['ru', 'ru', 'Дайте номер SEIF'],
    ['ar', 'ar', 'أريد رقم SEIF'],
    ['fa', 'fa', 'شماره SEIF را بدهید'],
  ])('%s twin: SEIF alone, no dinutvei.no card', async (_id, lang, message) => {
    const view = await runner.turn(lang, [message]);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, SEIF)).toBe(true);
    expect(containsFact(view.texts, DINUTVEI)).toBe(false);
  });
});
