import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { containsFact, type TurnView } from '../../src/evaluation/conversation-eval';
import { sharePartNamed, shareParts } from '../../src/stats/answers/share-parts';

/**
 * What this session's helpers left open (issue #13, left33), as classes, with our own probe sentences:
 * 1. a share, part or percentage asked after a figure, naming an organisation the figure is split by ("and IMDi's
 *    share?", "what part came through Udir?" after Kompetanseteamet's 2024 funding): that part of the same figure;
 * 2. staff abbreviations of services ("KT", "KT-et" for Kompetanseteamet; "bvtj" for barnevernet);
 * 3. "As an envoy, …": a role said about the writer is who asks, not a request for the envoys' contacts;
 * 4. "how many people did (they) reach" with the subject left out (ur, fa, pl, ru, uk, so, ar): people reached;
 * 5. a figure of a service's own work asked with the subject left out beside that service's e-mail in one message.
 */
const shows = (view: TurnView, spellings: readonly string[]): boolean => containsFact(view.texts, spellings);

describe('a share asked after a figure (left33)', () => {
  const runner = conversationRunnerPerFile();
  const funding: Partial<Record<Lang, string>> = {
    nb: 'hvor mye ekstra penger fikk kompetanseteamet i 2024?',
    nn: 'Kor mykje vart Kompetanseteamet styrkt med i 2024?',
    en: 'How much extra money did Kompetanseteamet get in 2024?',
    pl: 'Ile dodatkowych pieniędzy dostał Kompetanseteamet w 2024?',
    ru: 'Сколько дополнительных денег получил Kompetanseteamet в 2024 году?',
    uk: 'Скільки додаткових коштів отримав Kompetanseteamet у 2024?',
    ar: 'كم زادت ميزانية Kompetanseteamet في 2024؟',
    tr: "Kompetanseteamet 2024'te ne kadar ek bütçe aldı?",
    ur: '2024 mein Kompetanseteamet ko kitna izafi paisa mila?',
    fa: 'Kompetanseteamet در ۲۰۲۴ چقدر پول اضافه گرفت؟',
    so: 'Immisa lacag dheeri ah ayuu Kompetanseteamet helay 2024?',
  };
  const imdiShare: [Lang, string][] = [
    ['nb', 'og hvor stor blir andelen til IMDi da?'],
    ['nn', 'kor stor del har IMDi no?'],
    ['en', "and what is IMDi's share now?"],
    ['pl', 'a jaki jest teraz udział IMDi?'],
    ['ru', 'а какая доля у IMDi?'],
    ['uk', 'а яка частка IMDi?'],
    ['ar', 'وما هي حصة IMDi الآن؟'],
    ['tr', "IMDi'nin payı şimdi yüzde kaç?"],
    ['ur', 'IMDi ka hissa ab kitna hai?'],
    ['fa', 'حالا IMDi چند درصد سهم داره؟'],
    ['so', 'qaybta IMDi hadda waa imisa?'],
  ];
  it.each(imdiShare)('%s: IMDi\'s share after the 2024 funding is the 150 %% (%s)', async (lang, question) => {
    const view = await runner.turn(lang, [funding[lang]!, question]);
    expect(view.emergency).toBe(false);
    expect(shows(view, ['150'])).toBe(true);
    // Not IMDi's own headcount (283 employees in 2025).
    expect(shows(view, ['283'])).toBe(false);
  });
  const udirPart: [Lang, string][] = [
    ['nb', 'og hvor mye kom via udir?'],
    ['en', 'what part came through Udir?'],
    ['tr', "Udir'den gelen bölüm ne kadar?"],
  ];
  it.each(udirPart)('%s: the part through Udir is the Ministry of Education\'s NOK 1 m (%s)', async (lang, question) => {
    const view = await runner.turn(lang, [funding[lang]!, question]);
    expect(shows(view, ['1 mill', '1 million', '1 milyon', '1 000 000', '1 m'])).toBe(true);
  });
  it('calm twin: a share asked after another service\'s figure is not read as Kompetanseteamet\'s', () => {
    expect(sharePartNamed(['imdis', 'andel'], ['expert-team'])).toBeUndefined();
    expect(sharePartNamed(['imdis', 'andel'], ['kompetanseteamet'])?.category).toBe('imdi');
    expect(sharePartNamed(['udir', 'den'], ['kompetanseteamet'])?.breakdown).toBe('funder');
    expect(shareParts().length).toBeGreaterThan(0);
  });
  it('calm twin: "and the share of women?" after IMDi\'s headcount stays IMDi\'s women share', async () => {
    const view = await runner.turn('nb', ['Hvor mange ansatte har IMDi?', 'og hvor stor andel er kvinner?']);
    expect(shows(view, ['150'])).toBe(false);
    expect(view.texts.some((t) => /kvinner/iu.test(t))).toBe(true);
  });
});

describe('abbreviations of services as staff type them (left33)', () => {
  const runner = conversationRunnerPerFile();
  it.each([
    ['nb', 'hvem er med i KT nå?'],
    ['nb', 'Hvilke etater sitter i KT-et, og gir de råd til politiet?'],
  ] as [Lang, string][])('%s: KT is Kompetanseteamet, its members listed (%s)', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(shows(view, ['Bufdir'])).toBe(true);
    expect(shows(view, ['POD', 'Politidirektoratet'])).toBe(true);
  });
  it('nb: "tlf til KT" gives Kompetanseteamet\'s number', async () => {
    const view = await runner.turn('nb', 'hva er tlf til KT?');
    expect(shows(view, ['478 09 050'])).toBe(true);
  });
});

describe('a role said about the writer is who asks (left33)', () => {
  const runner = conversationRunnerPerFile();
  it.each([
    ['en', "As an envoy, do I still need to send our anonymous counts on their own now there is a common annual report? When's it due?"],
    ['en', 'As an envoy, when is the joint annual report due?'],
    ['ru', 'Как посланник: нужно ли мне по-прежнему отдельно сообщать наши обезличенные данные, если теперь есть общий годовой отчёт? Когда срок?'],
  ] as [Lang, string][])('%s: the joint report and its deadline, not the envoys\' contacts (%s)', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(false);
    expect(shows(view, ['2025'])).toBe(true);
  });
  it('calm twin: asking how to reach an envoy still gives the contact', async () => {
    const view = await runner.turn('en', 'how do I reach an envoy?');
    expect(shows(view, ['23 95 00 00'])).toBe(true);
  });
});

describe('a subject left out (left33)', () => {
  const runner = conversationRunnerPerFile();
  const reached: [Lang, string, string][] = [
    ['ur', 'fagteamet kya kaam karta hai?', 'aur 2023 mein kitne logon tak pohanche?'],
    ['ur', 'IMDi ka fagteam kya karta hai?', '2023 میں کتنے لوگوں تک پہنچے؟'],
    ['fa', 'fagteamet چه کاری انجام میده؟', 'تو ۲۰۲۳ به چند نفر رسیدن؟'],
    ['pl', 'czym zajmuje się fagteamet?', 'a do ilu osób dotarli w 2023?'],
    ['ru', 'чем занимается fagteamet?', 'а скольких людей охватили в 2023?'],
    ['uk', 'чим займається fagteamet?', 'а скількох людей охопили у 2023?'],
    ['so', 'maxay qabataa fagteamet?', 'immisa qof ayay gaartay 2023?'],
  ];
  it.each(reached)('%s: how many people (they) reached is the expert team\'s ~3 500 (%s → %s)', async (lang, first, second) => {
    const view = await runner.turn(lang, [first, second]);
    expect(shows(view, ['3 500', '3500', '3.500', '3,500'])).toBe(true);
  });
  const mailAndCount: [Lang, string][] = [
    ['fa', 'ما در خدمات پناهندگان کار می‌کنیم. ایمیل fagteamet را لازم دارم و اینکه در ۲۰۲۳ چند تا کار انجام دادند؟'],
    ['ur', 'hum flyktningtjenesten mein hain. fagteamet ka email chahiye, aur 2023 mein kitne kaam kiye?'],
    ['ur', 'fagteam ka email kya hai aur 2023 mein unhon ne kitne kaam kiye?'],
    ['tr', "fagteamet'in e-postasını istiyorum, bir de 2023'te kaç görev yaptılar?"],
  ];
  it.each(mailAndCount)('%s: the e-mail and the 2023 assignments in one message (%s)', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(shows(view, ['post@imdi.no'])).toBe(true);
    expect(shows(view, ['63'])).toBe(true);
  });
  it('calm twin: a count of cases about forced marriage after the expert team\'s article is not made the team\'s', async () => {
    const view = await runner.turn('nb', ['hva gjør fagteamet?', 'hvor mange saker om tvangsekteskap var det i 2023?']);
    expect(view.texts.some((t) => /fagteam/iu.test(t) && /saker/iu.test(t) && /ingen tall|ikke tall/iu.test(t))).toBe(false);
  });
});
