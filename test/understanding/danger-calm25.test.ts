import { loadSituationReader } from '../../src/understanding/situation-cues';
import { alarmed, dutyOf, isDanger } from '../helpers/danger-alarm';

/**
 * Calm messages that share danger's words (issue #13, session 25), in phrasings written for this test, each class with
 * a dangerous twin that keeps the emergency card.
 */
describe('calm25: a birth told with its time, and a mother who is cut (a state, long past)', () => {
  it.each([
    ['nb', 'Jeg er jordmor. Pasienten fødte i går og er kjønnslemlestet. Hun har ei datter på 5 hjemme. Hva er min plikt?'],
    ['nn', 'Eg er jordmor. Pasienten fødde i går og er kjønnslemlesta. Ho har ei dotter på 5 heime. Kva plikt har eg?'],
    ['en', 'I am a midwife. My patient gave birth yesterday and was cut as a child. She has a daughter of 5 at home. What is my duty?'],
  ] as const)('%s: no alarm: %s', (lng, text) => {
    expect(alarmed(text, lng)).toBe(false);
  });

  it.each([
    ['nb', 'Jeg er jordmor. Pasienten fødte i går og er kjønnslemlestet, og svigermor sier babyen skal omskjæres når de reiser til Somalia i sommer.'],
    ['en', 'I am a midwife. My patient gave birth yesterday and was cut as a child; her mother-in-law says the baby will be cut when they fly to Sudan next week.'],
    ['nb', 'Jenta er omskåret og blør mye nå.'],
  ] as const)('%s: a cutting to come, or a girl bleeding now, stays danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['nb', 'Kvinnen fødte i natt.'],
    ['en', 'She gave birth last night.'],
    ['ar', 'ولدت أمس.'],
    ['so', 'Xalay ayay dhashay.'],
    ['fa', 'دیروز زایمان کرد.'],
    ['ur', 'کل رات ڈلیوری ہوئی۔'],
    ['tr', 'Dün gece doğum yaptı.'],
    ['pl', 'Urodziła w nocy.'],
    ['ru', 'Она родила вчера.'],
    ['uk', 'Вона народила вчора.'],
  ] as const)('%s: the time of a birth is no time at hand: %s', (_lng, text) => {
    expect(loadSituationReader().read(text).concepts.has('soon')).toBe(false);
  });
});

describe('calm25: a girl cut on a holiday long ago, told in a duty question', () => {
  it.each([
    ['nb', 'Helsesykepleier her. En elev på 13 sier hun ble kjønnslemlestet på ferie for to år siden. Har jeg plikt til å melde?'],
    ['nn', 'Helsesjukepleiar her. Ei elev på 13 seier ho vart kjønnslemlesta på ferie for to år sidan. Har eg plikt til å melde?'],
    ['en', 'School nurse here. A pupil of 13 says she was cut on holiday two years ago. Must I report it?'],
    ['ru', 'Я школьная медсестра. Ученица 13 лет рассказала, что её обрезали на каникулах два года назад. Должна ли я сообщить?'],
    ['uk', 'Я шкільна медсестра. Учениця 13 років розповіла, що її обрізали на канікулах два роки тому. Чи маю я повідомити?'],
  ] as const)('%s: no alarm: %s', (lng, text) => {
    expect(alarmed(text, lng)).toBe(false);
  });

  it.each([
    ['nb', 'Helsesykepleier her. En elev på 13 ble kjønnslemlestet på ferie i fjor, og lillesøsteren skal til Gambia neste uke. Må jeg melde?'],
    ['en', 'School nurse here. A pupil of 13 was cut on holiday last year, and her little sister flies to Gambia next week. Must I report it?'],
  ] as const)('%s: a sister’s trip soon stays danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

describe('calm25: a parent under family pressure who will not force or hurt the child', () => {
  it.each([
    ['nb', 'Jeg er far til ei jente på 16. Slekta sier vi har mistet ære fordi hun har en kjæreste. Jeg vil ikke tvinge henne til noe, men presset er tungt. Hvor kan jeg få råd?'],
    ['nn', 'Eg er far til ei jente på 16. Slekta seier vi har mista æra fordi ho har ein kjærast. Eg vil ikkje tvinge ho, men presset er tungt. Kvar kan eg få råd?'],
    ['en', 'I am the father of a girl of 16. My relatives say our honour is gone because she has a boyfriend. I do not want to force her into anything, but the pressure is heavy. Where can I get advice?'],
    ['pl', 'Jestem ojcem 16-letniej córki. Rodzina mówi, że straciliśmy honor, bo ona ma chłopaka. Nie chcę jej zmuszać, ale presja jest ogromna. Gdzie mogę dostać radę?'],
    ['ru', 'Я отец девочки 16 лет. Родственники говорят, что мы потеряли честь, потому что у неё есть парень. Я не хочу её заставлять, но давление очень сильное. Где мне получить совет?'],
    ['uk', 'Я батько дівчинки 16 років. Родичі кажуть, що ми втратили честь, бо в неї є хлопець. Я не хочу її змушувати, але тиск дуже сильний. Де я можу отримати пораду?'],
    ['tr', 'Ben 16 yaşında bir kızın babasıyım. Akrabalar erkek arkadaşı olduğu için namusumuzun gittiğini söylüyor. Onu zorlamak istemiyorum ama baskı çok ağır. Nereden tavsiye alabilirim?'],
  ] as const)('%s: no alarm: %s', (lng, text) => {
    expect(alarmed(text, lng)).toBe(false);
  });

  it.each([
    ['nb', 'Jeg er far til ei jente på 16. Jeg vil ikke tvinge henne, men broren min har truet med å drepe henne hvis hun ikke gifter seg.'],
    ['en', 'I am the father of a girl of 16. I do not want to force her, but my brother has threatened to kill her if she does not marry.'],
  ] as const)('%s: a threat beside it stays danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

describe('calm25: a young writer under control who says nobody hits him', () => {
  it.each([
    ['so', 'Waxaan ahay gabadh 16 jir ah. Hooyaday waxay akhridaa fariimahayga, mana ogola inaan saaxiibaday la kulmo. Qofna ima garaaco, laakiin waan daalay. Yaan la hadli karaa?'],
  ] as const)('%s: no emergency card: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });

  it.each([
    ['so', 'Waxaan ahay gabadh 16 jir ah. Aabbahay wuu i garaacaa habeen kasta. Yaan la hadli karaa?'],
  ] as const)('%s: a beating stays danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

describe('calm25: where to report a suspected cutting, asked by staff', () => {
  it.each([
    ['nb', 'Jeg er helsesykepleier. Hvor melder jeg hvis jeg mistenker at ei jente skal kjønnslemlestes?'],
    ['en', 'I am a health visitor. Where do I report it if I suspect a girl will be cut?'],
    ['ru', 'Я медсестра. Куда сообщать, если я подозреваю, что девочку хотят обрезать?'],
    ['uk', 'Я медсестра. Куди повідомляти, якщо я підозрюю, що дівчинку хочуть обрізати?'],
    ['pl', 'Jestem pielęgniarką. Gdzie zgłosić, jeśli podejrzewam, że dziewczynka ma zostać obrzezana?'],
  ] as const)('%s: the duty, no emergency card: %s', (lng, text) => {
    expect(dutyOf(text)).toBe(true);
    expect(isDanger(text, lng)).toBe(false);
  });

  it.each([
    ['nb', 'Jeg er helsesykepleier. Hvor melder jeg? Ei jente på 6 skal kjønnslemlestes i Somalia neste uke.'],
    ['ru', 'Я медсестра. Куда сообщать? Девочку 6 лет повезут в Сомали на следующей неделе, чтобы обрезать.'],
  ] as const)('%s: a cutting planned for a time stays danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});
