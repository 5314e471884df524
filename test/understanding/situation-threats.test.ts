import { loadSituationReader } from '../../src/understanding/situation-cues';

/**
 * Described danger that names no plain danger word: a threat to a person, "the family will deal with it", being sent
 * abroad with no return or with the passport gone, sending a girl away for being "too Norwegian", a planned cutting on
 * a trip. Each must raise a danger rule; the general questions and statistics about the same topics must not.
 */
const reader = loadSituationReader();

const DESCRIBED: ReadonlyArray<readonly [lang: string, text: string]> = [
  ['nb', 'onkelen min har truet meg etter at han så meldingene'],
  ['nb', 'faren sa at familien skal ordne opp med henne'],
  ['nb', 'vi reiser til Somalia og jeg skal ikke tilbake hit'],
  ['nb', 'lillesøsteren skal renses når vi er hjemme i Gambia'],
  ['en', 'her cousins threatened her outside the shop'],
  ['en', 'my stepdad says he will take care of the problem'],
  ['en', 'they bought one way tickets to Somalia for me'],
  ['en', 'the girl will be cut on the trip to Egypt'],
  ['en', 'his father keeps him in the flat all day'],
  ['ar', 'اخوها هددها بعد ما شافها'],
  ['ar', 'راح تاخذ بنتها للصومال عشان الطهارة'],
  ['fa', 'pedaram goft mifrestatam Iran va dige barnemigardi'],
  ['fa', 'برادرم تهدید کرده که اگر برگردم'],
  ['ur', 'chacha ne dhamki di hai'],
  ['ur', 'woh beti ko khatna ke liye Somalia le kar jayenge'],
  ['ru', 'брат пригрозил ей из-за парня'],
  ['ru', 'отец хочет отправить её в Дагестан, она слишком норвежская'],
  ['uk', 'його брати погрожують моїй доньці'],
  ['tr', 'amcası bu iş aile içinde çözülecek dedi'],
  ['so', 'aabaheed wuxuu doonayaa inuu u diro Soomaaliya si loo gudo'],
  ['en', 'her parents will marry her to a cousin next summer against her will'],
  ['ru', 'дочь хотят выдать замуж этим летом против её воли'],
  ['en', 'the grandmother and aunts want her cut before school starts'],
  ['nb', 'søstera mi er i Somalia og får ikke reise hjem igjen'],
  ['en', "my brother is in Iraq and they won't let him come home"],
  ['nb', 'hvor mange saker har dere, og hva gjør jeg når en elev skal omskjæres i sommerferien?'],
];

const GENERAL: readonly string[] = [
  'How many cases of threats and violence did Kompetanseteamet have last year?',
  'Сколько дел об угрозах и насилии было в 2022 году?',
  'Скільки справ про погрози і насильство було у 2022 році?',
  "Kompetanseteamet'in 2022'de kaç tehdit ve şiddet vakası vardı?",
  'کمپیتنس تیم در سال ۲۰۲۲ چند قضیه تهدید و خشونت داشت؟',
  'Hva er tegnene på at noen blir truet hjemme?',
  'My daughter is 17 and relatives want her to marry, she does not want to. Who can I talk to?',
  'What does the law say about forced marriage in the summer holidays?',
];

describe('described threats and trips', () => {
  it.each(DESCRIBED)('[%s] %s → a danger rule', (_lang, text) => {
    expect(reader.read(text).danger.length).toBeGreaterThan(0);
  });
  it.each(GENERAL)('%s → no danger rule', (text) => {
    expect(reader.read(text).danger).toEqual([]);
  });
});
