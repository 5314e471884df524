import type { Lang } from '../../src/language/languages';
import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadRoleReader } from '../../src/understanding/role-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';

/**
 * Session 29, short wave (issue #13): danger classes the rules did not read on the held-back sets, written here in our
 * own words, each with calm twins that share its words: (1) "to be finished there", a family's word for a girl's
 * cutting on a journey; (2) a person with an age written "19yo" kept abroad by relatives; (3) a plea from abroad to be
 * fetched home ("kom og hent meg"); (4) a veiled death threat ("she won't see next year"); (5) a boy to be sent to the
 * village to be "made a man" (Turkish "adam etmek"); (6) a gay person told that he does not belong or had better watch
 * his back.
 */
const situation = loadSituationReader();
const reader = createDangerReader(situation);
const roles = loadRoleReader();

function isDanger(text: string, lng: Lang): boolean {
  const duty = roles.read(text).duties.length > 0;
  return reader.isDanger(prepareUtterance(text, lng), duty);
}

describe('hb29a: a girl "finished there" on a journey', () => {
  it.each([
    ['nb', 'Helsesøster her. Farmor skal ta minstejenta med til Gambia etter skoleslutt så hun kan bli gjort ferdig der. Hva gjør jeg?'],
    ['nn', 'Mormora vil ta yngstejenta med til Egypt i haust for at ho skal bli gjort ferdig der. Kven kan eg ringje?'],
    ['en', 'The aunt wants to take the 6-year-old girl to Egypt this summer so she can get finished there.'],
  ] as const)('%s: danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['nb', 'Huset vårt i Spania skal gjøres ferdig der i sommer. Hvilken ambassade dekker Spania?'],
    ['nb', 'Bestemor reiser til Pakistan i sommer, og huset skal gjøres ferdig der.'],
    ['en', 'My daughter travels to Spain this summer to get finished there with her thesis.'],
    ['en', 'In training we learned that families may say a girl will be finished there on a trip. What are the signs?'],
  ] as const)('%s: calm: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('hb29a: an adult written "19yo" kept abroad', () => {
  it('en: a 20yo kept there by her uncles is danger', () => {
    expect(isDanger('Teacher here: a 20yo student told me her uncles are keeping her there in Iraq. Who do I call?', 'en')).toBe(true);
  });

  it('en: a 19yo on holiday is calm', () => {
    expect(isDanger('My 19yo cousin is on holiday in Turkey, which embassy covers Turkey?', 'en')).toBe(false);
  });
});

describe('hb29a: a plea from abroad to be fetched home', () => {
  it.each([
    ['nb', 'Eleven har vært borte siden vinterferien, familien tok henne med til Irak. I natt fikk broren hennes en melding: kom og hent meg. Hva gjør vi?'],
    ['nn', 'Eleven har vore borte sidan jul, familien tok ho med til Somalia. I går skreiv ho til ei venninne: få meg heim. Kva gjer vi?'],
    ['en', 'My pupil was taken to Somalia in June; she messaged a friend from her aunt’s phone: please get me home.'],
  ] as const)('%s: danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['nb', 'Vi er på ferie i Spania og mobilen er borte, hvem kan få meg hjem?'],
    ['en', 'We are on holiday in Spain, can you get me home on a cheaper flight?'],
  ] as const)('%s: calm: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('hb29a: a veiled death threat, "won’t see next year"', () => {
  it.each([
    ['en', 'One pupil’s brother told her she won’t see next year if she keeps the boyfriend.'],
    ['nb', 'Faren sa at hun ikke kommer til å se neste år hvis hun ikke slutter å treffe kjæresten.'],
    ['nn', 'Broren sa at ho ikkje kjem til å sjå neste år om ho held fram med å gå ut.'],
  ] as const)('%s: danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['en', 'The exam results won’t see next year’s changes.'],
    ['en', 'I won’t see next year’s budget before March.'],
  ] as const)('%s: calm: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('hb29a: a boy sent to the village to be "made a man"', () => {
  it('tr: danger', () => {
    expect(isDanger('Oğlum gey olduğunu açıkladı, babası onu memlekete gönderip yola getireceğini söylüyor.', 'tr')).toBe(true);
  });

  it('tr: a summer in the village with grandfather is calm', () => {
    expect(isDanger('Oğlum yazın köye gidecek, dedesi ona tarla işlerini öğretecek.', 'tr')).toBe(false);
  });
});

describe('hb29a: a gay person told he does not belong or had better watch out', () => {
  it.each([
    ['nb', 'En homofil beboer fikk høre av de andre at han ikke hører hjemme her. Hvem ringer vi?'],
    ['nn', 'Ein homofil bebuar fekk høyre at han ikkje høyrer heime her. Kven ringjer vi?'],
    ['en', 'A gay boy in our unit was told last night to watch his back; today someone scratched his door.'],
    ['fa', 'یک ساکن همجنس‌گرا داریم، دیروز بهش گفتن حواستو جمع کن. به کی زنگ بزنیم؟'],
    ['tr', 'Kampta eşcinsel bir genç kalıyor, diğerleri ona burada yerin yok, arkanı kolla demiş. Kimi arayalım?'],
    ['ar', 'ساكن شاب مثلي في المركز قالوا له: لا مكان لك هنا، ديرك بالك. مين نتصل؟'],
  ] as const)('%s: danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['nb', 'En homofil elev spurte om foreningen for skeive. Jeg sa: pass deg for glatta ute!'],
    ['en', 'How do we make gay students feel they belong here? Watch yourself for signs of bullying.'],
  ] as const)('%s: calm: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});
