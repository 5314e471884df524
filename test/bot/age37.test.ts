import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { directory, noAdvisers, places } from '../contacts/contact-fixtures';

/**
 * A writer's own age of 18 or more makes them a grown-up, not a young writer (issue #13, age37): "I'm 24 and my
 * parents…", "jeg er 19 år", "mam 22 lata", "мне 25" get the lines adults call themselves (the Red Cross line,
 * VO-linjen, Kompetanseteamet, which takes people over 18 directly), not the children's lines first. Our own probes, as
 * people type them; twins: a 16- or 17-year-old stays young, a teacher's pupil of 19 or "my 19-year-old daughter" is
 * not the writer's own age.
 */
const ownAdult: ReadonlyArray<[Lang, string]> = [
  ['nb', 'jeg er 19 år og foreldrene mine bestemmer alt'],
  ['nb', 'jeg er 23 og familien min vil ikke at jeg flytter ut'],
  ['nb', 'jeg har fylt 18 nå men pappa styrer fortsatt telefonen min'],
  ['nn', 'eg er 20 år og foreldra mine les meldingane mine'],
  ['nn', 'eg er nitten og får ikkje gå ut om kvelden'],
  ['en', "I'm 24 and my parents decide who I can see"],
  ['en', 'im 19 and my dad checks my phone every day'],
  ['en', 'i am twenty two and my brothers follow me everywhere'],
  ['ar', 'عمري ٢٣ سنة وأهلي يمنعوني من الخروج'],
  ['ar', 'انا عمري 20 واخي يراقب هاتفي'],
  ['so', 'waxaan ahay 21 jir, qoyskaygu ma i ogolaadaan inaan dibadda u baxo'],
  ['fa', '۲۲ سالمه و خانواده‌ام نمیذارن با دوستام برم بیرون'],
  ['fa', 'من 19 سالمه و بابام گوشیمو چک میکنه'],
  ['ur', 'میری عمر 22 سال ہے اور میرے گھر والے مجھے باہر نہیں جانے دیتے'],
  ['ur', 'main 20 saal ki hoon aur mere bhai mera phone check karte hain'],
  ['uk', 'мені 21, батьки перевіряють мій телефон'],
  ['ru', 'мне 25, родители не дают мне встречаться с друзьями'],
  ['ru', 'мне уже 19 лет, а отец решает за меня всё'],
  ['tr', '22 yaşındayım ve ailem arkadaşlarımla görüşmeme izin vermiyor'],
  ['tr', 'ben 19 yasindayim, abim telefonumu kontrol ediyor'],
  ['pl', 'mam 22 lata i rodzice kontrolują mój telefon'],
  ['pl', 'mam juz 19 lat a tata nie pozwala mi wychodzic'],
  ['ti', '22 ዓመተይ እየ ስድራይ ምስ ኣዕሩኽተይ ክወጽእ ኣይፈቕዱለይን'],
  ['ti', 'ዕድመይ 20 እዩ'],
];

/** Young writers, someone else's age, and numbers that are no age: not the writer's own grown-up age. */
const notOwnAdult: ReadonlyArray<[Lang, string]> = [
  ['nb', 'jeg er 17 år og foreldrene mine bestemmer alt'],
  ['nb', 'jeg er 16 og pappa tar telefonen min'],
  ['nb', 'eleven min er 19 år og foreldrene bestemmer alt'],
  ['nb', 'datteren min på 19 får ikke gå ut'],
  ['nn', 'eg er 17 og foreldra mine les meldingane mine'],
  ['en', "I'm 17 and my parents decide who I can see"],
  ['en', 'my 19-year-old daughter is not allowed out'],
  ['en', 'she is 24 and her husband takes her money'],
  ['en', 'I teach a class of 25 pupils'],
  ['ar', 'عمري ١٦ سنة وأهلي يمنعوني من الخروج'],
  ['fa', '۱۷ سالمه و خانواده‌ام نمیذارن برم بیرون'],
  ['ru', 'мне 16, родители не дают мне встречаться с друзьями'],
  ['ru', 'ей 25, муж забирает её деньги'],
  ['uk', 'мені 17, батьки перевіряють мій телефон'],
  ['tr', '17 yaşındayım ve ailem izin vermiyor'],
  ['pl', 'mam 22 uczniów w klasie'],
  ['pl', 'mam 17 lat i rodzice kontrolują mój telefon'],
  ['so', 'waxaan ahay 16 jir'],
  ['ur', 'meri beti 22 saal ki hai'],
  ['ti', '16 ዓመተይ እየ'],
];

describe('the writer’s own age of 18 or more (age37)', () => {
  const contacts = createContactRecognizer({ directory, places, advisers: noAdvisers() });
  it.each(ownAdult)('%s: "%s" says the writer is a grown-up', (_lang, text) => {
    expect(contacts.saysOwnAdultAge(text)).toBe(true);
  });
  it.each(notOwnAdult)('%s: "%s" says no grown-up age of the writer', (_lang, text) => {
    expect(contacts.saysOwnAdultAge(text)).toBe(false);
  });
});

/** A grown-up asking whom to talk to about their own family: the lines adults call, with the young twin's children's line. */
const conversations: ReadonlyArray<[Lang, string, string]> = [
  ['nb', 'jeg er 19 år og foreldrene mine bestemmer alt, får ikke ha venner. hvem kan jeg snakke med?', 'jeg er 16 år og foreldrene mine bestemmer alt, får ikke ha venner. hvem kan jeg snakke med?'],
  ['pl', 'mam 22 lata i rodzice kontrolują mój telefon i nie pozwalają mi wychodzić. do kogo mogę się zwrócić?', 'mam 16 lat i rodzice kontrolują mój telefon i nie pozwalają mi wychodzić. do kogo mogę się zwrócić?'],
  ['ru', 'мне 25, родители проверяют мой телефон и не дают встречаться с друзьями. куда обратиться?', 'мне 15, родители проверяют мой телефон и не дают встречаться с друзьями. куда обратиться?'],
];

describe('a grown-up writer gets the lines adults call themselves, a young twin the children’s line (age37)', () => {
  const runner = conversationRunnerPerFile();
  it.each(conversations)('%s: "%s"', async (lang, adult, young) => {
    const grown = await runner.turn(lang, adult);
    expect(grown.didYouMean || grown.cannotAnswer).toBe(false);
    expect(containsFact(grown.texts, ['815 55 201'])).toBe(true);
    expect(containsFact(grown.texts, ['116 006'])).toBe(true);
    expect(containsFact(grown.texts, ['116 111'])).toBe(false);
    const child = await runner.turn(lang, young);
    expect(containsFact(child.texts, ['116 111'])).toBe(true);
  });
  it.each([
    ['en', "i'm 21, my brothers said i'm finished if i keep seeing my girlfriend and they took my phone and keys"],
    ['nb', 'jeg er 22 og bor hjemme, onkelen min sa jeg er død for familien hvis faren min får vite om kjæresten min, nå har de tatt nøklene mine'],
  ] as const)('%s: a grown-up’s own story of threats keeps the 112 block, with the adult lines (Kompetanseteamet), not the children’s', async (lang, text) => {
    const view = await runner.turn(lang, text);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['478 09 050'])).toBe(true);
    expect(view.texts.some((t) => /Alarmtelefonen/u.test(t) && /^\s*1\./u.test(t))).toBe(false);
  });
  it('a grown-up asking whether they may call themselves, or must the school or child welfare: Kompetanseteamet takes over-18s', async () => {
    const view = await runner.turn('en', ['what is the number of Kompetanseteamet?', "i'm 20. can i call them myself or does my school or barnevernet have to do it?"]);
    expect(containsFact(view.texts, ['478 09 050'])).toBe(true);
    expect(containsFact(view.texts, ['18'])).toBe(true);
  });
  it('a grown-up who asks for the children’s line by name still gets its number', async () => {
    const view = await runner.turn('nb', 'jeg er 19 og lurer på hva nummeret til alarmtelefonen er');
    expect(containsFact(view.texts, ['116 111'])).toBe(true);
  });
  it('danger told by a grown-up: the emergency card, and the adult lines to contact, not the children’s first', async () => {
    const view = await runner.turn('en', "I'm 24 and my parents want me to marry my cousin next month, I said no and they threatened me. who can I talk to?");
    expect(view.emergency).toBe(true);
    const contact = view.texts.findIndex((t) => /Who to contact/u.test(t));
    expect(contact).toBeGreaterThanOrEqual(0);
    expect(view.texts[contact + 1]).not.toMatch(/Alarmtelefonen/u);
  });
});
