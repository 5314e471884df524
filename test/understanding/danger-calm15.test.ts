import { dangerStrength } from '../../src/understanding/danger-detector';
import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadRoleReader } from '../../src/understanding/role-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';
import { normalize } from '../../src/language/text';
import type { Lang } from '../../src/language/languages';

/**
 * Calm questions that got the emergency card (issue #13, session 15), written for this test: a duty question put as a
 * supposition, confidentiality asked as a duty, danger in general words of the stem languages in a general question,
 * a mother's own cutting long past, a person said to be safe now, and figures asked about a campaign. Danger said
 * plainly, or a supposed case with a time or with violence at home, stays danger.
 */
const situation = loadSituationReader();
const reader = createDangerReader(situation);
const roles = loadRoleReader();
const duty = (text: string) => roles.read(text).duties.length > 0;
const card = (text: string, lng: Lang) => {
  const u = prepareUtterance(text, lng);
  const d = duty(text);
  return reader.isDanger(u, d) || reader.isConcern?.(u, d) === true;
};

describe('calm questions that named a word of the emergency (session 15)', () => {
  it.each([
    ['en', "I'm an ER nurse. A patient who is an adult says her husband controls her money. What are my duties?"],
    ['en', 'Hypothetically, if a patient tells me her brother threatens her, do I have to report it?'],
    ['so', 'Waxaan ka shaqeeyaa xannaanada carruurta. Haddii aan ka shakiyo in gabadh yar la gudi doono, ma waajib baa inaan u sheego barnevernet?'],
    ['so', 'Waxaan ahay kalkaaliso iskuul. Ma waajib baa inaan u sheego barnevernet haddii ay jirto khatar gudniin?'],
    ['nb', 'Som jordmor: hva er plikten min når en mor er kjønnslemlestet og har døtre?'],
    ['uk', "Я медсестра на станції здоров'я. У мами обрізання, в неї є доньки. Чи треба повідомляти службу захисту дітей?"],
    ['nb', 'Jeg jobber i politiet. En voksen kvinne som har vært utsatt for æresrelatert vold er nå trygg. Hvem koordinerer bolig og oppfølging?'],
    ['pl', 'Jestem pielęgniarką szkolną. Rodzina uczennicy planuje w przyszłości zaaranżowane małżeństwo, ale nic nie dzieje się teraz. Z kim się skonsultować?'],
    ['uk', 'Скільки переглядів мала кампанія літніх канікул 2023 про молодь, яку вивозять за кордон проти волі?'],
    ['fa', 'کمپین تعطیلات تابستانی ۲۰۲۳ درباره جوانانی که به زور به خارج برده می‌شوند چند بار دیده شد؟'],
    ['ru', 'Сколько просмотров набрала летняя кампания 2023 года о принудительных браках в соцсетях?'],
  ] as const)('%s: no emergency card: %s', (lng, text) => {
    expect(card(text, lng)).toBe(false);
  });

  it.each([
    ['en', "I'm a doctor. Does my duty of confidentiality apply if a patient tells me she is being forced to marry?"],
    ['tr', 'Doktorum. Bir hasta bana ailesinin onu zorla evlendireceğini söylerse sır saklama yükümlülüğüm geçerli mi?'],
    ['uk', 'Я лікар. Якщо пацієнтка скаже, що її хочуть видати заміж примусово, чи діє лікарська таємниця?'],
  ] as const)('%s: confidentiality asked is a duty question: %s', (_lng, text) => {
    expect(duty(text)).toBe(true);
  });

  it.each([
    ['so', 'Khatar baan ku jiraa, i caawi!'],
    ['ar', 'أنا في خطر الآن'],
    ['uk', 'Я в небезпеці, брат погрожує мені'],
    ['nb', 'Må jeg melde hvis et barn forteller at faren slår moren hver kveld?'],
    ['en', 'Do I have to report it if a pupil says she is being sent abroad tomorrow to be married?'],
    ['en', "I'm a midwife. A mother who was cut herself has just given birth to a girl, and I am worried the newborn is at risk of FGM. What must I do?"],
  ] as const)('%s: still the emergency card: %s', (lng, text) => {
    expect(card(text, lng)).toBe(true);
  });

  it('danger in general words of a stem language is weak, fear for one’s life strong', () => {
    expect(dangerStrength(normalize('Gabar ka yar 18 ayaa khatar ugu jirta guur qasab ah'))).toBe('weak');
    expect(dangerStrength(normalize('Waxaan ka baqayaa nolosheyda khatar'))).toBe('strong');
  });
});
