import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createFollowUpResolver, type FollowUpSlots, type RememberedReading, slotMemo, type SlotReader } from '../../src/conversation/follow-up';
import { loadFollowUpWords } from '../../src/conversation/follow-up-words';
import { createHistoryRecognizer, HISTORY_ARTICLE, loadHistoryWords } from '../../src/conversation/history-reader';
import { forAsker, forAskerRole, forSituation, topicBeside } from '../../src/conversation/reading-rules';
import { type ConversationRunner, createConversationRunner, readTurn } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { parseStatsQuestion, readStatsServicesAndYears, readStatsSlots } from '../../src/stats/answers/stats-recognizer';
import type { Candidate, IntentBase, Understanding } from '../../src/understanding/types';
import { prepareUtterance } from '../../src/understanding/understand';

// (was history-reader.test.ts)

/**
 * Issue #13 (history asked directly): how the work began, the names before, and what a year of the history was like
 * reach the history article in any language, above a statistics card with one figure of that year; a number asked
 * about such a year, and questions about today, are left to the other readers.
 */
const reader = createHistoryRecognizer({ now: () => new Date('2026-06-01T12:00:00Z') });
const read = (text: string, lng: Lang) => reader.recognize(prepareUtterance(text, lng));

describe('history asked directly', () => {
  it.each<[Lang, string]>([
    ['nb', 'når startet minoritetsrådgiverordningen egentlig og hvor mange var de i starten?'],
    ['nb', 'Hvem satt i Kompetanseteamet i 2008 da IMDi tok over koordineringen?'],
    ['en', 'When did the embassy adviser scheme start and which embassies had them originally?'],
    ['uk', 'коли почали працювати перші радники з питань меншин (minoritetsrådgivere) і скільки їх було?'],
    ['uk', 'Як раніше називалися mangfoldsrådgivere і коли назву змінили?'],
    ['fa', 'در سال ۲۰۰۸ کدام سازمان‌ها عضو Kompetanseteamet بودند؟'],
    ['tr', "2008'de azınlık danışmanları kaç okulda ve hangi illerde başladı?"],
    ['tr', '2008 yılında uyum danışmanları hangi kentlerde görev yapıyordu?'],
    ['tr', "entegrasyon danışmanları 2008'de neredeydi, hangi büyükelçiliklerde?"],
    ['ti', 'ኣብ 2008 ጉዳያት ምብራቕ ኣፍሪቃን ቀርኒ ኣፍሪቃን ብኣየናይ ኤምባሲ ይሽፈኑ ነይሮም?'],
    ['en', 'back in 2008 what did the Colombo post cover?'],
    ['pl', 'Ile osób liczyła Forebyggingsenheten w 2008 i gdzie się mieściła?'],
    ['ur', '2008 میں انقرہ کا سفارت خانہ کون سے ممالک دیکھتا تھا؟'],
    ['ur', 'Amman embassy mein integreringsrådgiver kab se hain? shuru mein kon se mulk cover karte the?'],
    ['ru', 'Когда переименовали minoritetsrådgivere?'],
    ['uk', 'Коли перейменували minoritetsrådgivere і як вони тепер називаються?'],
  ])('[%s] %s → the history article', (lng, text) => {
    expect(read(text, lng)).toEqual([expect.objectContaining({ intent: HISTORY_ARTICLE })]);
    expect(read(text, lng)[0]?.score).toBeGreaterThan(0.995);
  });

  it.each<[Lang, string]>([
    ['nb', 'hvor mange henvendelser fikk Kompetanseteamet i 2006?'],
    ['en', 'how many cases did the advisers have in 2008?'],
    ['en', 'how many minority advisers were there in 2008'],
    ['nb', 'hvor mange integreringsrådgivere var det i 2008'],
    ['nb', 'i 2008, hvor mange av kompetanseteamets saker gjaldt tvangsekteskap, og hvor mange gjaldt frykt for tvangsekteskap?'],
    ['nb', 'hvor mange saker hadde mangfoldsrådgiverne i 2023?'],
    ['en', 'who are the members of Kompetanseteamet?'],
    ['nb', 'når ble koordineringen flyttet?'],
    ['en', 'when did the school year start?'],
    ['tr', "2023'te vakalar en çok hangi şehirlerden geldi?"],
  ])('[%s] %s → left to the other readers', (lng, text) => {
    expect(read(text, lng)).toEqual([]);
  });
});

describe('when a scheme was renamed, asked in the other languages', () => {
  it.each<[Lang, string]>([
    ['ru', 'Когда переименовали integreringsrådgivere?'],
    ['uk', 'Коли перейменували minoritetsrådgivere?'],
    ['pl', 'Kiedy przemianowano minoritetsrådgivere?'],
    ['tr', 'minoritetsrådgiver ne zaman yeniden adlandırıldı?'],
    ['ar', 'متى تم تغيير اسم minoritetsrådgivere؟'],
    ['fa', 'تغییر نام minoritetsrådgivere چه زمانی بود؟'],
  ])('%s: %s → the history', (lng, text) => {
    expect(read(text, lng)[0]?.intent).toEqual(HISTORY_ARTICLE);
  });
});

describe('the action plan of the history years, asked directly', () => {
  it.each<[Lang, string]>([
    ['nb', 'hva gikk handlingsplanen 2008–2011 ut på?'],
    ['nn', 'kva var handlingsplanen 2008-2011?'],
    ['en', 'What was the action plan 2008-2011?'],
    ['ar', 'ما هي خطة العمل 2008-2011؟'],
    ['so', 'maxay ahayd qorshaha hawlgalka 2008-2011?'],
    ['fa', 'پلان عمل ۲۰۰۸–۲۰۱۱ چه بود؟'],
    ['ur', 'ایکشن پلان 2008-2011 کیا تھا؟'],
    ['uk', 'Що таке план дій 2008–2011?'],
    ['ru', 'Что предусматривал план действий 2008–2011?'],
    ['tr', '2008-2011 eylem planı neydi?'],
    ['pl', 'Czym był plan działania 2008–2011?'],
    ['ti', 'ትልሚ ተግባር 2008-2011 እንታይ ነይሩ?'],
  ])('%s: %s → the history', (lng, text) => {
    expect(read(text, lng)[0]?.intent).toEqual(HISTORY_ARTICLE);
  });

  it.each<[Lang, string]>([
    ['en', 'what is the current action plan?'],
    ['en', 'action plan 2021-2024'],
    ['nb', 'når startet handlingsplanen Sjef i eget liv?'],
  ])('%s: %s → left to the action-plans article', (lng, text) => {
    expect(read(text, lng)).toEqual([]);
  });
});

/** Who coordinated Kompetanseteamet before IMDi, asked without a year: the history (UDI until 1 January 2008). */
describe('the move of Kompetanseteamet from UDI to IMDi, asked without a year', () => {
  it.each<[Lang, string]>([
    ['nb', 'hvem koordinerte Kompetanseteamet før IMDi tok over?'],
    ['nn', 'kven koordinerte Kompetanseteamet før IMDi?'],
    ['en', 'when did IMDi take over Kompetanseteamet from UDI?'],
    ['ar', 'متى انتقل تنسيق فريق الكفاءة من UDI إلى IMDi؟'],
    ['pl', 'kiedy IMDi przejęło koordynację Kompetanseteamet od UDI?'],
    ['ru', 'когда координация Kompetanseteamet перешла от UDI к IMDi?'],
    ['tr', "Kompetanseteamet'in koordinasyonunu IMDi ne zaman devraldı?"],
  ])('[%s] %s → the history article', (lng, text) => {
    expect(read(text, lng)).toEqual([expect.objectContaining({ intent: HISTORY_ARTICLE })]);
  });

  it.each<[Lang, string]>([
    ['en', 'I coordinated with Kompetanseteamet last week, what now?'],
    ['nb', 'kan Kompetanseteamet ta over saken?'],
  ])('[%s] %s → not history', (lng, text) => {
    expect(read(text, lng)).toEqual([]);
  });
});

/**
 * Issue #16: the history reader reads a message's services and years first, and what is counted and the split only
 * for a message about a service's past. Both come from the same reading of the slots, in either order. Own phrasings.
 */
describe('the services and years read before what is counted and the split', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const turnEnds = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  const messages: ReadonlyArray<readonly [string, Lang]> = [
    ['Hvor mange saker per fylke hadde minoritetsrådgiverne i 2009?', 'nb'],
    ['Kva slags saker fekk Kompetanseteamet mest av i fjor, fordelt på sakstype?', 'nn'],
    ['Which embassies had integration counsellors in 2010, and how many cases each?', 'en'],
    ['Ile spraw według województw mieli doradcy ds. integracji w 2011 roku?', 'pl'],
    ['Jeg lurer på hvordan vi snakker med en elev om ferien.', 'nb'],
  ];

  it.each(messages)('"%s" (%s): the same services and years alone, before and after the whole slots', async (text, lng) => {
    const normalized = normalize(text);
    await turnEnds();
    const alone = readStatsServicesAndYears(normalized, now, lng);
    const whole = readStatsSlots(normalized, now, lng);
    expect({ services: whole.services, ...(whole.years ? { years: whole.years } : {}) }).toEqual(alone);
    await turnEnds();
    const wholeFirst = readStatsSlots(normalized, now, lng);
    expect(readStatsServicesAndYears(normalized, now, lng)).toEqual(alone);
    expect(wholeFirst).toEqual(whole);
  });

  it('reads a year of the history with a split asked the same whether or not the slots were read before', async () => {
    const text = 'Hvem var minoritetsrådgivere i 2008, fordelt på fylke?';
    await turnEnds();
    const first = read(text, 'nb');
    await turnEnds();
    readStatsSlots(normalize(text), now, 'nb');
    expect(read(text, 'nb')).toEqual(first);
    expect(readStatsServicesAndYears(normalize(text), now, 'nb').years).toEqual({ fromYear: 2008, toYear: 2008 });
  });
});

describe('an order-of-contacts question naming services is a contact question, not the history (issue #13, session 23)', () => {
  it.each<[Lang, string]>([
    ['uk', 'Я поліцейський. Кого треба повідомити спочатку: барневерн чи Kompetanseteamet?'],
    ['uk', 'Працюю в поліції. Куди спочатку звертатися у справі про примусовий шлюб — до Kompetanseteamet чи до барневерну?'],
    ['ru', 'Я следователь. В каком порядке обращаться: Kompetanseteamet или барневерн?'],
    ['ru', 'Кому сначала звонить, в барневерн или в Kompetanseteamet?'],
    ['en', "I'm a police officer. Should we call child welfare or Kompetanseteamet first?"],
    ['nb', 'Jeg er politi. Skal vi kontakte barnevernet eller Kompetanseteamet først?'],
    ['pl', 'Jestem policjantem. Z kim najpierw się kontaktować: z barnevernet czy z Kompetanseteamet?'],
    ['tr', "Polis memuruyum. Önce kime haber vermeliyiz, Kompetanseteamet'e mi barnevern'e mi?"],
    ['ar', 'أنا شرطي. بمن نتصل أولاً: بحماية الطفل أم بـ Kompetanseteamet؟'],
  ])('%s: %s → not the history', (lng, text) => {
    expect(read(text, lng)).toEqual([]);
  });

  it.each<[Lang, string]>([
    ['ru', 'Кто сначала координировал Kompetanseteamet?'],
    ['uk', 'Коли спочатку створили Kompetanseteamet?'],
    ['en', 'Who coordinated Kompetanseteamet at first?'],
  ])('a start word about the services still reads the history (%s): %s', (lng, text) => {
    expect(read(text, lng)[0]?.intent).toEqual(HISTORY_ARTICLE);
  });
});

// (was history-words.test.ts)

/**
 * The history words' phrases (content/understanding/history): a phrase matches as whole words, any spacing between
 * them; one ending in * also matches longer words. The patterns are made so that a start builds few Unicode classes
 * (src/conversation/history-reader.ts); these are the matches they must keep.
 */
describe('history words: whole words, and prefixes marked with *', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'history-words-'));
  writeFileSync(
    path.join(dir, 'nb.json'),
    JSON.stringify({
      lang: 'nb',
      review: 'machine-assisted',
      began: ['ble opprettet', 'grunnla*', 'i oppstarts*', 'oppretting'],
      renamed: ['het tidligere'],
      then: ['på den tiden'],
      subjects: ['sekretariat*'],
      plans: ['tiltaksplan'],
      own: [],
    }),
  );
  const words = loadHistoryWords(dir).get('nb');
  const began = (text: string): boolean => words?.began.test(normalize(text)) === true;

  it.each([
    'når ble opprettet ordningen?',
    'når ble   opprettet ordningen?',
    'hvem grunnla teamet',
    'da teamet ble grunnlagt',
    'hvordan var det i oppstartsfasen',
    'oppretting av stillingene',
  ])('%s → matches', (text) => {
    expect(began(text)).toBe(true);
  });

  it.each([
    // A letter before the phrase: part of another word.
    'hvem omgrunnla teamet',
    'når ble gjenopprettet',
    // A whole-word phrase followed by more letters, or a prefix phrase missing its space.
    'når ble opprettetes',
    'opprettingen av stillingene',
    'ioppstartsfasen',
    // A combining mark after a whole-word phrase belongs to its last letter.
    'oppretting\u0301 av stillingene',
  ])('%s → no match', (text) => {
    expect(began(text)).toBe(false);
  });

  it('reads each list of the file for itself', () => {
    expect(words?.subjects.test(normalize('Sekretariatets arbeid'))).toBe(true);
    expect(words?.plans.test(normalize('tiltaksplanen'))).toBe(false);
    expect(words?.renamed.test(normalize('hva het tidligere teamet'))).toBe(true);
    expect(words?.own).toBeUndefined();
  });
});

// (was reading-rules.test.ts)

const article = (articleId: string, askerRole?: string): IntentBase => {
  const intent = { kind: 'article', articleId, ...(askerRole ? { askerRole } : {}) };
  return intent;
};
const contact = (query: object): IntentBase => {
  const intent = { kind: 'contact', query };
  return intent;
};

describe('forAsker: the answer fits who is asking', () => {
  it('NAV or adult education asking about one of their own gets the article for a person over 18, not the advice about a pupil', () => {
    for (const id of ['what-school-staff-should-do', 'talking-with-young-person', 'signs-at-school']) {
      expect(forAsker(article(id), { role: 'nav', duties: [] }, [])).toEqual(article('adults-over-18', 'nav'));
      expect(forAskerRole(article(id), 'adult-education')).toEqual(article('adults-over-18', 'adult-education'));
    }
  });

  it('a child-welfare caseworker asking what to do about a child gets the duty-to-notify article, with the opening for child welfare', () => {
    for (const id of ['what-school-staff-should-do', 'talking-with-young-person', 'signs-at-school']) {
      expect(forAsker(article(id), { role: 'child-welfare', duties: [] }, [])).toEqual(article('duty-to-notify', 'child-welfare'));
    }
    expect(forAsker(article('forced-marriage'), { role: 'police', duties: ['notify'] }, [])).toEqual(article('duty-to-notify', 'police'));
  });

  it('keeps the article for a school, and any other article for NAV', () => {
    expect(forAsker(article('what-school-staff-should-do'), { role: 'school', duties: [] }, [])).toEqual(article('what-school-staff-should-do', 'school'));
    expect(forAskerRole(article('forced-marriage'), 'nav')).toEqual(article('forced-marriage', 'nav'));
  });

  it('a front-line service with a case abroad gets the contact plan for the country, a school keeps its article', () => {
    const candidates: Candidate[] = [
      { intent: article('involuntary-stay-abroad'), score: 0.8, source: 'articles' },
      { intent: contact({ country: 'KE', whereabouts: 'travelling-soon', minor: true }), score: 0.7, source: 'contacts' },
    ];
    expect(forAsker(article('involuntary-stay-abroad'), { role: 'child-welfare', duties: [] }, candidates)).toEqual(
      contact({ country: 'KE', whereabouts: 'travelling-soon', minor: true, askerRole: 'child-welfare' }),
    );
    expect(forAsker(article('involuntary-stay-abroad'), { role: 'school', duties: [] }, candidates)).toEqual(article('involuntary-stay-abroad', 'school'));
    expect(forAsker(article('involuntary-stay-abroad'), { role: 'police', duties: [] }, candidates.slice(0, 1))).toEqual(article('involuntary-stay-abroad', 'police'));
  });

  it('a child-welfare caseworker asking about a topic and no duty gets the topic, which opens for them, not the duty their workplace drew', () => {
    const read = (top: number, topic: number): Candidate[] => [
      { intent: article('duty-to-notify'), score: top, source: 'articles' },
      { intent: article('fgm'), score: topic, source: 'articles' },
    ];
    expect(forAsker(article('duty-to-notify'), { role: 'child-welfare', duties: [] }, read(0.62, 0.58))).toEqual(article('fgm', 'child-welfare'));
    // "What do we do" as the school staff's article is drawn by the same words.
    const school: Candidate[] = [{ intent: article('what-school-staff-should-do'), score: 0.7, source: 'articles' }, ...read(0.62, 0.66).slice(1)];
    expect(forAsker(article('what-school-staff-should-do'), { role: 'child-welfare', duties: [] }, school)).toEqual(article('fgm', 'child-welfare'));
    // A topic read far below the top one, or below "probably", is no question of its own.
    expect(forAsker(article('duty-to-notify'), { role: 'child-welfare', duties: [] }, read(0.88, 0.55))).toEqual(article('duty-to-notify', 'child-welfare'));
    expect(forAsker(article('duty-to-notify'), { role: 'child-welfare', duties: [] }, read(0.47, 0.45))).toEqual(article('duty-to-notify', 'child-welfare'));
    // The duty asked, or another role, keeps the duty article.
    expect(forAsker(article('duty-to-notify'), { role: 'child-welfare', duties: ['notify'] }, read(0.62, 0.58))).toEqual(article('duty-to-notify', 'child-welfare'));
    expect(forAsker(article('duty-to-notify'), { role: 'police', duties: [] }, read(0.62, 0.58))).toEqual(article('duty-to-notify', 'police'));
  });

  it('the duty to notify asked about a grown-up gets the article for a person over 18', () => {
    expect(forAsker(contact({ adultCaller: true }), { role: 'refugee-services', duties: ['notify'] }, [])).toEqual(article('adults-over-18', 'refugee-services'));
    expect(forAsker(contact({}), { role: 'refugee-services', duties: ['notify'] }, [])).toEqual(article('duty-to-notify', 'refugee-services'));
    expect(forAsker(contact({ adultCaller: true }), { role: 'nav', duties: ['avert'] }, [])).toEqual(article('duty-to-avert', 'nav'));
  });
});

describe('forAsker: parents and a particular child (issue #13 point 7)', () => {
  const suggest = (articleIds: string[]): IntentBase => {
    const intent = { kind: 'suggest', articleIds };
    return intent;
  };
  const parent = { role: 'parent' as const, duties: [] };

  it('a parent’s story of pressure in the family that nothing read surely gets the lines for parents', () => {
    expect(forAsker(suggest(['what-school-staff-should-do', 'fgm']), parent, [], new Set(['control', 'someone']))).toEqual(contact({ askerRole: 'parent' }));
    expect(forAsker({ kind: 'unknown' }, parent, [], new Set(['helpline']))).toEqual(contact({ askerRole: 'parent' }));
    // The articles for parents offered in the choice are enough: "does my son's school have an adviser?"
    expect(forAsker(suggest(['service-diversity-advisers', 'history-special-services']), parent, [], new Set())).toEqual(contact({ askerRole: 'parent' }));
  });

  it('an everyday matter a parent asks about (screen time, a passport, bullying) stays as it was read', () => {
    expect(forAsker({ kind: 'unknown' }, parent, [], new Set(['someone', 'firstPerson']))).toEqual({ kind: 'unknown' });
    expect(forAsker(suggest(['involuntary-stay-abroad', 'fgm']), parent, [], new Set(['adultRole']))).toEqual(suggest(['involuntary-stay-abroad', 'fgm']));
  });

  it('a professional’s case about a particular child adds the child to the plan (child welfare), not for people in general', () => {
    expect(forAsker(contact({}), { role: 'health', duties: [] }, [], new Set(['minor', 'someone']))).toEqual(contact({ minor: true, askerRole: 'health' }));
    expect(forAsker(contact({}), { role: 'health', duties: [] }, [], new Set(['minor', 'someone', 'people']))).toEqual(contact({ askerRole: 'health' }));
    expect(forAsker(contact({}), parent, [], new Set(['minor', 'someone']))).toEqual(contact({ askerRole: 'parent' }));
  });
});

describe('the topic of a described case (issue #13, kinds 1 and 2)', () => {
  /** What the danger reader says a described case is about (src/understanding/danger-reader.ts `ABOUT`). */
  const about = (...concepts: string[]): ReadonlySet<string> => new Set(concepts.map((c) => `about:${c}`));
  const nothing: ReadonlySet<string> = new Set();

  it('a cutting described in any words replaces a look-alike article or nothing sure with the FGM article', () => {
    expect(forSituation(article('service-nora'), about('cutting', 'someone'))).toEqual(article('fgm'));
    expect(forSituation(article('forced-marriage', 'kindergarten'), about('cuttingPlanned'))).toEqual(article('fgm', 'kindergarten'));
    const choice: IntentBase = { kind: 'suggest', ...{ articleIds: ['involuntary-stay-abroad'] } };
    expect(forSituation(choice, about('pastCutting', 'trip'))).toEqual(article('fgm'));
    expect(forSituation({ kind: 'unknown' }, about('cutting'))).toEqual(article('fgm'));
  });

  it('keeps a duty article, a contact plan, and any reading when no cutting is described', () => {
    expect(forSituation(article('duty-to-notify'), about('cutting'))).toEqual(article('duty-to-notify'));
    expect(forSituation(contact({ country: 'SD', whereabouts: 'travelling-soon' }), about('cutting'))).toEqual(contact({ country: 'SD', whereabouts: 'travelling-soon' }));
    expect(forSituation(article('forced-marriage'), about('wedding', 'someone'))).toEqual(article('forced-marriage'));
    // The concept said outside any fired rule ("tradition" in a general question) is no case: no `about:` signal.
    expect(forSituation(article('negative-social-control'), new Set(['cutting']))).toEqual(article('negative-social-control'));
  });

  it('puts the FGM article, for the asker, before the contact plan of a cutting case', () => {
    const plan = contact({ country: 'SO', whereabouts: 'travelling-soon', minor: true, askerRole: 'health' });
    expect(topicBeside(plan, about('cutting', 'trip'), { whatToDo: false, role: 'health' })).toEqual(article('fgm', 'health'));
    expect(topicBeside(contact({}), about('cuttingPlanned'), { whatToDo: false })).toEqual(article('fgm'));
  });

  it('puts the article on stays abroad before the plan when school or front-line staff ask what to do about a trip', () => {
    const trip = contact({ country: 'PK', whereabouts: 'travelling-soon', minor: true, askerRole: 'school' });
    expect(topicBeside(trip, about('trip', 'season'), { whatToDo: true, role: 'school' })).toEqual(article('involuntary-stay-abroad', 'school'));
    expect(topicBeside(contact({ askerRole: 'kindergarten' }), about('neverReturn', 'someone'), { whatToDo: true, role: 'kindergarten' })).toEqual(
      article('involuntary-stay-abroad', 'kindergarten'),
    );
    // Asking only whom to call, or who covers a country, keeps the plan alone.
    expect(topicBeside(trip, about('trip', 'season'), { whatToDo: false, role: 'school' })).toBeUndefined();
    expect(topicBeside(contact({ country: 'PK' }), nothing, { whatToDo: true })).toBeUndefined();
  });

  it('never beside a service asked for by name, a young person\'s own lines, or an article', () => {
    expect(topicBeside(contact({ serviceId: 'kompetanseteamet' }), about('cutting'), { whatToDo: true })).toBeUndefined();
    expect(topicBeside(contact({ youngSelf: true, minor: true }), about('cutting'), { whatToDo: true })).toBeUndefined();
    expect(topicBeside(article('fgm'), about('cutting'), { whatToDo: true })).toBeUndefined();
  });
});

// (was reading-work.test.ts)

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

// (was published-facts-asked.test.ts)

/**
 * Statistics and history questions that must reach a published fact, asked in several languages (issue #13, session
 * 15): what a person sees after the last message, read as the conversation evaluation reads it.
 */
let runner: ConversationRunner;
beforeAll(async () => {
  runner = await createConversationRunner({ now: () => new Date('2026-06-01T12:00:00Z') });
}, 60_000);
afterAll(async () => {
  await runner.close();
});

async function shown(lang: Lang, ...turns: string[]): Promise<string> {
  const run = await runner.converse({ lang, turns });
  return readTurn(run.replies, runner.markers).texts.join(' | ');
}

describe("the advisers' first months (June–December 2008): the whole published statement", () => {
  it.each<[Lang, string]>([
    ['en', 'How many people did the integration advisers help in 2008?'],
    ['en', 'I work as an envoy: how many cases did the integration advisers have in 2008?'],
    ['nn', 'Kor mange saker hadde rådgjevarane frå juni til desember 2008?'],
    ['nn', 'Kor mange kvinner og menn fekk hjelp av minoritetsrådgjevarane og integreringsrådgjevarane i 2008?'],
  ])('[%s] %s → 381 cases, 391 persons, 282 women', async (lang, text) => {
    const seen = await shown(lang, text);
    expect(seen).toContain('381');
    expect(seen).toContain('391');
    expect(seen).toContain('282');
  });
});

describe("the integration advisers' 2008 posts, asked in the nine other languages", () => {
  it.each<[Lang, string, string]>([
    ['fa', 'در سال ۲۰۰۸ مشاور ادغام در اسلام‌آباد مسئول کدام کشورها بود؟', 'افغانستان'],
    ['uk', 'За які країни відповідав радник з інтеграції в Ісламабаді у 2008 році?', 'Афганістан'],
    ['so', "Sannadkii 2008, la-taliyaha is-dhexgalka ee Islamabad wuxuu mas'uul ka ahaa waddamadee?", 'Afgaanistaan'],
    ['ru', 'За какие страны отвечал советник по интеграции в Исламабаде в 2008 году?', 'Афганистан'],
  ])('[%s] %s → the history, with what Islamabad covered', async (lang, text, afghanistan) => {
    expect(await shown(lang, text)).toContain(afghanistan);
  });
});

describe('"which countries is it responsible for?" after an envoy answer: what that post covers', () => {
  it.each<[Lang, string, string, string]>([
    ['tr', "Ankara'da özel elçi var mı?", 'Hangi ülkelerden sorumlu?', 'Rusya'],
    ['nn', 'Finst det ein spesialutsending i Ankara?', 'Kva land har han ansvar for?', 'Russland'],
    ['ru', 'Есть ли спецпредставитель в Анкаре?', 'За какие страны он отвечает?', 'Россия'],
    ['pl', 'Czy w Ankarze jest specjalny wysłannik?', 'Za jakie kraje odpowiada?', 'Rosja'],
    ['uk', 'Чи є спецпредставник в Анкарі?', 'За які країни він відповідає?', 'Росія'],
  ])('[%s] %s / %s', async (lang, first, second, russia) => {
    const seen = await shown(lang, first, second);
    expect(seen).toContain(russia);
  });
});

describe('countries of origin asked as "where were they from"', () => {
  it.each<[Lang, string]>([
    ['fa', 'مشاوران تنوع چند پرونده داشتند؟ اکثر افراد اهل کجا بودند؟'],
    ['fa', 'مراجعین مشاوران تنوع بیشتر اصلیت کدام کشور ها را داشتند؟'],
    ['ur', 'تنوع مشیروں کے پاس آنے والے زیادہ تر لوگ کہاں سے تھے؟'],
  ])('[%s] %s → Iraq first among the origins', async (lang, text) => {
    expect(await shown(lang, text)).toContain('عراق');
  });
});

describe("Kompetanseteamet's 2022 categories", () => {
  it.each<[Lang, string, string]>([
    ['tr', 'Yetkinlik ekibi 2022 yılında kaç negatif sosyal kontrol vakası ele aldı?', '135'],
    ['so', 'Immisa kiis oo xakameyn bulsho ah ayuu Kompetanseteamet lahaa 2022?', '135'],
  ])('[%s] %s → %s of 891', async (lang, text, figure) => {
    const seen = await shown(lang, text);
    expect(seen).toContain(figure);
    expect(seen).toContain('891');
  });
});

describe('who runs a service: its own article says', () => {
  it.each<[Lang, string]>([
    ['tr', "ung.no'yu kim yönetiyor?"],
    ['so', 'Yaa maamula ung.no?'],
    ['en', 'Which agency is behind ung.no?'],
  ])('[%s] %s → run by Bufdir', async (lang, text) => {
    expect(await shown(lang, text)).toContain('Bufdir');
  });
});
