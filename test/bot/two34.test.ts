import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { containsFact, type TurnView } from '../../src/evaluation/conversation-eval';

/**
 * Two needs in one message (issue #13, two34): our own probes in the twelve languages, typed as people type them. Each
 * probe asks two things at once and gets both answers, in the order asked; its twin asks only one of them, and its
 * answer does not grow.
 */
const AMMAN = ['Amman', 'عمّان', 'عمان', 'امان', 'Амман', 'ዓማን', 'ኣማን'];
const ANKARA = ['Ankara', 'أنقرة', 'آنکارا', 'انقرہ', 'Анкар', 'ኣንካራ'];
const NAIROBI = ['Nairobi', 'Найроби', 'Найробі', 'نيروبي', 'نایروبی', 'نیروبی', 'ናይሮቢ'];

describe('two needs in one message (two34)', () => {
  const runner = conversationRunnerPerFile();

  async function answered(lang: Lang, message: string): Promise<TurnView> {
    const view = await runner.turn(lang, [message]);
    expect({ didYouMean: view.didYouMean, cannotAnswer: view.cannotAnswer, emergency: view.emergency, language: view.replyLanguage }).toEqual({ didYouMean: false, cannotAnswer: false, emergency: false, language: lang });
    return view;
  }
  /** The first text that shows a fact: where it stands in the reply. */
  const firstAt = (view: TurnView, spellings: readonly string[]): number => view.texts.findIndex((t) => containsFact([t], spellings));

  describe('two countries joined in one question of whom to contact: each country’s envoy, in the order named', () => {
    // [id, language, both countries asked, the first country's envoy, the second's, the twin asking the first only]
    it.each<[string, Lang, string, string[], string[], string]>([
      ['nb', 'nb', 'hvilken ambassade har ansvar for Somalia og Irak?', NAIROBI, AMMAN, 'hvilken ambassade har ansvar for Somalia?'],
      ['nb-no-letters', 'nb', 'hvem dekker saker i tyrkia og somalia', ANKARA, NAIROBI, 'hvem dekker saker i tyrkia'],
      ['nn', 'nn', 'kven dekkjer saker i Irak og Tyrkia?', AMMAN, ANKARA, 'kven dekkjer saker i Irak?'],
      ['en', 'en', 'which envoys cover iraq and somalia', AMMAN, NAIROBI, 'which embassy covers iraq?'],
      ['en-family', 'en', 'we have a Somali family and a Turkish family here, which embassies are responsible?', NAIROBI, ANKARA, 'we have a Somali family here, which embassy is responsible?'],
      ['tr', 'tr', 'Somali ve Türkiye için hangi büyükelçilik sorumlu?', NAIROBI, ANKARA, 'Somali için hangi büyükelçilik sorumlu?'],
      ['pl', 'pl', 'która ambasada zajmuje się Irakiem i Somalią?', AMMAN, NAIROBI, 'która ambasada zajmuje się Irakiem?'],
      ['ru', 'ru', 'какое посольство отвечает за Сомали и Ирак?', NAIROBI, AMMAN, 'какое посольство отвечает за Сомали?'],
      ['uk', 'uk', 'яке посольство відповідає за Ірак і Туреччину?', AMMAN, ANKARA, 'яке посольство відповідає за Ірак?'],
      ['ar', 'ar', 'أي سفارة مسؤولة عن الصومال والعراق؟', NAIROBI, AMMAN, 'أي سفارة مسؤولة عن الصومال؟'],
      ['so', 'so', 'safaaradee ayaa mas’uul ka ah Soomaaliya iyo Ciraaq?', NAIROBI, AMMAN, 'safaaradee ayaa mas’uul ka ah Soomaaliya?'],
      ['fa', 'fa', 'کدام سفارت مسئول عراق و ترکیه است؟', AMMAN, ANKARA, 'کدام سفارت مسئول عراق است؟'],
      ['ur', 'ur', 'عراق اور ترکی کے لیے کون سا سفارت خانہ ذمہ دار ہے؟', AMMAN, ANKARA, 'عراق کے لیے کون سا سفارت خانہ ذمہ دار ہے؟'],
    ])('%s', async (_id, lang, both, first, second, twin) => {
      const view = await answered(lang, both);
      expect(view.answers).toBe(2);
      const [a, b] = [firstAt(view, first), firstAt(view, second)];
      expect([a >= 0, b >= 0, a < b]).toEqual([true, true, true]);
      const one = await answered(lang, twin);
      expect(one.answers).toBe(1);
      expect(containsFact(one.texts, first)).toBe(true);
      expect(containsFact(one.texts, second)).toBe(false);
    });

    it('a story that names where a family is from and where it lives now is one question, not a list of countries', async () => {
      for (const [lang, message] of [
        ['nb', 'familien er fra Irak og bor nå i Tyrkia, hvem kan hjelpe?'],
        ['en', 'the family is from Iraq but they live in Turkey now, who covers this?'],
      ] as const) {
        const view = await answered(lang, message);
        expect([message, view.answers]).toEqual([message, 1]);
      }
    });
  });
  describe('a case told as the start of a conversation, and who trains staff: the case’s advice first, then those who train', () => {
    const ADVICE = ['478 09 050', '47809050'];
    const TRAINERS = ['RVTS', 'post@imdi.no', 'Fagteamet', 'fagteamet'];
    // [id, language, the case and the wish for training, the case alone]
    it.each<[string, Lang, string, string]>([
      ['nb', 'nb', 'hva gjør vi hvis vi er bekymret for en jente i barnehagen pga æreskultur hjemme, og hvem kan holde kurs for de ansatte?', 'hva gjør vi hvis vi er bekymret for en jente i barnehagen pga æreskultur hjemme?'],
      ['nb-no-letters', 'nb', 'hva gjor vi om vi er bekymra for en elev pga negativ sosial kontroll hjemme, og finnes det kurs for laererne?', 'hva gjor vi om vi er bekymra for en elev pga negativ sosial kontroll hjemme?'],
      ['nn', 'nn', 'kva gjer me om me er uroa for ei jente i barnehagen, og kven kan halde kurs for dei tilsette?', 'kva gjer me om me er uroa for ei jente i barnehagen?'],
      ['en', 'en', 'what should we do if we are worried about a girl in our kindergarten, and who can run a course for our staff?', 'what should we do if we are worried about a girl in our kindergarten?'],
      ['so', 'so', 'maxaan sameynaa haddii aan ka walwalo gabadh yar oo barnehage ah, oo ma jiraa koorso shaqaalaha loogu talagalay?', 'maxaan sameynaa haddii aan ka walwalo gabadh yar oo barnehage ah?'],
      ['tr', 'tr', 'anaokulundaki bir kız çocuğu için endişeliysek ne yapmalıyız, ve personel için kim eğitim verebilir?', 'anaokulundaki bir kız çocuğu için endişeliysek ne yapmalıyız?'],
      ['pl', 'pl', 'co robić, jeśli martwimy się o dziewczynkę w przedszkolu, i kto może przeszkolić nasz personel?', 'co robić, jeśli martwimy się o dziewczynkę w przedszkolu?'],
      ['ru', 'ru', 'что нам делать, если мы беспокоимся о девочке в детском саду, и кто может провести обучение для персонала?', 'что нам делать, если мы беспокоимся о девочке в детском саду?'],
      ['ar', 'ar', 'ماذا نفعل إذا كنا قلقين على طفلة في الروضة، ومن يمكنه تدريب الموظفين؟', 'ماذا نفعل إذا كنا قلقين على طفلة في الروضة؟'],
    ])('%s', async (_id, lang, both, twin) => {
      const view = await answered(lang, both);
      const [advice, trainers] = [firstAt(view, ADVICE), firstAt(view, TRAINERS)];
      expect([advice >= 0, trainers >= 0, advice < trainers]).toEqual([true, true, true]);
      const one = await runner.turn(lang, [twin]);
      expect(containsFact(one.texts, TRAINERS)).toBe(false);
    });

    it('a case that signals danger keeps the emergency card first, with or without the wish for training', async () => {
      for (const message of ['hva gjor vi om vi er bekymra for en elev som skal giftes bort i sommer, og finnes det kurs for lærerne?', 'hva gjor vi om vi er bekymra for en elev som skal giftes bort i sommer?']) {
        const view = await runner.turn('nb', [message]);
        expect([message, view.emergency]).toEqual([message, true]);
      }
    });
  });
});
