import type { Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { alarmed, isDanger } from '../helpers/danger-alarm';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * dev128 (issue #13, the development blind set general-blind-128): classes its first run missed, with our own probes
 * (none of them a set's sentence), each with calm twins:
 *  1. a silent plea: a person who signals "help" by a sign or gesture, or writes it on a note, where she cannot say it
 *     aloud (situation concept `plea`, rule whispered-plea): danger now, whoever tells it. A training on the hand
 *     signal, a general question or a case long over stays calm;
 *  2. a companion who never leaves her side (`guarded`): a case to advise on (the "112 if acute" line); with a written
 *     plea beside it, danger;
 *  3. "she won't be here any more" after a holiday (new concept `goneFromHere`), with a country abroad and tears, a
 *     secret or a sending: a removal told by a classmate. A family moving to another Norwegian town stays calm;
 *  4. "on which platforms?" after a campaign's figure: the figure again, whose note names the platforms (follow-up
 *     words `channels`), not "did you mean";
 *  5. the envoy's city also in Latin letters in Ukrainian and Russian, where the sentence declines it ("в Анкарі").
 */
type Probe = readonly [Lang, string];

const silentPleas: readonly Probe[] = [
  ["nb", "Jenta i nabohuset gjorde tegn til hjelp fra vinduet mens faren ropte inne"],
  ["nn", "Eleven skreiv hjelp på ein lapp til meg då mora gjekk ut av rommet"],
  ["en", "A woman in the waiting room wrote help me on a piece of paper while her husband was at the desk"],
  ["ar", "بنت الجيران أشارت لي من الشباك ساعدوني وأبوها يصرخ"],
  ["fa", "دختر همسایه از پنجره با اشاره از من کمک خواست، پدرش داد می زند"],
  ["ur", "مریضہ نے پرچی پر لکھا میری مدد کریں، اس کا شوہر باہر کھڑا ہے"],
  ["ru", "Пациентка написала на бумажке «помогите», пока муж вышел из кабинета"],
  ["tr", "Kadın hastam kocası dışarı çıkınca kağıda 'yardım edin' yazdı"],
  ["pl", "Uczennica podała mi karteczkę, na kartce było napisane: pomocy"],
  ["ti", "ጓል ጎረቤትና ብምልክት ሓገዝ ሓቲታትኒ፣ ኣቦኣ ይጭድር ኣሎ"],
];
const silentPleaMore: readonly Probe[] = [
  ["so", "Gabadha deriska ayaa calaamad ii samaysay oo ah i caawi, aabaheed ayaa qaylinaya"],
  ["uk", "Дівчина в черзі показала знак рукою «допоможіть», поки чоловік дивився в телефон"],
];
const silentPleaCalm: readonly Probe[] = [
  ["en", "In the training we learned the hand signal for help that a person can show on a video call"],
  ["nb", "Hva betyr håndtegnet for hjelp som man lærer bort på kurs?"],
  ["pl", "Czy jest jakiś znak ręką, którym dziewczyna może poprosić o pomoc? Pytam ogólnie"],
  ["uk", "Минулого року учениця написала на папірці «допоможіть», тепер вона в безпеці і живе окремо"],
  ["tr", "Eğitimde yardım işareti nasıl yapılır öğrendik"],
];
const guarded: readonly Probe[] = [
  ["pl", "Pacjentka przyszła z mężem, który nie odstępuje jej na krok"],
  ["ru", "Муж пациентки ни на шаг не отходит от неё на приёме"],
];
const guardedCalm: readonly Probe[] = [
  ["en", "general question, not about a case: what do we do when a husband never leaves her side at appointments?"],
];
const goneFromHere: readonly Probe[] = [
  ["uk", "однокласниця плакала: після канікул її тут уже не буде, батьки відвозять її до бабусі в Дагестан"],
  ["ru", "подруга плакала и сказала, что после лета её здесь уже не будет, её отправляют к родне в Ингушетию"],
  ["en", "my friend was crying, she told me she won't be here anymore after the holidays, her parents are sending her to her uncle in Iraq"],
  ["pl", "koleżanka płakała, po wakacjach już jej tu nie będzie, rodzice wysyłają ją do Czeczenii"],
  ["tr", "sınıf arkadaşım ağladı, tatilden sonra artık burada olmayacak, ailesi onu Irak'a götürüyor"],
  ["nb", "venninna mi sa at etter ferien er hun ikke her lenger, hun gråt, foreldrene sender henne til Somalia"],
  ["nn", "venninna mi gret og sa at etter ferien er ho ikkje her lenger, foreldra sender ho til Somalia"],
  ["ar", "صديقتي بكت وقالت إنها لن تكون هنا بعد العطلة، أهلها سيأخذونها إلى العراق"],
  ["so", "saaxiibtay way ooyday, fasaxa kadib halkan ma joogi doonto, waalidkeed ayaa u diraya Soomaaliya"],
  ["fa", "دوستم گریه کرد و گفت بعد از تعطیلات دیگر اینجا نخواهد بود، خانواده اش او را به افغانستان می برند"],
  ["ur", "میری دوست رو رہی تھی، چھٹیوں کے بعد وہ اب یہاں نہیں ہوگی، گھر والے اسے پاکستان لے جا رہے ہیں"],
  ["ti", "ዓርከይቲ በኸየት፣ ድሕሪ ዕረፍቲ ኣብዚ ኣይክትህሉን እያ፣ ስድራኣ ናብ ኤርትራ ይወስድዋ"],
];
const goneFromHereCalm: readonly Probe[] = [
  ["en", "my friend won't be here anymore after the summer, her family is moving to Bergen because her dad got a new job"],
  ["uk", "моя подруга переїжджає до Тромсе, після канікул її тут уже не буде, я сумую"],
  ["nb", "venninna mi sa at etter ferien er hun ikke her lenger, de flytter til Trondheim fordi moren fikk ny jobb"],
  ["pl", "koleżanka przeprowadza się do Oslo, po wakacjach już jej tu nie będzie w naszej szkole"],
  ["tr", "öğretmenimiz emekli oluyor, yazdan sonra artık burada olmayacak"],
];

describe('dev128: a plea for help by a sign or a note', () => {
  it.each([...silentPleas, ...silentPleaMore])('danger %s: %s', (lng, text) => {
    expect([text, isDanger(text, lng)]).toEqual([text, true]);
  });
  it.each(silentPleaCalm)('calm twin %s: %s', (lng, text) => {
    expect([text, alarmed(text, lng)]).toEqual([text, false]);
  });
});

describe('dev128: a companion who never leaves her side', () => {
  it.each(guarded)('a case to advise on %s: %s', (lng, text) => {
    expect([text, isDanger(text, lng), alarmed(text, lng)]).toEqual([text, false, true]);
  });
  it.each(guardedCalm)('calm twin %s: %s', (lng, text) => {
    expect([text, alarmed(text, lng)]).toEqual([text, false]);
  });
  it('with a plea written on a note beside it, danger', () => {
    expect(isDanger('Pacjentka przyszła z mężem, który nie odstępuje jej na krok; gdy wyszedł, na kartce napisała: pomocy', 'pl')).toBe(true);
  });
});

describe("dev128: 'she won't be here any more', sent abroad", () => {
  it.each(goneFromHere)('danger %s: %s', (lng, text) => {
    expect([text, isDanger(text, lng)]).toEqual([text, true]);
  });
  it.each(goneFromHereCalm)('calm twin %s: %s', (lng, text) => {
    expect([text, alarmed(text, lng)]).toEqual([text, false]);
  });
});

describe('dev128: through the bot', () => {
  const runner = conversationRunnerPerFile();
  it.each<Probe>([
    ['tr', "Kadın hastam kocası dışarı çıkınca kağıda 'yardım edin' yazdı"],
    ['en', 'A woman in the waiting room wrote help me on a piece of paper while her husband was at the desk'],
    ['uk', 'однокласниця плакала: після канікул її тут уже не буде, батьки відвозять її до бабусі в Дагестан'],
  ])('%s: the emergency card with 112: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['112'])).toBe(true);
  }, 120_000);
  it.each<Probe>([
    ['en', "my friend won't be here anymore after the summer, her family is moving to Bergen because her dad got a new job"],
    ['en', 'In the training we learned the hand signal for help that a person can show on a video call'],
  ])('%s: no card on the calm twin: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
  }, 120_000);
  it.each<readonly [Lang, string, string]>([
    ['nb', 'hvor mange visninger fikk sommerkampanjen i 2023?', 'og på hvilke plattformer?'],
    ['ar', 'كم مشاهدة حصلت حملة الصيف 2023؟', 'على أي منصات؟'],
    ['ru', 'Сколько просмотров набрала летняя кампания IMDi в 2023 году?', 'на каких платформах?'],
  ])('%s: the platforms asked after the figure', async (lng, first, second) => {
    const view = await runner.turn(lng, [first, second]);
    expect(view.didYouMean).toBe(false);
    expect(containsFact(view.texts, ['TikTok'])).toBe(true);
    expect(containsFact(view.texts, ['Snapchat'])).toBe(true);
  }, 240_000);
  it.each<Probe>([
    ['uk', 'Учениці 16 років, родина в серпні везе її в Грозний, і вона боїться, що її там залишать. Що робити?'],
    ['ru', 'Ученице 16 лет, семья в августе везёт её в Грозный, и она боится, что её там оставят. Что делать?'],
  ])('%s: the envoy in Ankara named so that it can be looked up: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['Ankara'])).toBe(true);
  }, 120_000);
});
