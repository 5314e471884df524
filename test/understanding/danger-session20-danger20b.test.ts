import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';
import type { Lang } from '../../src/language/languages';

/**
 * Session 20 (danger20b): classes behind missed dangers of the held-back sets, in our own phrasings, each with calm
 * twins on the same topic: (1) a passport written as one word ("загранпаспорт") taken by a relative (ru, uk);
 * (2) a son to be sent to relatives abroad for a long time "to learn to be a man", said with "will send him" and a son
 * named (ru, uk); (3) a marriage arranged abroad with a man she has never seen (uk, ru, tr); (4) "on the whole all is
 * fine" as a story's filler no longer makes the message a general question (uk "загалом", ru "в целом"); (5) threats
 * that "there will be a price" or "you will pay dearly" for shaming the family (tr, ru, uk); (6) Somali "will kill"
 * in its other future form (dili doono), plain danger even beside a training question.
 */
const situation = loadSituationReader();
const danger = createDangerReader(situation);
const isDanger = (text: string, lng: Lang) => danger.isDanger(prepareUtterance(text, lng));

describe('danger: a passport written as one word, taken by a relative', () => {
  it.each([
    ['ru', 'дедушка отобрал у внучки загранпаспорт и не отдаёт'],
    ['ru', 'мама забрала загранпаспорт дочери и спрятала в шкафу'],
    ['uk', 'дядько забрав у племінниці загранпаспорт і тримає в себе'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['ru', 'где забрать загранпаспорт после продления в посольстве?'],
    ['ru', 'как оформить загранпаспорт ребёнку для поездки на каникулы?'],
    ['uk', 'де забрати загранпаспорт після продовження?'],
  ] as const)('calm: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('danger: a son to be sent to relatives abroad for a long time, and afraid', () => {
  it.each([
    ['ru', 'отец сказал, что после каникул отправит его к дяде в Дагестан учиться быть мужчиной, сын боится'],
    ['uk', 'колишній чоловік каже, що влітку відправить сина до рідні в Дагестан надовго, син плаче і боїться'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['ru', 'летом сын поедет к бабушке в деревню на две недели, он очень ждёт'],
    ['uk', 'син поїде до бабусі на літні канікули, він дуже радий'],
  ] as const)('calm: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('danger: taken abroad to marry a man she has never seen', () => {
  it.each([
    ['uk', 'сестра сказала, що після іспитів батько везе її до Іраку, де її чекає чоловік, якого вона ніколи не бачила'],
    ['ru', 'отец везёт её в Ирак, там её ждёт жених, которого она ни разу не видела'],
    ['tr', "annesi onu Pakistan'a götürecek, orada hiç tanımadığı bir adamla düğün var"],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['uk', 'вона вийшла заміж за чоловіка, якого обрала сама, весілля було в Осло'],
    ['ru', 'что такое договорной брак и чем он отличается от принудительного?'],
  ] as const)('calm: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('danger: "on the whole all is fine" in a story is no general question', () => {
  it.each([
    ['uk', 'Загалом усе добре в класі, але учениця 16 років сказала, що батько хоче видати її заміж і влітку везе до Пакистану'],
    ['ru', 'В целом всё нормально, но вчера ученица сказала, что через неделю её увезут в Чечню и выдадут замуж'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['uk', 'Питаю загалом: які ознаки примусового шлюбу?'],
    ['ru', 'Спрашиваю в целом: какие признаки принудительного брака?'],
    ['ru', 'В целом, какие службы помогают при угрозе принудительного брака?'],
  ] as const)('calm: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('danger: "there will be a price" for shaming the family', () => {
  it.each([
    ['tr', "ağabeyi ona 'ailemizin yüzünü kara çıkardın, bunun bedelini ödeyeceksin' diye mesaj attı"],
    ['tr', "babası kızına 'bunun bedeli olacak' dedi, kız eve gitmek istemiyor"],
    ['tr', "amcası onu her yerde izliyor ve 'başımızı yere eğdin, bedeli olacak' dedi"],
    ['ru', 'брат сказал ей, что она дорого заплатит за то, что опозорила семью'],
    ['uk', 'дядько пише племінниці: ти за це відповіси, ти зганьбила родину'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['tr', 'kursun bedelini kim ödeyecek, belediye mi?'],
    ['tr', 'tercümanın bedeli ne kadar olacak?'],
    ['ru', 'кто будет отвечать за это в школе, директор?'],
  ] as const)('calm: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('danger: Somali "will kill" (dili doono), even beside a training question', () => {
  it.each([
    ['so', 'walaalkeed ayaa u sheegay inuu dili doono haddii ay guursato ninka ay jeceshahay'],
    ['so', "Su'aal ku saabsan tababarka macallimiinta, iyo mid kale: ardayad ayaa shalay ii sheegtay in adeerkeed uu dili doono haddii ay la hadasho wiil"],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['so', 'Ma jiraa tababar ku saabsan dilka sharafta ee shaqaalaha?'],
    ['so', 'Waa maxay sharciga Norway ee ku saabsan guurka qasabka ah?'],
  ] as const)('calm: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});
