import type { Lang } from '../../src/language/languages';
import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadRoleReader } from '../../src/understanding/role-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';

const reader = createDangerReader(loadSituationReader());
const roles = loadRoleReader();

function isDanger(text: string, lng: Lang): boolean {
  return reader.isDanger(prepareUtterance(text, lng), roles.read(text).duties.length > 0);
}

/** Dangers the held-back sets 63 and 64 missed (issue #13, session 25), as classes, in sentences written for this test. */
describe('hold25a: a husband, father or brother who hits, the object left out', () => {
  it.each([
    ['nb', 'Jeg er helsesykepleier. En mor sa at mannen hennes slår når middagen ikke er klar, og hun får ikke ha egne penger.'],
    ['nn', 'Eg er sjukepleiar. Ei kvinne fortalde at mannen slår når ho seier imot, og ho får ikkje gå ut åleine.'],
    ['en', 'I work at the health centre. A patient told me her husband hits when she talks back, and she is never allowed out alone.'],
  ] as const)('%s: danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['nb', 'Mannen slår gresset hver lørdag, hvor finner jeg brosjyrer om tvangsekteskap?'],
    ['en', 'Where can I find leaflets on forced marriage for the waiting room?'],
  ] as const)('%s: calm twin, no danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('hold25a: the veiled threat "you know what will happen" and "you are done for"', () => {
  it.each([
    ['nb', 'Onkelen skriver til henne: ser jeg deg med ham igjen, så vet du hva som skjer.'],
    ['nn', 'Onkelen skriv til ho: ser eg deg med han igjen, så veit du kva som skjer.'],
    ['en', 'Her cousin keeps texting: if you go to that party, you know what will happen.'],
    ['fa', 'برادرش برایش نوشته اگر دوباره با آن دوستت بیرون بروی می‌دانی چه می‌شود'],
    ['ru', 'дядя написал ей: если ещё раз увижу тебя с ним, тебе конец'],
    ['uk', 'брат написав їй: якщо побачу тебе з ним ще раз, тобі кінець'],
    ['pl', 'brat napisał do niej: jak jeszcze raz zobaczę cię z nim, będzie po tobie'],
    ['ar', 'أخوها كتب لها: إذا شفتك معه مرة ثانية بتعرفي شو رح يصير'],
    ['tr', 'ağabeyi ona yazdı: onunla bir daha görürsem ne olacağını biliyorsun'],
    ['ur', 'بھائی نے لکھا: اگر پھر اس کے ساتھ دیکھا تو تمہیں پتا ہے کیا ہوگا'],
  ] as const)('%s: danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['nb', 'Hva skjer når jeg ringer Kompetanseteamet?'],
    ['en', 'What will happen if I call the expert team?'],
    ['ru', 'Что будет, если я позвоню в Kompetanseteamet?'],
    ['uk', 'Що буде, якщо я подзвоню в Kompetanseteamet?'],
  ] as const)('%s: calm twin, no danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('hold25a: a girl to be "prepared like the other girls" abroad (a cutting euphemism)', () => {
  it.each([
    ['so', 'Ayeeyadeed oo Muqdisho joogta ayaa rabta in gabadhayda 9 jirka ah loo diyaariyo sida gabdhaha kale ee reerka, xagaagan.'],
    ['en', 'Her grandmother in Somalia wants my 10-year-old sent there this summer to be prepared like the other girls in the family.'],
    ['nb', 'Bestemoren i Sudan vil at jenta på 8 skal sendes dit i sommer og bli forberedt som de andre jentene i familien.'],
  ] as const)('%s: danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['so', 'Gabadhayda waxaan rabaa in loo diyaariyo imtixaanka sida gabdhaha kale ee fasalka.'],
    ['en', 'The coach wants her prepared like the other girls for the football match.'],
  ] as const)('%s: calm twin, no danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('hold25a: an embassy or envoy telling of a person with them abroad now', () => {
  it.each([
    ['nb', 'Ambassaden i Islamabad her. En norsk gutt på 16 er nå hos oss og skal fly hjem i morgen. Hvem tar imot ham?'],
    ['nn', 'Ambassaden i Nairobi. Ei norsk jente på 16 er no hos oss og skal heim. Kven skal vi kontakte?'],
    ['en', 'Special envoy in Ankara here. A Norwegian girl of 16 is with us now and flies to Oslo on Friday. Whom should we alert?'],
  ] as const)('%s: danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['nb', 'Hvor mange saker hadde spesialutsendingen i Amman i fjor?'],
    ['nb', 'Kan ambassaden i Pakistan hjelpe en student på 19 med nytt pass når hun er på ferie der?'],
    ['en', 'Which embassy covers Somalia, and who is the envoy there?'],
  ] as const)('%s: calm twin, no danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});
