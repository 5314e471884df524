import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { loadLanguageDetector, type LanguageDetector } from '../../src/language/detect-language';
import type { Lang } from '../../src/language/languages';
import { foldLookalikeLetters } from '../../src/language/text';
import { loadTransliterator } from '../../src/language/transliterate';
import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadScopeReader } from '../../src/understanding/scope-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';
import { toEnglishCues } from '../../src/stats/answers/stats-words';
import { normalize } from '../../src/language/text';
import { directory, noAdvisers, places } from '../contacts/contact-fixtures';

/**
 * Issue #13, session 22 (langs22): causes of failures in nynorsk, Ukrainian, Polish, Persian, Arabic, Turkish, Russian
 * and Tigrinya found with the session's own probes, each fixed as a class in the word files (content/understanding
 * scope, situation, follow-up, language; content/contacts advice, aliases, other-language words) or in how a message's
 * letters are read (Latin look-alikes in a Cyrillic word). The readers alone; the same classes through the bot are in
 * test/bot/follow-ups.test.ts and scope.test.ts. The sentences are this file's own.
 */
const situation = loadSituationReader();
const danger = createDangerReader(situation);
const scope = loadScopeReader();
const contacts = createContactRecognizer({ directory, places, advisers: noAdvisers() });
const signalsOf = (lang: Lang, text: string): ReadonlySet<string> => danger.signals?.(prepareUtterance(text, lang)) ?? new Set<string>();
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
