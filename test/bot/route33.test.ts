import type { Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { createI18n, fixedT } from '../../src/language/i18n';
import { conversationRunnerPerFile, expectDeclined } from '../helpers/conversation-runner';
import { loadRoleReader, type Role } from '../../src/understanding/role-reader';
import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { planSteps } from '../../src/contacts/plan-contacts';
import { directory, noAdvisers, places } from '../contacts/contact-fixtures';

/**
 * Issue #13 (route33): the asker's next step after a danger story, and contacts read right beside ages. Our own probe
 * sentences, not the evaluation's: a reception-centre worker's story with no question at all, told in every language
 * (most of them read as danger by the second opinion alone); front-line professionals (a nurse, a police officer, NAV,
 * a reception centre, a kindergarten, adult education) telling a case and asking what to do; and a child's case that
 * also says an adult's age.
 */
describe('route33: the next step under the emergency numbers, never "cannot answer"', () => {
  const runner = conversationRunnerPerFile();

  // "A 15-year-old says her uncle has arranged a 'party' for her in Kabul; she must leave next month; she is terrified."
  const stories: [Lang, string][] = [
    ['nb', 'Jobber på mottak. Ei jente på 15 sier onkelen har ordnet en "fest" for henne i Kabul og at hun må reise om en måned, hun er livredd.'],
    ['nn', 'Eg jobbar på mottak. Ei jente på 15 seier onkelen har ordna ein "fest" for henne i Kabul og at ho må reise om ein månad, ho er livredd.'],
    ['en', 'I work at a reception centre. A 15-year-old girl says her uncle has arranged a "party" for her in Kabul and she has to leave next month, she is terrified.'],
    ['ar', 'أعمل في مركز استقبال. بنت عمرها ١٥ سنة تقول إن عمها رتب لها "حفلة" في كابول وعليها أن تسافر الشهر القادم، وهي خائفة جدا.'],
    ['so', 'Waxaan ka shaqeeyaa xarunta magangelyada. Gabar 15 jir ah ayaa sheegtay in adeerkeed u diyaariyay "xaflad" Kabul oo ay bisha dambe safri doonto, aad ayay u baqaysaa.'],
    ['fa', 'تو کمپ کار میکنم. یه دختر ۱۵ ساله میگه عموش براش تو کابل یه "مهمونی" گرفته و باید ماه دیگه بره، خیلی میترسه.'],
    ['ur', 'میں پناہ گزین مرکز میں کام کرتی ہوں۔ ایک 15 سال کی لڑکی کہتی ہے کہ اس کے چچا نے کابل میں اس کے لیے "تقریب" رکھی ہے اور اسے اگلے مہینے جانا ہے، وہ بہت ڈری ہوئی ہے۔'],
    ['uk', 'Я працюю в центрі для біженців. Дівчина 15 років каже, що дядько влаштував для неї "свято" в Кабулі і вона мусить їхати наступного місяця, вона дуже налякана.'],
    ['ru', 'Я работаю в центре для беженцев. Девочка 15 лет говорит, что дядя устроил для неё "праздник" в Кабуле и через месяц она должна ехать, она очень напугана.'],
    ['tr', 'Kabul merkezinde çalışıyorum. 15 yaşında bir kız amcasının ona Kabil\'de bir "kutlama" ayarladığını ve gelecek ay gitmesi gerektiğini söylüyor, çok korkuyor.'],
    ['pl', 'Pracuję w ośrodku dla uchodźców. 15-letnia dziewczyna mówi, że wujek zorganizował dla niej "uroczystość" w Kabulu i musi jechać w przyszłym miesiącu, bardzo się boi.'],
    ['ti', 'ኣብ መቐበሊ ማእከል እሰርሕ። ሓንቲ ጓል 15 ዓመት ኣኮኣ ኣብ ካቡል "ጓይላ" ከምዘዳለወላን ኣብ ዝመጽእ ወርሒ ክትከይድ ከም ዘለዋን ትብል፣ ኣዝያ ፈሪሃ ኣላ።'],
  ];

  const i18n = createI18n();
  it.each(stories)('%s: a danger story with no question gets the numbers and the next step (Kompetanseteamet or child welfare)', async (lang, text) => {
    const view = await runner.turn(lang, text);
    expect(view.emergency).toBe(true);
    expect(view.cannotAnswer || view.didYouMean).toBe(false);
    // Under the numbers (one card with them), not the "I cannot answer that" text.
    const cannot = fixedT(i18n, lang)('guidance:cannot.title');
    expect(view.texts.some((t) => t.includes(cannot))).toBe(false);
    expect(containsFact(view.texts, ['Kompetanseteamet', '478 09 050', '47809050', 'barnevern', 'Barnevern'])).toBe(true);
  });

  // The calm twins: the same asker, a story of nothing in the domain, no question: still declined.
  const calm: [Lang, string][] = [
    ['en', 'I work at a reception centre. Today we had a fire drill and all residents were out in five minutes.'],
    ['pl', 'Pracuję w ośrodku dla uchodźców. Dzisiaj mieliśmy ćwiczenia przeciwpożarowe i wszyscy wyszli w pięć minut.'],
    ['ar', 'أعمل في مركز استقبال. اليوم كان عندنا تمرين على الحريق وخرج كل السكان في خمس دقائق.'],
  ];

  it.each(calm)('%s: a calm story with no question is still declined', async (lang, text) => {
    expectDeclined(await runner.turn(lang, text), lang);
  });
});

describe('route33: front-line professionals get their own role\'s next step, not the school\'s', () => {
  const runner = conversationRunnerPerFile();

  /** [language, message, a fact the answer must show (any spelling)] */
  const cases: [Lang, string, readonly string[]][] = [
    // A child's case told by a service that is not a school: child welfare (the duty to notify).
    ['nn', 'Eg jobbar på mottaket. Ein gut på 14 seier at faren på 45 slår han med belte. Kva gjer me?', ['barnevern']],
    ['nb', 'På mottaket: en gutt på 15 sier faren på 42 slår ham med belte. Hva gjør vi?', ['barnevern']],
    ['nb', 'Politibetjent: en gutt på 17 sier familien vil sende ham til Somalia fordi han er homofil. Hva gjør vi?', ['barnevern']],
    ['pl', 'Jestem pielęgniarką. 15-letnia dziewczyna ma siniaki i mówi, że ojciec ją bije. Co mam zrobić?', ['ochrony dzieci']],
    ['uk', "Я медсестра. Дівчина 15 років каже, що батько її б'є. Що мені робити?", ['захисту дітей']],
    ['uk', "Я працюю в центрі для біженців. Дівчина 14 років каже, що батько 45 років її б'є. Що нам робити?", ['захисту дітей']],
    ['en', "I'm a nurse at the ER. A 16-year-old girl came in with bruises and says her brother beat her because of her boyfriend. What should I do?", ['child welfare']],
    ['tr', 'Hemşireyim. 15 yaşında bir kız babasının onu dövdüğünü söylüyor. Ne yapmalıyım?', ['çocuk koruma']],
    ['so', 'Waxaan ahay kalkaaliye caafimaad. Gabar 15 jir ah ayaa sheegtay in aabaheed garaaco. Maxaan sameeyaa?', ['daryeelka carruurta']],
    // NAV with one of their own, a grown-up in danger: the article for a person over 18 (Kompetanseteamet takes adults).
    ['nb', 'Vi i NAV har en ung kvinne på 19 som sier broren følger etter henne overalt og har truet henne. Hva gjør vi videre?', ['Kompetanseteamet']],
    ['pl', 'Pracuję w NAV. Klientka w wieku 26 lat mówi, że mąż zabiera jej pieniądze i grozi jej. Co mogę zrobić?', ['Kompetenc']],
  ];

  it.each(cases)('%s: %s', async (lang, text, fact) => {
    const view = await runner.turn(lang, text);
    expect(view.emergency).toBe(true);
    expect(view.cannotAnswer || view.didYouMean).toBe(false);
    expect([fact, containsFact(view.texts, fact)]).toEqual([fact, true]);
    // Not the school staff's article on boys and queer pupils, nor the parents' article, nor ung.no.
    expect(view.texts.join(' ')).not.toMatch(/skeive elever|skeive elevar|queer pupils/iu);
  });
});

describe('route33: who is asking, read from a workplace opening or beside an aside', () => {
  const roles = loadRoleReader();
  const read: [string, Role | undefined][] = [
    ['På mottaket: ei jente på 13 seier at ho er lova bort. Kva gjer me?', 'reception-centre'],
    ['På mottaket: en gutt på 15 sier faren slår ham.', 'reception-centre'],
    ['At the reception centre: a girl of 15 says she will be married next month.', 'reception-centre'],
    ['تو کمپ (asylmottak) کار میکنم. یه دختر ۱۶ ساله میگه باید بره', 'reception-centre'],
    ['Я працюю в центрі для біженців. Дівчина 14 років каже, що батько її б\'є.', 'reception-centre'],
    // A workplace alone may ask about the service; "about child welfare" is no statement about the writer.
    ['Barnevernet: kan de hjelpe en jente på 15?', undefined],
    ['Om barnevernet: kan de hjelpe en jente på 15?', undefined],
  ];
  it.each(read)('%s → %s', (text, role) => {
    expect(roles.read(text).role).toBe(role);
  });
});

describe('route33: a child in the case keeps child welfare in the contact plan, beside an adult\'s age', () => {
  const recognizer = createContactRecognizer({ directory, places, advisers: noAdvisers() });

  it('a reception centre\'s plan for a child: child welfare right after Kompetanseteamet, and no school adviser', () => {
    const plan = planSteps({ minor: true, askerRole: 'reception-centre' }, directory).map((s) => s.serviceId);
    expect(plan.slice(0, 2)).toEqual(['kompetanseteamet', 'child-welfare']);
    expect(plan).not.toContain('diversity-advisers');
  });

  it('police, health, NAV and kindergarten overviews leave out the school\'s diversity adviser; a school keeps it', () => {
    for (const role of ['police', 'health', 'nav', 'kindergarten'] as const) expect(planSteps({ askerRole: role }, directory).map((s) => s.serviceId)).not.toContain('diversity-advisers');
    expect(planSteps({ askerRole: 'school' }, directory).map((s) => s.serviceId)).toContain('diversity-advisers');
  });

  const withAdultAge: [string, string][] = [
    ['nb', 'En jente på 14 sier faren hennes på 40 år truer henne. Hvem kan vi kontakte?'],
    ['en', 'A girl of 15 says her father, aged 40, threatens her. Who should we contact?'],
    ['en', 'A 15-year-old girl says her 40-year-old father threatens her. Who should we contact?'],
    ['nb', 'En 15 år gammel gutt, moren er 35 år, hun slår ham. Hvem ringer vi?'],
    ['fa', 'یه دختر ۱۶ ساله میگه پدرش که ۴۵ ساله است کتکش میزنه. با کی تماس بگیریم؟'],
    ['tr', '15 yaşında bir kız, 40 yaşındaki babasının onu tehdit ettiğini söylüyor. Kimi arayalım?'],
  ];
  it.each(withAdultAge)('%s: a child named with an adult\'s age is still a child: %s', (lang, text) => {
    expect(recognizer.saysMinor(text)).toBe(true);
    expect(recognizer.read(text, lang as Lang)?.query.minor).toBe(true);
  });

  it('a grown-up alone is no child: no child welfare', () => {
    expect(recognizer.saysMinor('En kvinne på 24 sier mannen truer henne')).toBe(false);
    expect(planSteps({ askerRole: 'nav' }, directory).map((s) => s.serviceId)).not.toContain('child-welfare');
  });
});
