import { loadSituationReader } from '../../src/understanding/situation-cues';

/**
 * A concrete case (a particular person, a named harm or a wedding or cutting planned for a child) is a "concern": the
 * answer gets "is someone in danger now? call 112" on top. A general question about the same topic is not. One
 * sentence per language, written for this test (content/understanding/situation/<lang>.json holds the words).
 */
const reader = loadSituationReader();

const CASES: ReadonlyArray<readonly [string, string]> = [
  ['nb', 'Jeg er kontaktlærer. Ei jente på 14 år sier at hun skal forloves med en fetter når familien drar til Irak i juli.'],
  ['nn', 'Eg er lærar. Ei jente på 13 år skal omskjerast når familien reiser til Somalia i sommar.'],
  ['en', 'A 15-year-old pupil told me her parents will marry her off to a cousin this summer.'],
  ['ar', 'أنا معلمة. طالبة عمرها 15 سنة قالت إن أهلها يريدون تزويجها من ابن عمها في العراق.'],
  // Standard Arabic's future prefix (سـ) on the verb: 'they will marry her off in the summer'.
  ['ar', 'أنا أعمل في مدرسة. طالبة قالت إن أهلها سيزوجونها في الصيف. ماذا أفعل؟'],
  ['so', 'Waxaan ahay kalkaaliso. Gabar 12 jir ah ayaa hooyadeed rabtaa in la gudo xagaagan.'],
  ['fa', 'من معلم هستم. دختر ۱۴ ساله ای گفت خانواده اش می خواهند او را به زور شوهر بدهند.'],
  ['ur', 'میں ٹیچر ہوں۔ ایک 15 سال کی لڑکی کی زبردستی شادی پاکستان میں کی جا رہی ہے۔'],
  ['uk', 'Я вчителька. Дівчині 15 років батьки хочуть видати заміж у Чечні.'],
  ['ru', 'Я работаю в школе. Девочке 14 лет, родители хотят выдать её замуж летом.'],
  ['tr', 'Öğretmenim. 15 yaşındaki bir öğrencim ailesinin onu zorla evlendireceğini söyledi.'],
  ['pl', 'Jestem nauczycielką. 15-letnia uczennica mówi, że rodzice chcą ją wydać za mąż.'],
  ['ti', 'መምህር እየ። ሓንቲ 14 ዓመት ጓል ብግዲ መርዓ ክትምርዖ እያ ኢላ።'],
];

const GENERAL = [
  'Hva er tegn på tvangsekteskap?',
  'How many forced marriage cases did Kompetanseteamet have in 2022?',
  'What does the law say about FGM?',
  'Hvor mange jenter ble utsatt for kjønnslemlestelse i 2023?',
  'What was the 2008 action plan on forced marriage called?',
];

describe('situation reader: a concrete case about a person at risk', () => {
  it.each(CASES)('%s: a case about a particular person is a concern (or danger)', (_lng, text) => {
    const read = reader.read(text);
    expect(read.concern.length + read.danger.length).toBeGreaterThan(0);
  });

  it.each(GENERAL.map((t) => [t] as const))('a general question is neither: %s', (text) => {
    const read = reader.read(text);
    expect(read.concern).toEqual([]);
    expect(read.danger).toEqual([]);
  });

  it('a pronoun of one language is not a person in another ("on" is Polish "he", English "on")', () => {
    expect(reader.read('What was the 2008 action plan on forced marriage called?').concepts.has('someone')).toBe(false);
  });
});
