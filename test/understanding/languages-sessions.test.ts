import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { createCountryNames } from '../../src/contacts/country-names';
import { formerNameReader } from '../../src/conversation/history-reader';
import { readTurn } from '../../src/evaluation/conversation-eval';
import { type LanguageDetector, loadLanguageDetector } from '../../src/language/detect-language';
import type { Lang } from '../../src/language/languages';
import { foldLookalikeLetters, normalize } from '../../src/language/text';
import { loadTransliterator, transliterationLanguage } from '../../src/language/transliterate';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { toEnglishCues } from '../../src/stats/answers/stats-words';
import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadRoleReader, type Role } from '../../src/understanding/role-reader';
import { loadScopeReader } from '../../src/understanding/scope-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';
import { directory, noAdvisers, places } from '../contacts/contact-fixtures';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

// Declared alike by more than one former file below: kept once.
const roles = loadRoleReader();
const contacts = createContactRecognizer({ directory, places, advisers: noAdvisers() });
const situation = loadSituationReader();
const danger = createDangerReader(situation);
const scope = loadScopeReader();
const signalsOf = (lang: Lang, text: string): ReadonlySet<string> => danger.signals?.(prepareUtterance(text, lang)) ?? new Set<string>();

// (was languages-session20.test.ts)

/**
 * Issue #13, session 20: causes of failures in the languages other than Norwegian and English, each fixed as a class in
 * the word files (content/understanding/scope, situation, danger; content/contacts/other-language-words.json) or the
 * country reader. The sentences are this file's own.
 */
const runner = conversationRunnerPerFile();
const turnOf = async (lang: Lang, message: string) => readTurn((await runner.converse({ lang, turns: [message] })).replies, runner.markers);
const shown = (texts: readonly string[]) => texts.join(' ').replace(/[\u2066-\u2069\u2060]/gu, '');

describe('asking the bot to write a letter or an invitation is an everyday task, declined in every language', () => {
  it.each([
    ['nb', 'Kan du skrive et invitasjonsbrev til foreldremøtet neste uke på somali?'],
    ['en', 'Could you draft a letter inviting parents to the class meeting in Arabic?'],
    ['tr', 'Veli toplantısı için velilere bir davet mektubu yazabilir misin?'],
    ['ti', 'ብዛዕባ ናይ ወለዲ ምርኻብ ኣብ ክፍልና ደብዳቤ ክትጽሕፈለይ ትኽእል ዶ?'],
    ['pl', 'Czy możesz napisać list do rodziców z zaproszeniem na zebranie?'],
    ['ru', 'Можешь написать письмо родителям с приглашением на собрание?'],
  ] as const)('%s: "%s"', async (lang, message) => {
    const turn = await turnOf(lang, message);
    expect(turn.didYouMean || turn.cannotAnswer).toBe(true);
    expect(turn.answers).toBe(0);
    expect(turn.emergency).toBe(false);
  });

  it('a letter to child welfare about a pupil to be married off stays a case, emergency first', async () => {
    const turn = await turnOf('nb', 'Kan du hjelpe meg å skrive et brev til barnevernet om en elev som skal giftes bort i sommer?');
    expect(turn.emergency).toBe(true);
    expect(turn.cannotAnswer).toBe(false);
  });
});

describe('Somali "guuray" (moved house) is no marriage', () => {
  it('a parent who has just moved asks for the school adviser: no emergency card', async () => {
    const turn = await turnOf('so', 'Waxaan dhawaan u guuray Oslo. Xagee ka helaa la-taliyaha mangfoldsrådgiver ee dugsiga wiilkayga?');
    expect(turn.emergency).toBe(false);
    expect(turn.answers).toBeGreaterThan(0);
  });

  it('a marriage forced on a young writer today is still danger', async () => {
    const turn = await turnOf('so', 'Aabahay wuxuu doonayaa inuu maanta i guursiiyo nin weyn, ma rabo. I caawi');
    expect(turn.emergency).toBe(true);
  });
});

describe('the police number for when it is not an emergency, asked in other words', () => {
  it.each([
    ['ur', 'ایمرجنسی کے علاوہ پولیس سے رابطے کا نمبر بتائیں'],
    ['ar', 'ما هو رقم الشرطة لغير حالات الطوارئ في النرويج؟'],
    ['so', 'Waa maxay lambarka booliska marka aysan arrintu degdeg ahayn?'],
  ] as const)('%s: "%s" gets 02800', async (lang, message) => {
    const turn = await turnOf(lang, message);
    expect(turn.emergency).toBe(false);
    expect(shown(turn.texts)).toContain('02800');
  });
});

describe('a Turkish country name with "-deki" typed without an apostrophe', () => {
  it('the embassy in Turkey, asked without the apostrophe, names the envoy in Ankara', async () => {
    const turn = await turnOf('tr', 'türkiyedeki norveç elçiliğinde yardım eden özel temsilci var mı');
    expect(shown(turn.texts)).toContain('Ankara');
  });
});

describe('school holiday dates are an everyday subject', () => {
  it.each([
    ['tr', "Norveç'te okulların kış tatili ne zaman başlıyor?"],
    ['nb', 'Når begynner høstferien for grunnskolene i Trondheim?'],
    ['en', 'When do the Christmas holidays start for schools in Bergen?'],
    ['ru', 'Когда в этом году начинаются летние каникулы в школах Осло?'],
    ['ur', 'اس سال اسکول کی چھٹیاں کب شروع ہوں گی؟'],
  ] as const)('%s: "%s" is declined', async (lang, message) => {
    const turn = await turnOf(lang, message);
    expect(turn.didYouMean || turn.cannotAnswer).toBe(true);
    expect(turn.answers).toBe(0);
  });

  it.each([
    ['tr', 'Yaz tatili ne zaman başlıyor? 15 yaşındayım, babam tatilde beni Pakistan’a götürüp evlendirecek.'],
    ['en', "When do the summer holidays start? I'm 14 and my parents will take me to Iraq then to marry my cousin."],
  ] as const)('%s: the holiday beside a marriage abroad stays danger', async (lang, message) => {
    expect((await turnOf(lang, message)).emergency).toBe(true);
  });
});

describe('"she says nothing about violence" is a harm denied', () => {
  it('an adult participant waited for outside school, no violence mentioned: the answer, no emergency card', async () => {
    const turn = await turnOf(
      'pl',
      'Pracuję w szkole dla dorosłych (voksenopplæring). Kursantka z Somalii mówi, że mąż czeka na nią codziennie przed budynkiem i zabrał jej kartę. Nie wspomina o przemocy. Czy w szkołach dla dorosłych są doradcy IMDi?',
    );
    expect(turn.emergency).toBe(false);
    expect(shown(turn.texts)).toMatch(/mangfold|minoritet/u);
  });
});

describe('a bare "the teacher" is said by parents too: no young writer', () => {
  it('a Somali parent asking the advisers’ former name gets the answer without the emergency block', async () => {
    const turn = await turnOf('so', 'Macallinka wiilkayga ayaa ii sheegay erayga mangfoldsrådgiver. Maxay ahaan jireen magacooda hore?');
    expect(turn.emergency).toBe(false);
    expect(shown(turn.texts)).toContain('minoritetsrådgiver');
  });
});

describe('a school without an adviser, said with the negation after the name (tr, so, ti, fa)', () => {
  it.each([
    ['tr', 'Okulumuzda çeşitlilik danışmanı yok. Zorla evlilik şüphesinde okul olarak kime danışabiliriz?'],
    ['so', 'Dugsigayaga la-taliyaha kala-duwanaanshaha ma leh. Yaan la tashan karnaa marka aan ka shakino guur qasab ah?'],
    ['ti', 'ኣብ ቤት ትምህርትና ኣማኻሪ ብዙሕነት የለን። ብዛዕባ ብግዲ መርዓ ጥርጣረ እንተሃልዩና ምስ መን ክንማኸር ንኽእል?'],
    ['fa', 'مکتب ما مشاور تنوع ندارد. وقتی به ازدواج اجباری شک داریم با چه کسی مشوره کنیم؟'],
  ] as const)('%s: Kompetanseteamet is on the card', async (lang, message) => {
    expect(shown((await turnOf(lang, message)).texts)).toContain('478 09 050');
  });

  it('the adviser asked for by name is still that service', async () => {
    expect(shown((await turnOf('tr', 'Okulumuzdaki çeşitlilik danışmanına nasıl ulaşabilirim?')).texts)).toContain('imdi.no');
  });
});

describe('the envoy named the way Turkish writers name it', () => {
  it('"özel bir temsilci" for young people at risk in Turkey names Ankara', async () => {
    const turn = await turnOf('tr', "Türkiye'de zorla evlendirilme riski olan Norveçli gençlere yardım eden özel bir temsilci var mı?");
    expect(shown(turn.texts)).toContain('Ankara');
  });
});

// (was languages-session21.test.ts)

/**
 * Issue #13, session 21: causes of failures in nynorsk, Urdu, Persian, Somali, Ukrainian and Russian found with the
 * session's own probes, each fixed as a class in the word files (content/understanding/roles, scope, situation,
 * countries; content/contacts) or the readers that place them. The readers alone; the same classes through the bot are
 * in test/bot/front-line.test.ts, follow-ups.test.ts and scope.test.ts. The sentences are this file's own.
 */
const countries = createCountryNames();
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

// (was languages-session22.test.ts)

/**
 * Issue #13, session 22 (langs22): causes of failures in nynorsk, Ukrainian, Polish, Persian, Arabic, Turkish, Russian
 * and Tigrinya found with the session's own probes, each fixed as a class in the word files (content/understanding
 * scope, situation, follow-up, language; content/contacts advice, aliases, other-language words) or in how a message's
 * letters are read (Latin look-alikes in a Cyrillic word). The readers alone; the same classes through the bot are in
 * test/bot/follow-ups.test.ts and scope.test.ts. The sentences are this file's own.
 */
const scopeOf = (lang: Lang, text: string) => scope.read(text, signalsOf(lang, text));

describe('Latin look-alike letters inside a Cyrillic word are read as Cyrillic', () => {
  it.each([
    ['скiльки випадкiв було у 2022?', 'скільки випадків було у 2022?'],
    ['батьки i вчителi', 'батьки і вчителі'],
    ['їхнiй номер', 'їхній номер'],
    ['пpивiт', 'привіт'],
  ])('"%s" → "%s"', (typed, read) => {
    expect(foldLookalikeLetters(typed)).toBe(read);
  });

  it.each(['Kompetanseteamet i Oslo', 'ring Alarmtelefonen i dag', 'дзвоніть у Kompetanseteamet i Bufdir', 'e-post: post@imdi.no'])(
    'a word of Latin letters only is left alone: "%s"',
    (text) => {
      expect(foldLookalikeLetters(text)).toBe(text);
    },
  );

  describe('detection', () => {
    let detector: LanguageDetector;
    beforeAll(async () => {
      detector = await loadLanguageDetector();
    });

    it.each(['скiльки справ мали радники з рiзноманiття у 2023 роцi?', 'де знайти мангфолдсрадгiвера у школi моєї дитини?', 'чи можна подзвонити анонiмно?'])(
      'Ukrainian typed with the Latin i is Ukrainian: "%s"',
      (text) => {
        expect(detector.detect(text).lng).toBe('uk');
      },
    );

    it('Russian is still Russian', () => {
      expect(detector.detect('сколько дел было у советников по многообразию в 2023 году?').lng).toBe('ru');
    });
  });
});

describe('"not allowed to join" an activity is control, and a control keeps an everyday subject in scope', () => {
  it.each([
    ['nb', 'faren er streng, datteren får ikke være med på svømming og ikke på fotballen lenger'],
    ['nn', 'far er streng, jenta får ikkje bli med på klassetur og ikkje på handballen'],
    ['nn', 'ho får ikkje vere med på trening etter skulen'],
    ['fa', 'پدرش نمیذاره با دوستاش بره فوتبال'],
  ] as const)('%s: "%s" reads control', (lang, text) => {
    expect(signalsOf(lang, text).has('control')).toBe(true);
  });

  it('a story of a strict father and football is not an everyday question', () => {
    expect(scopeOf('nn', 'me jobbar i flyktningtenesta. jentene får ikkje bli med på fotballen lenger, korleis snakkar me med foreldra?').outOfScope).toEqual([]);
  });

  it('football asked about on its own is still out of scope', () => {
    expect(scopeOf('nb', 'når begynner fotballsesongen for barn i Oslo?').outOfScope.length).toBeGreaterThan(0);
  });
});

describe('nynorsk dialect asks of someone who must act ("ka ska me gjere?", "kem ska me ringe?")', () => {
  it.each([
    'eg er lærar, ei elev blir kontrollert av familien sin. ka ska me gjere?',
    'helsesjukepleiar her, ei jente seier ho blir kontrollert heime. kem ska me ringe?',
    'me i barnehagen er uroa for ei jente. kven ringe me fyrst?',
  ])('"%s" is a case ask', (text) => {
    expect(scopeOf('nn', text).caseAsk.length).toBeGreaterThan(0);
  });
});

describe('errands with an ID or personal number are out of scope in the other languages', () => {
  it.each([
    ['pl', 'jak dostać numer personalny dla nowego ucznia?'],
    ['uk', 'як отримати особовий номер для дитини?'],
    ['ru', 'где получить личный номер для сына?'],
    ['tr', 'yeni gelen öğrenciye kimlik numarası nasıl alınır?'],
    ['ar', 'كيف نحصل على رقم الهوية لطالب وصل حديثا؟'],
    ['fa', 'برای شاگرد تازه‌وارد شماره شخصی چطور بگیریم؟'],
    ['tr', 'oğlumu okula nasıl kaydettirebilirim?'],
    ['ru', 'помогите заполнить заявление на пособие'],
  ] as const)('%s: "%s"', (lang, text) => {
    expect(scopeOf(lang, text).outOfScope.length).toBeGreaterThan(0);
  });

  it('a taken ID number in a story of a trip is not an errand', () => {
    expect(scopeOf('pl', 'ojciec zabrał jej numer personalny i paszport, mają ją wysłać do Pakistanu').outOfScope).toEqual([]);
  });
});

describe('a cutting in childhood told with the verb is past, in Ukrainian and Russian', () => {
  it.each([
    ['uk', 'пацієнтка розповіла, що її обрізали в дитинстві в Єгипті'],
    ['ru', 'пациентка рассказала, что её обрезали в детстве'],
  ] as const)('%s: "%s"', (lang, text) => {
    expect(signalsOf(lang, text).has('pastCutting')).toBe(true);
  });
});

describe('where to talk anonymously, and other contact words', () => {
  it.each([
    ['uk', 'де можна анонімно поговорити про тиск у родині?'],
    ['ru', 'где можно анонимно поговорить о давлении в семье?'],
    ['pl', 'gdzie mogę anonimowo porozmawiać o presji w rodzinie?'],
    ['ar', 'في حدا بقدر احكي معه بدون ما اعطي اسمي؟'],
    ['fa', 'از کجا میتونم به عنوان مادر مشورت بگیرم؟'],
    ['nn', 'kor kan foreldre få råd om slikt?'],
  ] as const)('%s: "%s" asks whom to contact', (lang, text) => {
    expect(contacts.recognize(prepareUtterance(text, lang))[0]?.intent.kind).toBe('contact');
  });

  it.each([
    ['fa', 'سفیر ویژه برای پاکستان کجاست؟'],
    ['tr', 'Pakistan için özel bir danışman var mı?'],
    ['pl', 'ktory wyslannik jest od Pakistanu?'],
  ] as const)('%s: "%s" names the special envoys', (lang, text) => {
    expect(contacts.namedService(text, lang)).toMatch(/envoy/u);
  });
});

describe('a Norwegian message in dialect is read for danger as in the standard forms ("ska", "e", "mæ", "te")', () => {
  const isDanger = (lang: Lang, text: string): boolean => danger.isDanger(prepareUtterance(text, lang));

  it.each([
    ['nn', 'ei mor seie at veslejenta på 2 ska omskjerast når dei e i Etiopia i ferien'],
    ['nn', 'æ e redd for at dæm ska sende mæ te Pakistan og gifte mæ bort'],
    ['nb', 'hu ska gifte sæ mot viljen sin i sommar, familien har bestemt det'],
  ] as const)('%s: "%s" is danger', (lang, text) => {
    expect(isDanger(lang, text)).toBe(true);
  });

  it.each([
    ['nn', 'æ e lærar og lure på ka negativ sosial kontroll e'],
    ['nn', 'ho ska på ferie te Spania med familien i sommar'],
  ] as const)('%s: a calm dialect message stays calm: "%s"', (lang, text) => {
    expect(isDanger(lang, text)).toBe(false);
  });
});

describe('Russian and Ukrainian typed in Latin letters (langs22b)', () => {
  let detector: LanguageDetector;
  beforeAll(async () => {
    detector = await loadLanguageDetector();
  });

  it.each([
    ['ru', 'gde mozhno pozvonit anonimno?'],
    ['ru', 'chto delat esli devochku khotyat vydat zamuzh?'],
    ['ru', 'mne nuzhna pomoshch, kto mozhet pomoch uchitelyu?'],
    ['ru', 'u menya vopros pro prinuditelnyy brak'],
    ['uk', 'skilky vypadkiv bulo u 2022?'],
    ['uk', 'de mozhna pohovoryty anonimno?'],
    ['uk', 'shcho robyty yakshcho uchenytsiu khochut vidpravyty?'],
  ] as const)('%s: "%s"', (lang, text) => {
    expect(detector.detect(text)).toMatchObject({ lng: lang, reliable: true });
  });

  it.each([
    ['so', 'gabadhu waxay ka baqaysaa guurka'],
    ['so', 'ardayda waxaa lagu khasbayaa guur'],
    ['pl', 'ile bylo spraw w 2023 roku'],
    ['pl', 'co mam zrobic, uczennica boi sie ojca'],
    ['tr', 'kizim zorla evlendirilecek ne yapmaliyim'],
    ['tr', 'okulda bir ogrenci var, ailesi baski yapiyor'],
    ['ur', 'meri beti ki shaadi zabardasti ho rahi hai'],
  ] as const)('%s typed without its letters keeps its language: "%s"', (lang, text) => {
    expect(detector.detect(text).lng).toBe(lang);
  });
});

describe('"their cases" with a glued "and" and "their" is the case count (langs22b)', () => {
  it.each(['وقضاياهم؟', 'و حالاتهم في 2022', 'ملفاتهم', 'ጉዳያቶምከ?'])('"%s" reads as cases', (text) => {
    expect(toEnglishCues(normalize(text))).toMatch(/\bcases\b/u);
  });
});

describe('Russian and Ukrainian typed in Latin letters are read in Cyrillic (translit22)', () => {
  const translit = loadTransliterator();
  let detector: LanguageDetector;
  beforeAll(async () => {
    detector = await loadLanguageDetector();
  });
  /** As the bot does in a new conversation: the language read from the message as typed, then the Cyrillic for every reader. */
  const asRead = (text: string): { lang: Lang; text: string } => {
    const detected = detector.detect(text);
    if (detected.lng !== 'ru' && detected.lng !== 'uk') throw new Error(`"${text}" read as ${String(detected.lng)}`);
    return { lang: detected.lng, text: detected.reliable ? translit.toCyrillic(text, detected.lng) : text };
  };

  it.each([
    ['ru', 'Kuda obratitsya uchitelyu v Oslo?', 'Куда обратиться учителю в Oslo?'],
    ['ru', 'pochemu ona boitsya idti domoy', 'почему она боится идти домой'],
    ['uk', 'chy mozhna podzvonyty v barnevernet?', 'чи можна подзвонити в barnevernet?'],
    ['uk', "yii sim'ya khoche yikhaty", "її сім'я хоче їхати"],
    ['uk', 'skilky vypadkiv bulo u 2021?', 'скільки випадків було у 2021?'],
  ] as const)('%s: "%s" → "%s"', (lang, typed, read) => {
    expect(translit.toCyrillic(typed, lang)).toBe(read);
  });

  it.each([
    ['ru', 'где можно поговорить? Kompetanseteamet'],
    ['uk', 'дзвоніть у NAV або Bufdir'],
    ['ru', 'post@bufdir.no 47809050'],
    ['nb', 'hvor kan jeg ringe?'],
  ] as const)('%s: "%s" stays as typed (Cyrillic, an address, another language)', (lang, text) => {
    expect(translit.toCyrillic(text, lang)).toBe(text);
  });

  it.each([
    'kuda mne obratitsya za sovetom po prinuditelnomu braku?',
    'est li telefon, kuda mozhno pozvonit anonimno?',
    'kuda obratitsya uchitelyu, esli uchenitsu khotyat vydat zamuzh?',
    'de meni otrymaty poradu shchodo prymusovoho shliubu?',
    'chy ye telefon, kudy mozhna zatelefonuvaty anonimno?',
    'kudy zvernutysia vchyteliu, yakshcho uchenytsiu khochut vydaty zamizh?',
  ])('"%s" asks whom to contact', (typed) => {
    const { lang, text } = asRead(typed);
    expect(contacts.recognize(prepareUtterance(text, lang))[0]?.intent.kind).toBe('contact');
  });

  it.each([
    'otets skazal, chto ub’yot yeyo, esli ona ne vyydet zamuzh',
    "brat zaper sestru doma i b'yot yeyo kazhdyy den, chto delat?",
    'bat’ko skazav, shcho vbye yii, yakshcho vona ne vyide zamizh',
    'yiyi brat zamknuv sestru vdoma i b’ye yii shchodnia, shcho robyty?',
  ])('a danger told in details is danger: "%s"', (typed) => {
    const { lang, text } = asRead(typed);
    expect(danger.isDanger(prepareUtterance(text, lang))).toBe(true);
  });

  it.each([
    ['obyazan li ya soobshchit v barnevernet, esli podozrevayu nasilie?', 'обязан ли я сообщить в barnevernet, если подозреваю насилие?'],
    ['dolzhen li uchitel soobshchat o prinuditelnom brake?', 'должен ли учитель сообщать о принудительном браке?'],
    ['chy zoboviazanyi ya povidomyty barnevernet pro nasylstvo?', "чи зобов'язаний я повідомити barnevernet про насильство?"],
    ['chy povynen vchytel povidomliaty pro prymusovyi shliub?', 'чи повинен вчитель повідомляти про примусовий шлюб?'],
  ])('a duty question "%s" reads as its Cyrillic "%s"', (typed, cyrillic) => {
    const { lang, text } = asRead(typed);
    const read = signalsOf(lang, text);
    expect(read.size).toBeGreaterThan(0);
    expect([...read].sort()).toEqual([...signalsOf(lang, cyrillic)].sort());
    expect(scopeOf(lang, text)).toEqual(scopeOf(lang, cyrillic));
  });
});

// (was languages-session23.test.ts)

/**
 * Issue #13, session 23 (langs23): Turkish asked with and without its letters (whom to consult, "just general
 * information", staff titles, "kabul" that is no Kabul), the Polish and Somali titles an audit found missing, and
 * Russian typed in Latin letters (short messages with no question word; a short follow-up read in the conversation's
 * Russian or Ukrainian), and a threat in Turkish to send someone away if she does not obey. The readers alone; the follow-up through the bot is in test/bot/follow-ups.test.ts. The
 * sentences are this file's own.
 */
const topIntent = (lang: Lang, text: string) => contacts.recognize(prepareUtterance(text, lang))[0];

describe('Turkish: whom to consult, asked with the verb before "which" or with "kime", with and without Turkish letters', () => {
  it.each([
    'zorla evlilik konusunda danışabileceğimiz kurum hangisi?',
    'zorla evlilik konusunda danisabilecegimiz kurum hangisi?',
    'kadın sünneti şüphesinde başvurabileceğimiz bir ekip var mı?',
    'namus meselelerinde kime danışalım?',
    'bu tür durumlarda kimden destek alabiliriz?',
    'bu tur durumlarda kimden destek alabiliriz?',
  ])('"%s" asks whom to contact', (text) => {
    expect(topIntent('tr', text)?.intent.kind).toBe('contact');
  });

  it('training with "where from" and a case with "kime" are both asked', () => {
    const top = topIntent('tr', 'personelimiz için seminer nereden bulabiliriz, bir de bir vakamız olursa kime danışalım?');
    expect(top?.intent).toMatchObject({ kind: 'contact', query: { training: true, caseAdvice: true } });
  });

  it('"from whom can we get" is no question about who referred the cases; "from whom did the cases come" still is', () => {
    expect(toEnglishCues(normalize('çalışanlar için eğitimi kimden alabiliriz'))).not.toMatch(/from which services/u);
    expect(toEnglishCues(normalize('vakalar çoğunlukla kimden geldi'))).toMatch(/from which services/u);
  });
});

describe('Turkish: general information is a calm question, and a hospital is no patient', () => {
  it.each([
    ['tr', 'sadece genel bilgi için soruyorum, zorla evlilikte ne yapılır?'],
    ['tr', 'genel bilgi amacli soruyorum: namus siddeti nedir?'],
  ] as const)('%s: "%s" is general', (lang, text) => {
    expect(signalsOf(lang, text).has('general')).toBe(true);
  });

  it.each(['şu an somut bir vaka değil, sadece merak ediyorum', 'acil bir durum değil, elimizde bir vaka yok'])('"%s" says it is not urgent', (text) => {
    expect(signalsOf('tr', text).has('notUrgent')).toBe(true);
  });

  it('a nurse at a hospital who names violence names no person at risk', () => {
    expect(signalsOf('tr', 'hastanemizde çalışıyorum, şiddet vakalarında kime başvurulur?').has('someone')).toBe(false);
    expect(signalsOf('tr', 'bir hastamız kocasının şiddetinden korkuyor').has('someone')).toBe(true);
  });

  it('a present danger said with "for general information" still gets the emergency reading', () => {
    expect(danger.isDanger(prepareUtterance('genel bilgi için yazıyorum ama kızım yarın zorla Pakistan’a götürülecek', 'tr'))).toBe(true);
  });
});

describe('staff titles in Turkish, Polish and Somali', () => {
  it.each<[string, string]>([
    ['Sosyal hizmet uzmanıyım, bir gençle ilgili sorum var', 'child-welfare'],
    ['NAV’da danışmanım, bir kadın yardım istiyor', 'nav'],
    ['Kreşte yardımcı öğretmenim, bir çocuk için endişeliyim', 'kindergarten'],
    ['Yetişkin eğitim merkezinde öğretmenim ve bir kursiyer için endişeliyim', 'adult-education'],
    ['Diş hekimiyim, bir hastamda şüpheli bir durum gördüm', 'health'],
    ['Belediyede mülteci koordinatörüyüm, bir aile hakkında soracağım', 'refugee-services'],
    ['Jestem dyrektorką przedszkola i martwię się o dziewczynkę', 'kindergarten'],
    ['Uczę norweskiego w ośrodku, jedna kursantka się boi', 'adult-education'],
    ['Waxaan ahay sarkaal booliis, gabadh ayaa iga codsatay caawimo', 'police'],
    ['Waxaan ka shaqeeyaa xanaanada, ilmo ayaan ka walwalsanahay', 'kindergarten'],
  ])('"%s" is read as %s', (text, role) => {
    expect(roles.read(text).role).toBe(role);
  });
});

describe('"kabul" is Turkish for acceptance: Kabul only in the other languages', () => {
  const names = createCountryNames();
  const codes = (text: string, lng: Lang) => names.find(text, lng).map((m) => m.code);

  it.each(['annem bu ilişkiyi asla kabul etmez', 'kabul merkezindeki bir aile', 'kabulü zor bir karar'])('tr: "%s" names no country', (text) => {
    expect(codes(text, 'tr')).toEqual([]);
  });

  it.each<[string, Lang]>([
    ['The family has relatives in Kabul', 'en'],
    ['Hun er i Kabul nå', 'nb'],
    ['Kabil’de akrabaları var', 'tr'],
  ])('"%s" (%s) names Afghanistan', (text, lng) => {
    expect(codes(text, lng)).toEqual(['AF']);
  });

  it('a tribe ("kabile") is not Kabil declined', () => {
    expect(codes('kabilemizin kuralları çok katı', 'tr')).toEqual([]);
  });
});

describe('Russian typed in Latin letters with no question word is read as Russian', () => {
  let detector: LanguageDetector;
  beforeAll(async () => {
    detector = await loadLanguageDetector();
  });

  it.each([
    'nomer telefona doveriya dlya podrostkov',
    'posolstvo v Pakistane, kontakty',
    'statistika sluchayev za 2020',
    'bylo mnogo del v proshlom godu',
  ])('"%s"', (text) => {
    expect(detector.detect(text)).toMatchObject({ lng: 'ru', reliable: true });
  });

  it.each([
    ['uk', 'skilky vypadkiv bulo v 2020 rotsi'],
    ['uk', 'de mozhna pohovoryty v shkoli?'],
    ['pl', 'ile spraw bylo w 2021 roku'],
  ] as const)('%s stays itself: "%s"', (lang, text) => {
    expect(detector.detect(text).lng).toBe(lang);
  });

  it('"i v 2016?" says Russian or Ukrainian, not which: the conversation decides', () => {
    const detected = detector.detect('i v 2016?');
    expect(['ru', 'uk']).toContain(detected.lng);
    expect(detected.reliable).toBe(false);
  });
});

describe('a Latin-letter message is read in Cyrillic in the language its conversation is held in', () => {
  const translit = loadTransliterator();

  it.each<[Parameters<typeof transliterationLanguage>[0], Lang | undefined, Lang | undefined]>([
    [{ lng: 'ru', reliable: true }, undefined, 'ru'],
    [{ lng: 'ru', reliable: false }, 'ru', 'ru'],
    [{ lng: 'ru', reliable: false }, 'uk', 'uk'],
    [{ lng: 'uk', reliable: false }, 'ru', 'ru'],
    [{ lng: 'ru', reliable: false }, undefined, undefined],
    [{ lng: 'ru', reliable: false }, 'tr', undefined],
    [{ lng: 'en', reliable: false }, 'ru', undefined],
    [{ lng: undefined, reliable: false }, 'ru', undefined],
  ])('%j in a conversation in %s → %s', (detected, conversation, read) => {
    expect(transliterationLanguage(detected, conversation)).toBe(read);
  });

  it('"a v 2016?" in a Russian conversation is "а в 2016?"', () => {
    expect(translit.toCyrillic('a v 2016?', transliterationLanguage({ lng: 'ru', reliable: false }, 'ru'))).toBe('а в 2016?');
  });

  it('"and their phone?" in a Russian conversation stays as typed', () => {
    expect(translit.toCyrillic('and their phone?', transliterationLanguage({ lng: 'en', reliable: false }, 'ru'))).toBe('and their phone?');
  });
});

describe('Turkish: being sent away as the price of what one does, the condition in the verb’s ending', () => {
  it.each([
    'Amcası, nişanlısından ayrılmazsa kızı Irak’a yollayacağını söylüyor',
    'okulu bırakmazsam beni memlekete geri göndereceklerini söylediler',
    'babasi onu Somali’ye gondermekle tehdit ediyor',
    'yoksa seni Pakistan’a göndeririz diyorlar',
  ])('"%s" is danger', (text) => {
    expect(danger.isDanger(prepareUtterance(text, 'tr'))).toBe(true);
  });

  it.each(['eğer bir öğrenci Irak’a gönderilirse okul ne yapar?', 'kurala uymazsa öğrenciyi eve gönderiyoruz', 'ödevini yaparsa onu yaz kursuna göndereceğiz'])(
    '"%s" is not',
    (text) => {
      expect(danger.isDanger(prepareUtterance(text, 'tr'))).toBe(false);
    },
  );
});
