import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile, expectAnsweredWith } from '../helpers/conversation-runner';

/**
 * long38 (issue #13): figure and fact questions that got only part of what was asked. Own probes, fixed as classes:
 *  1. A count asked together with its largest category ("største kategori", "mostly what kind", "زیادہ تر کس قسم",
 *     "самая большая категория"): the case-type breakdown is shown beside the total (Kompetanseteamet 2022: 891,
 *     threats and violence 368; envoys 2023: 245, mostly involuntary stays abroad).
 *  2. Nora's traffic share asked as visits, visitors or "what %": the published 70 % (IMDi årsrapport 2023).
 *  3. The police's non-emergency number asked as "ikkje-naudnummeret" or "when it is not an emergency": 02800.
 * Twins: the count alone shows no breakdown; another Nora campaign figure is no traffic share; the emergency number
 * asked is 112.
 */
type Probe = readonly [Lang, string, readonly (readonly string[])[]];

const probes: ReadonlyArray<readonly [string, Probe]> = [
  // 1. largest category beside the count
  ['largest category', ['nb', 'hvor mange saker hadde kompetanseteamet i 2022 og hva var største kategori?', [['891'], ['368']]]],
  ['largest category', ['nn', 'kor mange saker hadde kompetanseteamet i 2022, og kva var den største kategorien?', [['891'], ['368']]]],
  ['largest category', ['en', 'how many cases did the competence team have in 2022 and what was the largest group?', [['891'], ['368']]]],
  ['largest category', ['ur', '2023 میں spesialutsendinger کے پاس کتنے کیس تھے اور زیادہ تر کس قسم کے تھے؟', [['245'], ['بیرون']]]],
  ['largest category', ['ar', 'كم حالة كانت عند Kompetanseteamet في 2022 وما هي أكبر فئة؟', [['891'], ['368']]]],
  ['largest category', ['fa', 'Kompetanseteamet در سال ۲۰۲۲ چند پرونده داشت و بیشترشان چه نوع بودند؟', [['891'], ['368']]]],
  ['largest category', ['ru', 'сколько дел было у Kompetanseteamet в 2022 году и какая самая большая категория?', [['891'], ['368']]]],
  ['largest category', ['uk', 'скільки справ мав Kompetanseteamet у 2022 році і яка найбільша категорія?', [['891'], ['368']]]],
  ['largest category', ['tr', "Kompetanseteamet 2022'de kaç vaka aldı ve en büyük kategori hangisiydi?", [['891'], ['368']]]],
  ['largest category', ['pl', 'ile spraw miał Kompetanseteamet w 2022 i jaka była największa kategoria?', [['891'], ['368']]]],
  ['largest category', ['so', 'Kompetanseteamet immisa kiis ayay lahaayeen 2022, oo qaybta ugu weyn maxay ahayd?', [['891'], ['368']]]],
  // 2. Nora's traffic share
  ['traffic share', ['en', 'what % of traffic to nora comes from social media campaigns?', [['70']]]],
  ['traffic share', ['en', 'what share of visits to Nora come from social media campaigns?', [['70']]]],
  ['traffic share', ['nb', 'hvor stor andel av besøkende på Nora kommer fra kampanjer i sosiale medier?', [['70']]]],
  ['traffic share', ['nb', 'hvor mange % av trafikken til Nora kommer fra sosiale medier?', [['70']]]],
  ['traffic share', ['so', 'bogga Nora dadka soo booqda intooda badan ma waxay ka yimaadaan social media? boqolkiiba imisa?', [['70']]]],
  ['traffic share', ['tr', "Nora'nın ziyaretçilerinin yüzde kaçı sosyal medyadan geliyor?", [['70']]]],
  ['traffic share', ['ru', 'какая доля посетителей Nora приходит из соцсетей?', [['70']]]],
  ['traffic share', ['pl', 'jaki procent odwiedzających Norę pochodzi z mediów społecznościowych?', [['70']]]],
  // 3. the police's non-emergency number
  ['non-emergency', ['nn', 'kva er ikkje-naudnummeret til politiet?', [['02800']]]],
  ['non-emergency', ['nb', 'hva er politiets ikke-nødnummer?', [['02800']]]],
  ['non-emergency', ['en', "what's the police non-emergency number?", [['02800']]]],
  ['non-emergency', ['ar', 'شو رقم الشرطة لما ما يكون في طوارئ؟', [['02800']]]],
  ['non-emergency', ['ar', 'ما رقم الشرطة إذا مش طوارئ؟', [['02800']]]],
];

describe('long38: a figure or number asked in full', () => {
  const runner = conversationRunnerPerFile();

  it.each(probes)('%s: %j', async (_class, [lang, message, facts]) => {
    await expectAnsweredWith(runner, lang, message, facts);
  });

  it('the count alone gets no breakdown (twin of 1)', async () => {
    for (const [lang, message] of [
      ['nb', 'hvor mange saker hadde kompetanseteamet i 2022?'],
      ['pl', 'ile spraw miał Kompetanseteamet w 2022?'],
    ] as const) {
      const view = await runner.turn(lang, message);
      expect([message, containsFact(view.texts, ['891'])]).toEqual([message, true]);
      expect([message, containsFact(view.texts, ['368'])]).toEqual([message, false]);
    }
  });

  it('another Nora figure is no traffic share (twin of 2)', async () => {
    const view = await runner.turn('en', 'how many people saw the Nora pride campaign?');
    expect(containsFact(view.texts, ['4 million', '4 000 000'])).toBe(true);
    expect(containsFact(view.texts, ['70%', '70 %'])).toBe(false);
  });

  it('the emergency number asked is 112 (twin of 3)', async () => {
    const view = await runner.turn('nb', 'hva er nødnummeret til politiet?');
    expect(containsFact(view.texts, ['112'])).toBe(true);
  });
});
