import { containsFact, readTurn } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { loadRoleReader } from '../../src/understanding/role-reader';
import { conversationRunnerPerFile, expectAnsweredWith } from '../helpers/conversation-runner';

/**
 * Duty questions from front-line roles (issue #13: duty items and two needs from child welfare, police, health, NAV,
 * refugee services, reception centres, adult education, kindergartens):
 * - a duty question about a particular child pushed into a marriage ("we learned of a planned forced marriage of a
 *   17-year-old: does avvergeplikt apply?") gets the emergency numbers first in every language, the child named by an
 *   age adjective alone ("17-річної", "15-летней", "16-letniej"); the duty asked about the topic, with no one in it,
 *   stays calm;
 * - a writer who says they work in a service is answered for their role: their story is a case about someone else
 *   ("112 if acute" on top), never the children's and young people's lines;
 * - someone over 18 on the duty path: the answer says the duty to notify child welfare is about children, and gives
 *   the lines a grown-up can call herself (Røde Kors-telefonen 815 55 201, VO-linjen 116 006);
 * - a duty to notify asked about a child to be taken abroad keeps child welfare in the country's plan, and gets the
 *   envoy for the country even when a topic article was read first;
 * - "in FGM cases, which comes first?" is the duty question it is, not a request for FGM figures.
 * The sentences are this file's own, in several languages; none is in the evaluation sets.
 */
describe('conversation: duty questions from front-line roles', () => {
  const runner = conversationRunnerPerFile();
  const turn = async (lang: Lang, message: string) => readTurn((await runner.converse({ lang, turns: [message] })).replies, runner.markers);

  const CHILD_MARRIAGE_ON_DUTY: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Gjelder avvergingsplikten for oss på helsestasjonen hvis vi har fått vite at en 16 år gammel jente skal tvangsgiftes?'],
    ['nn', 'Gjeld avvergingsplikta for oss dersom vi har fått vite at ei 15 år gammal jente skal tvangsgiftast?'],
    ['en', 'Does the duty to avert apply to our team if we have found out that a 16-year-old is being forced into a marriage?'],
    ['ar', 'هل ينطبق علينا واجب منع الجريمة إذا عرفنا أن فتاة عمرها 16 سنة ستُزوَّج بالإكراه؟'],
    ['so', 'Ma waajib baa nagu ah inaan ka hortagno haddii aan ogaanno in gabar 16 jir ah lagu qasbayo guur?'],
    ['fa', 'اگر بفهمیم که یک دختر ۱۶ ساله قرار است به زور شوهر داده شود، آیا وظیفه جلوگیری برای ما هم صدق می‌کند؟'],
    ['ur', 'اگر ہمیں پتا چلے کہ 16 سال کی لڑکی کی زبردستی شادی کی جا رہی ہے تو کیا روکنے کی ذمہ داری ہم پر بھی ہے؟'],
    ['uk', 'Що ми мусимо зробити, якщо дізналися про примусовий шлюб, який готують для 16-річної? Чи діє для нас avvergeplikt?'],
    ['ru', 'Распространяется ли на нас обязанность предотвращения, если мы узнали о принудительном браке, который готовят для 15-летней?'],
    ['tr', '16 yaşındaki bir kızın zorla evlendirileceğini öğrenirsek önleme yükümlülüğü bizim için de geçerli mi?'],
    ['pl', 'Czy dotyczy nas obowiązek zapobiegania, jeśli dowiedzieliśmy się o przymusowym małżeństwie planowanym dla 16-letniej?'],
    ['ti', 'ጓል 16 ዓመት ብግዲ ክትምርዖ ምዃና እንተፈሊጥና፡ ናይ ምክልኻል ግዴታ ኣለና ድዩ?'],
  ];

  it.each(CHILD_MARRIAGE_ON_DUTY)('%s: a child to be married off, asked as a duty: the emergency numbers first', async (lang, message) => {
    const view = await turn(lang, message);
    expect(view.emergency).toBe(true);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
  });

  const DUTY_WITH_NO_ONE: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Gjelder avvergingsplikten for barnevernet ved tvangsekteskap?'],
    ['en', 'Does the duty to avert apply to child welfare staff in forced marriage cases?'],
    ['uk', "Чи діє обов'язок запобігти для працівників служби захисту дітей у справах примусових шлюбів?"],
    ['ru', 'Действует ли обязанность предотвращения для сотрудников службы защиты детей в делах о принудительных браках?'],
    ['pl', 'Czy obowiązek zapobiegania dotyczy pracowników barnevernet w sprawach małżeństw przymusowych?'],
  ];

  it.each(DUTY_WITH_NO_ONE)('%s: the duty asked about the topic, no one in it: calm, with the police named', async (lang, message) => {
    const view = await turn(lang, message);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['politi', 'police', 'поліці', 'полици', 'policj', '112'])).toBe(true);
  });

  it.each([
    ['nb', 'Jeg er lærer på voksenopplæringen. En deltaker sier at svogeren følger etter henne hver dag og at hun ikke tør å dra hjem. Hva gjør jeg?', 'Er du under 18'],
    ['en', "I'm a nurse at the health station. A mother told me she can't go home because her brothers will hurt her. What should I do?", 'If you are under 18'],
  ] as const)('%s: a professional\'s story is a case about someone else, not a young writer\'s own', async (lang, message, youngLine) => {
    const view = await turn(lang, message);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['478 09 050'])).toBe(true);
    expect(view.texts.some((t) => t.includes(youngLine))).toBe(false);
  });

  it.each([
    ['nb', 'Må jeg som NAV-veileder melde fra når en bruker (32) forteller at mannen styrer pengene hennes og telefonen?'],
    ['en', 'As a refugee consultant, am I required to report it if a participant aged 29 says her husband decides who she may see?'],
    ['pl', 'Jestem pielęgniarką. Czy mam obowiązek zgłoszenia, jeśli pacjentka (27 lat) mówi, że mąż zabiera jej pieniądze?'],
  ] as const)('%s: a grown-up on the duty path: the lines she can call herself', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [['815 55 201'], ['116 006'], ['478 09 050']]);
  });

  it.each([
    ['nb', 'Jeg er helsesykepleier. En elev på 14 skal sendes til Somalia i vinterferien og vil ikke. Har jeg opplysningsplikt, og hvem melder jeg til?', ['barnevern']],
    ['fa', 'من پرستار هستم. یک دختر ۱۴ ساله گفت که در تعطیلات او را به افغانستان می‌فرستند. وظیفه من چیست؟', ['barnevern', 'حمایت از اطفال']],
  ] as const)('%s: the duty to notify for a child to be taken abroad keeps child welfare in the plan', async (lang, message, childWelfare) => {
    const view = await turn(lang, message);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, childWelfare)).toBe(true);
    expect(containsFact(view.texts, ['478 09 050'])).toBe(true);
  });

  it.each([
    ['nb', 'Vi i barnevernet: en gutt på 15 forteller at han skal etterlates i Irak etter sommerferien. Hva er plikten vår, og hvem ved ambassaden kan vi samarbeide med?', [['Amman'], ['478 09 050']]],
    ['en', 'I work at a health station. A 14-year-old says she will be left in Somalia after the summer holiday. What is my duty, and who at the embassy do we work with?', [['Nairobi'], ['478 09 050'], ['child welfare']]],
  ] as const)('%s: the duty asked with a child to be left abroad: the envoy for the country, Kompetanseteamet', async (lang, message, facts) => {
    await expectAnsweredWith(runner, lang, message, facts);
  });

  it.each([
    ['nb', 'Jordmor her. I saker om kjønnslemlestelse, hva er forskjellen på avvergeplikt og opplysningsplikt? Bare generelt.', ['politi'], ['barnevern']],
    ['en', 'health visitor here: in cases of FGM, which comes first, the duty to avert or the duty to notify? general question', ['police'], ['child welfare']],
  ] as const)('%s: "in FGM cases" in a duty question is the duty, not the FGM figures', async (lang, message, police, childWelfare) => {
    await expectAnsweredWith(runner, lang, message, [police, childWelfare]);
    expect((await turn(lang, message)).emergency).toBe(false);
  });
});

describe('role reader: front-line roles and duties said in more ways', () => {
  const roles = loadRoleReader();

  it.each([
    ['روانشناس هستم در یک کلینیک. وظیفه قانونی من چیست؟', 'health', 'notify'],
    ['پولیس افسر ہوں۔ کیا ہمیں barnevernet کو بھی اطلاع دینی ہوتی ہے؟', 'police', 'notify'],
    ['NAV ayaan ka shaqeeyaa. Ma waajib baa inaan u sheego barnevernet?', 'nav', 'notify'],
    ["barnevern'de çalışıyorum. ilk adım ne olmalı?", 'child-welfare', 'notify'],
    ["voksenopplæring'de öğretmenim. Ne yapmalıyım?", 'adult-education', undefined],
    ['What are my obligations as an adult ed teacher here?', 'adult-education', 'notify'],
    ['styrer i barnehage. gir teamet råd til oss også?', 'kindergarten', undefined],
    ['styrar i ein barnehage: kven kan vi ringje?', 'kindergarten', undefined],
  ] as const)('"%s": role %s, duty %s', (text, role, duty) => {
    const read = roles.read(text);
    expect(read.role).toBe(role);
    if (duty) expect(read.duties).toContain(duty);
  });

  it.each([
    ['Barnevernet her: hva er plikta vår når en jente forteller om tvangsekteskap?', 'notify'],
    ["Що я зобовʼязана зробити, якщо бачу ознаки обрізання?", 'notify'],
    ['Что я обязана сделать, если вижу признаки?', 'notify'],
    ['Does our confidentiality stop us from telling anyone, and who should be told first?', 'notify'],
  ] as const)('"%s" asks about the duty to %s', (text, duty) => {
    expect(roles.read(text).duties).toContain(duty);
  });

  it('"my teacher" said by a young person is no role ("اگه معلمم بفهمه")', () => {
    expect(roles.read('من ۱۶ سالمه و می‌ترسم اگه معلمم بفهمه به خانواده‌ام زنگ بزنه').role).toBeUndefined();
  });
});
