import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { createCountryNames } from '../../src/contacts/country-names';
import { formerNameReader } from '../../src/conversation/history-reader';
import type { Lang } from '../../src/language/languages';
import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadRoleReader, type Role } from '../../src/understanding/role-reader';
import { loadScopeReader } from '../../src/understanding/scope-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';
import { normalize } from '../../src/language/text';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { directory, noAdvisers, places } from '../contacts/contact-fixtures';

/**
 * Issue #13, session 21: causes of failures in nynorsk, Urdu, Persian, Somali, Ukrainian and Russian found with the
 * session's own probes, each fixed as a class in the word files (content/understanding/roles, scope, situation,
 * countries; content/contacts) or the readers that place them. The readers alone; the same classes through the bot are
 * in test/bot/front-line.test.ts, follow-ups.test.ts and scope.test.ts. The sentences are this file's own.
 */
const roles = loadRoleReader();
const contacts = createContactRecognizer({ directory, places, advisers: noAdvisers() });
const countries = createCountryNames();
const situation = loadSituationReader();
const danger = createDangerReader(situation);
const scope = loadScopeReader();
const outOfScope = (lang: Lang, text: string): readonly string[] => {
  const signals = danger.signals?.(prepareUtterance(text, lang)) ?? new Set<string>();
  return scope.read(text, signals).outOfScope;
};

describe('the asker’s own workplace said with "we" in the users’ forms', () => {
  it.each<readonly [Lang, string, Role]>([
    ['nn', 'Me i barnevernet har ei vanskeleg sak om ei jente som kan bli send ut av landet', 'child-welfare'],
    ['nn', 'Me på helsestasjonen lurer på korleis me skal snakke med ei mor om omskjering', 'health'],
    ['nn', 'Me som jobbar i NAV treng råd om ei kvinne som ikkje får styre eigne pengar', 'nav'],
    ['fa', 'ما از barnevernet هستیم و یک سوال درباره یک نوجوان داریم', 'child-welfare'],
    ['fa', 'من تو NAV کار میکنم و یه خانم ازم کمک خواسته', 'nav'],
    ['ur', 'ہم barnevernet سے ہیں اور ایک لڑکی کے بارے میں پریشان ہیں', 'child-welfare'],
    ['ur', 'hum NAV se hain, ek khatoon ke baare mein poochna hai', 'nav'],
    ['so', 'Waxaan nahay barnevernet, waxaan rabnaa talo', 'child-welfare'],
    ['so', 'Waxaan ka socdaa NAV, haweeney ayaa caawimo dalbatay', 'nav'],
  ])('%s: "%s" → %s', (_lang, text, role) => {
    expect(roles.read(text).role).toBe(role);
  });

  it('"me" after a verb is no workplace: "kan me ringje barnevernet?" asks for child welfare', () => {
    expect(roles.read('Kan me ringje barnevernet om dette?').role).toBeUndefined();
  });
});

describe('a name read only in its own language is not found in another language’s word with a letter attached', () => {
  it('Persian "ببینن" ((they) see) is not Urdu’s Benin "بینن" with the attached ب', () => {
    expect(countries.find('میخوایم کارمندامون یه دوره آموزشی ببینن', 'fa')).toEqual([]);
  });

  it('Benin is still read in an Urdu message, and Persian "بایران" is still Iran', () => {
    expect(countries.find('وہ بینن چلی گئی ہے', 'ur').map((m) => m.code)).toEqual(['BJ']);
    expect(countries.find('میخوان ببرنش بایران', 'fa').map((m) => m.code)).toEqual(['IR']);
  });
});

describe('a grown-up’s age said in more forms', () => {
  it.each([
    ['en', "and if I'm already 20?"],
    ['nb', 'hva om jeg er allerede 22?'],
    ['uk', 'а якщо мені вже 21?'],
    ['ru', 'а если мне уже 23?'],
    ['fa', 'اگه ۲۰ سالم باشه چی؟'],
    ['ur', 'agar meri umar 22 saal ho to?'],
  ])('%s: "%s"', (_lang, text) => {
    expect(contacts.saysAdult(text)).toBe(true);
  });

  it.each(['а якщо мені вже 15?', 'agar meri umar 16 saal ho to?', 'اگه ۱۷ سالم باشه چی؟'])('a young age is no grown-up: "%s"', (text) => {
    expect(contacts.saysAdult(text)).toBe(false);
  });
});

describe('Urdu’s full stop ۔ ends a sentence: a service told of in the story is not the one asked for', () => {
  it('"she does not want to go to the police۔ where can I send her?" asks whom to contact, not the police', () => {
    const reading = contacts.recognize(
      prepareUtterance('میرے پاس ایک خاتون آتی ہیں جن کا شوہر ان کے پیسے رکھ لیتا ہے۔ وہ پولیس کے پاس جانا نہیں چاہتیں۔ میں انہیں کہاں بھیج سکتی ہوں؟', 'ur'),
    );
    expect(reading[0]?.intent.query.serviceId).toBeUndefined();
  });
});

describe('"where can I refer her?" asks whom to contact, in every language', () => {
  it.each<readonly [Lang, string]>([
    ['nb', 'En bruker forteller at svigerfamilien bestemmer alt. Hvor kan jeg henvise henne?'],
    ['en', 'A client says her in-laws decide everything for her. Who can I refer her to?'],
    ['fa', 'یکی از مراجعین میگه خانواده شوهرش همه چیزو براش تصمیم میگیرن. به کجا ارجاع بدم؟'],
    ['ur', 'ایک خاتون کہتی ہیں کہ سسرال والے ان کے سب فیصلے کرتے ہیں۔ میں انہیں کہاں بھیجوں؟'],
    ['uk', 'Клієнтка каже, що свекри вирішують усе за неї. Куди її скерувати?'],
    ['ru', 'Клиентка говорит, что родня мужа всё решает за неё. Куда её направить?'],
    ['so', 'Macmiil ayaa sheegtay in qoyska ninkeedu wax walba u go’aamiyaan. Xagee u diri karaa?'],
  ])('%s: "%s"', (lang, text) => {
    const reading = contacts.recognize(prepareUtterance(text, lang));
    expect(reading[0]?.intent.kind).toBe('contact');
  });
});

describe('near-field errands in the users’ words are declined; a story of control beside them stays in scope', () => {
  it.each<readonly [Lang, string]>([
    ['ur', 'norskkurs کے لیے کیسے اپلائی کرتے ہیں؟'],
    ['ur', 'کیا آپ اس خط کا ترجمہ کر دیں گے؟'],
    ['fa', 'چطوری برای norskkurs ثبت نام کنم؟'],
    ['fa', 'میشه این نامه رو ترجمه کنی؟'],
    ['so', 'Sideen u codsadaa norskkurs?'],
    ['uk', 'Як записатися на курси норвезької в комуні?'],
    ['ru', 'Можете перевести письмо от арендодателя?'],
    ['nn', 'Korleis søkjer eg på norskkurs i kommunen?'],
  ])('%s: "%s"', (lang, text) => {
    expect(outOfScope(lang, text).length).toBeGreaterThan(0);
  });

  it.each<readonly [Lang, string]>([
    ['ur', 'میرا شوہر مجھے norskkurs جانے نہیں دیتا اور میرا فون چیک کرتا ہے۔ کس سے بات کروں؟'],
    ['nb', 'Mannen lar henne ikke melde seg på norskkurs og tar lønna hennes. Hvem kan hjelpe?'],
  ])('%s: "%s" stays in scope', (lang, text) => {
    expect(outOfScope(lang, text)).toEqual([]);
  });
});

describe('Somali: being married off said as "loo guurinayo", and a girl’s age in a teacher’s story', () => {
  it('"in loo guurinayo" of a 13-year-old is a concern', () => {
    const read = situation.read('Arday 13 jir ah ayaa ii sheegtay in loo guurinayo nin weyn fasaxa ka dib');
    expect(read.concepts.has('marriedOff')).toBe(true);
    expect(read.concern.length + read.danger.length).toBeGreaterThan(0);
  });

  it('"gabadh 11 jir ah" named by a teacher is not the writer’s own age', () => {
    expect(situation.read('Waxaan ahay macallin. Gabadh 11 jir ah ayaa i weydiisay su’aal').concepts.has('selfAge')).toBe(false);
    expect(situation.read('Waxaan ahay gabadh 15 jir ah').concepts.has('selfAge')).toBe(true);
  });
});

describe('"how much extra did they get?" asks for money, in Norwegian and English', () => {
  const now = new Date('2026-12-05T12:00:00Z');
  it.each(['kor mykje ekstra fekk Kompetanseteamet i 2024?', 'hvor mye mer fikk Kompetanseteamet i 2024?', 'how much more did Kompetanseteamet get in 2024?'])('"%s"', (text) => {
    expect(parseStatsQuestion(normalize(text), now)?.query.metric).toBe('funding-nok');
  });

  it('"how many more cases" still counts cases', () => {
    expect(parseStatsQuestion(normalize('kor mange fleire saker fekk Kompetanseteamet i 2022?'), now)?.query.metric).toBe('cases');
  });
});

describe('Urdu: a service’s own wish for training said with the verb last', () => {
  it('"ہم عملے کے لیے … تربیت چاہتے ہیں۔ کون آ سکتا ہے؟" asks who trains staff', () => {
    const reading = contacts.recognize(prepareUtterance('ہمارا اسکول چھوٹا ہے۔ ہم اساتذہ کے لیے غیرت سے جڑے تشدد پر تربیت چاہتے ہیں۔ کون کروا سکتا ہے؟', 'ur'));
    expect(reading[0]?.intent.query.training).toBe(true);
  });
});

describe('"can I talk to someone at school?" in Urdu and Persian asks whom to contact', () => {
  it.each<readonly [Lang, string]>([
    ['ur', 'کیا اسکول میں کوئی ہے؟ میں کسی سے بات کر سکتی ہوں؟'],
    ['ur', 'school mein kis se baat karun?'],
    ['fa', 'توی مدرسه با کی حرف بزنم؟'],
  ])('%s: "%s"', (lang, text) => {
    expect(contacts.recognize(prepareUtterance(text, lang))[0]?.intent.kind).toBe('contact');
  });
});

describe('Persian: the names before, asked colloquially', () => {
  const formerName = formerNameReader();
  it.each(['به مشاوران تنوع قبلاً چی میگفتن؟', 'اسمشون عوض شده یا نه؟', 'اسم قدیمی مشاوران تنوع چی بود؟'])('"%s"', (text) => {
    expect(formerName(text, 'fa')).toBe(true);
  });
});
