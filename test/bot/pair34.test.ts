import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { containsFact } from '../../src/evaluation/conversation-eval';

/**
 * Two services asked in one message, the second only described (issue #13, pair34): "a chat for adults" is VO-linjen's
 * chat (volinjen.no), "the website on violence and abuse" is dinutvei.no (NKVTS); domain.md §12, action-plan appendix.
 * Our own probes in nb, nn, en and eight other languages: both services' facts are shown, no emergency card. Each has a
 * twin naming one service only, whose answer must not grow to the second one.
 */
describe('a service and a described second service in one message (pair34)', () => {
  const runner = conversationRunnerPerFile();

  async function expectFacts(lang: Lang, text: string, shown: readonly (readonly string[])[], notShown: readonly (readonly string[])[]): Promise<void> {
    const view = await runner.turn(lang, [text]);
    expect({ emergency: view.emergency, didYouMean: view.didYouMean, cannotAnswer: view.cannotAnswer }).toEqual({ emergency: false, didYouMean: false, cannotAnswer: false });
    for (const spellings of shown) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
    for (const spellings of notShown) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, false]);
  }

  const SEIF = ['22 03 48 30', '22034830'];
  const CHAT = ['volinjen.no'];
  const VO = ['116 006', '116006'];
  const SITE = ['dinutvei.no'];

  it.each<[string, Lang, string]>([
    ['nb', 'nb', 'Hva er nummeret til SEIF, og finnes det en chat for voksne?'],
    ['nn', 'nn', 'Kva er telefonen til SEIF? Og finst det ein chat for vaksne?'],
    ['en', 'en', 'SEIF phone number, and is there a chat for adults?'],
    ['ru', 'ru', 'Номер SEIF и чат для взрослых?'],
    ['uk', 'uk', 'Номер SEIF і чи є чат для дорослих?'],
    ['pl', 'pl', 'Numer do SEIF i czy jest czat dla dorosłych?'],
    ['ar', 'ar', 'رقم SEIF وهل هناك دردشة للكبار؟'],
    ['fa', 'fa', 'شماره SEIF و آیا چت برای بزرگسالان هست؟'],
    ['so', 'so', 'Lambarka SEIF, ma jiraa chat loogu talagalay dadka waaweyn?'],
    ['ur', 'ur', 'SEIF کا نمبر اور کیا بڑوں کے لیے چیٹ ہے؟'],
  ])('SEIF and a chat for adults (%s)', async (_id, lang, text) => {
    await expectFacts(lang, text, [SEIF, CHAT], []);
  });

  it.each<[string, Lang, string]>([
    ['nb', 'nb', 'Hva er nummeret til SEIF?'],
    ['en', 'en', 'What is the phone number of SEIF?'],
    ['ru', 'ru', 'Какой номер у SEIF?'],
    ['pl', 'pl', 'Jaki jest numer do SEIF?'],
    ['ar', 'ar', 'ما هو رقم SEIF؟'],
  ])('twin: SEIF only does not grow a chat (%s)', async (_id, lang, text) => {
    await expectFacts(lang, text, [SEIF], [CHAT, VO]);
  });

  it.each<[string, Lang, string]>([
    ['nb', 'nb', 'Nummeret til VO-linjen og nettsiden om vold og overgrep?'],
    ['nn', 'nn', 'Nummeret til VO-linja og nettsida om vald og overgrep?'],
    ['en', 'en', 'VO-linjen number and the website about violence and abuse?'],
  ])('VO-linjen and the site on violence and abuse (%s)', async (_id, lang, text) => {
    await expectFacts(lang, text, [VO, SITE], []);
  });

  it.each<[string, Lang, string]>([
    ['nb', 'nb', 'Hva er nummeret til VO-linjen?'],
    ['en', 'en', 'What is the number of the VO line?'],
  ])('twin: VO-linjen only does not grow the site (%s)', async (_id, lang, text) => {
    await expectFacts(lang, text, [VO], [SITE]);
  });
});
