import { dangerStrength } from '../../src/understanding/danger-detector';
import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadRoleReader } from '../../src/understanding/role-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';
import { normalize } from '../../src/language/text';
import type { Lang } from '../../src/language/languages';

/**
 * Calm questions that named a word of the emergency (issue #13, session 14), written for this test: "help" asked for
 * as a noun in a question, the non-emergency police line named beside 112, a harm's or a service's name with a person's
 * word in it, and duty questions put in words the role lists lacked. Danger said plainly stays danger.
 */
const situation = loadSituationReader();
const reader = createDangerReader(situation);
const roles = loadRoleReader();
const utter = (text: string, lng: Lang) => prepareUtterance(text, lng);
const isDanger = (text: string, lng: Lang, duty = false) => reader.isDanger(utter(text, lng), duty);
const isConcern = (text: string, lng: Lang, duty = false) => reader.isConcern?.(utter(text, lng), duty) === true;

describe('calm questions that name a word of the emergency', () => {
  it.each([
    ['so', 'Waxaan ahay hooyo. Ilmahayga ayaa xakameyn ka cabanaya. Halkee waalidku ka heli karaan caawimaad?'],
    ['pl', 'Jestem mamą nastolatki. Gdzie rodzice mogą szukać pomocy w sprawie kontroli społecznej?'],
  ] as const)('%s: "help" asked for as a noun in a question is no plea', (_lng, text) => {
    expect(dangerStrength(normalize(text))).toBeUndefined();
  });

  it.each([
    ['so', 'caawimaad!'],
    ['so', 'Fadlan caawimaad'],
    ['pl', 'Pomocy!'],
    ['pl', 'pomocy, on tu jest'],
  ] as const)('%s: "help" cried out is still a plea', (_lng, text) => {
    expect(dangerStrength(normalize(text))).toBe('strong');
  });

  it.each([
    ['nb', 'Når skal vi ringe 112 og når skal vi ringe 02800?'],
    ['en', 'When should we call 112 and when 02800?'],
    ['ur', '112 اور 02800 میں کیا فرق ہے؟'],
    ['uk', 'Коли дзвонити 112, а коли справа не термінова?'],
  ] as const)('%s: 112 named beside the line for when it is not urgent is no emergency', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });

  it('112 cried for stays an emergency beside the non-emergency number', () => {
    expect(isDanger('Han slår henne nå, skal vi ringe 112 eller 02800?', 'nb')).toBe(true);
  });

  it.each([
    ['tr', 'Anaokulunda çalışıyorum. Kadın sünneti şüphesi varsa çocuk koruma hizmetine bildirim yapmak zorunda mıyım?'],
    ['ar', 'أعمل في مركز استقبال اللاجئين. هل علينا واجب إبلاغ حماية الطفل إذا اشتبهنا في زواج قاصر؟'],
  ] as const)('%s: a harm named with a person’s word in it names no person at risk', (lng, text) => {
    expect(isConcern(text, lng, true)).toBe(false);
    expect(isDanger(text, lng, true)).toBe(false);
  });

  it('a daycare named with the children’s word in it is no child at risk', () => {
    expect(situation.read('Waxaan ka shaqeeyaa xannaanada carruurta.').concepts.has('someone')).toBe(false);
  });

  it.each([
    ['nb', 'Hva er fremgangsmåten hvis vi mistenker at en elev utsettes for æresrelatert vold?'],
    ['nn', 'Kva er framgangsmåten dersom vi mistenkjer tvangsekteskap hjå ein elev?'],
  ] as const)('%s: a procedure asked for a supposed case is a general question', (lng, text) => {
    expect(situation.read(text).concepts.has('general')).toBe(true);
    expect(isConcern(text, lng)).toBe(false);
  });

  it.each([
    ['ru', 'Брат следит за мной. Это негативный социальный контроль?'],
    ['ur', 'Mera bhai mujh par nazar rakhta hai. Kya yeh manfi samaji control hai?'],
    ['en', 'My brother keeps an eye on me all the time. Is that negative social control?'],
  ] as const)('%s: being watched is everyday control, not someone waiting outside', (_lng, text) => {
    const read = situation.read(text);
    expect(read.concepts.has('control')).toBe(true);
    expect(read.concepts.has('waitedFor')).toBe(false);
  });

  it.each([
    ['nb', 'En kvinne på 24 sier at mannen tar lønna hennes og bestemmer hvem hun kan treffe. Hun sier det ikke er vold.'],
    ['ru', 'Клиентка говорит, что муж не бьет её, но забирает зарплату.'],
    ['pl', 'Klientka mówi, że mąż nie bije, ale zabiera jej pensję.'],
  ] as const)('%s: an adult under control whose harm the writer denies is no case of violence', (lng, text) => {
    expect(isConcern(text, lng)).toBe(false);
    expect(isDanger(text, lng)).toBe(false);
  });

  it('someone waiting outside the school is still danger', () => {
    expect(isDanger('Broren hennes venter ved skolen hver dag og følger etter henne.', 'nb')).toBe(true);
  });

  it('Roman Urdu "foran" (at once) is not Norwegian "foran" (ahead of)', () => {
    expect(situation.read('Går avvergeplikten foran taushetsplikten når det gjelder tvangsekteskap?').concepts.has('soon')).toBe(false);
    expect(situation.read('Mujhe foran madad chahiye').concepts.has('soon')).toBe(true);
  });

  it.each([
    ['nb', 'Jeg er jordmor. Hva er min plikt?'],
    ['nn', 'Kva er plikta mi som helsesjukepleiar?'],
    ['en', 'I am a midwife. What are my duties?'],
    ['ar', 'أنا ممرضة. ما هي واجباتي؟'],
    ['so', 'Waxaan ahay kalkaaliso. Maxaa waajib ah?'],
    ['fa', 'من پولیس هستم. آیا وظیفه داریم که اطلاع بدهیم؟'],
    ['ur', 'میں نرس ہوں۔ کیا چائلڈ ویلفیئر کو اطلاع دینا لازم ہے؟'],
    ['uk', "Я вихователька. Які обов'язки в мене?"],
    ['ru', 'Я полицейский. Обязаны ли мы сообщать в службу защиты детей?'],
    ['tr', 'Hemşireyim. Yükümlülüklerim nelerdir?'],
    ['pl', 'Jestem pielęgniarką. Jakie mam obowiązki?'],
    ['ti', 'ኣብ መውዓሊ ህጻናት እሰርሕ። ግዴታይ እንታይ እዩ?'],
  ] as const)('%s: a duty asked in words of its own is a duty question', (_lng, text) => {
    expect(roles.read(text).duties).toContain('notify');
  });
});
