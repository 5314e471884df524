import type { Lang } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile, expectAnsweredWith } from '../helpers/conversation-runner';
import { isDanger } from '../helpers/danger-alarm';

/**
 * Session 36 (left36, issue #13): the tuned sets' remaining failures, by class. The sentences are this file's own;
 * none is in the evaluation sets.
 *  1. Kompetanseteamet's 2024 strengthening (NOK 2.2 m, IMDi's share 150 %, NOK 1 m via Udir; domain.md §4) asked
 *     as "the team", as IMDi's share alone, or in ur/ti/ru/tr words: Kompetanseteamet's figures, not IMDi's own.
 *  2. IMDi's staff with immigrant background (31 % in 2023, §9) asked in the other languages.
 *  3. National and local projects under sub-goal C (18 national, 111 local in 2023, 155 local in 2022; §6), with IMDi
 *     or no one named as the giver, and "the year before".
 *  4. Somali "joogitaan dibadda ah oo aan ikhtiyaar ahayn": involuntary stays abroad.
 */
const NOW = new Date('2026-12-06T12:00:00Z');
const read = (lng: Lang, text: string) => parseStatsQuestion(normalize(text), NOW, lng)?.query;

describe('Kompetanseteamet 2024: "the team", IMDi\'s share, the extra money (left36)', () => {
  it.each<[Lang, string]>([
    ['en', 'what percentage of a position does IMDi hold in the team now, after the 2024 boost?'],
    ['en', "whats imdis share now?"],
    ['nb', 'kor stor er stillingsandelen til imdi nå?'],
    ['nn', 'kor stor del av stillingane har imdi no'],
    ['ur', 'اب IMDi کا حصہ کتنا ہے؟'],
    ['ti', 'ናይ IMDi ክፋል ክንደይ እዩ ሕጂ?'],
    ['ru', 'какая теперь доля IMDi в команде?'],
  ])('%s "%s" asks IMDi\'s share of Kompetanseteamet', (lng, text) => {
    const q = read(lng, text);
    expect(q?.services).toEqual(['kompetanseteamet']);
    expect(q?.breakdown).toBe('organisation');
  });

  it.each<[Lang, string]>([
    ['en', 'how much money did the team get extra in 2024, and what part is IMDi?'],
    ['nb', 'hvor mye ekstra penger fikk teamet i 2024, og hva ble imdis andel?'],
    ['ur', 'ٹیم کو 2024 میں کتنا بجٹ ملا؟ IMDi کا حصہ کیا ہے؟'],
    ['ti', 'Kompetanseteamet ብ2024 ብኽንደይ ገንዘብ ተሓይሉ?'],
    ['ru', 'сколько дополнительно получил KT в 2024 году?'],
    ['tr', "KT 2024'te ne kadar ek bütçe aldı?"],
  ])('%s "%s" asks the money Kompetanseteamet got', (lng, text) => {
    const q = read(lng, text);
    expect(q?.services).toEqual(['kompetanseteamet']);
    expect(q?.metric === 'funding-nok' || (q?.alsoMetrics ?? []).includes('funding-nok')).toBe(true);
  });

  it('the amount asked in a clause of its own beside IMDi\'s share is asked too', () => {
    const q = read('nb', 'hvor mye da, og hvor stor ble stillingsandelen til imdi?');
    expect(q?.breakdown).toBe('organisation');
    expect(q?.alsoMetrics).toEqual(['funding-nok']);
    // "how much is IMDi's share?" asks the share alone.
    expect(read('en', "how much is IMDi's share in Kompetanseteamet?")?.alsoMetrics).toBeUndefined();
  });

  // Twins: IMDi's own staff, budget and 2008 prevention unit stay IMDi's; a team with its own name stays that team.
  it.each<[Lang, string, string]>([
    ['en', 'how many employees did IMDi have in 2023?', 'imdi'],
    ['nb', 'hvor mange ansatte hadde forebyggingsenheten i imdi i 2008?', 'imdi'],
    ['en', 'how much funding did the expert team get in 2024?', 'expert-team'],
    ['ru', 'сколько дополнительных дел было у KT в 2024?', 'kompetanseteamet'],
  ])('%s "%s" stays %s', (lng, text, service) => {
    const q = read(lng, text);
    expect(q?.services).toEqual([service]);
    if (text.includes('дел')) expect(q?.metric).toBe('cases');
  });
});

describe("IMDi's staff with immigrant background in the other languages (left36)", () => {
  it.each<[Lang, string]>([
    ['pl', 'ilu pracowników IMDi w 2023 roku miało pochodzenie imigranckie, w procentach?'],
    ['ru', 'какой процент сотрудников IMDi был иммигрантского происхождения в 2023?'],
    ['uk', 'який відсоток працівників IMDi мав іммігрантське походження у 2023?'],
    ['tr', "IMDi'de 2023 yılında çalışanların yüzde kaçı göçmen kökenliydi?"],
  ])('%s "%s"', (lng, text) => {
    expect(read(lng, text)?.metric).toBe('immigrant-background-share');
  });

  it('a story of girls of immigrant background stays a count of cases, and alone it is no figure of IMDi', () => {
    expect(read('ru', 'сколько дел было у советников в 2023 году с девушками иммигрантского происхождения?')?.metric).toBe('cases');
    expect(read('pl', 'mam koleżankę pochodzenia imigranckiego, czy może gdzieś zadzwonić?')).toBeUndefined();
  });
});

describe('sub-goal C projects: national and local, IMDi or no one named (left36)', () => {
  it.each<[Lang, string]>([
    ['en', 'how many national projects did IMDi support in 2023?'],
    ['nb', 'hvor mange lokale prosjekter fikk støtte i 2023?'],
    ['ti', 'ብ2023 ክንደይ ሃገራውያን ፕሮጀክትታት ተደጊፎም?'],
  ])('%s "%s" is the sub-goal C grant', (lng, text) => {
    expect(read(lng, text)?.services).toEqual(['ngo-grants']);
  });

  it('"og kor mange var det året før" reaches the year before', () => {
    const q = read('nn', 'kor mange lokale prosjekt under delmål c fekk pengar i 2023, og kor mange var det året før?');
    expect([q?.fromYear, q?.toYear]).toEqual([2022, 2023]);
  });

  it('a project at school with no count asked is no figure', () => {
    expect(read('en', 'our school is doing a project on national day, any ideas?')?.services ?? []).not.toContain('ngo-grants');
  });
});

describe('Somali: involuntary stay abroad said as "not of one\'s choosing" (left36)', () => {
  it('is the involuntary-stay-abroad case type', () => {
    const q = read('so', 'sannadkii 2022 immisa kiis ayaa ahaa joogitaan dibadda ah oo aan ikhtiyaar ahayn?');
    expect(q?.category).toBe('involuntary-stay-abroad');
  });
});

describe('conversations: the facts shown, and no alarm (left36)', () => {
  const runner = conversationRunnerPerFile();

  it.each<[Lang, string, string[][]]>([
    ['en', 'what share of a position does imdi have in the team after 2024?', [['150']]],
    ['ur', '2024 میں ٹیم کو کتنے پیسے ملے اور IMDi کا حصہ کتنے فیصد ہے؟', [['2,2', '2.2'], ['150']]],
    ['pl', 'ile procent pracowników IMDi miało pochodzenie imigranckie w 2023?', [['31']]],
    ['ti', 'ብ2023 ክንደይ ሃገራዊ ፕሮጀክትታት ተደጊፎም፣ ናይ ከባቢ ፕሮጀክትታትከ?', [['18'], ['111']]],
  ])('%s "%s"', async (lng, text, facts) => {
    expect(isDanger(text, lng)).toBe(false);
    await expectAnsweredWith(runner, lng, text, facts);
  });

  it('a follow-up "and how big did IMDi\'s share become?" after the team\'s money gives 150 %', async () => {
    const view = await runner.turn('nn', ['fekk teamet meir pengar i 2024?', 'kor mykje då, og kor stor vart stillingsdelen til imdi?']);
    expect(containsFact(view.texts, ['150'])).toBe(true);
    expect(containsFact(view.texts, ['2,2', '2.2'])).toBe(true);
  });
});
