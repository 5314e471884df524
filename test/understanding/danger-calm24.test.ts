import type { Lang } from '../../src/language/languages';
import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadRoleReader } from '../../src/understanding/role-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';

const reader = createDangerReader(loadSituationReader());
const roles = loadRoleReader();

/** Danger as the understanding step reads it: with the duty the asker's words ask about ("må jeg melde?"). */
function isDanger(text: string, lng: Lang): boolean {
  const duty = roles.read(text).duties.length > 0;
  return reader.isDanger(prepareUtterance(text, lng), duty);
}

/**
 * Calm questions that share danger's words (issue #13, session 24), in phrasings written for this test, each class
 * with a dangerous twin that keeps the emergency card.
 */
describe('calm24: a mother’s own cutting long past, told in a duty question', () => {
  it.each([
    ['nb', 'Jordmor her. Kvinnen som føder er omskåret type 2, det ble gjort i hjemlandet da hun var barn. Hun har en sønn og en datter på 4. Har jeg meldeplikt?'],
    ['nb', 'Helsestasjonen: en mor forteller at det ble gjort da hun var liten. Hun har ei jente på 1 år og sier de aldri vil gjøre det samme. Må vi melde?'],
    ['nn', 'Jordmor her. Kvinna som føder er omskoren type 3, det vart gjort i heimlandet då ho var barn. Ho har ei dotter på 2. Må eg melde noko?'],
    ['en', 'I am a midwife. The woman giving birth was cut in her home country as a child, type 3. She also has a daughter aged 5. Do I have to report anything?'],
  ] as const)('%s: calm (the duty arises only with a girl at risk): %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });

  it.each([
    ['nb', 'Jordmor her. Mor ble omskåret som barn, og nå vil bestemor at datteren på 3 skal omskjæres når de reiser hjem i sommer. Må jeg melde?'],
    ['en', 'I am a midwife. The mother was cut as a child, and the grandmother wants her 3-year-old daughter done when they fly to Sudan next month. Must I report it?'],
  ] as const)('%s: a daughter’s cutting planned on a trip stays danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

describe('calm24: a controlling parent told calmly by a kindergarten', () => {
  it.each([
    ['uk', 'Я вихователька в садочку. Хлопчик 4 років каже, що тато не дозволяє мамі працювати і забирає її телефон. Жодного насильства він не згадував. Чи треба повідомляти barnevernet?'],
    ['ru', 'Я воспитатель в детском саду. Мальчик 4 лет говорит, что папа не пускает маму на работу и отбирает у неё телефон. Насилия он не упоминал. Нужно ли сообщать в barnevernet?'],
    ['en', 'I work in a kindergarten. A boy of 4 says his dad does not let his mum take classes and takes her phone away. He hasn’t mentioned any violence. Do we have to notify child welfare?'],
  ] as const)('%s: control with no violence is calm: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });

  it.each([
    ['uk', 'Я вихователька в садочку. Дівчинка 5 років каже, що тато б’є маму і забрав у неї телефон. Чи треба повідомляти barnevernet?'],
    ['en', 'I work in a kindergarten. A girl of 5 says her dad hits her mum and took her phone. Do we have to notify child welfare?'],
  ] as const)('%s: a beating told beside it stays danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

describe('calm24: an adult under pressure to marry who says he is not in danger', () => {
  it.each([
    ['ti', 'ዕድመይ 24 እዩ። ስድራይ ጓል ክምርዖ ይደልዩ፡ ሓደጋ የብለይን ግን ጸቕጢ ኣሎ። ምስ መን ክዛረብ እኽእል?'],
    ['en', 'I am 24 and my parents keep pushing me to marry my cousin. I am not in danger, but the pressure is heavy. Who can I talk to?'],
  ] as const)('%s: calm: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });

  it.each([
    ['en', 'I am 24 and my parents want me to marry a man I have never met; they booked flights to Pakistan for next week. Who can I talk to?'],
    ['ti', 'ዕድመይ 24 እዩ። ስድራይ ጽባሕ ናብ ኤርትራ ወሲዶም ክምርዖ ይደልዩ። ሓግዙኒ!'],
  ] as const)('%s: a marriage planned with a date, or a plea, stays danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

describe('calm24: a marriage the person chose herself, and a young person who wants someone to talk to', () => {
  it.each([
    ['nn', 'Eg er lærar. Ei elev fortel at syster hennar gifta seg med ein ho sjølv valde. No lurer ho på om det finst nokon ho kan snakke med om kjærasten sin som foreldra ikkje veit om.'],
    ['nb', 'Jeg er lærer. En elev forteller at kusina giftet seg med en hun selv valgte. Nå spør hun om det finnes noen hun kan prate med om kjæresten sin som familien ikke vet om.'],
    ['en', 'I am a teacher. A pupil told me her sister married a man she chose herself. Now she asks if there is someone she can talk to about a boyfriend her family does not know about.'],
  ] as const)('%s: calm: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });

  it.each([
    ['nb', 'Jeg er lærer. En elev på 16 sier at familien skal gifte henne bort i Irak nå i sommer, selv om søstera giftet seg med en hun selv valgte.'],
    ['en', 'I am a teacher. A pupil of 15 says her family will marry her off in Iraq now, although her sister married a man she chose herself.'],
  ] as const)('%s: a marriage arranged for the pupil stays danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

// (session 24, hb24c, issue #13: the held-back sets 60 and 61)
describe('hb24c: a girl’s cutting that has already happened, told in a duty question with no plan', () => {
  /**
   * A cutting told with a time past ("last summer", "two summers ago", "before they came to Norway", "it has already
   * happened") is a duty question about a case that is over (content/understanding/situation, longAgo): the duty to
   * notify and to think of younger sisters, without the emergency numbers. A season to come, a trip or a sister's
   * cutting planned beside it keeps the danger. Own phrasings.
   */
  it.each([
    ['en', 'I work as a school nurse. A girl of 15 says she was cut in Somalia last summer. It has already happened. What do I have to do now?'],
    ['en', 'GP here. A 14-year-old patient was circumcised in Ethiopia before they came to Norway, and she is well now. Must I report it so long after?'],
    ['nb', 'Jeg er helsesykepleier. En jente på 14 forteller at hun ble omskåret i Sudan i fjor sommer. Det har allerede skjedd. Hva er min plikt nå?'],
    ['uk', 'Я шкільна медсестра. Дівчинку 14 років обрізали в Судані минулого літа, це вже сталося. Що мені робити?'],
    ['ru', 'Я медсестра. Девочке 15 лет сделали обрезание в Сомали прошлым летом, это уже произошло. Что я обязана сделать?'],
    ['pl', 'Jestem pielęgniarką. Dziewczynka w wieku 14 lat została obrzezana w Somalii zeszłego lata, to już się stało. Co muszę zrobić?'],
  ] as const)('%s: calm: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });

  it.each([
    ['en', 'I work as a school nurse. A girl of 15 was cut in Somalia last summer, and now the family will take her little sister there this summer. What do I do?'],
    ['nb', 'Jeg er helsesykepleier. Ei jente på 14 ble omskåret i Sudan i fjor sommer, og nå skal lillesøsteren reise dit i sommer for det samme. Hva gjør jeg?'],
    ['uk', 'Я шкільна медсестра. Дівчинку обрізали в Судані минулого літа, а цього літа туди повезуть її молодшу сестру. Що робити?'],
  ] as const)('%s: a sister’s trip or cutting to come keeps the danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

describe('hb24c: a newborn girl’s mother who was cut, with no trip told', () => {
  it.each([
    ['pl', 'Jestem położną. Matka noworodka, dziewczynki, sama jest obrzezana. Nic nie mówi o wyjazdach. Czy mam obowiązek coś zgłosić?'],
    ['ru', 'Я акушерка. Мать новорождённой девочки сама обрезана, ничего не говорит о поездках. Должна ли я куда-то сообщить?'],
  ] as const)('%s: calm: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });

  it.each([
    ['pl', 'Jestem położną. Matka noworodka sama jest obrzezana, a babcia chce zabrać dziewczynkę do Somalii tego lata. Czy mam obowiązek coś zgłosić?'],
  ] as const)('%s: a trip for the girl keeps the danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});
