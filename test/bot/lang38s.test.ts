import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { chooseLanguage } from '../../src/language/choose-language';
import { conversationRunnerPerFile, expectDeclined } from '../helpers/conversation-runner';

/**
 * lang38s (issue #13), fixed as classes with our own probes (none of them an evaluation item's text):
 *  1. One language per turn: a short follow-up naming a Norwegian service or role only ("a mangfoldsrådgiverne?")
 *     keeps the conversation's language; a first Roman Urdu message with an English or Norwegian word ("SEIF ka
 *     number?") from an Urdu Teams is Urdu; a number-heavy Roman Urdu question with words other languages share ("me")
 *     is Urdu. Twins: a whole sentence in another language switches.
 *  2. Clear duty and case questions get an answer, not "did you mean": "my duty" in Tigrinya, "what am I obliged to
 *     do" in Russian and Ukrainian, "should I do anything" about a marriage the story says is freely chosen (calm, no
 *     112 block). Twin: the same marriage against her will keeps the block.
 *  3. After-school care (SFO, AKS) asked as an errand is declined politely; the same place named in a story of control
 *     stays in scope.
 */
describe('lang38s', () => {
  const runner = conversationRunnerPerFile();

  describe('1. the conversation language is kept for a follow-up whose own language is unclear', () => {
    const kept: ReadonlyArray<readonly [Lang, readonly string[]]> = [
      ['pl', ['który ambasada zajmuje się sprawami z Pakistanu?', 'a integreringsrådgiverne?']],
      ['pl', ['numer do SEIF?', 'a mangfoldsrådgiverne?']],
      ['pl', ['jaki jest numer do Kompetanseteamet?', 'a Røde Kors-telefonen?']],
      ['fa', ['شماره Kompetanseteamet چیست؟', 'va rådgiverne?']],
      ['ti', ['ናይ Kompetanseteamet ቁጽሪ እንታይ እዩ?', 'mangfoldsrådgiverne?']],
      ['so', ['Kompetanseteamet lambarkooda?', 'iyo mangfoldsrådgiverne?']],
      ['tr', ['Kompetanseteamet\'in numarası ne?', 'peki mangfoldsrådgiverne?']],
      ['ur', ['SEIF ka number?']],
      ['ur', ['Kompetanseteamet ka email?']],
      ['ur', ['2023 me kitne oppdrag kiye fagteamet ne?']],
      ['ur', ['ایمبولینس کا نمبر؟', 'aur Kompetanseteamet?']],
      ['so', ['SEIF number kee?']],
    ];
    it.each(kept)('%s: %j', async (lng, turns) => {
      const view = await runner.turn(lng, turns);
      expect(view.replyLanguage).toBe(lng);
      expect(view.answers).toBeGreaterThan(0);
    });

    const switched: ReadonlyArray<readonly [Lang, readonly string[], Lang]> = [
      ['pl', ['jaki jest numer do Kompetanseteamet?', 'og Røde Kors sitt nummer?'], 'nb'],
      ['pl', ['numer do SEIF?', 'what about the diversity advisers?'], 'en'],
      ['tr', ['Kompetanseteamet\'in numarası ne?', 'hva er nummeret til Røde Kors?'], 'nb'],
      ['ur', ['what is forced marriage?'], 'en'],
    ];
    it.each(switched)('a real switch: %s %j → %s', async (lng, turns, to) => {
      const view = await runner.turn(lng, turns);
      expect(view.replyLanguage).toBe(to);
    });

    it('chooseLanguage: a Norwegian noun alone keeps the conversation, plain Norwegian does not', () => {
      const nounOnly = { lng: 'nb' as const, reliable: true, variantUnmarked: true, norwegianNounsOnly: true };
      expect(chooseLanguage({ preferred: undefined, detected: nounOnly, previous: 'pl', locale: 'pl', fallback: 'nb' })).toBe('pl');
      expect(chooseLanguage({ preferred: undefined, detected: nounOnly, previous: 'nn', locale: 'nn', fallback: 'nb' })).toBe('nn');
      const plain = { lng: 'nb' as const, reliable: true, variantUnmarked: true };
      expect(chooseLanguage({ preferred: undefined, detected: plain, previous: 'pl', locale: 'pl', fallback: 'nb' })).toBe('nb');
      // A first message with little English of its own from an Urdu Teams is Roman Urdu; from an English Teams it is English.
      const little = { lng: 'en' as const, reliable: false, littleOwn: true };
      expect(chooseLanguage({ preferred: undefined, detected: little, previous: undefined, locale: 'ur', fallback: 'nb' })).toBe('ur');
      expect(chooseLanguage({ preferred: undefined, detected: little, previous: undefined, locale: 'en', fallback: 'nb' })).toBe('en');
    });
  });

  describe('2. clear duty and case questions are answered', () => {
    const duty: ReadonlyArray<readonly [Lang, string]> = [
      ['ti', 'ኣነ መምህር እየ። ተምሃሪተይ ሓዋ ንተሌፎና ይፍትሽ ኢላትኒ። ግቡኣይ እንታይ እዩ?'],
      ['ti', 'መምህር እየ። ሓንቲ ተምሃሪት ስድራኣ ኣዝዮም ይቆጻጸርዋ፣ ምስ መሓዙታ ክትወጽእ ኣይፍቀደላን። ግቡአይ እንታይ እዩ?'],
      ['ru', 'Я учительница. Ученица рассказала, что брат контролирует её телефон и не разрешает гулять. Что я обязана делать?'],
      ['uk', 'Я вчителька. Учениця каже, що брат перевіряє її телефон і не дозволяє зустрічатися з подругами. Що я зобов\'язана робити?'],
      ['uk', 'Я вчителька. Учениця розповіла, що брат постійно контролює її телефон і не пускає гуляти. Який мій обов\'язок?'],
    ];
    it.each(duty)('%s duty: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect(view.replyLanguage).toBe(lng);
      expect(view.didYouMean || view.cannotAnswer).toBe(false);
      expect(view.answers).toBeGreaterThan(0);
      expect(containsFact(view.texts, ['opplysningsplikt'])).toBe(true);
    });

    const chosen: ReadonlyArray<readonly [Lang, string]> = [
      ['nn', 'eg jobbar i NAV. ei dame på 24 fortel at ho skal gifte seg med ein mann ho sjølv har valt, familien er glade. skal eg gjere noko?'],
      ['nb', 'jeg er nav-veileder. en bruker på 26 skal gifte seg med kjæresten hun selv har valgt. bør jeg gjøre noe?'],
    ];
    it.each(chosen)('%s a freely chosen marriage asked about: calm advice with Kompetanseteamet: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect(view.didYouMean || view.cannotAnswer).toBe(false);
      expect(view.emergency).toBe(false);
      expect(containsFact(view.texts, ['478 09 050'])).toBe(true);
    });

    it('twin: the same marriage against her will keeps the 112 block', async () => {
      const view = await runner.turn('nn', 'eg jobbar i NAV. ei dame på 24 skal gifte seg med ein mann foreldra har valt, ho vil ikkje. skal eg gjere noko?');
      expect(view.emergency).toBe(true);
    });
  });

  describe('3. after-school care asked as an errand is declined', () => {
    const errands: ReadonlyArray<readonly [Lang, string]> = [
      ['nn', 'kor mykje kostar SFO for eit barn i 2. klasse?'],
      ['nn', 'korleis søkjer eg plass på AKS til dottera mi?'],
      ['nn', 'når stengjer skulefritidsordninga om sommaren?'],
      ['nb', 'hvordan søker jeg SFO-plass til sønnen min?'],
      ['nb', 'hva koster aktivitetsskolen i Oslo?'],
      ['en', 'how much does after-school care cost in Bergen?'],
    ];
    it.each(errands)('%s: %s', async (lng, text) => {
      expectDeclined(await runner.turn(lng, text), lng);
    });

    it('twins: the same place in a story of control stays in scope', async () => {
      const shame = await runner.turn('nb', 'datteren min får ikke lov av faren sin å gå på SFO med guttene, han sier det er skam');
      expect(shame.answers + (shame.emergency ? 1 : 0)).toBeGreaterThan(0);
      const afraid = await runner.turn('nn', 'ho får ikkje gå på AKS fordi familien meiner det er skam, og ho er redd');
      expect(afraid.answers).toBeGreaterThan(0);
    });
  });
});
