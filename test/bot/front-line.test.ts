import { readFileSync } from 'node:fs';
import path from 'node:path';
import { containsFact, LOCALE_OF, readTurn } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { loadRoleReader } from '../../src/understanding/role-reader';
import { conversationRunnerPerFile, expectAnsweredWith } from '../helpers/conversation-runner';
import { oneAppPerFile } from '../helpers/test-app';
import { expectCalmByTheRules } from '../helpers/danger-alarm';
import { replyTo, seen, talk, textOf } from '../helpers/replies';

/**
 * Front-line professionals and people telling a story, answered for who is asking (issue #13): their role's services,
 * openings and duties. One app for the file (test/helpers/test-app.ts, oneAppPerFile); a describe per class, each the
 * former file named in its first line.
 */

// (was front-line-roles.test.ts)
describe('front-line professionals answered for their own role (issue #13)', () => {
  /**
   * Front-line professionals are answered for their own role, not as teachers (issue #13):
   * - "what can we in <service> get?", "can you help us?" with nothing else read surely: the services that advise that
   *   role, Kompetanseteamet's line first with the reason for the role, not "did you mean" and no emergency card;
   * - advice in a case asked beside training for the staff: Kompetanseteamet for the case, then IMDi's expert team;
   * - the duty-to-notify article opens for the asker: child welfare (the duty runs to them), health personnel
   *   (helsepersonelloven § 33) and other public services (barnevernsloven); school staff keep the school's opening.
   * The sentences are this file's own, in several languages; none is in the evaluation sets.
   */

  describe('conversation: a professional asking what their own service can get is answered for their role', () => {
    const { chat } = oneAppPerFile();

    const ASKS: ReadonlyArray<readonly [Lang, string]> = [
      ['nb', 'Jeg jobber i barnehage. Hva kan vi få hjelp til?'],
      ['nb', 'Jeg er politi. Hvilken rolle har vi, og hva kan vi få fra teamet?'],
      ['nn', 'Eg jobbar i politiet. Kva slags hjelp kan vi få?'],
      ['en', 'I work in a kindergarten. What kind of help can we get?'],
      ['en', "I'm a police officer. What can we get from you?"],
      ['uk', 'Я працюю в поліції. Що ми можемо отримати від вас?'],
      ['ru', 'Я работаю в детском саду. Какую помощь мы можем получить?'],
      ['pl', 'Pracuję w przedszkolu. Jaką pomoc możemy otrzymać?'],
      ['ar', 'أعمل في روضة أطفال. ما المساعدة التي يمكن أن نحصل عليها؟'],
      ['so', 'Waxaan ka shaqeeyaa booliska. Maxaan ka heli karnaa?'],
    ];

    it.each(ASKS)('%s: "%s" gets Kompetanseteamet\'s line, not "did you mean" or the emergency card', async (lng, message) => {
      await replyTo(chat, lng, message, (reply) => {
        const view = seen(reply);
        expect(view.didYouMean).toBe(false);
        expect(view.emergency).toBe(false);
        expect(textOf(reply)).toContain('478 09 050');
      });
    });
  });

  describe('conversation: advice in a case and training for the staff, asked together', () => {
    const { chat } = oneAppPerFile();

    const BOTH: ReadonlyArray<readonly [Lang, string]> = [
      ['nn', 'Eg er lærar på vaksenopplæringa. Vi har ei sak der ei deltakar vert kontrollert, og vi treng råd i saka. Vi vil òg gjerne ha kurs for personalet.'],
      ['uk', 'Я викладаю в центрі освіти для дорослих. Нам потрібна порада у справі та навчання для персоналу.'],
      ['pl', 'Pracuję w ośrodku kształcenia dorosłych. Potrzebujemy porady w konkretnej sprawie i szkolenia dla pracowników. Do kogo się zwrócić?'],
      // "وتدريب": the training word with the conjunction written onto it (content/contacts/training-words.json).
      ['ar', 'أعمل في مركز تعليم الكبار. نحتاج إلى مشورة في حالة إحدى المشاركات وتدريب للموظفين. من يساعدنا؟'],
    ];

    /** The case's advice (Kompetanseteamet) first, then the training (IMDi's expert team), in one reply. */
    const caseThenTraining = async (lng: Lang, message: string): Promise<void> => {
      await replyTo(chat, lng, message, (reply) => {
        const text = textOf(reply);
        expect(text).toContain('478 09 050');
        expect(text).toContain('post@imdi.no');
        expect(text.indexOf('478 09 050')).toBeLessThan(text.indexOf('post@imdi.no'));
      });
    };

    it.each(BOTH)('%s: "%s" gets Kompetanseteamet for the case, then IMDi\'s expert team', caseThenTraining);
  });

  describe('conversation: the duty to notify opens for the one asking', () => {
    const { chat } = oneAppPerFile();

    const OPENINGS: ReadonlyArray<readonly [Lang, string, string]> = [
      ['en', 'I work in child welfare. What should we do when we suspect a forced marriage?', 'You work in child welfare'],
      ['nb', 'Jeg jobber i barnevernet. Har vi opplysningsplikt i slike saker, og hvordan går vi fram?', 'Du jobber i barnevernet'],
      ['uk', "Я медсестра на станції здоров'я. Який мій обов'язок, якщо я підозрюю, що дівчину контролюють?", 'Як медичний працівник'],
      ['ru', 'Я работаю в полиции. Какая у нас обязанность, если девочку контролируют дома?', 'Каждый, кто работает'],
      ['pl', 'Pracuję w przedszkolu. Jaki jest nasz obowiązek, jeśli dziecko może być zagrożone obrzezaniem?', 'Każdy, kto pracuje'],
      ['en', 'I work in the police. Do we have a duty to notify child welfare?', 'Everyone who works for a public service'],
      ['en', 'I work at a school. Do I have a duty to notify?', 'School staff have a personal duty'],
    ];

    it.each(OPENINGS)('%s: "%s" opens with "%s"', async (lng, message, opening) => {
      await replyTo(chat, lng, message, (reply) => {
        expect(seen(reply).emergency).toBe(false);
        expect(textOf(reply)).toContain(opening);
      });
    });
  });

  describe("Kompetanseteamet's members", () => {
    it('name AVdir by the agency only: no source says it runs NAV', () => {
      const file = path.join(__dirname, '..', '..', 'content', 'contacts', 'services.json');
      const raw = readFileSync(file, 'utf8');
      const services = (JSON.parse(raw) as { services: Array<{ id: string; members?: { text: Record<string, string> } }> }).services;
      const members = services.find((s) => s.id === 'kompetanseteamet')?.members?.text ?? {};
      expect(Object.keys(members)).toHaveLength(12);
      for (const text of Object.values(members)) {
        expect(text).toContain('AVdir');
        expect(text).not.toContain('NAV');
      }
    });
  });
});

// (was front-line-topic-openings.test.ts)
describe('a topic article opened for the front-line role asking (issue #13)', () => {
  /**
   * Front-line professionals asking about a topic get the topic's article opened for their role, not the school staff's
   * (issue #13): child welfare is the service others notify (the risk of reprisals before the family is contacted,
   * Kompetanseteamet advises them, UD's operations centre and the envoys abroad); the police hear § 253 and their own
   * duty to notify; health personnel may offer a conversation and a voluntary examination (FGM); a kindergarten is
   * named in § 284's third paragraph; other services hear that Kompetanseteamet advises them and that adults may call
   * it themselves. School staff keep the school's opening. The sentences are this file's own, in several languages;
   * none is in the evaluation sets.
   */

  describe('conversation: a topic article opens for the front-line role asking', () => {
    const { chat } = oneAppPerFile();

    /** [language, what the professional writes, the role's opening, the school staff's wording it replaces] */
    const ASKS: ReadonlyArray<readonly [Lang, string, string, string]> = [
      ['en', "I'm a child welfare caseworker. What is forced marriage?", 'You work in child welfare, the service others notify', 'Under 18: notify child welfare. Over 18'],
      ['nb', 'Jeg er politibetjent. Hva er tvangsekteskap?', 'Du jobber i politiet: tvangsekteskap er straffbart', 'Under 18 år: meld til barnevernet. Over 18 år'],
      ['so', 'Waxaan ka shaqeeyaa booliska. Waa maxay guurka qasabka ah?', 'Waxaad ka shaqaysaa booliska', 'Ka yar 18: ogeysii adeegga daryeelka carruurta (barnevernet). Ka weyn 18'],
      ['en', "I'm a school nurse. What should I know about female genital mutilation?", 'As health personnel you can offer the girl a conversation', 'involve the school nurse early'],
      ['tr', 'Sağlık istasyonunda hemşireyim. Kadın sünneti nedir?', 'Sağlık personeli olarak kıza', 'okul sağlık hemşiresini (helsesykepleier) erkenden'],
      ['nb', 'Jeg jobber i en barnehage. Hva sier loven om kjønnslemlestelse?', 'Du jobber i barnehage: kjønnslemlestelse er straffbart', 'Ikke undersøk eleven'],
      ['pl', 'Pracuję w przedszkolu. Co to jest okaleczenie żeńskich narządów płciowych?', 'Pracujesz w przedszkolu', 'uczennic'],
      ['ar', 'أعمل في الشرطة. ما هو ختان الإناث؟', 'أنت تعمل في خدمات رعاية الطفل أو في الشرطة', 'لا تفحص الطالبة بنفسك'],
      ['en', 'I work in child welfare. What can we do about children kept abroad against their will?', 'You work in child welfare or the police', 'Talk to the pupil alone about the trip'],
      ['nb', 'Jeg jobber på NAV. Hva gjør vi ved ufrivillig opphold i utlandet?', 'personer over 18 kan selv kontakte Kompetanseteamet', 'snakk med eleven'],
      ['uk', 'Я працюю в службі захисту дітей. Що таке негативний соціальний контроль?', 'Ви працюєте в службі захисту дітей (barnevernet), до якої звертаються інші', 'Якщо вас турбує учень'],
      ['en', 'I work at an asylum reception centre. What is negative social control?', 'If you are worried about someone you meet in your work', 'If you are worried about a pupil'],
    ];

    it.each(ASKS)('%s: "%s" opens with "%s", not the school staff\'s "%s"', async (lng, message, opening, school) => {
      const text = textOf(await replyTo(chat, lng, message));
      expect(text).toContain(opening);
      expect(text).not.toContain(school);
    });

    it('school staff keep the school\'s opening: "Jeg jobber på en ungdomsskole. Hva er negativ sosial kontroll?"', async () => {
      await replyTo(chat, 'nb', 'Jeg jobber på en ungdomsskole. Hva er negativ sosial kontroll?', (reply) => {
        const text = textOf(reply);
        expect(text).toContain('Er du bekymret for en elev');
        expect(text).not.toContain('Er du bekymret for noen du møter i jobben');
      });
    });

    it('a child-welfare caseworker asking about their duty keeps the duty-to-notify article: "I work in child welfare. Do we have a duty to notify too?"', async () => {
      await replyTo(chat, 'en', 'I work in child welfare. Do we have a duty to notify too?', (reply) => {
        expect(textOf(reply)).toContain('the duty to notify runs to you');
      });
    });
  });

  describe('conversation: a role opening brings its own steps and cautions', () => {
    const { chat } = oneAppPerFile();

    it('a midwife asking about FGM is told to offer a voluntary examination, not "do not examine the pupil"', async () => {
      await replyTo(chat, 'nn', 'Eg er jordmor. Kva er kjønnslemlesting?', (reply) => {
        const text = textOf(reply);
        expect(text).toContain('Tilby jenta samtale og friviljug undersøking.');
        expect(text).not.toContain('Ikkje undersøk eleven');
      });
    });

    it('a police officer asking about forced marriage is told to notify child welfare for a child, and UD abroad', async () => {
      await replyTo(chat, 'en', 'I am a police officer. Explain forced marriage to me.', (reply) => {
        const text = textOf(reply);
        expect(text).toContain('Under 18: notify child welfare – the duty is personal');
        expect(text).toContain("Ministry of Foreign Affairs' operations centre");
      });
    });
  });

  describe('conversation: a topic and training for the staff, asked together by a service', () => {
    const { chat } = oneAppPerFile();

    const BOTH: ReadonlyArray<readonly [Lang, string, string, string]> = [
      ['en', 'I work in the police. What is honour-related violence, and who can train our staff on it?', 'Honour-related violence', 'post@imdi.no'],
      ['nb', 'Jeg jobber i politiet. Hva er æresrelatert vold, og hvem kan holde kurs om det for oss?', 'Æresrelatert vold', 'IMDis fagteam'],
    ];

    it.each(BOTH)('%s: "%s" gets the article, then who gives the course', async (lng, message, article, training) => {
      // Two replies: the article, then the training.
      await talk(chat({ locale: LOCALE_OF[lng] }), [message, (reply) => expect(textOf(reply)).toContain(article), (reply) => expect(textOf(reply)).toContain(training)]);
    });
  });
});

// (was duty-front-line.test.ts)
describe('duty questions from front-line roles (issue #13)', () => {
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
      const view = await runner.turn(lang, message);
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
      const view = await runner.turn(lang, message);
      expect(view.emergency).toBe(false);
      expect(containsFact(view.texts, ['politi', 'police', 'поліці', 'полици', 'policj', '112'])).toBe(true);
    });

    it.each([
      ['nb', 'Jeg er lærer på voksenopplæringen. En deltaker sier at svogeren følger etter henne hver dag og at hun ikke tør å dra hjem. Hva gjør jeg?', 'Er du under 18'],
      ['en', "I'm a nurse at the health station. A mother told me she can't go home because her brothers will hurt her. What should I do?", 'If you are under 18'],
    ] as const)('%s: a professional\'s story is a case about someone else, not a young writer\'s own', async (lang, message, youngLine) => {
      const view = await runner.turn(lang, message);
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
      const view = await runner.turn(lang, message);
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
      expect((await runner.turn(lang, message)).emergency).toBe(false);
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
});

// (was story-services-and-duties.test.ts)
/**
 * Long stories and duty questions (issue #13), through the real bot, in own phrasings:
 * - the police or child welfare named only in the story ("she won't go to the police") are not the service asked for:
 *   the answer is who advises the asker (Kompetanseteamet, 478 09 050, domain.md §12), not the police's number;
 * - a writer who opens with their role ("politiet her", "midwife here", "new in the police") is not sent to their own
 *   service;
 * - a duty asked in words of its own ("har jeg noen plikt …", "am I required to do anything", "عندي واجب") gets the
 *   duty's answer (child welfare), not "did you mean".
 */
describe('conversation: stories and duty questions get the answer for the asker', () => {
  const runner = conversationRunnerPerFile();

  const KT = ['478 09 050'];
  const CHILD_WELFARE = ['barnevern', 'child welfare'];
  /** [language, message, facts the reply shows (each a list of spellings)]. */
  const CASES: ReadonlyArray<readonly [Lang, string, readonly (readonly string[])[]]> = [
    // Services named only in the story's statements.
    [
      'nb',
      'Jeg er rådgiver på NAV. En bruker på 31 forteller at mannen tar lønna hennes og bestemmer hvem hun får treffe. Hun vil ikke anmelde ham til politiet. Hvem kan vi spørre om råd i en sånn sak?',
      [KT],
    ],
    [
      'en',
      'I teach Norwegian to adults. One of my students, 28, says her in-laws keep her passport and read her messages. She refuses to go to the police. Who can give me advice on how to help her?',
      [KT],
    ],
    // The writer's role said as "<role> here" or "new in <role>".
    ['nn', 'Politiet her. Kven kan gi oss råd i ei sak om æresrelatert vald før vi snakkar med familien?', [KT]],
    ['en', 'New in the police. Who advises us on forced marriage cases?', [KT]],
    // Roman Urdu: "I work in child welfare" is the writer's workplace, not the service asked for.
    ['ur', 'main barnevern mein kaam karti hoon. agar koi larki chhutiyon ke baad Norway wapas na aaye to hum kis se rabta karein?', [['478 09 050', '23 95 00 00']]],
    // A service asked for right after the writer's own workplace, with a word of calling beside it.
    ['nb', 'Kan vi i skolehelsetjenesten ringe Kompetanseteamet selv, eller må vi gå gjennom barnevernet?', [KT]],
    ['nb', 'Ringer vi på asylmottaket Kompetanseteamet direkte?', [KT]],
    // The police when it is not an emergency, said as "when there is no emergency".
    ['ar', 'ما هو رقم الشرطة إذا ما في حالة طوارئ؟', [['02800']]],
    ['pl', 'Jaki numer na policję, gdy nie ma nagłej sytuacji?', [['02800']]],
    // A duty asked in words of its own.
    ['nb', 'Helsesykepleier her. Har jeg noen plikt til å gjøre noe når en elev på 14 forteller om streng kontroll hjemme, eller gjelder bare taushetsplikten?', [CHILD_WELFARE]],
    ['en', 'As a teacher, am I required to do anything if a 13-year-old says her parents read all her messages?', [CHILD_WELFARE]],
    // Sharing information with child welfare, against one's confidentiality, is the duty to notify.
    ['nb', 'Jobber i NAV. Kan jeg dele opplysninger med barnevernet om en 12-åring som ikke får gå ut av huset? Jeg har jo taushetsplikt.', [['opplysningsplikt']]],
  ];

  it.each(CASES)('%s: %s', async (lang, message, facts) => {
    await expectAnsweredWith(runner, lang, message, facts);
  });
});

// (was asker-role-stories.test.ts)
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

  const emergencyBlock = async (lang: Lang, message: string): Promise<boolean> => (await runner.turn(lang, message)).emergency;

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

/**
 * Issue #13, session 21 (langs21): the asker's own service said with "we" in the users' forms (nynorsk "me i
 * barnevernet", Persian "ما از … هستیم", Urdu "ہم … سے ہیں", Somali "waxaan nahay …") is not the service asked for:
 * who advises them answers (Kompetanseteamet). "Where can I refer her?" asks whom to contact; Kompetanseteamet written
 * the users' way, with training asked beside it, gets the team and the expert team that trains. The sentences are
 * this file's own.
 */
describe('front-line staff in the users’ own words (issue #13, session 21)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nn', 'Me i barnevernet har fått ei melding om ei jente som kanskje skal omskjerast. Kven kan gje oss råd?'],
    ['fa', 'ما از barnevernet هستیم و یه پرونده ازدواج اجباری داریم. کی میتونه به ما مشاوره بده؟'],
    ['ur', 'ہم barnevernet سے ہیں۔ جبری شادی کے ایک کیس میں ہمیں کون مشورہ دے سکتا ہے؟'],
    ['so', 'Waxaan nahay barnevernet. Kiis guur qasab ah ayaan haynaa, yaa talo na siin kara?'],
  ] as const)('%s: "%s" → Kompetanseteamet, not their own service', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [['478 09 050']]);
  });

  it.each([
    ['nb', 'Jeg jobber på NAV. En kvinne sier mannen tar hele lønna hennes og ikke lar henne gå ut alene. Hvor kan jeg henvise henne?'],
    ['fa', 'تو NAV کار میکنم. یه خانم میگه شوهرش حقوقشو میگیره و نمیذاره تنها بیرون بره. به کجا ارجاعش بدم؟'],
    ['uk', 'Я працюю в NAV. Жінка каже, що чоловік забирає її зарплату і не пускає її саму з дому. Куди її направити?'],
    ['ur', 'میں NAV میں ہوں۔ ایک خاتون کا شوہر ان کی تنخواہ رکھ لیتا ہے۔ وہ پولیس کے پاس نہیں جانا چاہتیں۔ میں انہیں کہاں بھیجوں؟'],
  ] as const)('%s: "where can I refer her?" about a woman controlled by her husband gets the lines she can call: %s', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [['815 55 201', '116 006', '478 09 050']]);
  });

  it.each([
    ['ur', 'کمپیٹنس ٹیم کا نمبر کیا ہے، اور کیا وہ اساتذہ کو تربیت دیتے ہیں؟'],
    ['fa', 'شماره کمپتنس تیم چیه؟ به معلم‌ها آموزش میدن؟'],
    ['ru', 'Какой номер у Компетансетеамет и проводят ли они тренинги для школ?'],
  ] as const)('%s: Kompetanseteamet written the users’ way, with training asked: %s', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [['478 09 050'], ['post@imdi.no', 'RVTS']]);
  });
});

describe('session 21: every service asked for, a plan named with its topic, an errand declined with its article, mediation (issue #13)', () => {
  /**
   * Own sentences, none from an evaluation set:
   * - two services named together ("barnevernet eller politiet?"), with or without a country: the contact card names
   *   both; a broad name (politiet, IMDi, UD) gives way only to a more specific name of a service it covers
   *   (broadServiceFamilies in content/contacts/contact-words.json);
   * - a plan named with a topic ("what does the action plan against … say about …?") is a question about the plan, not
   *   "did you mean" (content/knowledge/plan-words.json);
   * - booking an interpreter through a portal is an errand the bot declines, with the article on using interpreters
   *   offered (scope concept interpreting, pointers in content/understanding/scope/rules.json); whether to use one in a
   *   case stays a question the article answers;
   * - mediation with the family by a community figure: the honour-related violence article, which says not to suggest it
   *   before the risk is assessed.
   */
  const runner = conversationRunnerPerFile();
  const view = (lang: Lang, message: string) => runner.turn(lang, message);

  it.each([
    ['nb', 'Jeg er lærer. En elev på 14 sier familien skal ta henne med til Irak i sommer. Skal jeg kontakte barnevernet eller politiet?'],
    ['nb', 'Skal vi ringe politiet eller barnevernet om en 13-åring som skal sendes til Somalia?'],
    ['nn', 'Eg jobbar i barnehage. Familien til ei jente skal reise til Pakistan. Skal vi kontakte barnevernet eller politiet?'],
    ['en', "I'm a teacher. A pupil says her parents want to take her to Iraq to marry her off. Should I call child welfare or the police?"],
  ] as const)('%s: "%s" names both child welfare and the police', async (lang, message) => {
    const shown = (await view(lang, message)).texts.join('\n');
    // The contact card's own entries (the emergency card lists "Politiet (ikke akutt)" on its own).
    expect(shown).toMatch(/Barnevernet i kommunen|Municipal child welfare/u);
    expect(shown).toMatch(/(?:Politiet|Police) – 02800/u);
  });

  it.each([
    ['nb', 'Hva står det i handlingsplanen mot negativ sosial kontroll om helsetjenesten?'],
    ['nn', 'Kva seier handlingsplanen mot tvangsekteskap om skulane?'],
    ['en', 'Does the action plan against honour-related violence say anything about kindergartens?'],
    ['pl', 'Co plan działania przeciw negatywnej kontroli społecznej mówi o szkołach?'],
  ] as const)('%s: "%s" answers with the plans, not "did you mean"', async (lang, message) => {
    const seen = await view(lang, message);
    expect(seen.didYouMean || seen.cannotAnswer).toBe(false);
    expect(seen.texts.join('\n')).toContain('Sjef i eget liv');
  });

  it.each([
    ['nb', 'Hvordan bestiller jeg tolk gjennom tolkeportalen til en samtale med foreldrene?', 'Bruk av tolk'],
    ['en', 'How do I order an interpreter for a parents meeting next week?', 'Using interpreters'],
  ] as const)('%s: "%s" is declined, with the article on using interpreters offered', async (lang, message, title) => {
    const seen = await view(lang, message);
    expect(seen.cannotAnswer).toBe(true);
    expect(seen.texts.join('\n')).toMatch(new RegExp(title, 'iu'));
  });

  it('"should we use an interpreter in this case?" stays a question the article answers', async () => {
    const seen = await view('en', 'We are meeting a pupil who is controlled by her family. Should we use an interpreter in this case?');
    expect(seen.cannotAnswer || seen.didYouMean).toBe(false);
    expect(seen.texts.join('\n')).toMatch(/qualified interpreter/iu);
  });

  // Someone over 18 in a professional's case: the lines she may call herself and Kompetanseteamet (which takes people
  // over 18 directly), not the pupils' diversity advisers or UD with no one abroad (src/conversation/age-band.ts).
  it.each([
    ['nb', 'Jeg er politi. Jenta er 19 og redd for familien. Hva gjør vi nå?'],
    ['en', 'I work at a reception centre. The girl is 20 and her brothers control everything she does. Who can advise us?'],
  ] as const)('%s: "%s" gets the lines for a grown-up and Kompetanseteamet', async (lang, message) => {
    const { texts } = await view(lang, message);
    const shown = texts.join('\n');
    expect(shown).toContain('478 09 050');
    expect(shown).toContain('815 55 201');
    // The first three entries of the card (the rest sit behind "more contacts").
    const firstThree = texts.filter((t) => /^[123]\. /u.test(t)).join('\n');
    expect(firstThree).toMatch(/Røde Kors|Red Cross/u);
    expect(firstThree).not.toMatch(/mangfoldsrådgiv|diversity advis|UD|operative/iu);
  });

  it.each([
    ['en', "I'm a child welfare caseworker. An imam offered to mediate between the girl and her family. Is that a good idea?", /mediation/iu],
    ['nb', 'Jeg er lærer. Kan en eldre i miljøet megle med familien?', /mekling/iu],
  ] as const)('%s: "%s" gets the article that warns against mediation before the risk is assessed', async (lang, message, warning) => {
    const seen = await view(lang, message);
    expect(seen.didYouMean || seen.cannotAnswer).toBe(false);
    expect(seen.texts.join('\n')).toMatch(warning);
  });
});

describe('a duty question asking in which order to involve the services, in Turkish (issue #13, session 21)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    'Polis memuruyum. 15 yaşındaki bir kız, ailesinin onu yazın Pakistan\'a götürüp nişanlayacağını anlattı. Barnevern, Kompetanseteamet ve büyükelçilik arasında sıra ne olmalı?',
    'Okulda sosyal danışmanım. Bir öğrencim Somali\'ye gönderilip sünnet edileceğinden korkuyor. Barnevern ve polis için doğru sıralama nasıl olmalı?',
  ])('tr: %s', async (message) => {
    const view = await runner.turn('tr', message);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['barnevern'])).toBe(true);
  });
});


describe('conversation: school staff and services asking about a pupil or a closed case (session 22)', () => {
  const runner = conversationRunnerPerFile();

  // A pupil told of as the writer's own ("one of my pupils", "моя ученица") in danger today: the emergency numbers,
  // and behind them the school's steps for acting, which name child welfare (not the signs to watch for).
  it.each<[Lang, string, readonly string[]]>([
    ['nb', 'Ei av elevene mine sier at onkelen har truet henne og at hun ikke tør å gå hjem etter skolen i dag', ['barnevern']],
    ['nn', 'Ein av elevane mine seier at onkelen truar henne og at ho ikkje tør gå heim i dag', ['barnevern']],
    ['en', 'One of my pupils says her brother threatened to hurt her and she is scared to go home today', ['child welfare', 'barnevern']],
    ['ru', 'Моя ученица говорит, что брат угрожает ей и она боится идти домой сегодня', ['barnevern', 'защиты детей', 'опеки']],
    ['pl', 'Moja uczennica mówi, że brat jej grozi i boi się dziś wrócić do domu', ['barnevern', 'ochrony dzieci']],
  ])('%s: a pupil in danger today: 112 first, then child welfare named in the school\'s steps', async (lang, message, childWelfare) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['112'])).toBe(true);
    expect([childWelfare, containsFact(view.texts, childWelfare)]).toEqual([childWelfare, true]);
  });

  // A child-welfare worker's own service, named where the language puts the workplace after its name, beside the
  // services asked for: the others' numbers, not child welfare's own card.
  it.each<[Lang, string]>([
    ['tr', "Barnevern'de çalışıyorum. VO-linjen'in numarası ve acil olmayan durumlar için polisin numarası nedir?"],
    ['so', 'Waxaan ka shaqeeyaa barnevernet. Fadlan i sii lambarka VO-linjen iyo lambarka booliska marka aanay degdeg ahayn.'],
  ])('%s: child welfare asks for VO-linjen and the non-emergency police: 116 006 and 02800', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [['116 006'], ['02800']]);
  });

  // "Whom could we have asked back then?": the past of "who can advise us" is the same question, Kompetanseteamet.
  it.each<[Lang, string]>([
    ['nb', 'Vi i barnevernet hadde en sak om tvangsekteskap i fjor som nå er avsluttet. Hvem kunne vi ha spurt om råd den gangen?'],
    ['nn', 'Vi hadde ei sak om tvangsgifte i fjor som no er avslutta. Kven kunne vi ha spurt om råd den gongen?'],
    ['en', 'We had a case last year that is closed now. Who could we have consulted back then?'],
  ])('%s: a closed case, and whom the service could have consulted: Kompetanseteamet', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [['478 09 050']]);
  });
});

describe('conversation: a line asked by whom it is for, the nearest adviser, and someone to talk to (session 22, hb22c)', () => {
  const runner = conversationRunnerPerFile();
  const CHILDRENS_LINE = ['116 111'];
  const VO_LINE = ['116 006'];
  const KT = ['478 09 050'];

  // The children's line named by its audience ("the number for children and teenagers"), not by its name.
  it.each<[Lang, string]>([
    ['nn', 'kva er telefonnummeret for born og unge som ikkje har det bra heime?'],
    ['fa', 'شماره خط تلفن برای بچه ها و نوجوانان چیه؟'],
    ['ar', 'أريد رقم هاتف الأطفال والمراهقين من فضلك'],
    ['ti', 'ንተማሃሮ ዝወሃብ ቁጽሪ ተሌፎን ናይ ቆልዑን መንእሰያትን ክንደይ እዩ?'],
  ])('%s: the number for children and young people: Alarmtelefonen 116 111', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [CHILDRENS_LINE]);
  });

  // Two numbered needs, the first a line for grown-ups who meet violence at home: VO-linjen beside Kompetanseteamet.
  it.each<[Lang, string]>([
    ['nb', 'Jeg er fastlege. 1) Finnes det en hjelpetelefon for voksne som opplever vold? 2) Og nummeret til Kompetanseteamet?'],
    ['en', 'I work at a clinic. 1) what is the line for adults experiencing violence? 2) what is the number for Kompetanseteamet?'],
    ['pl', 'Pracuję w przychodni. 1) Jaki jest numer dla dorosłych ofiar przemocy? 2) Jaki jest numer do Kompetanseteamet?'],
  ])('%s: 1) a line for adults facing violence 2) Kompetanseteamet: 116 006 and 478 09 050', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [VO_LINE, KT]);
  });

  // A school with no diversity adviser looking for the nearest: the advisers' card, each school's number on imdi.no.
  it.each<[Lang, string]>([
    ['nn', 'skulen vår har ingen mangfaldsrådgjevar. kvar finn eg den næraste?'],
    ['en', "we don't have a diversity adviser at our school, how do I find the nearest one?"],
    ['pl', 'W naszej szkole nie ma doradcy ds. różnorodności. Jak znaleźć najbliższego?'],
    ['tr', 'Okulumuzda çeşitlilik danışmanı yok. En yakın olanı nasıl bulurum?'],
  ])('%s: no adviser at the school, the nearest one sought: imdi.no', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [['imdi.no']]);
  });

  // "Is this negative social control? Is there a line I can give her?": the term, and the lines for grown-ups.
  it.each<[Lang, string]>([
    ['nb', 'Jeg er jordmor. En ung kvinne sier at svigermora bestemmer alt hun gjør. Er det negativ sosial kontroll? Finnes det en telefon jeg kan gi henne?'],
    ['ar', 'أنا قابلة. امرأة شابة تقول إن حماتها تتحكم في كل شيء. هل هذه سيطرة اجتماعية سلبية؟ هل يوجد خط هاتف أعطيه لها؟'],
    ['ru', 'Я акушерка. Молодая женщина рассказала, что свекровь контролирует каждый её шаг. Это негативный социальный контроль? Есть ли телефон, который я могу ей дать?'],
    ['tr', 'Hemşireyim. Bir kadın kayınvalidesinin onu sürekli kontrol ettiğini söylüyor. Bu negatif sosyal kontrol mü? Ona verebileceğim bir danışma hattı var mı?'],
  ])('%s: the term asked, and a line to give her: the Red Cross line or VO-linjen', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [['815 55 201', '116 006']]);
  });

  // A calm family quarrel, and someone to talk to: the lines for parents (the Red Cross line talks with parents too).
  it.each<[Lang, string]>([
    ['nn', 'eg er mor til ei jente på 16 som vil flytta ut. det er mykje krangel heime, men ingen har truga nokon. er det nokon vi kan snakka med?'],
    ['en', "I'm a dad. My son is 17 and wants to move out; there's a lot of arguing at home but no threats. Is there anyone we can talk to?"],
  ])('%s: a calm quarrel, someone to talk to: a line for parents, no emergency card', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency || view.didYouMean || view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, ['815 55 201'])).toBe(true);
  });

  // Advice asked without names in a story that names the family's country, with no journey: the lines, no envoy.
  it.each<[Lang, string]>([
    ['pl', 'Pracuję w przedszkolu w Bergen. Mamy dziewczynkę (4) z rodziny afgańskiej. Rodzice są surowi, ale dziecko jest wesołe. Czy możemy się kogoś poradzić bez podawania nazwiska?'],
    ['nb', 'Jeg jobber i barnehage. Foreldrene til en gutt er strenge, men han er glad og har ingen merker. Kan vi spørre noen om råd uten å si navn?'],
  ])('%s: a kindergarten asks advice without names: the anonymous lines and Kompetanseteamet', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [KT]);
  });
});

describe('staff who tell of a child in danger get the next step for their role (issue #13, session 22)', () => {
  const runner = conversationRunnerPerFile();
  const roles = loadRoleReader();

  // Busy staff put their title alone before the story ("Teacher. …"): a statement about the writer, as "I am a teacher"
  // is. A title inside a sentence, a workplace alone or a question about a service names someone else.
  it.each<[string, string | undefined]>([
    ['Lærer. En elev i 10. klasse forteller at faren har slått henne', 'school'],
    ['Helsesykepleier: en gutt på 15 sier onkelen truer ham', 'school-health'],
    ['Police officer – a girl of 15 came to the station last night', 'police'],
    ['Учительница. Мальчик 13 лет боится идти домой', 'school'],
    ['معلمة. تلميذة عمرها ١٣ سنة تخاف من أبيها', 'school'],
    ['Polis memuru. 16 yaşında bir kız ağabeyinden korkuyor', 'police'],
    ['A teacher told us about a pupil at risk', undefined],
    ['Barnevernet? Hva gjør de egentlig?', undefined],
    ['Teacher? Who should I call', undefined],
  ])('"%s" is read as the role %s', (message, role) => {
    expect(roles.read(message).role).toBe(role);
  });

  const CHILD_WELFARE: Readonly<Record<string, readonly string[]>> = {
    nb: ['barnevern'],
    en: ['child welfare', 'barnevern'],
    ru: ['barnevern', 'защиты детей'],
    ar: ['barnevern', 'رعاية الطفل', 'حماية الطفل'],
    fa: ['barnevern', 'حمایت از اطفال'],
    tr: ['barnevern', 'çocuk koruma'],
    pl: ['barnevern', 'ochrony dzieci'],
  };
  const DUTY_TITLE: Readonly<Record<string, string>> = {
    nb: 'Opplysningsplikt (meldeplikt) til barnevernet',
    en: 'Duty to notify child welfare',
    fa: 'وجیبهٔ اطلاع‌دهی به ادارهٔ حمایت از اطفال',
    ar: 'واجب إبلاغ خدمات رعاية الطفل',
    tr: 'Çocuk koruma hizmetine bildirim yükümlülüğü',
    ru: 'Обязанность сообщать в службу защиты детей',
    pl: 'Obowiązek zgłaszania do służby ochrony dzieci',
  };

  // A pupil in danger told after a title alone: 112 first, and behind it the school's steps, which name child
  // welfare and Kompetanseteamet (not the signs to watch for).
  it.each<[Lang, string]>([
    ['en', 'Teacher. A boy in 8th grade (13) says his father beat him with a belt and threatened to kill him if he tells anyone'],
    ['ru', 'Учительница. Девочка 14 лет пришла с синяками и говорит, что отец убьёт её, если она расскажет'],
    ['ar', 'معلمة. تلميذة عمرها ١٣ سنة قالت إن أخاها ضربها وهددها بالقتل إذا تكلمت مع أحد'],
  ])('%s: a pupil in danger after a title alone: 112, child welfare and Kompetanseteamet', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, CHILD_WELFARE[lang] ?? [])).toBe(true);
    expect(containsFact(view.texts, ['Kompetanseteamet'])).toBe(true);
  });

  // A pupil's quoted fear, read as a case rather than an emergency ("112 if acute" on top): the school's steps, not the
  // article on control online that her taken phone draws.
  it.each<[Lang, string]>([
    ['en', "Teacher. A girl in year 9 says her brother took her phone and reads all her chats, and she whispered: 'if they find out I told you, I'm finished'"],
    ['nb', 'Lærer. Ei jente i 9. klasse sier broren har tatt mobilen hennes og leser alle meldingene, og hun hvisket: «hvis de finner ut at jeg har sagt det til deg, er det slutt for meg»'],
    ['ru', 'Учительница. Девочка из 9 класса говорит, что брат забрал её телефон и читает все сообщения, и прошептала: «если узнают, что я тебе сказала, мне конец»'],
  ])('%s: a pupil\'s quoted fear told by her teacher gets child welfare and Kompetanseteamet', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, CHILD_WELFARE[lang] ?? [])).toBe(true);
    expect(containsFact(view.texts, ['Kompetanseteamet'])).toBe(true);
  });

  // Services other than the school, telling of a child in danger: the duty-to-notify article opened for their role
  // (notify child welfare, its emergency service after hours, 112 if acute, Kompetanseteamet for advice).
  it.each<[Lang, string]>([
    ['en', 'I work in the municipal refugee service. A girl of 15 in one of our families says her brothers beat her and she is afraid to go home tonight.'],
    ['en', 'I teach at an adult education centre. A student of 16 says her husband locks her in and hits her.'],
    ['nb', 'Jeg jobber i NAV. En 17-åring forteller at broren har slått henne og truer med å sende henne til Irak.'],
  ])('%s: another service with a child in danger gets the duty to notify child welfare for its role', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, [DUTY_TITLE[lang] ?? ''])).toBe(true);
    expect(containsFact(view.texts, ['Kompetanseteamet'])).toBe(true);
  });

  // A child said to be a man's wife: no one under 18 can marry in Norway, so a case for child welfare, with the
  // "112 if acute" line on top; not "did you mean" or "I can't answer that".
  it.each<[Lang, string]>([
    ['en', 'I work at an asylum reception centre. A new resident aged 14 came with a man of 32 who tells us she is his wife.'],
    ['nb', 'Jeg jobber på et asylmottak. Ei jente på 15 har kommet med en mann på 40, og de sier hun er kona hans.'],
    ['fa', 'در کمپ پناهجویان کار می‌کنم. دختری ۱۴ ساله با یک مرد ۳۸ ساله آمده و می‌گویند زن اوست.'],
    ['tr', 'Bir mülteci kabul merkezinde çalışıyorum. 15 yaşında bir kız 33 yaşında bir adamla geldi, adam onun karısı olduğunu söylüyor.'],
    ['ar', 'أعمل في مركز استقبال اللاجئين. وصلت فتاة عمرها ١٤ سنة مع رجل عمره ٣٦ سنة يقول إنها زوجته.'],
    ['fa', 'من در یک کمپ (asylmottak) در جنوب ناروی کار می‌کنم. دختری ۱۶ ساله اینجاست که می‌گویند همسر یک مرد ۴۰ ساله است.'],
  ])('%s: a child said to be a man\'s wife is a case for child welfare', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, CHILD_WELFARE[lang] ?? [])).toBe(true);
    expect(containsFact(view.texts, ['Kompetanseteamet', '478 09 050'])).toBe(true);
  });

  // A grown woman's husband is no child's marriage: no "112" line for that alone.
  it.each<[Lang, string]>([
    ['en', 'I work at NAV. A woman of 34 says her husband decides what she may spend. What can she do?'],
    ['nb', 'Jeg jobber på asylmottak. En kvinne på 30 er gift med en mann som bestemmer alt. Hvem kan hun snakke med?'],
  ])('%s: an adult woman and her husband: no emergency line by the rules', async (lang, message) => {
    expectCalmByTheRules(await runner.turn(lang, message), message, lang);
  });
});

describe('Tigrinya staff who tell of a child at risk are read in their role (issue #13, session 22)', () => {
  const runner = conversationRunnerPerFile();
  const roles = loadRoleReader();

  // Tigrinya often drops "ኣነ" (I): "[title] እየ" alone says who writes; a health station and the spelling ነርሲ are
  // health's too.
  it.each<[string, string | undefined]>([
    ['ነርሲ እየ፣ ሓንቲ ጓል ትጽበየኒ', 'health'],
    ['ኣብ ጣቢያ ጥዕና ነርስ እየ። ሓደ ሕቶ ኣሎኒ', 'health'],
    ['ኣነ ኣብ ጣብያ ጥዕና እሰርሕ', 'health'],
    ['መምህርቲ እየ፣ ሓንቲ ተማሃሪት ትፈርሕ', 'school'],
    ['ጓል 16 ዓመት እየ', undefined],
  ])('"%s" is read as the role %s', (message, role) => {
    expect(roles.read(message).role).toBe(role);
  });

  // A nurse told of a cutting planned for a small girl: 112 first, and the FGM article opened for health staff
  // ("as a health worker …"), which says to contact the police and child welfare.
  it.each([
    'ኣነ ኣብ ጣቢያ ጥዕና እሰርሕ። ስድራ ሓንቲ ናይ 7 ዓመት ጓል ኣብ ዝመጽእ ዕረፍቲ ከግዝርዋ መደብ ኣለዎም።',
    'ነርሲ እየ። ሓንቲ ኣደ ንጓላ ኣብ ክረምቲ ንዓዲ ወሲዳ ከተግዝራ እያ ኢላትኒ።',
  ])('ti: "%s" gets 112 and the next step for health staff', async (message) => {
    const view = await runner.turn('ti', message);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['ከም ሰራሕተኛ ጥዕና'])).toBe(true);
    expect(containsFact(view.texts, ['ሓለዋ ቆልዑ', 'barnevern'])).toBe(true);
  });

  // A nurse's two questions, her daughter's planned cutting and Kompetanseteamet's number: "ንጓላ" (her daughter) is a
  // child, so the number comes with child welfare for the health worker.
  it('ti: a nurse asking about a mother\'s plan for her daughter and for Kompetanseteamet\'s number gets child welfare and the number', async () => {
    const view = await runner.turn('ti', 'ነርስ እየ ኣብ ጣቢያ ጥዕና። ሓንቲ ኣደ ንጓላ ኣብ ዕረፍቲ ኣብ ሱዳን ከም ኩለን ኣዋልድ ክንገብራ ኢና ትብል። እንታይ ይግበር? ከምኡ እውን ቁጽሪ ስልኪ Kompetanseteamet?');
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['barnevern'])).toBe(true);
    expect(containsFact(view.texts, ['478 09 050'])).toBe(true);
  });

  // A pupil taken to the home country to be married ("ንዓዲ ተወሲዱ"): the journey is read, and with it the danger.
  it('ti: a teacher told that a pupil was taken home to be married off gets the emergency card', async () => {
    const view = await runner.turn('ti', 'መምህር እየ። ሓደ ተማሃራይ ንዓዲ ተወሲዱ ኣብኡ ክምርዕዎ እዮም ኢሉኒ።');
    expect(view.emergency).toBe(true);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
  });
});

// (session 23, open23)
describe('school staff telling of a pupil taken home to be married get the school\'s steps before the contacts (issue #13, session 23)', () => {
  /**
   * A teacher's pupil to be taken to the family's country to be married, read by the contact words (a country, "home"):
   * the emergency card, then what school staff should do (or the article on stays abroad, whose opening for a school
   * says it), not the contact plan alone. Read in Somali when the title comes first ("macallin baan ahay"), in
   * Tigrinya and Persian with "what do we do" as people write it, and with no "what do I do" at all. Own phrasings.
   */
  const runner = conversationRunnerPerFile();

  const CASES: ReadonlyArray<readonly [Lang, string, string]> = [
    ['fa', 'معلم هستم. خانواده یکی از دانش‌آموزانم (۱۵ ساله) تابستان او را به وطن می‌برند تا شوهرش بدهند. راهنمایی می‌خواهم.', 'کارمندان مکتب چه باید بکنند'],
    ['ti', 'መምህር እየ። ሓንቲ ተምሃሪት (16) ኣብ ዝመጽእ ወርሒ ናብ ዓዳ ክወስድዋ እዮም፡ ኣብኡ ክምርዕዋ። ሓግዙኒ።', 'ሰራሕተኛታት ቤት ትምህርቲ እንታይ ክገብሩ'],
    ['fa', 'من معلم هستم. خانواده یکی از دانش‌آموزانم (۱۵ ساله) می‌خواهند تابستان او را به افغانستان ببرند تا شوهرش بدهند. چه کار باید بکنم؟', 'اقامت اجباری در خارج'],
    ['so', 'Macallin baan ahay. Gabadh arday ah (14) ayaa ii sheegtay in bisha soo socota Soomaaliya loo qaadi doono si loo guursado. Maxaan sameeyaa?', 'shaqaalaha dugsigu'],
    ['ti', 'መምህር እየ። ሓንቲ ተምሃሪት (16) ኣብ ዝመጽእ ወርሒ ናብ ዓዳ ክወስድዋ እዮም፡ ኣብኡ ክምርዕዋ። እንታይ ንገብር?', 'ብዘይ ድሌት ኣብ ወጻኢ ምጽናሕ'],
    ['ur', 'میں ٹیچر ہوں۔ ایک طالبہ (14) نے بتایا کہ اگلے مہینے اسے وطن لے جا کر اس کی شادی کر دی جائے گی۔ میں کیا کروں؟', 'اسکول کے عملے کو کیا کرنا چاہیے'],
    ['en', "I'm a teacher. A pupil (15) is to be taken to her parents' home country next month to be married there. Please advise.", 'What school staff should do'],
  ];

  it.each(CASES)('%s: "%s" gets the card, then "%s"', async (lang, message, title) => {
    const run = await runner.converse({ lang, turns: [message] });
    const view = readTurn(run.replies, runner.markers);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, [title])).toBe(true);
  });
});

/**
 * Session 23, hb23b (issue #13): contacts a front-line service asks for, read in every language:
 * - where to find the diversity advisers' phone numbers (a NAV or other service's question, the names typed with "aa"
 *   for "å" or declined): the advisers' card, which says each school's adviser and number are on imdi.no;
 * - someone to hold a session or lesson, help with teaching material, come to the class, an information meeting (the
 *   learners' country of origin named, no case): IMDi's expert team and RVTS, not the country's envoy or "did you mean";
 * - the police or another service asking whether it may share information in a forced-marriage case: the duty's
 *   article, which names Kompetanseteamet for advice in the case.
 * The sentences are this file's own; none is in the evaluation sets.
 */
describe('conversation: front-line services asking for advisers, a session or the duty to share (hb23b)', () => {
  const runner = conversationRunnerPerFile();
  const IMDI_NO = ['imdi.no'];
  const TRAINERS = ['post@imdi.no', 'RVTS'];
  const KT = ['478 09 050', 'Kompetanseteamet'];

  const ADVISERS_NUMBER: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'hvor kan jeg faa tak i nummeret til minoritetsraadgiveren? en deltaker paa introprogrammet vil snakke med noen'],
    ['nn', 'kvar finn eg telefonnummeret til mangfaldsrådgjevarane? eg jobbar på nav og har ein deltakar som vil snakke med ein'],
    ['en', "I'm at NAV. Where do I look up the phone number for the minority advisers? A client of mine wants to talk to one"],
    ['ar', 'أعمل في NAV. أين أجد رقم هاتف مستشاري التنوع؟ لدي مراجع يريد التحدث مع أحدهم'],
    ['so', 'Waxaan ka shaqeeyaa NAV. Xagee ka helaa lambarka taleefanka la-taliyayaasha kala-duwanaanshaha?'],
    ['fa', 'در ناو کار می‌کنم. شماره تلفن مشاوران تنوع را از کجا پیدا کنم؟'],
    ['ur', 'میں NAV میں کام کرتا ہوں۔ اقلیتی مشیروں کا فون نمبر کہاں ملے گا؟'],
    ['uk', 'Я працюю в NAV. Де знайти телефон радників з питань різноманіття? Клієнт хоче поговорити з кимось із них'],
    ['ru', 'Я работаю в NAV. Где найти телефоны советников по вопросам многообразия? Клиент хочет поговорить с одним из них'],
    ['tr', "NAV'da çalışıyorum. Çeşitlilik danışmanlarının telefon numarasını nereden bulabilirim?"],
    ['pl', 'Pracuję w NAV. Gdzie znajdę numer telefonu do doradców ds. różnorodności? Klient chce z kimś porozmawiać'],
    ['ti', 'ኣብ NAV እሰርሕ። ቁጽሪ ተሌፎን ኣማኸርቲ ብዙሕነት ኣበይ ይረክብ?'],
  ];

  it.each(ADVISERS_NUMBER)('%s: "%s" gets the advisers\' card with imdi.no', async (lng, message) => {
    await expectAnsweredWith(runner, lng, message, [IMDI_NO]);
  });

  const SESSION_OR_MATERIAL: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Jeg underviser norsk for voksne innvandrere fra Somalia og Irak. Vi vil ha en time om tvangsekteskap. Kan noen komme til klassen eller gi oss undervisningsmateriell?'],
    ['nn', 'Eg underviser på vaksenopplæringa, fleire deltakarar frå Eritrea. Det er ingen sak, berre undervisning. Kven kan halde eit opplegg om negativ sosial kontroll for klassen?'],
    ['en', 'I teach Norwegian at an adult education centre; many learners are from Afghanistan. No specific case. Is there anyone who can help with teaching materials or hold a lesson on forced marriage?'],
    ['ar', 'أعمل في مركز لتعليم الكبار، ومعظم الطلاب من العراق. لا توجد حالة محددة. من يمكنه مساعدتنا في مواد تعليمية عن الزواج القسري؟'],
    ['so', 'Waxaan bare ka ahay xarunta waxbarashada dadka waaweyn. Ma jiro kiis gaar ah. Yaa noo qaban kara kulan macluumaad oo ku saabsan guurka qasabka ah?'],
    ['fa', 'در مرکز آموزش بزرگسالان کار می‌کنم و شاگردان ما از افغانستان هستند. مورد خاصی نداریم. چه کسی می‌تواند مواد آموزشی درباره ازدواج اجباری به ما بدهد؟'],
    ['ur', 'میں بالغوں کی تعلیم کے مرکز میں پڑھاتا ہوں، طلبہ پاکستان سے ہیں۔ کوئی خاص کیس نہیں۔ جبری شادی پر ایک سبق کے لیے کون مدد کر سکتا ہے؟'],
    ['uk', 'Я викладаю в центрі освіти для дорослих, учні з Сирії. Конкретної справи немає. Хто може провести урок про примусовий шлюб або допомогти з матеріалами?'],
    ['ru', 'Я преподаю на курсах для взрослых, ученики из Чечни. Никакого конкретного случая нет. Кто может прийти к нам и провести урок о принудительном браке?'],
    ['tr', "Yetişkin eğitim merkezinde öğretmenim, öğrencilerimiz Irak'tan. Somut bir vaka yok. Zorla evlilik hakkında bir ders için kim yardım edebilir?"],
    ['pl', 'Uczę dorosłych w ośrodku kształcenia, kursanci są z Somalii. Nie ma konkretnej sprawy. Kto może poprowadzić lekcję o małżeństwach przymusowych albo pomóc z materiałami?'],
    ['ti', 'ኣብ ማእከል ትምህርቲ ዓበይቲ እምህር። ፍሉይ ጉዳይ የለን። ብዛዕባ ግዳዊ መርዓ ናይ ሓበሬታ ኣኼባ ንምግባር መን ክሕግዘና ይኽእል?'],
  ];

  it.each(SESSION_OR_MATERIAL)('%s: "%s" gets IMDi\'s expert team or RVTS, not "did you mean"', async (lng, message) => {
    await expectAnsweredWith(runner, lng, message, [TRAINERS]);
  });

  const SHARING_ON_DUTY: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Politiet her: kan vi utveksle informasjon med barnevernet om en jente som skal giftes bort, eller hindrer taushetsplikten oss?'],
    ['nb', 'Jeg er politi. Kan vi gi informasjon til barnevernet i en sak om tvangsekteskap, eller hindrer taushetsplikten oss?'],
    ['nn', 'Eg jobbar i politiet. Kan vi dele opplysningar med skulen i ei sak om tvangsekteskap, eller stoppar teieplikta det?'],
    ['en', 'I work for the police. May we share information with the school in a forced marriage case, or does confidentiality stop us?'],
    ['ru', 'Я работаю в полиции. Можем ли мы передать сведения школе по делу о принудительном браке, или нам мешает обязанность хранить тайну?'],
    ['tr', 'Polisim. Zorla evlilik vakasında okulla bilgi paylaşabilir miyiz, yoksa gizlilik yükümlülüğü buna engel mi?'],
    ['pl', 'Pracuję w policji. Czy możemy przekazać informacje szkole w sprawie małżeństwa przymusowego, czy zabrania tego tajemnica służbowa?'],
  ];

  it.each(SHARING_ON_DUTY)('%s: "%s" gets the duty\'s answer with Kompetanseteamet', async (lng, message) => {
    await expectAnsweredWith(runner, lng, message, [KT]);
  });
});

describe('conversation: a case\'s country stays with that case, and a city in its own script is its country (issue #13, session 24)', () => {
  /**
   * A case told in a country (Kenya, Pakistan) keeps its envoy line on the questions about it; a new question of its own
   * that tells nothing of the case (a course or an information meeting for the staff, an adviser looked up) gets the
   * numbers the case carried, not that envoy's line. A city named in Persian, Arabic or Cyrillic ("مشهد", "الموصل",
   * "Махачкала") leads to the envoy who covers its country. The sentences are this file's own.
   */
  const runner = conversationRunnerPerFile();
  const envoyLine = (texts: readonly string[], post: string) => texts.some((t) => t.includes(post));

  const CASE_THEN_OTHER: ReadonlyArray<readonly [Lang, string, string, string]> = [
    ['nb', 'En elev på 14 skal sendes til Kenya i ferien for å giftes bort. Hva gjør jeg?', 'Vi i barnehagen planlegger et informasjonsmøte for nye foreldre til høsten. Kan noen holde et innlegg om negativ sosial kontroll?', 'Nairobi'],
    ['nn', 'Ei elev på 15 skal sendast til Pakistan i sommar for å bli gift. Kva gjer eg?', 'Kven kan halde kurs for personalet vårt om negativ sosial kontroll?', 'Islamabad'],
    ['en', 'A 15-year-old pupil is being sent to Kenya this summer to be married. What do I do?', 'Also, who is the diversity adviser for schools in Bergen?', 'Nairobi'],
  ];

  it.each(CASE_THEN_OTHER)('%s: a question beside the case gets no envoy line ("%s" → "%s")', async (lng, story, other, post) => {
    const told = await runner.turn(lng, [story]);
    expect(envoyLine(told.texts, post)).toBe(true);
    const beside = await runner.turn(lng, [story, other]);
    expect(envoyLine(beside.texts, post)).toBe(false);
  });

  it('nb: a question about the same case still gets its envoy', async () => {
    const view = await runner.turn('nb', ['En elev på 14 skal sendes til Kenya i ferien for å giftes bort. Hva gjør jeg?', 'Hvor er ambassaden?']);
    expect(envoyLine(view.texts, 'Nairobi')).toBe(true);
  });

  const CITY_IN_OWN_SCRIPT: ReadonlyArray<readonly [Lang, string, string]> = [
    ['fa', 'دختر پانزده ساله‌ام را تابستان به مشهد می‌برند تا به زور شوهرش بدهند. چه کار کنم؟', 'Amman'],
    ['ar', 'ستأخذ العائلة ابنتها ذات الخمسة عشر عاماً إلى الموصل لتزويجها بالقوة. ماذا أفعل؟', 'Amman'],
    ['ar', 'تريد الأسرة إرسال الطالبة إلى البصرة لتزويجها رغماً عنها هذا الصيف. ماذا نفعل؟', 'Amman'],
    ['uk', 'Батьки хочуть відвезти 15-річну ученицю до Тегерана і видати заміж. Що робити?', 'Amman'],
  ];

  it.each(CITY_IN_OWN_SCRIPT)('%s: "%s" gets the envoy in %s', async (lng, story, post) => {
    const view = await runner.turn(lng, story);
    expect(view.emergency).toBe(true);
    expect(envoyLine(view.texts, post) || envoyLine(view.texts, 'عمّان') || envoyLine(view.texts, 'عمان') || envoyLine(view.texts, 'Амман')).toBe(true);
  });
});

/**
 * Session 24, hb24b (issue #13): what a professional asks at the end of a long story, or beside where they looked:
 * - a course or a talk for the staff asked after a story that says "we have no diversity adviser", "I am the
 *   counsellor at …", "we had a case last year" or "who could come and give a talk?": those who train staff, not the
 *   advisers' figures or the lines for young callers;
 * - "lurer på om det finnes noen som holder kurs": a wish for a course asked indirectly;
 * - a kindergarten without an adviser asking whom to call in a case: Kompetanseteamet;
 * - the school's adviser looked for on the intranet and not found: the per-school list on imdi.no, not "outside what I
 *   know"; a password for the intranet stays outside.
 * The sentences are this file's own; none is in the evaluation sets.
 */
describe('front line: a course, an adviser or case advice asked at the end of a story (hb24b)', () => {
  const runner = conversationRunnerPerFile();

  it.each<[Lang, string]>([
    ['nb', 'Hei, jeg er rådgiver ved en ungdomsskole i Bodø. Vi hadde en sak for to år siden som ordnet seg fint. Nå vil rektor at lærerne skal lære mer om æresrelatert vold. Vi har ingen mangfoldsrådgiver. Finnes det noen som kan holde et kurs for oss?'],
    ['en', "I teach at a private school in Bergen with pupils from many countries. Nothing acute is going on, but the head wants staff to know more about forced marriage. We don't have a diversity adviser. Who could come and give a talk to the staff?"],
    ['nb', 'Jeg jobber i flyktningtjenesten i en liten kommune, vi er tre ansatte og har bosatt familier fra Eritrea i år. Vi har ingen saker nå. Lurer på om det finnes noen som holder gratis fagdager for små kommuner?'],
    ['nn', 'Eg jobbar i flyktningtenesta i ein liten kommune, vi har busett familiar frå Syria. Vi har ingen saker no. Lurer på om det finst nokon som held gratis kurs for små kommunar?'],
  ])('%s: a course asked after the story gets those who train staff', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [['post@imdi.no', 'fagteamet', 'expert team', 'RVTS']]);
    expect((await runner.turn(lang, message)).emergency).toBe(false);
  });

  it('nb: a kindergarten without an adviser asks whom to call in a case: Kompetanseteamet', async () => {
    await expectAnsweredWith(runner, 'nb', 'Vi jobber i en barnehage på Furuset og har ingen mangfoldsrådgiver. Hvem kan vi ringe for å få råd om en konkret sak?', [['478 09 050']]);
  });

  it.each<[Lang, string]>([
    ['nb', 'hvem er mangfoldsrådgiveren hos oss? jobber på en videregående i Skien, fant ikke noe på intranettet'],
    ['en', "who is the diversity adviser at our school? I work at an upper secondary school in Bergen and can't find anything on the intranet"],
  ])('%s: the adviser not found on the intranet: the list on imdi.no', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [['imdi.no']]);
  });

  it('en: a password for the intranet is still outside what the bot knows', async () => {
    const view = await runner.turn('en', "I can't log in to the intranet, how do I reset my password?");
    expect(view.cannotAnswer).toBe(true);
    expect(containsFact(view.texts, ['imdi.no'])).toBe(false);
  });
});
