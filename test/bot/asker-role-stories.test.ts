import type { Lang } from '../../src/language/languages';
import { readTurn } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile, expectAnsweredWith } from '../helpers/conversation-runner';

/**
 * Long stories answered for who is asking, their age and how calm the story is (issue #13 point 7), through the real
 * bot, in own phrasings:
 * - a parent under pressure from relatives or the community, with no danger to the child, gets the lines for parents
 *   (Røde Kors-telefonen 815 55 201, the school's diversity adviser, SEIF), also when the story names the family's
 *   country of origin, the child's age or the child welfare service they fear; and no emergency block when the parent
 *   says no one threatens and no one is travelling;
 * - a parent who describes a threat, a trip or a wedding planned for the child keeps the emergency numbers first;
 * - a young person under rules at home with no violence asks who at school they can talk to: the diversity adviser;
 * - a service planning a staff day or a theme week with no case gets IMDi's expert team (fagteamet, post@imdi.no) and
 *   RVTS (domain.md §3, §6, §12).
 */
describe('conversation: long stories answered for the asker', () => {
  const runner = conversationRunnerPerFile();

  const RED_CROSS = ['815 55 201'];
  const ADVISER = ['mangfoldsrådgiver', 'mangfaldsrådgjevar', 'diversity adviser'];
  const TRAINERS = ['fagteam', 'post@imdi.no', 'RVTS'];

  async function emergencyBlock(lang: Lang, message: string): Promise<boolean> {
    const run = await runner.converse({ lang, turns: [message] });
    return readTurn(run.replies, runner.markers).emergency;
  }

  /** Calm parents: [language, message]. The lines for parents, with no emergency block on top. */
  const CALM_PARENTS: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Jeg er far til to gutter på 13 og 15, og vi kom fra Irak for lenge siden. Onklene deres mener guttene er blitt for norske. Ingen har truet noen, og vi skal ikke reise noe sted. Hvor kan vi som foreldre få råd om dette presset?'],
    ['nb', 'Vi er foreldre til ei jente på 16 som vil flytte på hybel. Slekta i Somalia ringer og sier det er skam, men vi står på hennes side. Ingen truer henne. Hvem kan gi oss som foreldre råd?'],
    ['nn', 'Eg er mor til ein gut på 15. Familien til mannen min meiner han må slutte på fotballen. Ingen har truga nokon, og vi skal ikkje reise. Kvar kan foreldre få råd om slikt press?'],
    ['nn', 'Eg er far til to jenter. Folk i trussamfunnet snakkar om kleda deira. Det er ikkje vald eller truslar. Finst det nokon eg kan snakke med som forelder?'],
    ['en', "I'm a dad of two teenage girls, 13 and 16. My brothers say the girls have too much freedom. Nobody has threatened anyone and there are no travel plans. Where can parents like me get some advice?"],
    ['en', 'We are parents of a 15-year-old. Relatives in Pakistan say she should be engaged to a cousin one day, but we refuse and we are not travelling anywhere. Where can we as parents get advice on handling this?'],
    ['uk', 'Я мама доньки 14 років. Родичі чоловіка постійно критикують її одяг. Ніхто не погрожує, ми нікуди не їдемо. Чи є консультація для батьків?'],
    ['ru', 'Я мать дочери 15 лет. Родственники мужа звонят и говорят, что она живёт слишком свободно. Никто не угрожает, никуда ехать мы не собираемся. Где родители могут получить совет?'],
    ['pl', 'Jestem matką 15-letniej córki. Rodzina męża ciągle krytykuje jej przyjaciół. Nikt nie grozi i nigdzie nie wyjeżdżamy. Gdzie rodzice mogą uzyskać poradę?'],
    ['tr', 'Ben 16 yaşında bir oğlun babasıyım. Cemaatten insanlar bana baskı yapıyor. Şiddet yok, kimse tehdit etmiyor. Bir ebeveyn olarak kiminle konuşabilirim?'],
    ['fa', 'من مادر یک دختر ۱۵ ساله هستم. خانواده شوهرم از لباس‌هایش ایراد می‌گیرند. کسی تهدید نکرده و جایی نمی‌رویم. والدین کجا می‌توانند مشاوره بگیرند؟'],
    ['ar', 'أنا أم لبنت عمرها ١٥ سنة. أقارب زوجي يعلقون على صديقاتها. لا يوجد عنف ولا تهديد، ولن نسافر. أين يمكن للأهل الحصول على نصيحة؟'],
    ['so', 'Waxaan ahay hooyo gabadh 15 jir ah leh. Qaraabada ninkayga ayaa dhaleeceeya dharkeeda. Qof ma hanjabin, meelna ma aadayno. Xagee waalidiintu talo ka heli karaan?'],
    ['ur', 'میں ایک ۱۵ سالہ بیٹی کی ماں ہوں۔ رشتہ دار اس کے دوستوں پر تنقید کرتے ہیں۔ کوئی دھمکی نہیں، ہم کہیں نہیں جا رہے۔ والدین کہاں مشورہ لے سکتے ہیں؟'],
  ];

  it.each(CALM_PARENTS)('a calm parent (%s) gets the lines for parents, with no emergency block: %s', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [RED_CROSS]);
    expect(await emergencyBlock(lang, message)).toBe(false);
  });

  /** Parents who name the family's country or the service they fear: [language, message]. */
  const PARENTS_NAMING_MORE: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Jeg er mor til en gutt på 14, og familien vår er fra Eritrea. Slekta her sier jeg oppdrar ham for norsk. Jeg vil ikke til barnevernet, for jeg er redd for hva de gjør. Hvem kan jeg snakke med som mor?'],
    ['en', 'I am a father from Afghanistan and my daughter is 16. My cousins keep telling me to be stricter with her. I am scared that barnevernet will get involved if I ask for help. Is there someone who talks with parents like me?'],
  ];

  it.each(PARENTS_NAMING_MORE)('a parent naming a country or child welfare (%s) still gets the lines for parents: %s', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [RED_CROSS, ADVISER]);
  });

  /** Parents who describe danger to the child: the emergency numbers stay first. */
  const PARENTS_IN_DANGER: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Jeg er mor til ei jente på 15. Mannen min har kjøpt billetter til Pakistan neste uke og sier hun skal gifte seg der. Hvor kan foreldre få råd?'],
    ['nb', 'Jeg er far. Slekta har truet med å ta datteren min på 14 med til Irak i sommer og la henne bli der. Hvem kan hjelpe oss som foreldre?'],
    ['en', "I'm a father. My brother threatened to hurt my daughter (16) if she keeps seeing her boyfriend. Where can parents get advice?"],
    ['en', 'As a mother I am scared: my husband hit our son yesterday because he refused to go to Somalia this summer. Who helps parents?'],
  ];

  it.each(PARENTS_IN_DANGER)('a parent describing danger (%s) keeps the emergency numbers: %s', async (lang, message) => {
    expect(await emergencyBlock(lang, message)).toBe(true);
  });

  /** A young person under rules with no violence, asking who at school can help: [language, message]. */
  const CALM_YOUNG: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Jeg er 16 og broren min sjekker mobilen min og bestemmer hvem jeg får være med. Han slår meg ikke. Er det noen på skolen jeg kan snakke med?'],
    ['en', "I'm 15. My parents decide who my friends are and I can't join clubs after school. Nobody hits me. Is there someone at school I can talk to?"],
  ];

  it.each(CALM_YOUNG)('a calm young person (%s) is pointed to the school diversity adviser with no emergency block: %s', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [ADVISER, RED_CROSS]);
    expect(await emergencyBlock(lang, message)).toBe(false);
  });

  /** A service planning training with no case: [language, message]. */
  const TRAINING: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Hei, jeg er rektor på en barneskole med elever fra mange land. Ingen konkret sak, men lærerne vil vite mer om negativ sosial kontroll til fagdagen i mars. Kan noen komme og snakke med personalet?'],
    ['nb', 'Vi er et asylmottak som vil bruke en personalsamling i høst på tvangsekteskap. Ikke noe akutt. Hvem kan vi spørre om å holde et innlegg?'],
    ['nn', 'Eg er styrar i ein barnehage. Vi har ingen saker, men personalet vil lære meir om sosial kontroll. Kven kan kome og halde eit innlegg på planleggingsdagen?'],
    ['en', "Hello, I manage the refugee service in a small municipality. Nothing acute, but our new employees should learn about negative social control. Can someone hold a session for us?"],
    ['en', 'We are a kindergarten planning an in-service day. No specific case, but staff want to understand honour-related violence better. Who can come and speak to our team?'],
    ['tr', 'Bir anaokulu müdürüyüm. Somut bir vaka yok ama personel için negatif sosyal kontrol hakkında bir eğitim istiyoruz. Kim gelip anlatabilir?'],
    ['fa', 'من مدیر یک مرکز آموزش بزرگسالان هستم. مورد مشخصی نداریم اما می‌خواهیم برای کارمندان آموزشی درباره کنترل اجتماعی منفی داشته باشیم. چه کسی می‌تواند بیاید؟'],
    ['ur', 'میں مہاجرین کی سروس میں منیجر ہوں۔ کوئی خاص کیس نہیں، لیکن ہم عملے کے لیے منفی سماجی کنٹرول پر تربیت چاہتے ہیں۔ کون آ سکتا ہے؟'],
  ];

  it.each(TRAINING)('a service planning training (%s) gets those who train staff: %s', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [TRAINERS]);
  });

  const KT = ['478 09 050'];
  const CHILD_WELFARE = ['barnevern', 'child welfare'];

  /** A teacher's duty question: child welfare, Kompetanseteamet for advice and the school's diversity adviser. */
  const TEACHER_DUTY: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Som kontaktlærer lurer jeg på: må jeg melde til barnevernet selv når en elev på 15 sier at foreldrene har bestemt hvem hun skal gifte seg med etter skolen? Hvem kan jeg få råd av?'],
    ['nn', 'Eg er lærar. Ei elev på 14 seier ho ikkje får ha vener heime og må gå rett heim. Har eg plikt til å melde frå til barnevernet, og kven kan eg spørje om råd?'],
    ['en', "I'm a teacher. A 14-year-old pupil says her brother decides everything and she will be married off after 10th grade. Do I have a duty to tell child welfare myself, and who can advise me?"],
  ];

  it.each(TEACHER_DUTY)('a teacher asking about the duty (%s) is told of child welfare, Kompetanseteamet and the diversity adviser: %s', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [CHILD_WELFARE, KT, ADVISER]);
  });

  /** Front-line staff telling of a child in danger, in their own words of their work: the numbers, and child welfare. */
  const FRONT_LINE_DANGER: ReadonlyArray<readonly [Lang, string, readonly string[]]> = [
    ['uk', 'Працюю вихователькою в садочку. Дівчинка 5 років каже, що влітку поїде до Сомалі і там її «зроблять чистою». Що ми маємо робити, кому повідомити?', ['barnevern', 'захисту дітей']],
    ['pl', 'Jestem pielęgniarką na ostrym dyżurze. Dziś przyszła 16-latka z siniakami i mówi, że ojciec ją pobił za chłopaka. Co mam teraz zrobić?', ['barnevern', 'ochrony dzieci', 'opieki nad dziećmi']],
  ];

  it.each(FRONT_LINE_DANGER)('front-line staff with a child in danger (%s) get the numbers and child welfare: %s', async (lang, message, childWelfare) => {
    await expectAnsweredWith(runner, lang, message, [childWelfare]);
    expect(await emergencyBlock(lang, message)).toBe(true);
  });

  it('a refugee-service worker asking in Levantine Arabic about a controlled 19-year-old is pointed to Kompetanseteamet', async () => {
    await expectAnsweredWith(
      runner,
      'ar',
      'أنا موظفة بخدمة اللاجئين. شاب عمره ٢٠ سنة قال لي إن أهله بيراقبوا تلفونه وما بيخلوه يطلع. هل لازم أبلغ حدا؟ وشو بقدر أعمل؟',
      [['Kompetanseteamet', '478 09 050']],
    );
  });

  it('a parent whose story nothing reads surely gets the lines for parents, not "did you mean"', async () => {
    await expectAnsweredWith(
      runner,
      'nb',
      'Jeg er mor til tre. Den eldste er 14 og vil ikke gå i moskeen lenger, og svogeren min sier at vi mister henne. Det er ikke noe farlig på gang. Snakker noen på skolen med foreldre om slikt, og hvor finner jeg dem?',
      [RED_CROSS, ADVISER],
    );
  });
});
