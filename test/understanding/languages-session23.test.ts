import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { createCountryNames } from '../../src/contacts/country-names';
import { loadLanguageDetector, type LanguageDetector } from '../../src/language/detect-language';
import type { Lang } from '../../src/language/languages';
import { loadTransliterator, transliterationLanguage } from '../../src/language/transliterate';
import { normalize } from '../../src/language/text';
import { toEnglishCues } from '../../src/stats/answers/stats-words';
import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadRoleReader } from '../../src/understanding/role-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';
import { directory, noAdvisers, places } from '../contacts/contact-fixtures';

/**
 * Issue #13, session 23 (langs23): Turkish asked with and without its letters (whom to consult, "just general
 * information", staff titles, "kabul" that is no Kabul), the Polish and Somali titles an audit found missing, and
 * Russian typed in Latin letters (short messages with no question word; a short follow-up read in the conversation's
 * Russian or Ukrainian), and a threat in Turkish to send someone away if she does not obey. The readers alone; the follow-up through the bot is in test/bot/follow-ups.test.ts. The
 * sentences are this file's own.
 */
const situation = loadSituationReader();
const danger = createDangerReader(situation);
const contacts = createContactRecognizer({ directory, places, advisers: noAdvisers() });
const roles = loadRoleReader();
const signalsOf = (lang: Lang, text: string): ReadonlySet<string> => danger.signals?.(prepareUtterance(text, lang)) ?? new Set<string>();
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
