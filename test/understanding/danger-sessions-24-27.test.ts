import type { Lang } from '../../src/language/languages';
import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadRoleReader } from '../../src/understanding/role-reader';
import { loadSituationReader, type Concept, cueFileSchema, CONCEPTS, fold, situationBook, type CueFile } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';
import { alarmed, dutyOf, isDanger } from '../helpers/danger-alarm';
import type { Features } from '../../src/features';
import { readersOfFile } from '../helpers/test-readers';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentPath } from '../../src/paths/content-root';
import { readDataFile } from '../../src/paths/data-file';
import { expandPhrase, expandPhrases, MAX_EXPANSION } from '../../src/understanding/phrase-classes';
import { loadConversationSet } from '../../src/evaluation/conversation-eval';
import { tokenize } from '../../src/language/text';
import { PhraseIndex } from '../../src/understanding/phrase-index';

/**
 * The tuned conversation sets (test/eval/conversations, ~22,600 items, 13 MB read and parsed by zod: ~0.3–0.4 s), read
 * once for the two describes that scan their turns instead of once each (docs/performance.md, Session 40, tests).
 */
let tunedItems: ReturnType<typeof loadConversationSet> | undefined;
const tunedConversations = (): ReturnType<typeof loadConversationSet> => (tunedItems ??= loadConversationSet(path.join(__dirname, '..', 'eval', 'conversations')));

// (was danger-calm24.test.ts)

// In a block of its own: its helpers have the names of other former files' different helpers.
{
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
}

// (was danger-calm25.test.ts)

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

// (was danger-hold25a.test.ts)

// In a block of its own: its helpers have the names of other former files' different helpers.
{
  const reader = createDangerReader(loadSituationReader());
  const roles = loadRoleReader();

  function isDanger(text: string, lng: Lang): boolean {
    return reader.isDanger(prepareUtterance(text, lng), roles.read(text).duties.length > 0);
  }

  /** Dangers the held-back sets 63 and 64 missed (issue #13, session 25), as classes, in sentences written for this test. */
  describe('hold25a: a husband, father or brother who hits, the object left out', () => {
    it.each([
      ['nb', 'Jeg er helsesykepleier. En mor sa at mannen hennes slår når middagen ikke er klar, og hun får ikke ha egne penger.'],
      ['nn', 'Eg er sjukepleiar. Ei kvinne fortalde at mannen slår når ho seier imot, og ho får ikkje gå ut åleine.'],
      ['en', 'I work at the health centre. A patient told me her husband hits when she talks back, and she is never allowed out alone.'],
    ] as const)('%s: danger: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['nb', 'Mannen slår gresset hver lørdag, hvor finner jeg brosjyrer om tvangsekteskap?'],
      ['en', 'Where can I find leaflets on forced marriage for the waiting room?'],
    ] as const)('%s: calm twin, no danger: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('hold25a: the veiled threat "you know what will happen" and "you are done for"', () => {
    it.each([
      ['nb', 'Onkelen skriver til henne: ser jeg deg med ham igjen, så vet du hva som skjer.'],
      ['nn', 'Onkelen skriv til ho: ser eg deg med han igjen, så veit du kva som skjer.'],
      ['en', 'Her cousin keeps texting: if you go to that party, you know what will happen.'],
      ['fa', 'برادرش برایش نوشته اگر دوباره با آن دوستت بیرون بروی می‌دانی چه می‌شود'],
      ['ru', 'дядя написал ей: если ещё раз увижу тебя с ним, тебе конец'],
      ['uk', 'брат написав їй: якщо побачу тебе з ним ще раз, тобі кінець'],
      ['pl', 'brat napisał do niej: jak jeszcze raz zobaczę cię z nim, będzie po tobie'],
      ['ar', 'أخوها كتب لها: إذا شفتك معه مرة ثانية بتعرفي شو رح يصير'],
      ['tr', 'ağabeyi ona yazdı: onunla bir daha görürsem ne olacağını biliyorsun'],
      ['ur', 'بھائی نے لکھا: اگر پھر اس کے ساتھ دیکھا تو تمہیں پتا ہے کیا ہوگا'],
    ] as const)('%s: danger: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['nb', 'Hva skjer når jeg ringer Kompetanseteamet?'],
      ['en', 'What will happen if I call the expert team?'],
      ['ru', 'Что будет, если я позвоню в Kompetanseteamet?'],
      ['uk', 'Що буде, якщо я подзвоню в Kompetanseteamet?'],
    ] as const)('%s: calm twin, no danger: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('hold25a: a girl to be "prepared like the other girls" abroad (a cutting euphemism)', () => {
    it.each([
      ['so', 'Ayeeyadeed oo Muqdisho joogta ayaa rabta in gabadhayda 9 jirka ah loo diyaariyo sida gabdhaha kale ee reerka, xagaagan.'],
      ['en', 'Her grandmother in Somalia wants my 10-year-old sent there this summer to be prepared like the other girls in the family.'],
      ['nb', 'Bestemoren i Sudan vil at jenta på 8 skal sendes dit i sommer og bli forberedt som de andre jentene i familien.'],
    ] as const)('%s: danger: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['so', 'Gabadhayda waxaan rabaa in loo diyaariyo imtixaanka sida gabdhaha kale ee fasalka.'],
      ['en', 'The coach wants her prepared like the other girls for the football match.'],
    ] as const)('%s: calm twin, no danger: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('hold25a: an embassy or envoy telling of a person with them abroad now', () => {
    it.each([
      ['nb', 'Ambassaden i Islamabad her. En norsk gutt på 16 er nå hos oss og skal fly hjem i morgen. Hvem tar imot ham?'],
      ['nn', 'Ambassaden i Nairobi. Ei norsk jente på 16 er no hos oss og skal heim. Kven skal vi kontakte?'],
      ['en', 'Special envoy in Ankara here. A Norwegian girl of 16 is with us now and flies to Oslo on Friday. Whom should we alert?'],
    ] as const)('%s: danger: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['nb', 'Hvor mange saker hadde spesialutsendingen i Amman i fjor?'],
      ['nb', 'Kan ambassaden i Pakistan hjelpe en student på 19 med nytt pass når hun er på ferie der?'],
      ['en', 'Which embassy covers Somalia, and who is the envoy there?'],
    ] as const)('%s: calm twin, no danger: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });
}

// (was danger-hold25d.test.ts)

/**
 * Issue #13 (hold25d): a writer's "she is not afraid of violence" with the verb inside ("hun er ikke redd for vold"),
 * written for this test. A threat or a beating told beside it keeps the alarm.
 */
describe('hold25d: violence denied with "er" inside the denial', () => {
  it.each([
    ['nb', 'Jeg er helsesykepleier. En voksen kvinne sier ektemannen styrer pengene og hvem hun møter, men hun sier hun ikke er redd for vold. Hvilket nummer kan hun ringe anonymt?'],
    ['nn', 'Eg er lege. Ei vaksen kvinne fortel at svigerfamilien styrer alt, men ho seier ho ikkje er redd for vald. Kva nummer kan ho ringje anonymt?'],
  ] as const)('%s: no alarm: %s', (lng, text) => {
    expect(alarmed(text, lng)).toBe(false);
  });

  it.each([
    ['nb', 'En voksen kvinne sier hun ikke er redd for vold, men i går truet mannen med å drepe henne. Hva gjør vi?'],
    ['nn', 'Ho seier ho ikkje er redd for vald, men i går truga mannen med å drepe ho. Kva gjer vi?'],
    // A beating told with the subject after the verb ("i går slo mannen henne"), after a denial.
    ['nb', 'Hun er ikke redd for vold, sier hun, men i helga slo faren henne. Hvor kan hun ringe?'],
    ['nn', 'Ho seier ho ikkje er redd for vald, men i helga slo mannen ho. Kvar kan ho ringje?'],
  ] as const)('%s: alarm kept: %s', (lng, text) => {
    expect(alarmed(text, lng)).toBe(true);
  });
});

// (was danger-abroad26.test.ts)

/**
 * Issue #13 (abroad26): a person abroad who pleads to be helped home, or wants back to Norway, told in contact words
 * ("which embassy?", "who can help?"), is held there now: the emergency numbers come first, in all twelve languages.
 * A stay meant to bring someone "to her senses" is a long stay against her will. Sentences written for this test.
 */
describe('abroad26: held abroad, told in contact words', () => {
  it.each([
    ['nb', 'Eleven min er hos slekta i Irak og ber om å få komme hjem. Hvem kan hjelpe henne?'],
    ['nn', 'Eleven min er hos slekta i Irak og skriv: hjelp meg heim. Kven kan hjelpe?'],
    ['en', 'My niece is in Somalia with her uncle and texted me: help me get home. Which embassy do we call?'],
    ['so', 'walaashay waxay joogtaa Kenya, waxay rabtaa inay Norway ku soo noqoto. yaa caawin kara?'],
    ['ru', 'Моя дочь в Дагестане у родственников и хочет вернуться в Норвегию. Куда звонить?'],
    ['ar', 'ابنتي في اليمن عند أهل زوجي وتريد العودة إلى النرويج، من يساعدنا؟'],
    ['fa', 'دخترم در ایران است و می خواهد به نروژ برگردد، به کجا زنگ بزنیم؟'],
    ['pl', 'Moja córka jest w Pakistanie u rodziny ojca i chce wrócić do Norwegii. Kto może pomóc?'],
    ['ti', 'ጓለይ ኣብ ሱዳን ኣላ፡ ናብ ኖርወይ ክትምለስ ትደሊ። መን ይሕግዘና?'],
    ['tr', 'Kızım babasının ailesiyle Irak ta kaldı ve Norveç e dönmek istiyor. Kim yardım edebilir?'],
    ['uk', 'Моя донька в Чечні у родичів батька і хоче повернутися до Норвегії. Куди дзвонити?'],
    ['ur', 'میری بیٹی پاکستان میں ہے اور ناروے واپس آنا چاہتی ہے، کون مدد کرے گا؟'],
    // A stay abroad meant to bring the writer "to her senses".
    ['ru', 'Родители хотят отвезти меня в Дагестан к тёте, чтобы я одумалась. Кому писать?'],
    ['en', 'My parents are sending me to Iraq so I come to my senses. Who do I contact?'],
    ['nb', 'Foreldrene vil sende meg til Somalia så jeg skal komme til fornuft. Hvem kontakter jeg?'],
  ] as const)('%s: alarm: %s', (lng, text) => {
    expect(alarmed(text, lng)).toBe(true);
  });

  it.each([
    ['en', 'Which embassy covers Somalia? We are planning a family visit.'],
    ['en', 'I lost my passport on holiday in Turkey, please help me get home.'],
    ['nb', 'Jeg mistet passet på ferie i Pakistan, kan noen hjelpe meg hjem?'],
    ['nb', 'Datteren min skal på utveksling i Tyrkia et år, hvilken ambassade dekker det?'],
    ['ru', 'Я еду на год учиться в Турцию, какое посольство за это отвечает?'],
    ['ar', 'أي سفارة نرويجية تغطي العراق؟ نخطط لزيارة عائلية.'],
  ] as const)('%s: no alarm: %s', (lng, text) => {
    expect(alarmed(text, lng)).toBe(false);
  });
});

// (was threat26.test.ts)

/**
 * Veiled threats (issue #13, threat26): a relative who says he "will take care of her if she…" or "knows what to do
 * with her", told without a violence word, in phrasings written for this test; and a threat a named child told of,
 * asked as a duty question, is a case at hand, not a supposition. Calm twins that share the words stay calm.
 */
describe('threat26: a veiled threat on a condition of the girl\'s behaviour', () => {
  it.each([
    ['en', 'A pupil of 14 told me her brothers will take care of her if she goes to the party. Who do I call?'],
    ['en', 'My student says her dad knows what to do with her if she talks to boys.'],
    ['nb', 'En elev sier at onkelen skal ta seg av henne hvis hun fortsetter med kjæresten. Hvem kan jeg ringe?'],
    ['nb', 'Eleven min sier faren vet hva han skal gjøre med henne om hun går ut.'],
    ['nn', 'Ei elev seier at onkelen skal ta seg av ho viss ho held fram med kjærasten.'],
    ['nn', 'Eleven min seier faren veit kva han skal gjere med ho.'],
    ['fa', 'شاگردم می‌گوید برادرش گفته حسابش را می‌رسد.'],
    ['ar', 'طالبتي تقول إن أباها يعرف ماذا يفعل بها إذا خرجت.'],
    ['ur', 'میری طالبہ کہتی ہے کہ اس کا باپ جانتا ہے اس کے ساتھ کیا کرنا ہے۔'],
    ['tr', 'Öğrencim, babasının "onun icabına bakarız" dediğini anlattı.'],
    ['ti', 'ተምሃሪተይ ኣቦኣ እንታይ ከምዝገብራ ይፈልጥ ኢሉ በለትኒ።'],
    ['pl', 'Uczennica mówi, że bracia zajmą się nią jeśli dalej będzie się spotykać z chłopakiem.'],
    ['ru', 'Ученица говорит, что братья разберутся с ней если она будет встречаться с парнем.'],
    ['uk', 'Учениця каже, що брати розберуться з нею якщо вона зустрічатиметься з хлопцем.'],
    ['so', 'Ardaydaydu waxay sheegtay in walaalaheed ay la xisaabtami doonaan.'],
  ] as const)('%s: emergency: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['en', 'We are child welfare: must we call the police before the competence team when a 13-year-old says her cousins will take care of her if she keeps dating?'],
    ['nb', 'Vi er barnevernet. Skal vi kontakte politiet først når en 14-åring sier at brødrene skal ta seg av henne hvis hun ikke slutter å treffe kjæresten?'],
  ] as const)('%s: a threat a named child told of, asked as a duty, is danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['en', 'Grandma will take care of her while I am at work. Where can I find a course on social control?'],
    ['en', 'The new teacher knows what to do with the class. Do you have teaching material for lower secondary?'],
    ['nb', 'Bestemor skal ta seg av henne mens jeg er på jobb. Finnes det kurs om negativ sosial kontroll?'],
    ['nn', 'Læraren veit kva han skal gjere med klassen. Finst det undervisningsopplegg?'],
    ['en', 'General question for our routines: if a patient tells us her brother will deal with her if she leaves, must we report it?'],
  ] as const)('%s: no alarm: %s', (lng, text) => {
    expect(alarmed(text, lng)).toBe(false);
  });
});

describe('threat26: a person told of as afraid of a relative now', () => {
  it.each([
    ['en', 'My pupil is 15 and she is afraid of her brothers. Who can I call?'],
    ['nb', 'Dattera mi på 15 sier at hun er redd for faren sin.'],
    ['nn', 'Dottera mi på 16 seier at ho er redd for brørne.'],
    ['fa', 'دخترم ۱۵ ساله است، می ترسد و میترسد برادرانش چه کنند'],
    ['ar', 'ابنتي عمرها ١٥ وهي خائفة، خايفة شو رح يعملوا أخوتها'],
    ['ur', 'میری بیٹی ڈری ہوئی ہے کہ گھر والے اس کے ساتھ کیا کریں گے'],
    ['pl', 'Moja uczennica bardzo się boi, boi się co jej zrobią bracia.'],
    ['ru', 'Моя ученица очень боится, она боится что с ней сделают братья.'],
    ['uk', 'Моя учениця дуже боїться, боїться що з нею зроблять брати.'],
  ] as const)('%s: emergency: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['en', 'General question for a course: what if a girl is afraid of how her parents will react? What does the law say?'],
    ['nb', 'Hva om en elev er redd for faren sin? Vi lager et kurs for lærere.'],
  ] as const)('%s: a supposed or general fear stays calm: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

// (was net27a.test.ts)

/**
 * Danger told without the harm's words (issue #13, net27a): others arrange, plan or decide a particular person's life
 * (her marriage, who she lives with, a husband chosen for her, "everything is settled") beside a journey, a country
 * abroad, a time and a child, or a sign of danger; a person abroad who is cut off ("not allowed to call", "they took
 * everything"); relatives who say they will find a person who left home. Sentences written for this test, in the
 * twelve languages; calm twins (a holiday all arranged, a family party, a flat found for a son) stay calm.
 */
describe('net27a: a life arranged, a person cut off abroad, a person hunted', () => {
  it.each([
    ['en', 'My niece is 16 and her parents have already chosen her husband. They fly to Lahore in the autumn break and she hasn\'t stopped crying.'],
    ['en', 'A colleague\'s daughter, 15: the family is arranging her engagement in Erbil over Christmas. What can we do?'],
    ['en', 'A pupil told me her father decided who she will marry and she must travel to Pakistan with them next week.'],
    ['en', 'My student says everything has been settled with her uncle in Baghdad for the wedding, and she begged me to keep it quiet.'],
    ['en', 'A girl in my class went to Eritrea in June. Her cousin says she is not allowed to call anyone and they took everything from her.'],
    ['en', 'I\'m 17. My parents have decided who I\'ll live with after we move to Somalia this summer, and I\'m scared of them.'],
    ['nb', 'Nevøen min på 17 sier familien har bestemt hvem han skal gifte seg med, og de reiser til Irak etter eksamen. Han er livredd.'],
    ['nb', 'Ei jente i klassen min fortalte at foreldrene planlegger ekteskapet hennes i Marokko i vinterferien. Hva gjør jeg?'],
    ['nb', 'Eleven min er i Pakistan nå. Hun sendte en melding om at hun ikke får lov til å ringe noen.'],
    ['nb', 'Venninna mi (16) sier alt er avtalt med tanta i Somalia, og hun gråt hele friminuttet.'],
    ['nn', 'Eleven min på 15 seier at foreldra har bestemt kven ho skal gifte seg med, og dei reiser til Syria i sommarferien.'],
    ['nn', 'Systera mi er i Afghanistan og får ikkje ringe oss lenger.'],
    ['ar', 'بنت أخي عمرها ١٦ وأهلها قرروا مين تتزوج، وسيسافرون إلى العراق الشهر القادم وهي تبكي كل يوم.'],
    ['ar', 'طالبة عندي في السودان منذ شهرين، صديقتها تقول إنها ممنوعة من الاتصال وأخذوا كل شيء منها.'],
    ['fa', 'دختر خواهرم ۱۵ سالشه، خانواده‌اش برایش شوهر پیدا کرده‌اند و تابستان می‌برندش ایران. خیلی می‌ترسه.'],
    ['fa', 'شاگردم الان در افغانستان است و اجازه ندارد زنگ بزند.'],
    ['ur', 'میری بھانجی ۱۶ سال کی ہے، گھر والوں نے اس کا رشتہ پکا کر دیا ہے اور اگلے ہفتے پاکستان جا رہے ہیں۔ وہ بہت ڈری ہوئی ہے۔'],
    ['ur', 'میری طالبہ پاکستان میں ہے اور اسے فون کرنے کی اجازت نہیں۔'],
    ['uk', 'Моя учениця, 16 років: батьки вирішили, за кого вона вийде, і влітку везуть її до Чечні. Вона плакала.'],
    ['uk', 'Моя подруга зараз у Туреччині, їй не дозволяють дзвонити, і все забрали.'],
    ['ru', 'Моей племяннице 15, родители уже выбрали ей жениха, и на каникулах они едут в Дагестан. Она очень боится.'],
    ['ru', 'Моя ученица сейчас в Чечне, ей не дают звонить никому.'],
    ['tr', 'Yeğenim 16 yaşında, ailesi kiminle evleneceğine karar vermiş ve bu yaz Türkiye\'ye götürecekler. Çok korkuyor.'],
    ['tr', 'Öğrencim şu an Irak\'ta, aramasına izin vermiyorlar.'],
    ['pl', 'Moja uczennica ma 15 lat, rodzice wybrali jej męża i w wakacje jadą do Czeczenii. Ona płakała.'],
    ['pl', 'Moja koleżanka jest teraz w Pakistanie, nie wolno jej dzwonić.'],
    ['so', 'Gabadhayda walaasheed oo 15 jir ah, qoyska ayaa u doortay nin, waxayna u socdaan Soomaaliya xagaagan. Way ooyday.'],
    ['so', 'Ardayaddayda hadda waxay joogtaa Soomaaliya, looma ogola inay wacdo.'],
    ['ti', 'ጓል ሓብተይ 15 ዓመታ፣ ስድራ ሰብኣይ ረኺቦምላ፣ ኣብ ክረምቲ ናብ ኤርትራ ክወስድዋ እዮም። በኸየት።'],
    ['ti', 'ተምሃሪተይ ሕጂ ኣብ ኤርትራ ኣላ፣ ክትድውል ኣይፍቀዳን።'],
    ['en', 'My daughter is 20 and moved in with her girlfriend. Her uncles told my husband they will track her down.'],
    ['nb', 'Sønnen min på 22 flyttet ut fordi han har kjæreste. Brødrene mine sier de skal finne ham.'],
    ['nn', 'Dottera mi (19) flytta ut i vår, og onklane hennar seier dei skal finne ho.'],
    ['ru', 'Моя дочь ушла из дома к парню, и её братья говорят, что найдут её.'],
    ['uk', 'Мій син гей, він переїхав від нас, а дядьки кажуть, що знайдуть його.'],
    ['pl', 'Moja córka wyprowadziła się z domu do chłopaka, a jej bracia mówią, że ją znajdą.'],
  ] as const)('%s: emergency: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['en', 'My niece is 24 and so happy: she chose her fiancé herself and the family is arranging her wedding in Lahore this summer.'],
    ['en', 'Our family is planning a big party for my grandmother\'s birthday in Turkey next month. Any tips for travelling with kids?'],
    ['en', 'Everything is arranged for our summer holiday in Somalia, the kids are excited to see their cousins.'],
    ['en', 'What are the signs that a family is planning a marriage abroad for a pupil? We want a staff meeting on it.'],
    ['nb', 'Alt er avtalt for sommerferien i Pakistan, ungene gleder seg til å se besteforeldrene.'],
    ['nb', 'Vi planlegger en stor fest for farmor i Somalia neste måned.'],
    ['nn', 'Alt er klart for ferien i Marokko, borna gler seg.'],
    ['fa', 'همه چیز برای سفر تابستانی به ایران آماده است، بچه‌ها خیلی خوشحالند.'],
    ['ar', 'كل شيء جاهز لرحلتنا الصيفية إلى المغرب، الأولاد متحمسون.'],
    ['ru', 'Все готово к нашей летней поездке в Турцию, дети очень рады.'],
    ['uk', 'Все готово до нашої літньої поїздки до Туреччини, діти дуже раді.'],
    ['tr', 'Yaz tatili için her şey hazır, çocuklar Türkiye\'ye gitmek için çok heyecanlı.'],
    ['pl', 'Wszystko jest zaplanowane na wakacje w Turcji, dzieci bardzo się cieszą.'],
    ['ur', 'پاکستان کی چھٹیوں کے لیے سب تیار ہے، بچے بہت خوش ہیں۔'],
    ['so', 'Wax walba waa la diyaariyay safarka xagaaga ee Soomaaliya, carruurtu way faraxsan yihiin.'],
    ['ti', 'ንናይ ክረምቲ ዕረፍቲ ናብ ኤርትራ ኩሉ ተዳልዩ፣ ቆልዑ ሕጉሳት እዮም።'],
    ['en', 'My son moved out to study in Bergen. We will find him a cheaper flat next year.'],
    ['nb', 'Datteren min flyttet ut i fjor. Vi skal finne henne en ny sykkel til bursdagen.'],
  ] as const)('%s: no emergency: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

// (was net27b.test.ts)

/**
 * A girl's cutting told by euphemism (issue #13, net27b): "the custom", "a ceremony", "a party for big girls", "come
 * back clean", with a particular girl and a trip, a country, a season, the elder who decides, her sisters who had it, a
 * pain promised or a fear. Phrasings written for this test, in the twelve languages; calm twins share the words.
 */
describe('net27b: a cutting told by euphemism, with a girl and a trip, a time, an elder or her sisters', () => {
  it.each([
    ['en', 'One of my pupils, 9, says granny is taking her to Somalia in the holidays so she can become clean.'],
    ['en', 'A dad told me his daughter will go through the family custom with her aunts when they visit Gambia.'],
    ['en', 'Her mother says the 11-year-old will have the tradition done like her big sisters, it only hurts a little.'],
    ['nb', 'Ei jente på 8 forteller at farmor skal ta henne med til Etiopia i sommer på en fest for store jenter.'],
    ['nb', 'Moren sier at datteren på 10 skal gjennom skikken vår, det gjør ikke vondt sier hun.'],
    ['nn', 'Ei elev på 9 seier at ho skal til Somalia i juleferien og kome heim rein, slik som systrene.'],
    ['nn', 'Tanta seier at jenta på 7 skal på jentefesten i vinterferien, same fest som storesystera.'],
    ['ar', 'أم قالت لي إن ابنتها ذات الثماني سنوات ستسافر إلى السودان في الصيف لتصير طاهرة مثل أخواتها.'],
    ['ar', 'جدتها تقول إن البنت عمرها 11 سنة ستمر بعادتنا ولن تتألم كثيرا.'],
    ['fa', 'مادربزرگش می‌گوید دختر ۱۰ ساله تابستان به مصر می‌رود تا پاک برگردد.'],
    ['fa', 'مادرش گفته این دختر ۱۲ ساله باید رسم ما را مثل خواهرهایش انجام بدهد.'],
    ['ur', 'میری شاگرد کی دادی کہتی ہے کہ گرمیوں میں اسے صومالیہ لے جا کر پاک کر دیں گے۔'],
    ['ur', 'ماں کہتی ہے کہ 12 سال کی بچی کی بھی رسم ہوگی، بڑی بہن کی طرح۔'],
    ['tr', 'Öğrencim 9 yaşında, babaannesi onu yazın Mısır\'a götürüp temiz dönecek diyor.'],
    ['tr', 'Annesi 11 yaşındaki kızına da ablaları gibi geleneğimizi yapacaklarını söylüyor.'],
    ['pl', 'Babcia zabiera 10-letnią wnuczkę na wakacje do Sudanu, żeby wróciła czysta jak jej siostry.'],
    ['pl', 'Matka mówi, że córka, która ma 12 lat, przejdzie nasz zwyczaj i nie będzie bolało.'],
    ['ru', 'Бабушка везёт девочку 9 лет летом в Сомали на обряд, как её сестёр.'],
    ['ru', 'Мать говорит, что дочь 11 лет пройдёт наш обычай и ей не будет больно.'],
    ['uk', 'Бабуся везе дівчинку 10 років влітку до Єгипту, щоб вона повернулася чистою.'],
    ['uk', 'Тітка каже, що дівчинці 12 років зроблять наш обряд, як її старшій сестрі.'],
    ['so', 'Ayeeydeed ayaa gabadha 9 jirka ah u qaadaysa Soomaaliya xagaagan si ay nadiif ugu soo noqoto.'],
    ['so', 'Hooyadeed waxay leedahay gabadha 11 jirka ah waa loo samayn doonaa dhaqankeena sida walaalaheed.'],
    ['ti', 'ዓባያ ነታ 9 ዓመት ጓል ብኽረምቲ ናብ ሱዳን ክትወስዳ እያ፣ ንጽህቲ ክትምለስ።'],
    ['ti', 'ሓንቲ ኣደ ጓላ 11 ዓመት ከምቲ ባህልና ክንገብረላ ኢና ትብል፣ ከም ዓባይ ሓብታ።'],
  ] as const)('%s: emergency: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['ti', 'ሓማተይ ጓለይ 8 ዓመት ብሓጋይ ኣብ ኤርትራ ክትግረዝ ኣለዋ ትብል። እንታይ ክገብር?'],
    ['ti', 'ሓንቲ ተምሃሪት ኣብ ክረምቲ ናብ ሱዳን ክትከይድ እያ፣ ግርዛት ክገብሩላ እዮም ፈሪሓ ኣላ።'],
  ] as const)('%s: the Amharic-influenced word for the cutting: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  // Calm twins: an everyday rite, a general or training question, a girl cut long ago and now grown.
  it.each([
    ['en', 'My daughter is 16 and her graduation ceremony is this summer, her grandmother flies in from Kenya.'],
    ['en', 'For a training day: what ceremonies and customs around FGM should staff know about?'],
    ['en', 'She was cut in Sudan as a child twenty years ago; she is 30 now and wants to talk about the ceremony.'],
    ['nb', 'Datteren min på 15 har konfirmasjon i sommer, og bestemor kommer fra Eritrea.'],
    ['nb', 'Vi lager undervisning om skikker og seremonier rundt kjønnslemlestelse. Har dere materiell?'],
    ['nn', 'Dottera mi på 14 skal på bursdagsfest hos tanta i haustferien.'],
    ['ar', 'ابنتي عمرها 17 سنة وحفل التخرج في الصيف، وجدتها ستأتي من مصر.'],
    ['fa', 'دخترم ۱۶ ساله است و جشن فارغ التحصیلی اش تابستان است.'],
    ['tr', 'Kızım 17 yaşında, mezuniyet töreni bu yaz, babaannesi Türkiye\'den gelecek.'],
    ['pl', 'Moja córka ma 14 lat i w maju ma komunię, babcia przyjedzie z Polski.'],
    ['ru', 'Моей дочери 17 лет, летом у неё выпускной, бабушка приедет из Казахстана.'],
    ['uk', 'Моїй доньці 16 років, влітку випускний, бабуся приїде з України.'],
    ['so', 'Gabadhayda 16 jir ah xafladda qalin jabinta waa xagaagan, ayeeydeed ayaa ka imanaysa Kenya.'],
    ['ur', 'میری بیٹی 17 سال کی ہے، گرمیوں میں اس کی گریجویشن کی تقریب ہے۔'],
    ['ti', 'ጓለይ 16 ዓመት እያ፣ ብኽረምቲ ምረቓ ኣለዋ፣ ዓባያ ካብ ኤርትራ ክትመጽእ እያ።'],
    // A family's pressure from home with no journey: the parents refuse and do not travel.
    ['ti', 'ሓማተይ ኣብ ዓዲ ብቴሌፎን ጓለይ ክትግረዝ ኣለዋ ትብለና። ናብ ዓዲ ኣይንኸይድን ኢና። ምኽሪ ካበይ ንረክብ?'],
  ] as const)('%s: no alarm: %s', (lng, text) => {
    expect(alarmed(text, lng)).toBe(false);
  });
});

describe('net27b: "not only for training" takes back the training words', () => {
  it.each([
    ['en', 'Actually it is not just for training: a girl in year 4 says her aunt will take her to Egypt this summer to become clean.'],
    ['nb', 'Egentlig ikke bare til undervisning: ei jente i 5. klasse sier tanta tar henne med til Sudan i sommer for å bli ren.'],
    ['nn', 'Det er ikkje berre til undervisninga: ei jente seier tanta tek henne med til Sudan i sommar for å bli rein.'],
    ['ru', 'Это не только для обучения: девочка 10 лет говорит, что тётя летом повезёт её в Египет, чтобы она стала чистой.'],
  ] as const)('%s: emergency: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

// (was calm28b.test.ts)
{
  /**
   * Professionals' calm questions that share danger's words (issue #13, session 28, calm28b), in phrasings written for
   * this test: "now" said of a service asked about ("which embassy covers Iraq now?") is which post covers a country
   * today, asked of no one there. Each with a dangerous twin that keeps the emergency card.
   */
  describe('calm28b: "now" in a question about which post covers a country', () => {
    it.each([
      ['nn', 'Kva ambassade dekkjer Irak no? Og kven ringjer vi om natta viss ein ungdom sit fast i utlandet?'],
      ['en', 'Which embassy covers Iraq at the moment, now that things moved? And who do we ring at night if a teenager is stuck abroad?'],
      ['en', 'Which envoy covers Somalia now? We want to put it in our routine.'],
      ['ar', 'أي سفارة تغطي العراق الآن؟ ومن نتصل به ليلاً إذا علق شاب في الخارج؟'],
      ['so', 'Safaaraddee ayaa hadda qaabilsan Ciraaq? Yaan wacnaa habeenkii haddii dhalinyaro dibadda ku xayirmaan?'],
      ['fa', 'کدام سفارت الان عراق را پوشش می‌دهد؟ و اگر یک نوجوان در خارج گیر کند شب با چه کسی تماس بگیریم؟'],
      ['ur', 'اب کون سا سفارت خانہ عراق کو دیکھتا ہے؟ اور اگر کوئی نوجوان بیرون ملک پھنس جائے تو رات کو کسے فون کریں؟'],
      ['uk', 'Яке посольство зараз відповідає за Ірак? І кому дзвонити вночі, якщо молода людина застрягла за кордоном?'],
      ['ru', 'Какое посольство сейчас отвечает за Ирак? И кому звонить ночью, если молодой человек застрял за границей?'],
      ['pl', 'Która ambasada obsługuje teraz Irak? I do kogo dzwonić w nocy, jeśli młoda osoba utknie za granicą?'],
      ['ti', 'ሕጂ ንዒራቕ ኣየናይ ኤምባሲ እዩ ዝሽፍኖ? መንእሰይ ኣብ ወጻኢ እንተተቐርቂሩ ለይቲ ናብ መን ንድውል?'],
    ] as const)('%s: no alarm: %s', (lng, text) => {
      expect(alarmed(text, lng)).toBe(false);
    });

    it.each([
      ['en', 'My sister is stuck in Iraq now, they took her passport. Which embassy covers Iraq?'],
      ['nb', 'Søstera mi sitter fast i Irak nå og de har tatt passet hennes. Hvilken ambassade dekker Irak?'],
    ] as const)('%s: a person held there now stays danger: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it('a case the rules read beside the coverage question keeps its card', () => {
      expect(alarmed('They will marry me to a cousin there this summer. Which embassy helps if I am already there?', 'en')).toBe(true);
    });
  });
}

// (was front28.test.ts)
{
  /**
   * Front-line professionals asking for training with no case at hand (issue #13, front28): who trains staff (IMDi's
   * expert team, RVTS), with no emergency card and no "112 if acute" line, and no envoy for the countries the families
   * come from. The sentences are this file's own; none is in the evaluation sets.
   */
  let readers: Features;
  beforeAll(async () => {
    readers = await readersOfFile();
  });

  const read = (lng: Lang, message: string) => readers.understand(message, lng);
  const queryOf = (lng: Lang, message: string): Record<string, unknown> | undefined => {
    const { intent } = read(lng, message);
    return intent.kind === 'contact' ? (intent as unknown as { query: Record<string, unknown> }).query : undefined;
  };

  describe('a harm told before "the case is closed now", in a story begun long ago, is over: a training wish is no emergency', () => {
    it.each<[Lang, string]>([
      ['nb', 'For to år siden hadde vi en pasient som ble holdt innelåst av mannen sin. Saken er avsluttet, hun har det bra nå. Nå ønsker vi en fagdag for avdelingen til våren, hvem kan holde den?'],
      ['nn', 'I fjor hadde vi ei kvinne som vart halden innestengd av svigerfamilien. Saka er avslutta no. Vi vil ha ein fagdag til våren, kven kan hjelpe oss?'],
    ])('%s: no danger, no concern', (lng, message) => {
      const u = read(lng, message);
      expect(u.danger).toBe(false);
      expect(u.concern ?? false).toBe(false);
    });
  });

  describe('"no concrete danger" beside a wish for training is no concern', () => {
    it.each<[Lang, string]>([
      ['pl', 'Pracuję jako pielęgniarka na oddziale ginekologicznym. Mamy pacjentki z Somalii po obrzezaniu. Nie ma konkretnego zagrożenia, ale chcemy szkolenie dla personelu. Kto może je poprowadzić?'],
      ['en', 'I am a midwife and we meet patients who were cut as girls. There is no concrete danger, but we would like a course for the ward. Who could run it?'],
    ])('%s: no danger, no concern', (lng, message) => {
      const u = read(lng, message);
      expect(u.danger).toBe(false);
      expect(u.concern ?? false).toBe(false);
    });
  });

  describe('a training asked in a sentence that names no country leaves the families\' countries to the story', () => {
    it.each<[Lang, string]>([
      ['nb', 'Jeg er helsesykepleier på en helsestasjon. Vi fikk mange familier fra Somalia og Etiopia i 2023 og 2024, og en kollega er i videreutdanning nå. Vi skal ha en temadag om kjønnslemlestelse for hele tjenesten. Lederen lurer på hvem som kan komme og holde et foredrag.'],
      ['fa', 'من در یک مرکز آموزش بزرگسالان کار می‌کنم. بعضی از شاگردان ما از افغانستان و ایران هستند. مدیرمان می‌خواهد برای همکاران یک دوره در مورد کنترل اجتماعی منفی برگزار کند. از کجا کمک بگیریم؟'],
      ['ur', 'میں ایک ہسپتال میں نرس ہوں۔ پچھلے سال ایک مریضہ پاکستان سے تھی اور اب سب ٹھیک ہے۔ ہمارے مینیجر چاہتے ہیں کہ ہم ایک تربیتی دن رکھیں۔ ہمارے علاقے میں ایسی تربیت کون دے سکتا ہے؟'],
    ])('%s: who trains staff, no country', (lng, message) => {
      const query = queryOf(lng, message);
      expect(query?.training).toBe(true);
      expect(query?.country).toBeUndefined();
      expect(read(lng, message).danger).toBe(false);
    });
  });
}

// (was stem28.test.ts)
{
  /*
   * Issue #13, the structural step: a concept that needs two ideas together (afraid × home, a wound × a body part, take ×
   * passport, waiting × outside) is written with word classes, `{fearWord} ... {fearedThing}`, expanded at build time to
   * every combination, so each form a class lists combines with every other. The sentences below were written for this
   * test: word orders and inflections that no single hand-written phrase listed. The calm ones use the same words in
   * everyday senses, which the classes keep apart (holding one's own phone is no passport held; forgetting keys at home is
   * no fear of going home).
   */

  describe('word classes in phrase files', () => {
    const classes = { fear: ['tør ikke', 'turte ikke'], home: ['hjem', 'heim*'], one: ['x'] };

    it('expands a phrase to every combination of its classes, first class slowest', () => {
      expect(expandPhrase('{fear} ... {home}', classes)).toEqual(['tør ikke ... hjem', 'tør ikke ... heim*', 'turte ikke ... hjem', 'turte ikke ... heim*']);
      expect(expandPhrase('hun {fear} gå {home}', classes)).toEqual(['hun tør ikke gå hjem', 'hun tør ikke gå heim*', 'hun turte ikke gå hjem', 'hun turte ikke gå heim*']);
    });

    it('leaves a phrase without classes as it is, and keeps each expanded phrase once', () => {
      expect(expandPhrase('tør ikke gå hjem', classes)).toEqual(['tør ikke gå hjem']);
      expect(expandPhrases(['{fear} gå hjem', 'tør ikke gå hjem'], classes, 'nb fearHome')).toEqual(['tør ikke gå hjem', 'turte ikke gå hjem']);
    });

    it('refuses an unknown class, an empty class, a stray brace and an expansion above the cap, naming the place and the phrase', () => {
      expect(() => expandPhrases(['{frykt} ... {home}'], classes, 'situation/nb.json fearHome')).toThrow('situation/nb.json fearHome: the phrase "{frykt} ... {home}" refers to the unknown class {frykt}');
      expect(() => expandPhrases(['{empty} hjem'], { empty: [] }, 'situation/nb.json fearHome')).toThrow('refers to the empty class {empty}');
      expect(() => expandPhrases(['{fear hjem'], classes, 'situation/nb.json fearHome')).toThrow('has an unclosed brace');
      expect(() => expandPhrase('{toString} hjem', classes)).toThrow('unknown class {toString}');
      const wide = { a: Array.from({ length: 50 }, (_, i) => `a${i}`), b: Array.from({ length: 50 }, (_, i) => `b${i}`) };
      expect(() => expandPhrase('{a} ... {b}', wide)).toThrow(`would become more than ${MAX_EXPANSION} phrases`);
      expect(expandPhrase('{a} {a}', { a: wide.a.slice(0, 40) })).toHaveLength(1600);
    });

    it('fails to read a cue file with a broken class, naming the file, the concept and the phrase', () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'stem28-'));
      const base = JSON.parse(readFileSync(contentPath('understanding', 'situation', 'nb.json'), 'utf8')) as { classes?: Record<string, string[]>; cues: Record<string, string[]> };
      const write = (data: unknown) => {
        const file = path.join(dir, 'nb.json');
        writeFileSync(file, JSON.stringify(data));
        return file;
      };
      const unknown = write({ ...base, cues: { ...base.cues, fearHome: ['{fryktOrd} ... {fearedThing}'] } });
      expect(() => readDataFile(unknown, cueFileSchema)).toThrow(/nb\.json is invalid[\s\S]*situation\/nb\.json fearHome: the phrase "\{fryktOrd\} \.\.\. \{fearedThing\}" refers to the unknown class \{fryktOrd\}/u);
      const empty = write({ ...base, classes: { ...base.classes, fearWord: [] } });
      expect(() => readDataFile(empty, cueFileSchema)).toThrow('a class has at least one member');
      const badName = write({ ...base, classes: { ...base.classes, 'frykt ord': ['x'] } });
      expect(() => readDataFile(badName, cueFileSchema)).toThrow(/Invalid key in record[\s\S]*classes\["frykt ord"\]/u);
    });

    it('keeps the review status of the file for its class words, and gives readers only plain phrases', () => {
      const file = readDataFile(contentPath('understanding', 'situation', 'nb.json'), cueFileSchema);
      expect(file.review).toBe('machine-assisted');
      expect(file.classes?.fearWord?.length).toBeGreaterThan(10);
      for (const phrases of Object.values(file.cues)) for (const phrase of phrases) expect(phrase).not.toMatch(/[{}]/u);
    });

    it.each(['nb', 'nn', 'en', 'ar', 'fa', 'pl', 'ru', 'so', 'ti', 'tr', 'uk', 'ur'])('%s: the two-idea concepts are written with classes', (lang) => {
      const raw = JSON.parse(readFileSync(contentPath('understanding', 'situation', `${lang}.json`), 'utf8')) as { cues: Record<string, string[]> };
      for (const concept of ['fearHome', 'wound', 'confiscated']) expect((raw.cues[concept] ?? []).some((p) => p.includes('{'))).toBe(true);
    });
  });

  describe('unseen combinations of class words are read', () => {
    const reader = loadSituationReader();
    const reads = (text: string, concept: Concept) => reader.read(text).concepts.has(concept);

    const CASES: ReadonlyArray<readonly [Lang, Concept, string]> = [
      ['nb', 'fearHome', 'Eleven tørde ikke å dra hjem igjen etter skoletid.'],
      ['nb', 'fearHome', 'Hjem tør hun ikke gå etter skolen i dag.'],
      ['nb', 'wound', 'Læreren så et stort arr over leppa hans.'],
      ['nb', 'confiscated', 'Broren har låst inn passene deres i et skap.'],
      ['nn', 'fearHome', 'Ho turte ikkje å gå heimover etter trening.'],
      ['nn', 'wound', 'Ho hadde blåmerke på beina og armane.'],
      ['en', 'fearHome', 'He was too frightened to walk back home after the match.'],
      ['en', 'wound', 'The nurse noticed a welt across her ribs.'],
      ['en', 'confiscated', 'Her uncle has taken her residence card away.'],
      ['pl', 'fearHome', 'Nie odważyła się wrócić wieczorem do domu.'],
      ['pl', 'wound', 'Ma blizny na przedramieniu.'],
      ['ru', 'fearHome', 'Она не решилась вечером вернуться домой.'],
      ['ru', 'wound', 'У неё ссадины на шее.'],
      ['uk', 'fearHome', 'Вона не наважилася ввечері піти додому.'],
      ['uk', 'confiscated', 'Батько відняв у неї паспорт.'],
      ['tr', 'fearHome', 'Akşam evlerine dönmekten çekiniyor.'],
      ['tr', 'wound', 'Bacaklarında morluklar var.'],
      ['ar', 'wound', 'عندها كدمات على راسها'],
      ['fa', 'fearHome', 'دخترم می ترسه برگرده خونمون'],
      ['so', 'wound', 'Waxay qabtaa nabarro garabka ah.'],
      ['ti', 'wound', 'ቁስሊ ኣብ ክሳዳ ኣሎ'],
      ['ur', 'wound', 'اس کے چہرے پر نیل ہیں'],
    ];

    it.each(CASES)('%s %s: "%s"', (_lang, concept, text) => {
      expect(reads(text, concept)).toBe(true);
    });

    const CALM: ReadonlyArray<readonly [Lang, Concept, string]> = [
      ['nb', 'fearHome', 'Jeg er redd for å glemme gymtøyet hjemme i morgen.'],
      ['nb', 'waitedFor', 'Vi sitter ute i friminuttet når det er fint vær.'],
      ['en', 'confiscated', 'She always keeps her phone in her jacket pocket.'],
      ['pl', 'confiscated', 'Ona trzyma telefon pod ławką.'],
      ['pl', 'fearHome', 'Boję się, że zostawiłam zeszyt w domu.'],
      ['ru', 'waitedFor', 'Дети ждали снаружи, пока откроют зал.'],
    ];

    it.each(CALM)('%s not %s: "%s"', (_lang, concept, text) => {
      expect(reads(text, concept)).toBe(false);
    });
  });
}

// (was cross-language-words.test.ts)
{
  /*
   * Every language's cue phrases are matched against every message, after the same folding (ø → o, å/aa → a, ą → a,
   * ş → s…): a word of one language's list can be a common word of another once folded. Session 27 shipped the Turkish
   * purification stem "arın*", which matched the folded Norwegian "-åring" ("15-åring" → "aring") and made a queer
   * 15-year-old a cutting rite. The Norwegian texts of the tuned conversation sets (~5,000 turns of real phrasing) are
   * read here with each other language's phrases alone: what they find in Norwegian must be a word the two languages
   * really share (a service's name, a place, "kurs"), reviewed and listed below with its reason. A new match fails the
   * test with the language, the concept and the Norwegian words, so the stem can be narrowed before it ships.
   */

  /** Reviewed words another language's phrases find in Norwegian text, as `lang concept words` (the words folded). */
  const SHARED_WITH_NORWEGIAN: ReadonlyMap<string, string> = new Map([
    // Services' and things' names written the Norwegian way in every language's list.
    ['en helpline kompetanseteamet', "a service's name"],
    ['so reEducation dhaqan celis', 'the Somali name of a stay abroad for re-education, used as a loanword in Norwegian and English (safety35)'],
    ['en helpline alarmtelefonen', "a service's name"],
    ['en helpline vo linjen', "a service's name"],
    ['en helpline chat', 'a loanword in Norwegian'],
    ['en helpline team', 'a loanword in Norwegian'],
    ['pl helpline telefon', 'the same word'],
    ['pl helpline telefonen', 'Norwegian inflection of a shared stem'],
    ['pl helpline telefonnummer', 'Norwegian inflection of a shared stem'],
    ['pl helpline telefonnummeret', 'Norwegian inflection of a shared stem'],
    ['pl helpline telefonnr', 'Norwegian inflection of a shared stem'],
    ['pl helpline telefonlinje', 'Norwegian inflection of a shared stem'],
    ['tr helpline telefonlinje', 'Norwegian inflection of a shared stem'],
    ['pl helpline telefonnummera', 'Norwegian inflection of a shared stem'],
    ['tr helpline telefonnummera', 'Norwegian inflection of a shared stem'],
    ['pl helpline telefontid', 'Norwegian inflection of a shared stem'],
    ['tr helpline telefon', 'the same word'],
    ['tr helpline telefonen', 'Norwegian inflection of a shared stem'],
    ['tr helpline telefonnummer', 'Norwegian inflection of a shared stem'],
    ['tr helpline telefonnummeret', 'Norwegian inflection of a shared stem'],
    ['tr helpline telefonnr', 'Norwegian inflection of a shared stem'],
    ['tr helpline telefontid', 'Norwegian inflection of a shared stem'],
    ['pl training kurs', 'the same word'],
    ['tr training kurs', 'the same word'],
    ['tr training kursa', 'Norwegian "kursa" (nynorsk: the courses), a course too'],
    ['en training seminar', 'the same word'],
    // session 40: the joined set -129's Norwegian text names the cutting 'sunna' as the other languages do
    ['pl cutting sunna', 'the same word (a type of cutting, named in Norwegian text too)'],
    ['en cutting sunna', 'the same word (a type of cutting, named in Norwegian text too)'],
    // Session 39: Roman Urdu "nani" (the mother's mother) as a Norwegian-Pakistani writer uses it in Norwegian; read only
    // beside a rite and a small child's trip (safety39a's riteElder).
    ['ur riteElder nani', 'the Urdu word a Norwegian-Pakistani writer uses in Norwegian for her grandmother'],
    // Session 38's development sets: "workshop" is a loanword in Norwegian with the same meaning.
    ['en training workshop', 'the same loanword'],
    ['en general workshop', 'the same loanword (a workshop: a question about no one)'],
    ['ur training workshop', 'the same loanword'],
    ['pl withEnvoy ambasade', 'Norwegian "ambassade" folded (aa → a): an embassy too'],
    ['pl withEnvoy ambasadene', 'Norwegian "ambassadene" folded: an embassy too'],
    ['pl general plakat', 'the same word (a poster: a question about no one)'],
    ['pl general plakaten', 'the same word (a poster: a question about no one)'],
    ['pl general plakatar', 'the same word (nynorsk posters: a question about no one)'],
    // Words people use inside Norwegian sentences with the meaning they have in the list.
    ['en aboutWord for', 'the same word ("a line for young people")'],
    ['pl aboutWord o', 'Norwegian "o" is no word; only a typo reaches it, and aboutWord is a reach word, not a signal'],
    ['en minor under 18', 'the same words'],
    ['en someone son', 'nynorsk "son" is a son too'],
    ['en firstPerson me', 'nynorsk "me" (we): a first person too; rules read it with other concepts only'],
    ['so everydayRite dhaqan celis', 'the Somali term, used as such in Norwegian'],
    ['so honour dhaqan celis', 'the Somali term, used as such in Norwegian'],
    ['so longStay dhaqan celis', 'the Somali term, used as such in Norwegian'],
    ['so season ramadan', 'the same word'],
    ['ur season eid', 'the same word'],
    // calm35: a clinician's or an illness's word, which only tells a death foretold from a threat (situation 'prognosis').
    ['en prognosis allergi', 'the same word (allergy), read only beside a death foretold'],
    // dev129: the set -129 (joined to the tuned sets) names "sunna", a type of cutting, in Norwegian as in English and Polish.
    ['en cutting sunna', 'the same word (a type of cutting), used as such in Norwegian'],
    ['pl cutting sunna', 'the same word (a type of cutting), used as such in Norwegian'],
  ]);

  /** Norwegian turns of the tuned conversation sets, folded and split as the reader splits a message. */
  function norwegianTurns(): string[][] {
    const items = tunedConversations();
    return items.filter((item) => item.lang === 'nb' || item.lang === 'nn').flatMap((item) => item.turns.map((turn) => tokenize(fold(turn))));
  }

  function cueFiles(): CueFile[] {
    const dir = contentPath('understanding', 'situation');
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json') && f !== 'rules.json')
      .sort()
      .map((f) => readDataFile(path.join(dir, f), cueFileSchema));
  }

  describe("another language's cue words in Norwegian text", () => {
    const turns = norwegianTurns();
    const others = cueFiles().filter((file) => file.lang !== 'nb' && file.lang !== 'nn');

    it('reads enough Norwegian to mean something', () => {
      expect(turns.length).toBeGreaterThan(3000);
      expect(others.map((f) => f.lang)).toEqual(expect.arrayContaining(['en', 'ar', 'so', 'fa', 'ur', 'uk', 'ru', 'tr', 'pl', 'ti']));
    });

    it.each([['tr'], ['pl'], ['so'], ['ur'], ['en'], ['ru'], ['uk'], ['ar'], ['fa'], ['ti']])('%s: finds only reviewed shared words (places aside)', (lang) => {
      const file = others.find((f) => f.lang === lang);
      expect(file).toBeDefined();
      if (!file) return;
      // The file alone, without the shared city names: what it finds is its own words.
      const book = situationBook([file], undefined, []);
      const found = new Set<string>();
      for (let list = 0; list < 8; list++) {
        if (book.phrasesOf(list).length === 0) continue;
        const index = new PhraseIndex(book, list, CONCEPTS);
        for (const tokens of turns) {
          for (const { value, at, length } of index.matches(tokens)) {
            // A country or a city is the same name in every language: read as abroad whatever the language.
            if (value === 'abroad') continue;
            found.add(`${lang} ${value} ${tokens.slice(at, at + length).join(' ')}`);
          }
        }
      }
      const unreviewed = [...found].filter((key) => !SHARED_WITH_NORWEGIAN.has(key)).sort();
      expect(unreviewed).toEqual([]);
    });

    it('keeps the stems that read Norwegian words narrowed (session 28)', () => {
      const tokens = tokenize(fold('en annen 15-åring koordinerer et bilete, ja, foran alle i Addis Abeba'));
      for (const file of others) {
        const book = situationBook([file], undefined, []);
        for (let list = 0; list < 8; list++) {
          if (book.phrasesOf(list).length === 0) continue;
          const hits = [...new PhraseIndex(book, list, CONCEPTS).matches(tokens)].filter((m) => m.value !== 'abroad');
          expect(hits.map((m) => `${file.lang} ${m.value} ${tokens.slice(m.at, m.at + m.length).join(' ')}`)).toEqual([]);
        }
      }
    });
  });

  /*
   * The same check between languages that share a script (session 29, lex29): Arabic "من سنتين" is "two years ago" and
   * "for two years", Persian "انشاء" is an essay and Arabic "establishment", Arabic "بدأ*" read Persian "بدانم" (I know),
   * Urdu "فکر" (worry) read Persian "فکر میکنم" (I think). Each language's words (the situation cues, and the scope,
   * history, contacts and statistics words, which every reader applies to every message) are read over the tuned turns
   * of the other languages of its script; what they find must be a word the two really share with the meaning the
   * list gives it. Words in the Latin script inside an Arabic- or Cyrillic-script list are services' names written the
   * Norwegian way, read the same in every language, and are left aside here.
   */
  const SAME_SCRIPT: ReadonlyArray<readonly [from: Lang, into: readonly Lang[]]> = [
    ['ar', ['fa', 'ur']],
    ['fa', ['ar', 'ur']],
    ['ur', ['ar', 'fa']],
    ['ru', ['uk']],
    ['uk', ['ru']],
    // The Latin script: each language's words over the Norwegian and English turns (the situation cues over Norwegian
    // are the check above; here they are read over English too, and the other word files over both).
    ['so', ['nb', 'nn', 'en']],
    ['tr', ['nb', 'nn', 'en']],
    ['pl', ['nb', 'nn', 'en']],
    ['en', ['nb', 'nn']],
  ];
  const LATIN_LANGS: ReadonlySet<Lang> = new Set<Lang>(['nb', 'nn', 'en', 'so', 'tr', 'pl']);
  const SAME_MEANING = 'the same word with the same meaning in both languages';
  const SAME_NAME = 'the same name (a place, a post, a service)';
  const NORWEGIAN_NAME = "a Norwegian service's or thing's name, written the Norwegian way in every list";
  /** Reviewed words one language's list finds in another's text, as `from>to concept words` (the words folded). */
  const SHARED_IN_SCRIPT: ReadonlyMap<string, string> = new Map<string, string>([
    ['ar>fa situation.kin خاله', SAME_MEANING + ' (a relative: the maternal uncle in Arabic, the maternal aunt in Dari; words42)'],
    ['fa>ar situation.kin خاله', SAME_MEANING + ' (a relative: the maternal aunt in Dari, the maternal uncle in Arabic; words42)'],
    ['fa>ar situation.kin خالها', SAME_MEANING + ' (a relative: her maternal uncle; words42)'],
    ['fa>ar situation.kin عمه', SAME_MEANING + ' (a relative: the paternal aunt in Dari, his paternal uncle in Arabic; words42)'],
    ['fa>ar situation.kin عمها', SAME_MEANING + ' (a relative: her paternal uncle; words42)'],
    ['ar>fa contacts/service-aliases.aliases.expert-team ایمدی', SAME_NAME + ' (IMDi in Arabic letters; words42)'],
    ['ru>uk situation.kin дядька', SAME_MEANING + ' (an uncle; words42)'],
    ['ru>uk situation.kin дядьки', SAME_MEANING + ' (an uncle; words42)'],
    ['ru>uk situation.kin дядько', SAME_MEANING + ' (an uncle; words42)'],
    ['ru>uk situation.kin дядьком', SAME_MEANING + ' (an uncle; words42)'],
    ['ru>uk situation.kin зять', SAME_MEANING + ' (a son- or brother-in-law; words42)'],
    ['ru>uk situation.kin свекор', SAME_MEANING + ' (a father-in-law; words42)'],
    ['uk>ru situation.kin зять', SAME_MEANING + ' (a son- or brother-in-law; words42)'],
    ['uk>ru situation.kin зятя', SAME_MEANING + ' (a son- or brother-in-law; words42)'],
    ['uk>ru situation.injury синяком', SAME_MEANING + ' (a bruise; words42)'],
    ['ar>fa contacts/list-words.words و', SAME_MEANING],
    ['fa>ur situation.everydayProcedure ویزا', SAME_MEANING + ' (a visa: an everyday procedure, rules37)'],
    ['uk>ru situation.everydayProcedure стоматологу', SAME_MEANING + ' (to the dentist: an everyday procedure, rules37)'],
    // dev129: bruises on the arm are a wound in both languages; "sunna", a type of cutting, is the same word in Norwegian.
    ['uk>ru situation.wound руке синяки говорит', SAME_MEANING + ' (bruises on the arm: a wound)'],
    ['en>nb situation.cutting sunna', SAME_MEANING + ' (a type of cutting)'],
    ['pl>nb situation.cutting sunna', SAME_MEANING + ' (a type of cutting)'],
    ['fa>ar contacts/list-words.words و', SAME_MEANING],
    ['fa>ur contacts/list-words.words یا', SAME_MEANING],
    ['ur>fa contacts/list-words.words یا', SAME_MEANING],
    ['ru>uk contacts/list-words.words и', SAME_MEANING],
    ['uk>ru contacts/list-words.words и', SAME_MEANING],
    ['en>nb contacts/advice-words.advice chat', SAME_MEANING],
    ['so>nb situation.reEducation dhaqan celis', 'the Somali name of a stay abroad for re-education, used as a loanword in Norwegian (safety35)'],
    ['en>nb contacts/advice-words.advice ring', SAME_MEANING],
    ['en>nb contacts/training-words.words seminar', SAME_MEANING],
    ['en>nb history.formerPosts colombo', SAME_NAME],
    ['en>nb history.formerPosts rabat', SAME_NAME],
    ['en>nb history.subjects amman', SAME_NAME],
    ['en>nb history.subjects ankara', SAME_NAME],
    ['en>nb history.subjects colombo', SAME_NAME],
    ['en>nb history.subjects islamabad', SAME_NAME],
    ['en>nb history.subjects nairobi', SAME_NAME],
    ['en>nb history.subjects rabat', SAME_NAME],
    ['en>nb scope.cues.domain alarmtelefonen', NORWEGIAN_NAME],
    ['en>nb scope.cues.domain barnevern', NORWEGIAN_NAME],
    ['en>nb scope.cues.domain barnevernet', NORWEGIAN_NAME],
    ['en>nb scope.cues.domain barnevernets', NORWEGIAN_NAME],
    ['en>nb scope.cues.domain barnevernskonsulent', NORWEGIAN_NAME],
    ['en>nb scope.cues.domain barnevernskontor', NORWEGIAN_NAME],
    ['en>nb scope.cues.domain barnevernsloven', NORWEGIAN_NAME],
    ['en>nb scope.cues.domain barnevernstjenesten', NORWEGIAN_NAME],
    ['en>nb scope.cues.domain barnevernsvakta', NORWEGIAN_NAME],
    ['en>nb scope.cues.domain barneverntjenesten', NORWEGIAN_NAME],
    ['en>nb scope.cues.domain barnevernvakta', NORWEGIAN_NAME],
    ['en>nb scope.cues.domain bufdir', NORWEGIAN_NAME],
    ['en>nb scope.cues.domain imdi', NORWEGIAN_NAME],
    ['en>nb scope.cues.domain kompetanseteamet', NORWEGIAN_NAME],
    ['en>nb scope.cues.domain kompetanseteamets', NORWEGIAN_NAME],
    ['en>nb scope.cues.errand meldekortet', NORWEGIAN_NAME],
    ['en>nb scope.cues.errand visma flyt', NORWEGIAN_NAME],
    ['en>nb scope.cues.plea help', SAME_MEANING],
    ['en>nb scope.cues.unrelated bankid', NORWEGIAN_NAME],
    ['en>nb scope.cues.unrelated barnetrygd', NORWEGIAN_NAME],
    ['en>nb scope.cues.unrelated bostotte', NORWEGIAN_NAME],
    ['en>nb scope.cues.unrelated cricket', SAME_MEANING],
    ['en>nb scope.cues.unrelated cv', SAME_MEANING],
    ['en>nb scope.cues.unrelated dagpenger', NORWEGIAN_NAME],
    ['en>nb scope.cues.unrelated foreldrepenger', NORWEGIAN_NAME],
    ['en>nb scope.cues.unrelated gaming', SAME_MEANING],
    ['en>nb scope.cues.unrelated kebab', SAME_MEANING],
    ['en>nb scope.cues.unrelated kontantstotte', NORWEGIAN_NAME],
    ['en>nb scope.cues.unrelated outlook', SAME_MEANING],
    ['en>nb scope.cues.unrelated pc', SAME_MEANING],
    ['en>nb scope.cues.unrelated quiz', SAME_MEANING],
    ['en>nb scope.cues.unrelated sykepenger', NORWEGIAN_NAME],
    ['en>nn contacts/advice-words.advice chat', SAME_MEANING],
    ['en>nn contacts/advice-words.advice ring', SAME_MEANING],
    ['en>nn contacts/members-words.words avdir', NORWEGIAN_NAME],
    ['en>nn history.formerPosts colombo', SAME_NAME],
    ['en>nn history.formerPosts rabat', SAME_NAME],
    ['en>nn history.subjects amman', SAME_NAME],
    ['en>nn history.subjects ankara', SAME_NAME],
    ['en>nn history.subjects colombo', SAME_NAME],
    ['en>nn history.subjects islamabad', SAME_NAME],
    ['en>nn history.subjects nairobi', SAME_NAME],
    ['en>nn history.subjects rabat', SAME_NAME],
    ['en>nn scope.cues.domain alarmtelefonen', NORWEGIAN_NAME],
    ['en>nn scope.cues.domain barnevernet', NORWEGIAN_NAME],
    ['en>nn scope.cues.domain barnevernstenesta', NORWEGIAN_NAME],
    ['en>nn scope.cues.domain imdi', NORWEGIAN_NAME],
    ['en>nn scope.cues.domain kompetanseteamet', NORWEGIAN_NAME],
    ['en>nn scope.cues.errand skatteetaten', NORWEGIAN_NAME],
    ['en>nn scope.cues.unrelated outlook', SAME_MEANING],
    ['en>nn scope.cues.unrelated pc', SAME_MEANING],
    ['en>nn scope.cues.unrelated quiz', SAME_MEANING],
    ['pl>en contacts/service-aliases.aliases.envoy-amman amman', SAME_NAME],
    ['pl>en contacts/service-aliases.aliases.envoy-ankara ankara', SAME_NAME],
    ['pl>en contacts/service-aliases.aliases.envoy-islamabad islamabad', SAME_NAME],
    ['pl>en contacts/service-aliases.aliases.envoy-nairobi nairobi', SAME_NAME],
    ['pl>en history.formerPosts colombo', SAME_NAME],
    ['pl>en history.formerPosts rabat', SAME_NAME],
    ['pl>en history.subjects amman', SAME_NAME],
    ['pl>en history.subjects ankara', SAME_NAME],
    ['pl>en history.subjects colombo', SAME_NAME],
    ['pl>en history.subjects islamabad', SAME_NAME],
    ['pl>en history.subjects nairobi', SAME_NAME],
    ['pl>en history.subjects rabat', SAME_NAME],
    ['pl>en scope.cues.domain alarmtelefonen', NORWEGIAN_NAME],
    ['pl>en scope.cues.domain barnevern', NORWEGIAN_NAME],
    ['pl>en scope.cues.domain barnevernet', NORWEGIAN_NAME],
    ['pl>en scope.cues.domain bufdir', NORWEGIAN_NAME],
    ['pl>en scope.cues.domain imdi', NORWEGIAN_NAME],
    ['pl>en scope.cues.domain kompetanseteamet', NORWEGIAN_NAME],
    ['pl>en scope.cues.nearField egenmelding', NORWEGIAN_NAME],
    ['pl>en scope.cues.unrelated bullying', SAME_MEANING],
    ['pl>en scope.cues.unrelated cv', SAME_MEANING],
    ['pl>en scope.cues.unrelated film', SAME_MEANING],
    ['pl>en scope.cues.unrelated filmed', SAME_MEANING],
    ['pl>en scope.cues.unrelated laptop', SAME_MEANING],
    ['pl>en scope.cues.unrelated teams', SAME_MEANING],
    ['pl>en scope.cues.unrelated vpn', SAME_MEANING],
    ['pl>en scope.cues.unrelated wifi', SAME_MEANING],
    ['pl>en situation.aboutWord o', SAME_MEANING],
    ['pl>en situation.cutting ceremonies', SAME_MEANING],
    ['pl>en situation.general procedure', SAME_MEANING],
    ['pl>en situation.girlsRite ceremonies', SAME_MEANING],
    ['pl>en situation.honour honor', SAME_MEANING],
    ['pl>en situation.queer lgbt', SAME_MEANING],
    ['pl>en situation.queer queer', SAME_MEANING],
    ['pl>en situation.wedding henna', SAME_MEANING],
    ['pl>en situation.wedding nikah', SAME_MEANING],
    ['pl>nb contacts/service-aliases.aliases.envoy-amman amman', SAME_NAME],
    ['pl>nb contacts/service-aliases.aliases.envoy-ankara ankara', SAME_NAME],
    ['pl>nb contacts/service-aliases.aliases.envoy-islamabad islamabad', SAME_NAME],
    ['pl>nb contacts/service-aliases.aliases.envoy-nairobi nairobi', SAME_NAME],
    ['pl>nb contacts/training-words.words kurs', SAME_MEANING],
    ['pl>nb history.formerPosts colombo', SAME_NAME],
    ['pl>nb history.formerPosts rabat', SAME_NAME],
    ['pl>nb history.subjects ambasade', SAME_MEANING],
    ['pl>nb history.subjects ambasadene', SAME_MEANING],
    ['pl>nb history.subjects amman', SAME_NAME],
    ['pl>nb history.subjects ankara', SAME_NAME],
    ['pl>nb history.subjects colombo', SAME_NAME],
    ['pl>nb history.subjects islamabad', SAME_NAME],
    ['pl>nb history.subjects nairobi', SAME_NAME],
    ['pl>nb history.subjects rabat', SAME_NAME],
    ['pl>nb scope.cues.domain alarmtelefonen', NORWEGIAN_NAME],
    ['pl>nb scope.cues.domain barnevern', NORWEGIAN_NAME],
    ['pl>nb scope.cues.domain barnevernet', NORWEGIAN_NAME],
    ['pl>nb scope.cues.domain barnevernets', NORWEGIAN_NAME],
    ['pl>nb scope.cues.domain barnevernskonsulent', NORWEGIAN_NAME],
    ['pl>nb scope.cues.domain barnevernskontor', NORWEGIAN_NAME],
    ['pl>nb scope.cues.domain barnevernsloven', NORWEGIAN_NAME],
    ['pl>nb scope.cues.domain barnevernstjenesten', NORWEGIAN_NAME],
    ['pl>nb scope.cues.domain barnevernsvakta', NORWEGIAN_NAME],
    ['pl>nb scope.cues.domain barneverntjenesten', NORWEGIAN_NAME],
    ['pl>nb scope.cues.domain barnevernvakta', NORWEGIAN_NAME],
    ['pl>nb scope.cues.domain bufdir', NORWEGIAN_NAME],
    ['pl>nb scope.cues.domain imdi', NORWEGIAN_NAME],
    ['pl>nb scope.cues.domain kompetanseteamet', NORWEGIAN_NAME],
    ['pl>nb scope.cues.domain kontrolert', SAME_MEANING],
    ['pl>nb scope.cues.domain kontroll', SAME_MEANING],
    ['pl>nb scope.cues.domain kontrollen', SAME_MEANING],
    ['pl>nb scope.cues.domain kontrollene', SAME_MEANING],
    ['pl>nb scope.cues.domain kontrollerer', SAME_MEANING],
    ['pl>nb scope.cues.domain kontrolleres', SAME_MEANING],
    ['pl>nb scope.cues.domain kontrollert', SAME_MEANING],
    ['pl>nb scope.cues.errand visma flyt', NORWEGIAN_NAME],
    ['pl>nb scope.cues.unrelated bankid', NORWEGIAN_NAME],
    ['pl>nb scope.cues.unrelated barnetrygd', NORWEGIAN_NAME],
    ['pl>nb scope.cues.unrelated bostotte', NORWEGIAN_NAME],
    ['pl>nb scope.cues.unrelated cv', SAME_MEANING],
    ['pl>nb scope.cues.unrelated dagpenger', NORWEGIAN_NAME],
    ['pl>nb scope.cues.unrelated film', SAME_MEANING],
    ['pl>nb scope.cues.unrelated foreldrepenger', NORWEGIAN_NAME],
    ['pl>nb scope.cues.unrelated kino', SAME_MEANING],
    ['pl>nb scope.cues.unrelated kontantstotte', NORWEGIAN_NAME],
    ['pl>nb scope.cues.unrelated sykepenger', NORWEGIAN_NAME],
    ['pl>nb scope.cues.unrelated teams', SAME_MEANING],
    ['pl>nn contacts/service-aliases.aliases.envoy-amman amman', SAME_NAME],
    ['pl>nn contacts/service-aliases.aliases.envoy-ankara ankara', SAME_NAME],
    ['pl>nn contacts/service-aliases.aliases.envoy-islamabad islamabad', SAME_NAME],
    ['pl>nn contacts/service-aliases.aliases.envoy-nairobi nairobi', SAME_NAME],
    ['pl>nn contacts/training-words.words kurs', SAME_MEANING],
    ['pl>nn history.formerPosts colombo', SAME_NAME],
    ['pl>nn history.formerPosts rabat', SAME_NAME],
    ['pl>nn history.subjects amman', SAME_NAME],
    ['pl>nn history.subjects ankara', SAME_NAME],
    ['pl>nn history.subjects colombo', SAME_NAME],
    ['pl>nn history.subjects islamabad', SAME_NAME],
    ['pl>nn history.subjects nairobi', SAME_NAME],
    ['pl>nn history.subjects rabat', SAME_NAME],
    ['pl>nn scope.cues.domain alarmtelefonen', NORWEGIAN_NAME],
    ['pl>nn scope.cues.domain barnevernet', NORWEGIAN_NAME],
    ['pl>nn scope.cues.domain barnevernstenesta', NORWEGIAN_NAME],
    ['pl>nn scope.cues.domain imdi', NORWEGIAN_NAME],
    ['pl>nn scope.cues.domain kompetanseteamet', NORWEGIAN_NAME],
    ['pl>nn scope.cues.domain kontroll', SAME_MEANING],
    ['pl>nn scope.cues.domain kontrollane', SAME_MEANING],
    ['pl>nn scope.cues.domain kontrollen', SAME_MEANING],
    ['pl>nn scope.cues.domain kontrollerer', SAME_MEANING],
    ['pl>nn scope.cues.domain kontrollert', SAME_MEANING],
    ['pl>nn scope.cues.domain kontrollerte', SAME_MEANING],
    ['pl>nn scope.cues.unrelated filma', SAME_MEANING],
    ['pl>nn scope.cues.unrelated teams', SAME_MEANING],
    ['so>en contacts/institution-words.kinds.adultEducation voksenopplaering', NORWEGIAN_NAME],
    ['so>en contacts/institution-words.kinds.kindergarten barnehage', NORWEGIAN_NAME],
    ['so>en contacts/service-aliases.aliases.ambulance ambulance', SAME_MEANING],
    ['so>en contacts/service-aliases.aliases.envoy-amman amman', SAME_NAME],
    ['so>en contacts/service-aliases.aliases.envoy-ankara ankara', SAME_NAME],
    ['so>en contacts/service-aliases.aliases.envoy-islamabad islamabad', SAME_NAME],
    ['so>en contacts/service-aliases.aliases.envoy-nairobi nairobi', SAME_NAME],
    ['so>en contacts/website-words.words website', SAME_MEANING],
    ['so>en history.formerPosts colombo', SAME_NAME],
    ['so>en history.formerPosts rabat', SAME_NAME],
    ['so>en history.subjects amman', SAME_NAME],
    ['so>en history.subjects ankara', SAME_NAME],
    ['so>en history.subjects colombo', SAME_NAME],
    ['so>en history.subjects islamabad', SAME_NAME],
    ['so>en history.subjects nairobi', SAME_NAME],
    ['so>en history.subjects rabat', SAME_NAME],
    ['so>en scope.cues.booking booking', SAME_MEANING],
    ['so>en scope.cues.domain alarmtelefonen', NORWEGIAN_NAME],
    ['so>en scope.cues.domain barnevern', NORWEGIAN_NAME],
    ['so>en scope.cues.domain barnevernet', NORWEGIAN_NAME],
    ['so>en scope.cues.domain bufdir', NORWEGIAN_NAME],
    ['so>en scope.cues.domain imdi', NORWEGIAN_NAME],
    ['so>en scope.cues.domain kompetanseteamet', NORWEGIAN_NAME],
    ['so>en scope.cues.domain mangfoldsradgiver', NORWEGIAN_NAME],
    ['so>en scope.cues.domain minoritetsradgiver', NORWEGIAN_NAME],
    ['so>en scope.cues.nearField egenmelding', NORWEGIAN_NAME],
    ['so>en scope.cues.unrelated bullying', SAME_MEANING],
    ['so>en scope.cues.unrelated computer', SAME_MEANING],
    ['so>en scope.cues.unrelated cv', SAME_MEANING],
    ['so>en scope.cues.unrelated laptop', SAME_MEANING],
    ['so>en scope.cues.unrelated password', SAME_MEANING],
    ['so>en scope.cues.unrelated passwords', SAME_MEANING],
    ['so>en scope.cues.unrelated printer', SAME_MEANING],
    ['so>en scope.cues.unrelated teams', SAME_MEANING],
    ['so>en scope.cues.unrelated wifi', SAME_MEANING],
    ['so>en situation.queer lgbt', SAME_MEANING],
    ['so>en situation.season ramadan', SAME_MEANING],
    ['so>nb contacts/institution-words.kinds.adultEducation voksenopplaering', NORWEGIAN_NAME],
    ['so>nb contacts/institution-words.kinds.adultEducation voksenopplaeringa', NORWEGIAN_NAME],
    ['so>nb contacts/institution-words.kinds.adultEducation voksenopplaeringen', NORWEGIAN_NAME],
    ['so>nb contacts/institution-words.kinds.adultEducation voksenopplaeringer', NORWEGIAN_NAME],
    ['so>nb contacts/institution-words.kinds.adultEducation voksenopplaeringssenter', NORWEGIAN_NAME],
    ['so>nb contacts/institution-words.kinds.adultEducation voksenopplaeringssentre', NORWEGIAN_NAME],
    ['so>nb contacts/institution-words.kinds.kindergarten barnehage', NORWEGIAN_NAME],
    ['so>nb contacts/institution-words.kinds.kindergarten barnehageansatte', NORWEGIAN_NAME],
    ['so>nb contacts/institution-words.kinds.kindergarten barnehagelaerer', NORWEGIAN_NAME],
    ['so>nb contacts/institution-words.kinds.kindergarten barnehagen', NORWEGIAN_NAME],
    ['so>nb contacts/institution-words.kinds.kindergarten barnehageplass', NORWEGIAN_NAME],
    ['so>nb contacts/institution-words.kinds.kindergarten barnehager', NORWEGIAN_NAME],
    ['so>nb contacts/institution-words.kinds.kindergarten barnehagestyrer', NORWEGIAN_NAME],
    ['so>nb contacts/service-aliases.aliases.envoy-amman amman', SAME_NAME],
    ['so>nb contacts/service-aliases.aliases.envoy-ankara ankara', SAME_NAME],
    ['so>nb contacts/service-aliases.aliases.envoy-islamabad islamabad', SAME_NAME],
    ['so>nb contacts/service-aliases.aliases.envoy-nairobi nairobi', SAME_NAME],
    ['so>nb history.formerPosts colombo', SAME_NAME],
    ['so>nb history.formerPosts rabat', SAME_NAME],
    ['so>nb history.subjects amman', SAME_NAME],
    ['so>nb history.subjects ankara', SAME_NAME],
    ['so>nb history.subjects colombo', SAME_NAME],
    ['so>nb history.subjects islamabad', SAME_NAME],
    ['so>nb history.subjects nairobi', SAME_NAME],
    ['so>nb history.subjects rabat', SAME_NAME],
    ['so>nb scope.cues.domain alarmtelefonen', NORWEGIAN_NAME],
    ['so>nb scope.cues.domain barnevern', NORWEGIAN_NAME],
    ['so>nb scope.cues.domain barnevernet', NORWEGIAN_NAME],
    ['so>nb scope.cues.domain bufdir', NORWEGIAN_NAME],
    ['so>nb scope.cues.domain imdi', NORWEGIAN_NAME],
    ['so>nb scope.cues.domain kompetanseteamet', NORWEGIAN_NAME],
    ['so>nb scope.cues.domain mangfoldsradgiver', NORWEGIAN_NAME],
    ['so>nb scope.cues.domain minoritetsradgiver', NORWEGIAN_NAME],
    ['so>nb scope.cues.errand meldekortet', NORWEGIAN_NAME],
    ['so>nb scope.cues.errand visma flyt', NORWEGIAN_NAME],
    ['so>nb scope.cues.unrelated bankid', NORWEGIAN_NAME],
    ['so>nb scope.cues.unrelated barnetrygd', NORWEGIAN_NAME],
    ['so>nb scope.cues.unrelated bostotte', NORWEGIAN_NAME],
    ['so>nb scope.cues.unrelated cv', SAME_MEANING],
    ['so>nb scope.cues.unrelated dagpenger', NORWEGIAN_NAME],
    ['so>nb scope.cues.unrelated familiegjenforening', NORWEGIAN_NAME],
    ['so>nb scope.cues.unrelated foreldrepenger', NORWEGIAN_NAME],
    ['so>nb scope.cues.unrelated kontantstotte', NORWEGIAN_NAME],
    ['so>nb scope.cues.unrelated oppholdstillatelse', NORWEGIAN_NAME],
    ['so>nb scope.cues.unrelated sykepenger', NORWEGIAN_NAME],
    ['so>nb scope.cues.unrelated teams', SAME_MEANING],
    ['so>nn contacts/institution-words.kinds.kindergarten barnehagar', NORWEGIAN_NAME],
    ['so>nn contacts/institution-words.kinds.kindergarten barnehage', NORWEGIAN_NAME],
    ['so>nn contacts/institution-words.kinds.kindergarten barnehagelaerar', NORWEGIAN_NAME],
    ['so>nn contacts/institution-words.kinds.kindergarten barnehagen', NORWEGIAN_NAME],
    ['so>nn contacts/institution-words.kinds.kindergarten barnehageplass', NORWEGIAN_NAME],
    ['so>nn contacts/institution-words.kinds.kindergarten barnehagetilsette', NORWEGIAN_NAME],
    ['so>nn contacts/service-aliases.aliases.envoy-amman amman', SAME_NAME],
    ['so>nn contacts/service-aliases.aliases.envoy-ankara ankara', SAME_NAME],
    ['so>nn contacts/service-aliases.aliases.envoy-islamabad islamabad', SAME_NAME],
    ['so>nn contacts/service-aliases.aliases.envoy-nairobi nairobi', SAME_NAME],
    ['so>nn history.formerPosts colombo', SAME_NAME],
    ['so>nn history.formerPosts rabat', SAME_NAME],
    ['so>nn history.subjects amman', SAME_NAME],
    ['so>nn history.subjects ankara', SAME_NAME],
    ['so>nn history.subjects colombo', SAME_NAME],
    ['so>nn history.subjects islamabad', SAME_NAME],
    ['so>nn history.subjects nairobi', SAME_NAME],
    ['so>nn history.subjects rabat', SAME_NAME],
    ['so>nn scope.cues.domain alarmtelefonen', NORWEGIAN_NAME],
    ['so>nn scope.cues.domain barnevernet', NORWEGIAN_NAME],
    ['so>nn scope.cues.domain imdi', NORWEGIAN_NAME],
    ['so>nn scope.cues.domain kompetanseteamet', NORWEGIAN_NAME],
    ['so>nn scope.cues.domain mangfoldsradgiver', NORWEGIAN_NAME],
    ['so>nn scope.cues.domain minoritetsradgiver', NORWEGIAN_NAME],
    ['so>nn scope.cues.unrelated teams', SAME_MEANING],
    ['tr>en contacts/service-aliases.aliases.envoy-amman amman', SAME_NAME],
    ['tr>en contacts/service-aliases.aliases.envoy-ankara ankara', SAME_NAME],
    ['tr>en contacts/service-aliases.aliases.envoy-islamabad islamabad', SAME_NAME],
    ['tr>en contacts/service-aliases.aliases.envoy-nairobi nairobi', SAME_NAME],
    ['tr>en history.formerPosts colombo', SAME_NAME],
    ['tr>en history.formerPosts rabat', SAME_NAME],
    ['tr>en history.subjects amman', SAME_NAME],
    ['tr>en history.subjects ankara', SAME_NAME],
    ['tr>en history.subjects colombo', SAME_NAME],
    ['tr>en history.subjects islamabad', SAME_NAME],
    ['tr>en history.subjects nairobi', SAME_NAME],
    ['tr>en history.subjects rabat', SAME_NAME],
    ['tr>en scope.cues.domain alarmtelefonen', NORWEGIAN_NAME],
    ['tr>en scope.cues.domain barnevern', NORWEGIAN_NAME],
    ['tr>en scope.cues.domain barnevernet', NORWEGIAN_NAME],
    ['tr>en scope.cues.domain bufdir', NORWEGIAN_NAME],
    ['tr>en scope.cues.domain imdi', NORWEGIAN_NAME],
    ['tr>en scope.cues.domain kompetanseteamet', NORWEGIAN_NAME],
    ['tr>en scope.cues.nearField egenmelding', NORWEGIAN_NAME],
    ['tr>en scope.cues.unrelated cv', SAME_MEANING],
    ['tr>en scope.cues.unrelated film', SAME_MEANING],
    ['tr>en scope.cues.unrelated filmed', SAME_MEANING],
    ['tr>en scope.cues.unrelated laptop', SAME_MEANING],
    ['tr>en scope.cues.unrelated teams', SAME_MEANING],
    ['tr>en scope.cues.unrelated vpn', SAME_MEANING],
    ['tr>en scope.cues.unrelated wifi', SAME_MEANING],
    ['tr>en situation.queer lgbt', SAME_MEANING],
    ['tr>en situation.queer queer', SAME_MEANING],
    ['tr>en situation.trip sudan a', SAME_NAME],
    ['tr>en situation.wedding nikah', SAME_MEANING],
    ['tr>nb contacts/service-aliases.aliases.envoy-amman amman', SAME_NAME],
    ['tr>nb contacts/service-aliases.aliases.envoy-ankara ankara', SAME_NAME],
    ['tr>nb contacts/service-aliases.aliases.envoy-islamabad islamabad', SAME_NAME],
    ['tr>nb contacts/service-aliases.aliases.envoy-nairobi nairobi', SAME_NAME],
    ['tr>nb contacts/training-words.words kurs', SAME_MEANING],
    ['tr>nb contacts/training-words.words kursa', SAME_MEANING],
    ['tr>nb history.formerPosts colombo', SAME_NAME],
    ['tr>nb history.formerPosts rabat', SAME_NAME],
    ['tr>nb history.subjects amman', SAME_NAME],
    ['tr>nb history.subjects ankara', SAME_NAME],
    ['tr>nb history.subjects colombo', SAME_NAME],
    ['tr>nb history.subjects islamabad', SAME_NAME],
    ['tr>nb history.subjects nairobi', SAME_NAME],
    ['tr>nb history.subjects rabat', SAME_NAME],
    ['tr>nb scope.cues.domain alarmtelefonen', NORWEGIAN_NAME],
    ['tr>nb scope.cues.domain barnevern', NORWEGIAN_NAME],
    ['tr>nb scope.cues.domain barnevernet', NORWEGIAN_NAME],
    ['tr>nb scope.cues.domain barnevernets', NORWEGIAN_NAME],
    ['tr>nb scope.cues.domain barnevernskonsulent', NORWEGIAN_NAME],
    ['tr>nb scope.cues.domain barnevernskontor', NORWEGIAN_NAME],
    ['tr>nb scope.cues.domain barnevernsloven', NORWEGIAN_NAME],
    ['tr>nb scope.cues.domain barnevernstjenesten', NORWEGIAN_NAME],
    ['tr>nb scope.cues.domain barnevernsvakta', NORWEGIAN_NAME],
    ['tr>nb scope.cues.domain barneverntjenesten', NORWEGIAN_NAME],
    ['tr>nb scope.cues.domain barnevernvakta', NORWEGIAN_NAME],
    ['tr>nb scope.cues.domain bufdir', NORWEGIAN_NAME],
    ['tr>nb scope.cues.domain imdi', NORWEGIAN_NAME],
    ['tr>nb scope.cues.domain kompetanseteamet', NORWEGIAN_NAME],
    ['tr>nb scope.cues.domain kontrolert', SAME_MEANING],
    ['tr>nb scope.cues.domain kontroll', SAME_MEANING],
    ['tr>nb scope.cues.domain kontrollen', SAME_MEANING],
    ['tr>nb scope.cues.domain kontrollene', SAME_MEANING],
    ['tr>nb scope.cues.domain kontrollerer', SAME_MEANING],
    ['tr>nb scope.cues.domain kontrolleres', SAME_MEANING],
    ['tr>nb scope.cues.domain kontrollert', SAME_MEANING],
    ['tr>nb scope.cues.errand visma flyt', NORWEGIAN_NAME],
    ['tr>nb scope.cues.unrelated bankid', NORWEGIAN_NAME],
    ['tr>nb scope.cues.unrelated barnetrygd', NORWEGIAN_NAME],
    ['tr>nb scope.cues.unrelated bostotte', NORWEGIAN_NAME],
    ['tr>nb scope.cues.unrelated cv', SAME_MEANING],
    ['tr>nb scope.cues.unrelated dagpenger', NORWEGIAN_NAME],
    ['tr>nb scope.cues.unrelated film', SAME_MEANING],
    ['tr>nb scope.cues.unrelated foreldrepenger', NORWEGIAN_NAME],
    ['tr>nb scope.cues.unrelated kontantstotte', NORWEGIAN_NAME],
    ['tr>nb scope.cues.unrelated sykepenger', NORWEGIAN_NAME],
    ['tr>nb scope.cues.unrelated teams', SAME_MEANING],
    ['tr>nn contacts/service-aliases.aliases.envoy-amman amman', SAME_NAME],
    ['tr>nn contacts/service-aliases.aliases.envoy-ankara ankara', SAME_NAME],
    ['tr>nn contacts/service-aliases.aliases.envoy-islamabad islamabad', SAME_NAME],
    ['tr>nn contacts/service-aliases.aliases.envoy-nairobi nairobi', SAME_NAME],
    ['tr>nn contacts/training-words.words kurs', SAME_MEANING],
    ['tr>nn history.formerPosts colombo', SAME_NAME],
    ['tr>nn history.formerPosts rabat', SAME_NAME],
    ['tr>nn history.subjects amman', SAME_NAME],
    ['tr>nn history.subjects ankara', SAME_NAME],
    ['tr>nn history.subjects colombo', SAME_NAME],
    ['tr>nn history.subjects islamabad', SAME_NAME],
    ['tr>nn history.subjects nairobi', SAME_NAME],
    ['tr>nn history.subjects rabat', SAME_NAME],
    ['tr>nn scope.cues.domain alarmtelefonen', NORWEGIAN_NAME],
    ['tr>nn scope.cues.domain barnevernet', NORWEGIAN_NAME],
    ['tr>nn scope.cues.domain barnevernstenesta', NORWEGIAN_NAME],
    ['tr>nn scope.cues.domain imdi', NORWEGIAN_NAME],
    ['tr>nn scope.cues.domain kompetanseteamet', NORWEGIAN_NAME],
    ['tr>nn scope.cues.domain kontroll', SAME_MEANING],
    ['tr>nn scope.cues.domain kontrollane', SAME_MEANING],
    ['tr>nn scope.cues.domain kontrollen', SAME_MEANING],
    ['tr>nn scope.cues.domain kontrollerer', SAME_MEANING],
    ['tr>nn scope.cues.domain kontrollert', SAME_MEANING],
    ['tr>nn scope.cues.domain kontrollerte', SAME_MEANING],
    ['tr>nn scope.cues.unrelated filma', SAME_MEANING],
    ['tr>nn scope.cues.unrelated teams', SAME_MEANING],
    ['ar>fa contacts/advice-words.advice مشوره', SAME_MEANING],
    // An immigrant in Arabic and Dari alike; read only beside a word for an organisation asked for (lines36).
    ['ar>fa contacts/immigrant-organisation-words.kinds.immigrant مهاجرا', SAME_MEANING],
    ['ar>fa contacts/housing-words.words مسکن', SAME_MEANING],
    ['ar>fa contacts/service-aliases.aliases.vo-linjen خط vo', SAME_MEANING],
    ['ar>fa contacts/training-words.words کورس', SAME_MEANING],
    ['ar>fa history.began اول', SAME_MEANING],
    ['ar>fa history.subjects سفارت', SAME_MEANING],
    ['ar>fa history.subjects سفارتخونهها', SAME_MEANING],
    ['ar>fa history.subjects سفارته', SAME_MEANING],
    ['ar>fa history.subjects سفارتها', SAME_MEANING],
    ['ar>fa history.subjects سفارتهای', SAME_MEANING],
    ['ar>fa history.then عضو', SAME_MEANING],
    ['ar>fa scope.cues.domain مترجم', SAME_MEANING],
    ['ar>fa scope.cues.interpreting مترجم', SAME_MEANING],
    ['ar>fa scope.cues.unrelated امتحان', SAME_MEANING],
    ['ar>fa scope.cues.unrelated طلاق', SAME_MEANING],
    ['ar>fa scope.cues.unrelated معادله', SAME_MEANING],
    ['ar>fa situation.againstWill مجبور', SAME_MEANING],
    ['ar>fa situation.againstWill مجبورش', SAME_MEANING],
    ['ar>fa situation.anonymous بدون اسم', SAME_MEANING],
    ['ar>fa situation.cutting ختنه', SAME_MEANING],
    ['ar>fa situation.general تعریف', SAME_MEANING],
    ['ar>fa situation.girlsRite مراسم', SAME_MEANING],
    ['ar>fa situation.harm تهدید', SAME_MEANING],
    ['ar>fa situation.harm تهدیدامیز', SAME_MEANING],
    ['ar>fa situation.harm تهدیدش', SAME_MEANING],
    ['ar>fa situation.harm تهدیدم', SAME_MEANING],
    ['ar>fa situation.harm تهدیدی', SAME_MEANING],
    ['ar>fa situation.hedge احتمال', SAME_MEANING],
    ['ar>fa situation.helpline خط', SAME_MEANING],
    ['ar>fa situation.kin عمه', SAME_MEANING],
    ['ar>fa situation.kin والدین', SAME_MEANING],
    ['ar>fa situation.ownFamily ماما', SAME_MEANING],
    ['ar>fa situation.someone مریضه', SAME_MEANING],
    ['ar>fa situation.soon حالا', 'near: Arabic حالا (right away), Persian حالا (now, and a filler)'],
    ['ar>fa situation.wedding عروس', SAME_MEANING],
    ['ar>fa situation.wedding نکاح', SAME_MEANING],
    ['ar>ur contacts/institution-words.kinds.learners طالب', SAME_MEANING],
    ['ar>ur contacts/service-aliases.aliases.envoy-islamabad اسلام اباد', SAME_NAME],
    ['ar>ur contacts/training-words.words کورس', SAME_MEANING],
    ['ar>ur history.formerPosts کولمبو', SAME_NAME],
    ['ar>ur history.subjects اسلام اباد', SAME_NAME],
    ['ar>ur history.subjects سفارت', SAME_MEANING],
    ['ar>ur history.subjects سفارتخانوں', SAME_MEANING],
    ['ar>ur history.subjects سفارتخانہ', SAME_MEANING],
    ['ar>ur history.subjects سفارتخانے', SAME_MEANING],
    ['ar>ur scope.cues.domain خوف', SAME_MEANING],
    ['ar>ur scope.cues.unrelated امتحان', SAME_MEANING],
    ['ar>ur scope.cues.unrelated حلال', SAME_MEANING],
    ['ar>ur scope.cues.unrelated طلاق', SAME_MEANING],
    ['ar>ur situation.againstWill مجبور', SAME_MEANING],
    ['ar>ur situation.cutting ختنہ', SAME_MEANING],
    ['ar>ur situation.helpline رقم', 'Arabic "a number", Urdu "a sum of money": read as asking for a line, a calm concept (CALM_IN_GENERAL), never a danger'],
    ['ar>ur situation.firstPerson امی', SAME_MEANING],
    ['ar>ur situation.kin ابو', SAME_MEANING],
    ['ar>ur situation.kin والد', SAME_MEANING],
    ['ar>ur situation.kin والدہ', SAME_MEANING],
    ['ar>ur situation.kin والدین', SAME_MEANING],
    ['ar>ur situation.ownFamily امی', SAME_MEANING],
    ['ar>ur situation.wedding نکاح', SAME_MEANING],
    ['fa>ar contacts/advice-words.advice مشوره', SAME_MEANING],
    ['fa>ar contacts/service-aliases.aliases.envoy-ankara انقره', SAME_NAME],
    ['fa>ar contacts/service-aliases.aliases.vo-linjen خط vo', SAME_MEANING],
    ['fa>ar history.ever سابقا', SAME_MEANING],
    ['fa>ar history.renamed سابقا', SAME_MEANING],
    ['fa>ar history.subjects انقره', SAME_NAME],
    ['fa>ar history.subjects عمان', SAME_NAME],
    ['fa>ar history.then مسوول', SAME_MEANING],
    ['fa>ar scope.cues.domain ممنوع', SAME_MEANING],
    ['fa>ar scope.cues.unrelated امتحان', SAME_MEANING],
    ['fa>ar scope.cues.unrelated لم شمل', SAME_MEANING],
    ['fa>ar scope.cues.unrelated مالیه', 'near: Persian مالیه (tax), Arabic مالية (finance): unrelated in both'],
    ['fa>ar scope.cues.unrelated معادلات', SAME_MEANING],
    ['fa>ar scope.cues.unrelated معادله', SAME_MEANING],
    ['fa>ar situation.aboutWord ضد', SAME_MEANING],
    ['fa>ar situation.adultRole ساکنین', SAME_MEANING],
    ['fa>ar situation.adultRole مدرسه ما', SAME_MEANING],
    ['fa>ar situation.anonymous بدون اسم', SAME_MEANING],
    ['fa>ar situation.anonymous بدون ذکر اسمها', SAME_MEANING],
    ['fa>ar situation.cutting ختان', SAME_MEANING],
    ['fa>ar situation.cutting ختانها', SAME_MEANING],
    ['fa>ar situation.general ارقام', SAME_MEANING],
    ['fa>ar situation.general عموما', SAME_MEANING],
    ['fa>ar situation.harm تهدید', SAME_MEANING],
    ['fa>ar situation.harm تهدیدات', SAME_MEANING],
    ['fa>ar situation.helpline خط', SAME_MEANING],
    ['fa>ar situation.honour شرف', SAME_MEANING],
    ['fa>ar situation.kin عموما', SAME_MEANING],
    ['fa>ar situation.riteElder خاله', SAME_MEANING],
    ['fa>ar situation.riteElder خالها', SAME_MEANING],
    ['fa>ar situation.riteElder عمه', SAME_MEANING],
    ['fa>ar situation.riteElder عمها', SAME_MEANING],
    ['fa>ar situation.season رمضان', SAME_MEANING],
    ['fa>ar situation.season عید', SAME_MEANING],
    ['fa>ar situation.someone ساکنین', SAME_MEANING],
    ['fa>ar situation.trip سفر', SAME_MEANING],
    ['fa>ur contacts/service-aliases.aliases.envoy-islamabad اسلام اباد', SAME_NAME],
    ['fa>ur contacts/service-aliases.aliases.police پولیس', SAME_MEANING],
    ['fa>ur history.began شروع', SAME_MEANING],
    ['fa>ur history.formerPosts کولمبو', SAME_NAME],
    ['fa>ur history.subjects اسلام اباد', SAME_NAME],
    ['fa>ur history.subjects سفارت', SAME_MEANING],
    ['fa>ur history.subjects سفارتخانوں', SAME_MEANING],
    ['fa>ur history.subjects سفارتخانہ', SAME_MEANING],
    ['fa>ur history.subjects سفارتخانے', SAME_MEANING],
    ['fa>ur history.subjects کولمبو', SAME_NAME],
    ['fa>ur scope.cues.domain ترجمان', SAME_MEANING],
    ['fa>ur scope.cues.domain زور', SAME_MEANING],
    ['fa>ur scope.cues.domain مجبور', SAME_MEANING],
    ['fa>ur scope.cues.domain نگرانی', SAME_MEANING],
    ['fa>ur scope.cues.interpreting ترجمان', SAME_MEANING],
    ['fa>ur scope.cues.unrelated امتحان', SAME_MEANING],
    ['fa>ur scope.cues.unrelated حلال', SAME_MEANING],
    ['fa>ur scope.cues.unrelated خرید', SAME_MEANING],
    ['fa>ur scope.cues.unrelated ریاضی', SAME_MEANING],
    ['fa>ur scope.cues.unrelated طلاق', SAME_MEANING],
    ['fa>ur scope.cues.unrelated لایسنس', SAME_MEANING],
    ['fa>ur scope.cues.unrelated ویزا', SAME_MEANING],
    ['fa>ur situation.againstWill مجبور', SAME_MEANING],
    ['fa>ur situation.girlsRite رسم', SAME_MEANING],
    ['fa>ur situation.girlsRite سنت', SAME_MEANING],
    ['fa>ur situation.hedge شاید', SAME_MEANING],
    ['fa>ur situation.honour عزت', SAME_MEANING],
    ['fa>ur situation.honour غیرت', SAME_MEANING],
    ['fa>ur situation.hypothetical اگر', SAME_MEANING],
    ['fa>ur situation.kin برادری', SAME_MEANING],
    ['fa>ur situation.kin دایی', SAME_MEANING],
    ['fa>ur situation.kin عمومی', SAME_MEANING],
    ['fa>ur situation.kin مادری', SAME_MEANING],
    ['fa>ur situation.leaveHome طلاق', SAME_MEANING],
    ['fa>ur situation.season رخصتی', SAME_MEANING],
    ['fa>ur situation.season عید', SAME_MEANING],
    ['fa>ur situation.someone بیمار', SAME_MEANING],
    ['fa>ur situation.someone نوجوان', SAME_MEANING],
    ['fa>ur situation.someone نوجوانوں', SAME_MEANING],
    ['fa>ur situation.soon فورا', SAME_MEANING],
    ['fa>ur situation.trip سفر', SAME_MEANING],
    ['fa>ur situation.wedding نکاح', SAME_MEANING],
    ['fa>ur situation.withEnvoy سفارت', SAME_MEANING],
    ['ru>uk contacts/advice-words.advice консультацію', SAME_MEANING],
    ['ru>uk contacts/advice-words.advice консультація', SAME_MEANING],
    ['ru>uk contacts/advice-words.advice консультаціі', SAME_MEANING],
    ['ru>uk contacts/institution-words.kinds.learners студентка', SAME_MEANING],
    ['ru>uk contacts/institution-words.kinds.learners студентів', SAME_MEANING],
    ['uk>ru history.subjects посольств', SAME_MEANING],
    ['uk>ru situation.withEnvoy посольств', SAME_MEANING],
    ['uk>ru situation.trip в село', 'the same words with the same meaning ("to the village": a stay in the home village, danger34)'],
    ['ru>uk situation.trip в село', 'the same words with the same meaning ("to the village": a stay in the home village, danger34)'],
    ['ur>fa situation.kin شوهرخواهرم', SAME_MEANING],
    ['ru>uk contacts/institution-words.kinds.learners учениця', SAME_MEANING],
    ['ru>uk contacts/service-aliases.aliases.envoy-ankara анкара', SAME_NAME],
    ['ru>uk contacts/training-words.words курс для', SAME_MEANING],
    ['ru>uk contacts/training-words.words провести курс', SAME_MEANING],
    ['ru>uk contacts/training-words.words урок про', SAME_MEANING],
    ['ru>uk contacts/website-words.words саит', SAME_MEANING],
    ['ru>uk history.began введення', SAME_MEANING],
    ['ru>uk history.began до imdi', SAME_MEANING],
    ['ru>uk history.began передали', SAME_MEANING],
    ['ru>uk history.subjects анкара', SAME_NAME],
    ['ru>uk history.subjects посольств', SAME_MEANING],
    ['ru>uk history.subjects посольствах', SAME_MEANING],
    ['ru>uk history.subjects посольство', SAME_MEANING],
    ['ru>uk history.subjects посольстві', SAME_MEANING],
    ['ru>uk history.then входили', SAME_MEANING],
    ['ru>uk scope.cues.domain боюсь', SAME_MEANING],
    ['ru>uk scope.cues.domain контролем', SAME_MEANING],
    ['ru>uk scope.cues.domain контроль', SAME_MEANING],
    ['ru>uk scope.cues.domain контролю', SAME_MEANING],
    ['ru>uk scope.cues.domain контролював', SAME_MEANING],
    ['ru>uk scope.cues.domain контролюють', SAME_MEANING],
    ['ru>uk scope.cues.domain контролює', SAME_MEANING],
    ['ru>uk scope.cues.domain страх', SAME_MEANING],
    ['ru>uk scope.cues.unrelated борщу', SAME_MEANING],
    ['ru>uk scope.cues.unrelated домашкою', SAME_MEANING],
    ['ru>uk scope.cues.unrelated математики', SAME_MEANING],
    ['ru>uk scope.cues.unrelated ноутбука', SAME_MEANING],
    ['ru>uk scope.cues.unrelated погоджуся', SAME_MEANING],
    ['ru>uk scope.cues.unrelated погоду', SAME_MEANING],
    ['ru>uk scope.cues.unrelated рецепт', SAME_MEANING],
    ['ru>uk scope.cues.unrelated футбол', SAME_MEANING],
    ['ru>uk situation.aboutWord по', 'the same preposition'],
    ['ru>uk situation.aboutWord при', 'the same preposition ("at, in a case of") in both languages (calm33)'],
    // Found when general-blind-88/-89 joined the tuned sets (session 30): the same words with the same meaning.
    ['fa>ar scope.cues.domain مترجم', SAME_MEANING],
    ['fa>ar scope.cues.interpreting مترجم', SAME_MEANING],
    ['fa>ar situation.anonymous بدون ذکر اسمی', SAME_MEANING],
    ['fa>ur situation.againstWill غیر ارادی', SAME_MEANING],
    ['ur>ar scope.cues.domain مترجم', SAME_MEANING],
    ['ur>ar scope.cues.interpreting مترجم', SAME_MEANING],
    ['ru>uk situation.queer лгбт', SAME_MEANING],
    ['uk>ru scope.cues.unrelated стоматологу', SAME_MEANING],
    ['uk>ru situation.confiscated забрали мои телефон', SAME_MEANING],
    ['ru>uk situation.adultRole дочка', SAME_MEANING],
    ['ru>uk situation.pickupPlace в школу', 'the same words ("to school"): where a child is picked up, beside a relative come to fetch her (s41safe)'],
    ['uk>ru situation.pickupPlace в школу', 'the same words ("to school"): where a child is picked up, beside a relative come to fetch her (s41safe)'],
    ['ru>uk situation.adultRole координаторка', SAME_MEANING],
    ['ru>uk situation.adultRole кузини', SAME_MEANING],
    ['ru>uk situation.adultRole моя подруга', SAME_MEANING],
    ['ru>uk situation.adultRole свекруха', SAME_MEANING],
    ['ru>uk situation.adultRole свекрухи', SAME_MEANING],
    ['ru>uk situation.adultRole я консультант', SAME_MEANING],
    ['ru>uk situation.adultRole я мама', SAME_MEANING],
    ['ru>uk situation.adultRole я медсестра', SAME_MEANING],
    ['ru>uk situation.againstWill не хочу', SAME_MEANING],
    ['ru>uk situation.childNamed дочка', SAME_MEANING],
    ['ru>uk situation.confiscated забрала в неі', SAME_MEANING],
    ['ru>uk situation.confiscated забрала міи телефон', SAME_MEANING],
    ['ru>uk situation.confiscated забрала телефон на', SAME_MEANING],
    ['ru>uk situation.confiscated забрала іі паспорт', SAME_MEANING],
    ['ru>uk situation.confiscated забрали в нього', SAME_MEANING],
    ['ru>uk situation.confiscated забрали міи паспорт', SAME_MEANING],
    ['ru>uk situation.confiscated забрали паспорт і', SAME_MEANING],
    ['ru>uk situation.confiscated забрали пишу з', SAME_MEANING],
    ['ru>uk situation.confiscated забрали телефон пишу', SAME_MEANING],
    ['ru>uk situation.confiscated забрали телефон і', SAME_MEANING],
    ['ru>uk situation.confiscated забрали іі паспорт', SAME_MEANING],
    ['ru>uk situation.confiscated паспорт батько забрав', SAME_MEANING],
    ['ru>uk situation.confiscated паспорт у неі', SAME_MEANING],
    ['ru>uk situation.confiscated телефон забрали', SAME_MEANING],
    ['ru>uk situation.confiscated телефон забрали ключі', SAME_MEANING],
    ['ru>uk situation.confiscated телефон забрали паспорт', SAME_MEANING],
    ['ru>uk situation.confiscated телефон забрали пишу', SAME_MEANING],
    ['ru>uk situation.confiscated телефон у неі', SAME_MEANING],
    ['ru>uk situation.cutting кжпо', SAME_MEANING],
    ['ru>uk situation.cutting обряд', SAME_MEANING],
    ['ru>uk situation.cutting очистить', SAME_MEANING],
    ['ru>uk situation.distress плакала', SAME_MEANING],
    ['ru>uk situation.firstPerson мною', SAME_MEANING],
    ['ru>uk situation.firstPerson моя', SAME_MEANING],
    ['ru>uk situation.firstPerson я', SAME_MEANING],
    ['ru>uk situation.friend моя подруга', SAME_MEANING],
    ['ru>uk situation.friend подруга', SAME_MEANING],
    ['ru>uk situation.friend подружка', SAME_MEANING],
    ['ru>uk situation.general законно', SAME_MEANING],
    ['ru>uk situation.general статистика', SAME_MEANING],
    ['ru>uk situation.general урок про', SAME_MEANING],
    ['ru>uk situation.girlsRite обряд', SAME_MEANING],
    ['ru>uk situation.girlsRite очистить', SAME_MEANING],
    ['ru>uk situation.girlsRite очистять', SAME_MEANING],
    ['ru>uk situation.girlsRite очищення', SAME_MEANING],
    ['ru>uk situation.helpline команда', SAME_MEANING],
    ['ru>uk situation.helpline команду', SAME_MEANING],
    ['ru>uk situation.helpline номер', SAME_MEANING],
    ['ru>uk situation.helpline номера', SAME_MEANING],
    ['ru>uk situation.helpline номери', SAME_MEANING],
    ['ru>uk situation.helpline телефон', SAME_MEANING],
    ['ru>uk situation.helpline телефони', SAME_MEANING],
    ['ru>uk situation.helpline телефонна', SAME_MEANING],
    ['ru>uk situation.helpline телефоном', SAME_MEANING],
    ['ru>uk situation.helpline телефону', SAME_MEANING],
    ['ru>uk situation.helpline телефоні', SAME_MEANING],
    ['ru>uk situation.honour честь', SAME_MEANING],
    ['ru>uk situation.kin брат', SAME_MEANING],
    ['ru>uk situation.kin брата', SAME_MEANING],
    ['ru>uk situation.kin братами', SAME_MEANING],
    ['ru>uk situation.kin брати', SAME_MEANING],
    ['ru>uk situation.kin мама', SAME_MEANING],
    ['ru>uk situation.kin свекруха', SAME_MEANING],
    ['ru>uk situation.kin свекрухи', SAME_MEANING],
    ['ru>uk situation.marriedOff засватали', SAME_MEANING],
    ['ru>uk situation.ownFamily брат', SAME_MEANING],
    ['ru>uk situation.ownFamily мама', SAME_MEANING],
    ['ru>uk situation.riteElder мама', SAME_MEANING],
    ['ru>uk situation.someone сестра', SAME_MEANING],
    ['ru>uk situation.someone сестри', SAME_MEANING],
    ['ru>uk situation.someone сестричка', SAME_MEANING],
    ['ru>uk situation.someone сестру', SAME_MEANING],
    ['ru>uk situation.someone сестрі', SAME_MEANING],
    ['ru>uk situation.someone учениця', SAME_MEANING],
    ['ru>uk situation.soon завтра', SAME_MEANING],
    ['ru>uk situation.soon скоро', SAME_MEANING],
    ['ru>uk situation.threat погрожував', SAME_MEANING],
    ['ru>uk situation.threat погрожують', SAME_MEANING],
    ['ru>uk situation.threat погрожує', SAME_MEANING],
    ['ru>uk situation.training курс для', SAME_MEANING],
    ['ru>uk situation.trip в дагестан', SAME_MEANING],
    ['ru>uk situation.trip в судан', SAME_MEANING],
    ['ru>uk situation.trip в чечню', SAME_MEANING],
    ['ru>uk situation.trip забирає в', SAME_MEANING],
    ['ru>uk situation.wedding засватали', SAME_MEANING],
    ['ru>uk situation.wedding кузини', SAME_MEANING],
    ['ru>uk situation.withEnvoy посольств', SAME_MEANING],
    ['ru>uk situation.withEnvoy посольствах', SAME_MEANING],
    ['ru>uk situation.withEnvoy посольство', SAME_MEANING],
    ['ru>uk situation.withEnvoy посольстві', SAME_MEANING],
    ['uk>ru contacts/advice-words.advice консультациеи', SAME_MEANING],
    ['uk>ru contacts/advice-words.advice консультации', SAME_MEANING],
    ['uk>ru contacts/institution-words.kinds.learners студента', SAME_MEANING],
    ['uk>ru contacts/institution-words.kinds.learners студентка', SAME_MEANING],
    ['uk>ru contacts/institution-words.kinds.learners ученик', SAME_MEANING],
    ['uk>ru contacts/institution-words.kinds.learners ученика', SAME_MEANING],
    ['uk>ru contacts/institution-words.kinds.learners ученики', SAME_MEANING],
    ['uk>ru contacts/institution-words.kinds.learners учеников', SAME_MEANING],
    ['uk>ru contacts/institution-words.kinds.learners ученица', SAME_MEANING],
    ['uk>ru contacts/institution-words.kinds.learners ученице', SAME_MEANING],
    ['uk>ru contacts/institution-words.kinds.learners ученицы', SAME_MEANING],
    ['uk>ru contacts/service-aliases.aliases.envoy-ankara анкара', SAME_NAME],
    ['uk>ru contacts/volunteer-words.words волонтерить', SAME_MEANING],
    ['uk>ru contacts/website-words.words саит', SAME_MEANING],
    ['uk>ru history.began до imdi', SAME_MEANING],
    ['uk>ru history.began передали', SAME_MEANING],
    ['uk>ru history.began передали imdi', SAME_MEANING],
    ['uk>ru history.formerPosts коломбо', SAME_NAME],
    ['uk>ru history.formerPosts рабат', SAME_NAME],
    ['uk>ru history.subjects анкара', SAME_NAME],
    ['uk>ru history.subjects анкаре', SAME_NAME],
    ['uk>ru history.subjects коломбо', SAME_NAME],
    ['uk>ru history.subjects посольства', SAME_MEANING],
    ['uk>ru history.subjects посольствам', SAME_MEANING],
    ['uk>ru history.subjects посольствах', SAME_MEANING],
    ['uk>ru history.subjects посольстве', SAME_MEANING],
    ['uk>ru history.subjects посольство', SAME_MEANING],
    ['uk>ru history.subjects рабат', SAME_NAME],
    ['uk>ru history.then входили', SAME_MEANING],
    ['uk>ru scope.cues.domain контроле', SAME_MEANING],
    ['uk>ru scope.cues.domain контролем', SAME_MEANING],
    ['uk>ru scope.cues.domain контролирует', SAME_MEANING],
    ['uk>ru scope.cues.domain контролируют', SAME_MEANING],
    ['uk>ru scope.cues.domain контроль', SAME_MEANING],
    ['uk>ru scope.cues.domain контролю', SAME_MEANING],
    ['uk>ru scope.cues.domain контроля', SAME_MEANING],
    ['uk>ru scope.cues.domain страх', SAME_MEANING],
    ['uk>ru scope.cues.errand зарплата у', SAME_MEANING],
    ['uk>ru scope.cues.unrelated математике', SAME_MEANING],
    ['uk>ru scope.cues.unrelated математики', SAME_MEANING],
    ['uk>ru scope.cues.unrelated пароль', SAME_MEANING],
    ['uk>ru scope.cues.unrelated погода', SAME_MEANING],
    ['uk>ru scope.cues.unrelated резюме', SAME_MEANING],
    ['uk>ru scope.cues.unrelated рецепт', SAME_MEANING],
    ['uk>ru scope.cues.unrelated футбол', SAME_MEANING],
    ['uk>ru situation.aboutWord про', SAME_MEANING],
    ['uk>ru situation.aboutWord при', 'the same preposition ("at, in a case of") in both languages (calm33)'],
    ['uk>ru situation.adultRole дочке', SAME_MEANING],
    ['uk>ru situation.adultRole дочки', SAME_MEANING],
    ['uk>ru situation.adultRole дочку', SAME_MEANING],
    ['uk>ru situation.adultRole координатор', SAME_MEANING],
    ['uk>ru situation.adultRole моя подруга', SAME_MEANING],
    ['uk>ru situation.adultRole я консультант', SAME_MEANING],
    ['uk>ru situation.adultRole я координатор', SAME_MEANING],
    ['uk>ru situation.adultRole я мама', SAME_MEANING],
    ['uk>ru situation.adultRole я медсестра', SAME_MEANING],
    ['uk>ru situation.againstWill не хочу', SAME_MEANING],
    ['uk>ru situation.childNamed дочку', SAME_MEANING],
    ['uk>ru situation.confiscated документы из школы', SAME_MEANING],
    ['uk>ru situation.confiscated забрала ее документы', SAME_MEANING],
    ['uk>ru situation.confiscated забрала ее паспорт', SAME_MEANING],
    ['uk>ru situation.confiscated забрали его паспорт', SAME_MEANING],
    ['uk>ru situation.confiscated забрали загранпаспорт говорят', SAME_MEANING],
    ['uk>ru situation.confiscated забрали паспорт и', SAME_MEANING],
    ['uk>ru situation.confiscated забрали паспорт кто', SAME_MEANING],
    ['uk>ru situation.confiscated забрали паспорт что', SAME_MEANING],
    ['uk>ru situation.confiscated забрали пишу с', SAME_MEANING],
    ['uk>ru situation.confiscated забрали телефон еи', SAME_MEANING],
    ['uk>ru situation.confiscated забрали телефон и', SAME_MEANING],
    ['uk>ru situation.confiscated забрали телефон кто', SAME_MEANING],
    ['uk>ru situation.confiscated забрали телефон она', SAME_MEANING],
    ['uk>ru situation.confiscated забрали телефон потому', SAME_MEANING],
    ['uk>ru situation.confiscated забрали телефон теперь', SAME_MEANING],
    ['uk>ru situation.confiscated паспорт забрали говорят', SAME_MEANING],
    ['uk>ru situation.confiscated паспорт забрали кто', SAME_MEANING],
    ['uk>ru situation.confiscated паспорт забрали что', SAME_MEANING],
    ['uk>ru situation.confiscated паспорт забрали я', SAME_MEANING],
    ['uk>ru situation.confiscated паспорт он уже', SAME_MEANING],
    ['uk>ru situation.confiscated паспорт у нее', SAME_MEANING],
    ['uk>ru situation.confiscated телефон забрали в', SAME_MEANING],
    ['uk>ru situation.confiscated телефон забрали мне', SAME_MEANING],
    ['uk>ru situation.confiscated телефон забрали она', SAME_MEANING],
    ['uk>ru situation.confiscated телефон забрали пишу', SAME_MEANING],
    ['uk>ru situation.confiscated телефон и забрал', SAME_MEANING],
    ['uk>ru situation.cutting обряд', SAME_MEANING],
    ['uk>ru situation.distress плакала', SAME_MEANING],
    ['uk>ru situation.firstPerson моя', SAME_MEANING],
    ['uk>ru situation.firstPerson я', SAME_MEANING],
    ['uk>ru situation.friend моя подруга', SAME_MEANING],
    ['uk>ru situation.friend подруга', SAME_MEANING],
    ['uk>ru situation.general закону', SAME_MEANING],
    ['uk>ru situation.general процедуру', SAME_MEANING],
    ['uk>ru situation.general статистика', SAME_MEANING],
    ['uk>ru situation.general статистике', SAME_MEANING],
    ['uk>ru situation.girlsRite обряд', SAME_MEANING],
    ['uk>ru situation.helpline команда', SAME_MEANING],
    ['uk>ru situation.helpline команду', SAME_MEANING],
    ['uk>ru situation.helpline номер', SAME_MEANING],
    ['uk>ru situation.helpline номера', SAME_MEANING],
    ['uk>ru situation.helpline телефон', SAME_MEANING],
    ['uk>ru situation.helpline телефона', SAME_MEANING],
    ['uk>ru situation.helpline телефоне', SAME_MEANING],
    ['uk>ru situation.helpline телефоном', SAME_MEANING],
    ['uk>ru situation.helpline телефону', SAME_MEANING],
    ['uk>ru situation.helpline телефоны', SAME_MEANING],
    ['uk>ru situation.honour честь', SAME_MEANING],
    ['uk>ru situation.injury переломом', SAME_MEANING],
    ['uk>ru situation.injury синяк', SAME_MEANING],
    ['uk>ru situation.injury синяками', SAME_MEANING],
    ['uk>ru situation.kin брат', SAME_MEANING],
    ['uk>ru situation.kin брата', SAME_MEANING],
    ['uk>ru situation.kin братом', SAME_MEANING],
    ['uk>ru situation.kin братья', SAME_MEANING],
    ['uk>ru situation.kin братьями', SAME_MEANING],
    ['uk>ru situation.kin мама', SAME_MEANING],
    ['uk>ru situation.kin свекрови', SAME_MEANING],
    ['uk>ru situation.kin свекровь', SAME_MEANING],
    ['uk>ru situation.kin свекровью', SAME_MEANING],
    ['uk>ru situation.ownFamily брат', SAME_MEANING],
    ['uk>ru situation.ownFamily мама', SAME_MEANING],
    ['uk>ru situation.riteElder мама', SAME_MEANING],
    ['uk>ru situation.someone дочке', SAME_MEANING],
    ['uk>ru situation.someone дочки', SAME_MEANING],
    ['uk>ru situation.someone дочку', SAME_MEANING],
    ['uk>ru situation.someone сестра', SAME_MEANING],
    ['uk>ru situation.someone сестре', SAME_MEANING],
    ['uk>ru situation.someone сестрои', SAME_MEANING],
    ['uk>ru situation.someone сестру', SAME_MEANING],
    ['uk>ru situation.someone сестры', SAME_MEANING],
    ['uk>ru situation.someone ученица', SAME_MEANING],
    ['uk>ru situation.someone ученице', SAME_MEANING],
    ['uk>ru situation.someone ученицы', SAME_MEANING],
    ['uk>ru situation.soon завтра', SAME_MEANING],
    ['uk>ru situation.soon пятницу', SAME_MEANING],
    ['uk>ru situation.soon скоро', SAME_MEANING],
    ['uk>ru situation.trip в дагестан', SAME_MEANING],
    ['uk>ru situation.trip в чечню', SAME_MEANING],
    ['uk>ru situation.withEnvoy посольства', SAME_MEANING],
    ['uk>ru situation.withEnvoy посольствам', SAME_MEANING],
    ['uk>ru situation.withEnvoy посольствах', SAME_MEANING],
    ['uk>ru situation.withEnvoy посольстве', SAME_MEANING],
    ['uk>ru situation.withEnvoy посольство', SAME_MEANING],
    ['uk>ru situation.wound синяк на руке', SAME_MEANING],
    ['ur>ar contacts/advice-words.advice مشوره', SAME_MEANING],
    ['ur>ar contacts/training-words.words کورس', SAME_MEANING],
    ['ur>ar history.subjects عمان', SAME_NAME],
    ['ur>ar scope.cues.domain خوف', SAME_MEANING],
    ['ur>ar scope.cues.unrelated امتحان', SAME_MEANING],
    ['ur>ar situation.aboutWord جو', SAME_MEANING],
    ['ur>ar situation.adultRole مریضه', SAME_MEANING],
    ['ur>ar situation.firstPerson ابا', SAME_MEANING],
    ['ur>ar situation.firstPerson امی', SAME_MEANING],
    ['ur>ar situation.general اعدادیه', SAME_MEANING],
    ['ur>ar situation.general عموما', SAME_MEANING],
    ['ur>ar situation.kin ابوه', SAME_MEANING],
    ['ur>ar situation.kin ابوها', SAME_MEANING],
    ['ur>ar situation.kin ابوی', SAME_MEANING],
    ['ur>ar situation.kin ابویه', SAME_MEANING],
    ['ur>ar situation.kin امی', SAME_MEANING],
    ['ur>ar situation.kin والدها', SAME_MEANING],
    ['ur>ar situation.kin والدین', SAME_MEANING],
    ['ur>ar situation.ownFamily ابا', SAME_MEANING],
    ['ur>ar situation.ownFamily امی', SAME_MEANING],
    ['ur>ar situation.season رمضان', SAME_MEANING],
    ['ur>ar situation.season عید', SAME_MEANING],
    ['ur>ar situation.someone مریضه', SAME_MEANING],
    ['ur>ar situation.training کورس', SAME_MEANING],
    ['ur>ar situation.trip سفر', SAME_MEANING],
    ['ur>fa contacts/advice-words.advice مشوره', SAME_MEANING],
    ['ur>fa contacts/service-aliases.aliases.envoy-ankara انکارا', SAME_NAME],
    ['ur>fa contacts/service-aliases.aliases.police پولیس', SAME_MEANING],
    ['ur>fa contacts/training-words.words کورس', SAME_MEANING],
    ['ur>fa history.began شروع', SAME_MEANING],
    ['ur>fa history.began قایم', SAME_MEANING],
    ['ur>fa history.subjects سفارت', SAME_MEANING],
    ['ur>fa history.subjects سفارتخونهها', SAME_MEANING],
    ['ur>fa history.subjects سفارته', SAME_MEANING],
    ['ur>fa history.subjects سفارتها', SAME_MEANING],
    ['ur>fa history.subjects سفارتهای', SAME_MEANING],
    ['ur>fa scope.cues.domain مترجم', SAME_MEANING],
    ['ur>fa scope.cues.domain مجبور', SAME_MEANING],
    ['ur>fa scope.cues.interpreting مترجم', SAME_MEANING],
    ['ur>fa scope.cues.unrelated اقامت', SAME_MEANING],
    ['ur>fa scope.cues.unrelated امتحان', SAME_MEANING],
    ['ur>fa scope.cues.unrelated ریاضی', SAME_MEANING],
    ['ur>fa scope.cues.unrelated طلاق', SAME_MEANING],
    ['ur>fa situation.aboutWord کی', SAME_MEANING],
    ['ur>fa situation.adultRole مریضه', SAME_MEANING],
    ['ur>fa situation.cutting ختنه', SAME_MEANING],
    ['ur>fa situation.girlsRite رسم', SAME_MEANING],
    ['ur>fa situation.hedge شاید', SAME_MEANING],
    ['ur>fa situation.hypothetical اگر', SAME_MEANING],
    ['ur>fa situation.kin شوهر', SAME_MEANING],
    ['ur>fa situation.kin شوهرش', SAME_MEANING],
    ['ur>fa situation.kin شوهرشه', SAME_MEANING],
    ['ur>fa situation.kin شوهرم', SAME_MEANING],
    ['ur>fa situation.kin والدین', SAME_MEANING],
    ['ur>fa situation.leaveHome طلاق', SAME_MEANING],
    ['ur>fa situation.season عید', SAME_MEANING],
    ['ur>fa situation.someone مریضه', SAME_MEANING],
    ['ur>fa situation.someone نوجوان', SAME_MEANING],
    ['ur>fa situation.training کورس', SAME_MEANING],
    ['ur>fa situation.trip سفر', SAME_MEANING],
    ['ur>fa situation.trip پرواز', SAME_MEANING],
    ['ur>fa situation.wedding شوهر', SAME_MEANING],
    ['ur>fa situation.wedding نکاح', SAME_MEANING],
    ['ar>fa situation.ownFamily بابا', SAME_MEANING],
    ['ru>uk situation.beaten побили', SAME_MEANING],
    ['ru>uk situation.kin братом', SAME_MEANING],
    ['uk>ru contacts/institution-words.kinds.learners учениками', SAME_MEANING],
    ['uk>ru history.formerPosts рабате', SAME_MEANING],
    ['uk>ru history.subjects рабате', SAME_MEANING],
    ['uk>ru situation.confiscated телефон у нее', SAME_MEANING],
    ['pl>nn situation.general plakatar', SAME_MEANING],
    // Session 36's sets: Arabic and Persian "ممكن" (possible, maybe); Levantine "مراجعة" is a (woman) client, as Persian
    // "مراجعه" in the list; a phone taken from a son in Russian and Ukrainian; "students" in Russian and Ukrainian
    // lists; a pizza place is an everyday errand in English and Norwegian.
    ['ar>fa situation.hedge ممکن', SAME_MEANING],
    ['fa>ar situation.adultRole مراجعه', SAME_MEANING],
    ['fa>ar situation.someone مراجعه', SAME_MEANING],
    ['ru>uk situation.confiscated телефон у сина', SAME_MEANING],
    ['uk>ru situation.confiscated забрали телефон какие', SAME_MEANING],
    ['uk>ru contacts/institution-words.kinds.learners студентов', SAME_MEANING],
    ['en>nb scope.cues.unrelated pizzasted', SAME_MEANING],
    // Session 37's sets: Arabic and Persian "مهاجر" (immigrant); a poster in Russian and Ukrainian; the housing loan
    // "startlån" folded in English and Norwegian lists; Persian "سی" (thirty) is in Urdu text "سی" (like, as), but the
    // own-age words read a number word only inside its own language's age phrase ("# سالمه"; since session 38 a
    // language's phrases take only that language's number words), never alone.
    ['ar>fa contacts/immigrant-organisation-words.kinds.immigrant مهاجر', SAME_MEANING],
    ['ru>uk situation.general плакат', SAME_MEANING],
    ['en>nn scope.cues.unrelated startlan', SAME_MEANING],
    ['fa>ur contacts/own-age-words.words.numbers سی', 'a number word read only inside a Persian age phrase'],
    // The held-back sets of session 37: "خط" is a (phone) line in Arabic, Persian and Urdu (in Urdu also a letter: the
    // helpline concept alone opens nothing); Ankara in Ukrainian and Russian. Persian and Urdu "امان" is also "safe"
    // ("در امان" = safe): a false friend of the Amman alias in both lists; since rules38 Amman is read only with an
    // embassy or envoy word or Jordan beside it (contacts/service-aliases.json), never alone.
    ['ar>ur situation.helpline خط', SAME_MEANING],
    ['fa>ur situation.helpline خط', SAME_MEANING],
    ['uk>ru history.subjects анкары', SAME_NAME],
    ['ur>fa contacts/service-aliases.aliases.envoy-amman امان', 'the same alias in both lists; also "safe" in both: read only with an embassy or envoy word or Jordan beside it (rules38)'],
    ['ar>fa scope.cues.unrelated فیلم', SAME_MEANING],
    ['ru>uk history.subjects анкарі', SAME_NAME],
    ['uk>ru situation.confiscated забрали телефон мама', SAME_MEANING],
    ['en>nn scope.cues.errand meldekortet', NORWEGIAN_NAME],
    ['so>nn scope.cues.errand meldekortet', NORWEGIAN_NAME],
    ['pl>nn situation.helpline telefonlinje', 'Norwegian inflection of a shared stem'],
    ['tr>nn situation.helpline telefonlinje', 'Norwegian inflection of a shared stem'],
    ['ru>uk situation.helpline телефонів', SAME_MEANING],
    ['ru>uk scope.cues.task перевести', SAME_MEANING],
    // Session 38's development sets: "مریض" (sick, a patient) in Arabic, Persian and Urdu; a phone taken in Russian and
    // Ukrainian; "voksenopplæringa" as a Norwegian name in Somali text; "filmar" (films) in nynorsk; "workshop".
    ['fa>ar situation.prognosis مریض', SAME_MEANING],
    ['ur>ar situation.adultRole مریض', SAME_MEANING],
    ['ur>ar situation.prognosis مریض', SAME_MEANING],
    ['ur>ar situation.someone مریض', SAME_MEANING],
    ['ru>uk situation.confiscated забрала телефон що', SAME_MEANING],
    ['so>en contacts/institution-words.kinds.adultEducation voksenopplaeringa', NORWEGIAN_NAME],
    ['tr>nn scope.cues.unrelated filmar', SAME_MEANING],
    ['pl>nn scope.cues.unrelated filmar', SAME_MEANING],
    ['en>nn contacts/training-words.words workshop', SAME_MEANING],
    ['en>nn situation.general workshop', SAME_MEANING],
    ['en>nn situation.training workshop', SAME_MEANING],
    // Session 38's held-back sets: "فورا" (at once) in Arabic, Persian and Urdu; a phone taken in Russian and Ukrainian;
    // "barnetrygd" (child benefit) as a Norwegian name in English text; a consultation in Ukrainian and Russian.
    ['fa>ar situation.soon فورا', SAME_MEANING],
    ['ur>ar situation.soon فورا', SAME_MEANING],
    ['ru>uk situation.confiscated забрали телефон вона', SAME_MEANING],
    ['pl>en scope.cues.unrelated barnetrygd', NORWEGIAN_NAME],
    ['so>en scope.cues.unrelated barnetrygd', NORWEGIAN_NAME],
    ['tr>en scope.cues.unrelated barnetrygd', NORWEGIAN_NAME],
    ['uk>ru contacts/advice-words.advice консультация', SAME_MEANING],
    ['ru>uk situation.confiscated телефон забрали мене', SAME_MEANING],
    ['uk>ru situation.adultRole я психолог', SAME_MEANING],
    ['so>nn contacts/institution-words.kinds.kindergarten barnehagane', NORWEGIAN_NAME],
    ['tr>nn scope.cues.domain kontrollerande', "the Norwegian word a Turkish writer in Norway uses for 'controlling'"],
    ['pl>nn scope.cues.domain kontrollerande', "the Norwegian word a Polish writer in Norway uses for 'controlling'"],
    ['ar>fa history.formerPosts رباط', 'the same name in both languages: Rabat'],
    ['ur>fa history.formerPosts رباط', 'the same name in both languages: Rabat'],
    ['ur>fa history.subjects رباط', 'the same name in both languages: Rabat'],
    ['pl>en scope.cues.booking hotel', SAME_MEANING],
    ['ru>uk situation.confiscated телефон і погрожує', SAME_MEANING],
    ['uk>ru contacts/institution-words.kinds.learners ученицу', SAME_MEANING],
    ['uk>ru scope.cues.unrelated апостиль', SAME_MEANING],
    ['uk>ru situation.confiscated забрали телефон а', SAME_MEANING],
    ['uk>ru situation.someone ученицу', SAME_MEANING],
    ['ur>fa situation.kin شوهره', SAME_MEANING],
    ['ar>fa history.subjects عمان', 'the same name in both languages: Amman (written alike as Oman)'],
    ['ur>fa history.subjects عمان', 'the same name in both languages: Amman (written alike as Oman)'],
    ['ar>fa situation.trip تکت', SAME_MEANING],
    ['fa>ar situation.firstPerson مرا', 'Persian "مرا" (me) is Levantine Arabic "مرا" (a woman): read as a first person in an Arabic story about a woman; the rules read the first person only beside a harm concept, and the story about a woman is read for its harm the same either way (gb104 text, session 34)'],
    ['pl>en scope.cues.unrelated kontantstotte', NORWEGIAN_NAME],
    ['so>en scope.cues.unrelated kontantstotte', NORWEGIAN_NAME],
    ['tr>en scope.cues.unrelated kontantstotte', NORWEGIAN_NAME],
    ['uk>ru situation.confiscated забрали паспорт выити', SAME_MEANING],
    ['uk>ru situation.confiscated забрали у нее', SAME_MEANING],
    ['en>nn scope.cues.domain bufdir', NORWEGIAN_NAME],
    ['pl>nn scope.cues.domain bufdir', NORWEGIAN_NAME],
    ['so>nn scope.cues.domain bufdir', NORWEGIAN_NAME],
    ['tr>nn scope.cues.domain bufdir', NORWEGIAN_NAME],
    ['en>nn scope.cues.unrelated bankid', NORWEGIAN_NAME],
    ['pl>nn scope.cues.unrelated bankid', NORWEGIAN_NAME],
    ['so>nn scope.cues.unrelated bankid', NORWEGIAN_NAME],
    ['tr>nn scope.cues.unrelated bankid', NORWEGIAN_NAME],
    ['pl>nb scope.cues.unrelated filmer', 'films: a loanword, an everyday errand in either language'],
    ['tr>nb scope.cues.unrelated filmer', 'films: a loanword, an everyday errand in either language'],
    ['pl>nn situation.helpline telefonnummera', 'Norwegian inflection of a shared stem'],
    ['tr>nn situation.helpline telefonnummera', 'Norwegian inflection of a shared stem'],
    ['fa>ar scope.cues.unrelated تذکره', 'Dari "ID card" (tazkira), Arabic "ticket": an everyday errand, out of scope in either'],
    ['ru>uk history.formerPosts коломбо', SAME_NAME],
    ['ru>uk history.subjects коломбо', SAME_NAME],
    ['ru>uk history.formerPosts рабаті', SAME_NAME],
    ['ru>uk history.subjects рабаті', SAME_NAME],
    ['uk>ru situation.wound синяками на руках', SAME_MEANING],
    ['ur>fa situation.soon جمعه', 'Friday in both'],
    ['ar>fa situation.kin اهل', 'family, household (Persian "اهل خانه"; also "a native of")'],
    ['fa>ar situation.girlsRite تطهیر', SAME_MEANING],
    ['fa>ur situation.trip وطن', SAME_MEANING],
    ['ru>uk history.subjects посольству', SAME_MEANING],
    ['ru>uk situation.withEnvoy посольству', SAME_MEANING],
    ['uk>ru contacts/institution-words.kinds.learners студенты', SAME_MEANING],
    ['uk>ru situation.confiscated забрали паспорт а', SAME_MEANING],
    ['ar>fa history.subjects سفارتا', SAME_MEANING],
    ['ar>fa situation.cutting ختنهست', SAME_MEANING],
    ['en>nn scope.cues.domain barnevern', NORWEGIAN_NAME],
    ['en>nn scope.cues.unrelated barnetrygd', NORWEGIAN_NAME],
    ['pl>en scope.cues.unrelated dagpenger', NORWEGIAN_NAME],
    ['pl>nn scope.cues.domain barnevern', NORWEGIAN_NAME],
    ['pl>nn scope.cues.unrelated barnetrygd', NORWEGIAN_NAME],
    ['pl>nn scope.cues.unrelated kino', SAME_MEANING],
    ['ru>uk situation.confiscated забрали телефон він', SAME_MEANING],
    ['so>en contacts/institution-words.kinds.adultEducation voksenopplaeringen', NORWEGIAN_NAME],
    ['so>en scope.cues.unrelated dagpenger', NORWEGIAN_NAME],
    ['so>nn scope.cues.domain barnevern', NORWEGIAN_NAME],
    ['so>nn scope.cues.unrelated barnetrygd', NORWEGIAN_NAME],
    ['tr>en scope.cues.unrelated dagpenger', NORWEGIAN_NAME],
    ['tr>nn scope.cues.domain barnevern', NORWEGIAN_NAME],
    ['tr>nn scope.cues.unrelated barnetrygd', NORWEGIAN_NAME],
    // oos34: the task words and the texts they are done on, the same in both languages.
    ['fa>ar scope.cues.textObject ایمیل', SAME_MEANING],
    ['pl>nb scope.cues.textObject tekst', SAME_MEANING],
    ['pl>nn scope.cues.textObject tekst', SAME_MEANING],
    ['uk>ru scope.cues.task напиши', SAME_MEANING],
    ['ur>fa scope.cues.textObject درخواست', SAME_MEANING],
    ['ur>fa scope.cues.textObject متن', SAME_MEANING],
    ['uk>ru situation.adultRole дочка', SAME_MEANING],
    ['uk>ru situation.childNamed дочка', SAME_MEANING],
    ['uk>ru situation.injury синяки', SAME_MEANING],
    ['uk>ru situation.someone дочка', SAME_MEANING],
    ['ur>fa history.subjects سفارتا', SAME_MEANING],
    ['ur>fa situation.cutting ختنهست', SAME_MEANING],
    // Found when general-blind-86/-87 joined the tuned sets (session 30): the same words with the same meaning.
    ['ru>uk contacts/training-words.words курс про', SAME_MEANING],
    ['ru>uk history.subjects посольства', SAME_MEANING],
    ['ru>uk situation.injury переломом', SAME_MEANING],
    ['ru>uk situation.withEnvoy посольства', SAME_MEANING],
    ['uk>ru situation.confiscated забрали телефон нужно', SAME_MEANING],
    ['uk>ru situation.confiscated паспорт он забрал', SAME_MEANING],
    ['uk>ru situation.confiscated телефон забрали что', SAME_MEANING],
    // calm35: a nurse, a patient, an illness or a medicine, the same in both languages (situation 'prognosis', which only
    // tells a clinician's prognosis from a threat beside a death foretold).
    ['ar>fa situation.prognosis مریضه', SAME_MEANING],
    ['en>nn situation.prognosis allergi', SAME_MEANING],
    ['fa>ar situation.prognosis مریضه', SAME_MEANING],
    ['fa>ur situation.prognosis بیمار', SAME_MEANING],
    ['fa>ur situation.prognosis بیماری', SAME_MEANING],
    ['fa>ur situation.prognosis داروں', SAME_MEANING],
    ['fa>ur situation.prognosis مریض', SAME_MEANING],
    ['fa>ur situation.prognosis مریضہ', SAME_MEANING],
    ['ru>uk situation.prognosis медсестра', SAME_MEANING],
    ['ru>uk situation.prognosis медсестри', SAME_MEANING],
    ['ru>uk situation.prognosis медсестрою', SAME_MEANING],
    ['uk>ru situation.prognosis медсестра', SAME_MEANING],
    ['uk>ru situation.prognosis медсестре', SAME_MEANING],
    ['uk>ru situation.prognosis медсестрои', SAME_MEANING],
    ['uk>ru situation.prognosis медсестры', SAME_MEANING],
    ['ur>fa situation.prognosis بیمار', SAME_MEANING],
    ['ur>fa situation.prognosis نرس', SAME_MEANING],
    // Session 39's development sets and rules: "تدریس" (teaching) in Arabic, Persian and Urdu; the envoys' cities in the
    // Persian/Urdu spelling inside Arabic text; Ukrainian and Russian forms of a brother and a passport taken; the
    // Norwegian law's name in Turkish, Polish and English text; "sunna" (the name of a kind of cutting) in English text.
    ['ar>fa situation.general تدریس', SAME_MEANING],
    ['ur>fa situation.general تدریس', SAME_MEANING],
    ['fa>ar contacts/service-aliases.aliases.envoy-islamabad اسلام اباد', 'the same place name: Islamabad'],
    ['ur>ar contacts/service-aliases.aliases.envoy-islamabad اسلام اباد', 'the same place name: Islamabad'],
    ['fa>ar history.subjects اسلام اباد', 'the same place name: Islamabad'],
    ['ur>ar history.subjects اسلام اباد', 'the same place name: Islamabad'],
    ['fa>ar contacts/service-aliases.aliases.envoy-nairobi نیروبی', 'the same place name: Nairobi'],
    ['ur>ar contacts/service-aliases.aliases.envoy-nairobi نیروبی', 'the same place name: Nairobi'],
    ['fa>ar history.subjects نیروبی', 'the same place name: Nairobi'],
    ['ur>ar history.subjects نیروبی', 'the same place name: Nairobi'],
    ['ru>uk situation.kin братів', SAME_MEANING],
    ['uk>ru situation.confiscated забрали паспорт сестра', SAME_MEANING],
    ['tr>nn scope.cues.domain barnevernslova', NORWEGIAN_NAME],
    ['pl>nn scope.cues.domain barnevernslova', NORWEGIAN_NAME],
    ['en>nn scope.cues.domain barnevernslova', NORWEGIAN_NAME],
    ['pl>en situation.cutting sunna', SAME_MEANING],
    // session 40: the joined set -123's Russian sentence holds a Ukrainian wound phrase's words (bruises on the arm)
    ['uk>ru situation.wound руке синяки говорит', SAME_MEANING],
    ['ar>fa contacts/service-aliases.aliases.envoy-islamabad اسلام اباد', 'the same place name: Islamabad'],
    ['ar>fa history.subjects اسلام اباد', 'the same place name: Islamabad'],
    ['ur>fa contacts/service-aliases.aliases.envoy-islamabad اسلام اباد', 'the same place name: Islamabad'],
    ['ur>fa history.subjects اسلام اباد', 'the same place name: Islamabad'],
    ['ru>uk situation.aboutWord о', SAME_MEANING + ' (о: about, in both)'],
    ['ru>uk situation.threat погрожували', SAME_MEANING],
    ['ru>uk situation.trip в пакистан', SAME_MEANING],
    ['uk>ru contacts/training-words.words курс для', SAME_MEANING],
    ['uk>ru situation.training курс для', SAME_MEANING],
    ['uk>ru scope.cues.domain контрольная', SAME_MEANING + ' (a school test: the Russian spelling Ukrainian writers use too)'],
    ['pl>nb situation.cutting sunna', SAME_MEANING],
    ['en>nb situation.cutting sunna', SAME_MEANING],
    // session 41: the joined sets -132/-133 hold these words of another language of the same script
    ['ar>fa scope.cues.domain ممنوع', SAME_MEANING + ' (forbidden, in both)'],
    ['ru>uk situation.confiscated забрали телефон', SAME_MEANING],
    ['ru>uk situation.prognosis медсестру', SAME_MEANING + ' (a nurse, in both)'],
    ['ru>uk situation.recent недавно', SAME_MEANING],
    ['uk>ru scope.cues.unrelated ноутбук', SAME_MEANING],
    ['uk>ru situation.confiscated забрали документы куда', SAME_MEANING],
    ['so>en situation.everydayRite dhaqan celis', SAME_MEANING + ' (the Somali term, used as such in English)'],
    ['so>en situation.honour dhaqan celis', SAME_MEANING + ' (the Somali term, used as such in English)'],
    ['so>en situation.longStay dhaqan celis', SAME_MEANING + ' (the Somali term, used as such in English)'],
    ['so>en situation.reEducation dhaqan celis', SAME_MEANING + ' (the Somali term, used as such in English)'],
    ['so>nn contacts/institution-words.kinds.adultEducation voksenopplaeringa', NORWEGIAN_NAME],
    ['so>nn contacts/institution-words.kinds.kindergarten barnehagealder', NORWEGIAN_NAME],
    // Session 42's start: the joined sets -130/-131 and the development sets -136/-137 (lead, reviewed: same meaning or a Norwegian name).
    ['en>nn scope.cues.unrelated kontantstotte', NORWEGIAN_NAME],
    ['pl>nn scope.cues.unrelated kontantstotte', NORWEGIAN_NAME],
    ['so>nn scope.cues.unrelated kontantstotte', NORWEGIAN_NAME],
    ['tr>nn scope.cues.unrelated kontantstotte', NORWEGIAN_NAME],
    ['pl>nb scope.cues.domain kontrollerte', SAME_MEANING + ' (the Norwegian word as users mix it in: controlled)'],
    ['tr>nb scope.cues.domain kontrollerte', SAME_MEANING + ' (the Norwegian word as users mix it in: controlled)'],
    ['tr>nn contacts/training-words.words kursa', SAME_MEANING + ' (Turkish: to the course; nynorsk: the courses)'],
    ['ru>uk scope.cues.task напиши', SAME_MEANING + ' (write!)'],
    ['uk>ru scope.cues.unrelated ресторан', SAME_MEANING + ' (a restaurant)'],
    ['uk>ru situation.soon пятницы', SAME_MEANING + ' (Friday, the Russian form Ukrainian writers also type)'],
    ['uk>ru situation.wound руке синяк говорит', SAME_MEANING + ' (a bruise on the arm, she says)'],
    // Session 43's start: the joined sets -134/-135 and the development sets -140/-141 (lead, reviewed: same meaning).
    ['fa>ur contacts/training-words.words ورکشاپ', SAME_MEANING + ' (a workshop, the loanword both languages write)'],
    ['fa>ur situation.training ورکشاپ', SAME_MEANING + ' (a workshop)'],
    ['ru>uk scope.cues.unrelated погода', SAME_MEANING + ' (the weather)'],
    ['ru>uk situation.confiscated забрали міи телефон', SAME_MEANING + ' (they took my phone)'],
    ['uk>ru scope.cues.unrelated домашкои', SAME_MEANING + ' (homework, colloquial)'],
    ['uk>ru situation.adultRole свекор', SAME_MEANING + ' (the father-in-law)'],
    ['uk>ru situation.confiscated забрали документы а', SAME_MEANING + ' (they took the papers, and …)'],
    ['uk>ru situation.confiscated паспорт у меня', SAME_MEANING + ' (my passport, taken from me)'],
    ['uk>ru situation.kin свекор', SAME_MEANING + ' (the father-in-law)'],
    ['uk>ru situation.prognosis медсестру', SAME_MEANING + ' (the nurse, accusative)'],
  ]);

  /** Phrases of a word file that are words (not patterns), with the language and the list they are in. */
  interface ListedPhrase {
    readonly lang: string;
    readonly concept: string;
    readonly tokens: readonly string[];
    readonly stem: boolean;
  }
  const LANGS: ReadonlySet<string> = new Set(['nb', 'nn', 'en', 'ar', 'fa', 'ur', 'so', 'ti', 'tr', 'pl', 'ru', 'uk']);
  // `ownLanguageOnly` marks words read only in their own language's messages (lang30): not read in the others' turns.
  const NOT_WORDS: ReadonlySet<string> = new Set(['lang', 'review', 'english', 'ownLanguageOnly']);
  function listedPhrases(value: unknown, lang: string | undefined, concept: string, into: ListedPhrase[]): void {
    if (typeof value === 'string') {
      // Patterns and phrase classes are read by rules of their own; the words are what a reviewer lists.
      if (lang === undefined || /[\\()[\]{}|?+^$]/u.test(value)) return;
      const tokens = tokenize(fold(value.replace(/\*$/u, '')));
      if (tokens.length > 0) into.push({ lang, concept, tokens, stem: value.endsWith('*') });
    } else if (Array.isArray(value)) {
      for (const v of value) listedPhrases(v, lang, concept, into);
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const own = typeof record['lang'] === 'string' && LANGS.has(record['lang']) ? record['lang'] : lang;
      for (const [key, v] of Object.entries(record)) {
        if (key.startsWith('$') || NOT_WORDS.has(key)) continue;
        if (LANGS.has(key)) listedPhrases(v, key, concept, into);
        else listedPhrases(v, own, concept ? `${concept}.${key}` : key, into);
      }
    }
  }
  function wordFiles(): ListedPhrase[] {
    const phrases: ListedPhrase[] = [];
    const read = (file: string, lang: string | undefined, concept: string) => {
      const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      const listed: ListedPhrase[] = [];
      listedPhrases(data, lang, concept, listed);
      // The words a file marks as its language's own (lang30) are read only in that language's messages: not here.
      // A file of many languages marks words by language; a file of one language (scope, history) marks its phrases.
      const block = (data as { ownLanguageOnly?: { words?: Record<string, Record<string, string>>; phrases?: Record<string, string> } }).ownLanguageOnly;
      const marked = { ...(block?.words ?? {}), ...(lang !== undefined && block?.phrases ? { [lang]: block.phrases } : {}) };
      const own = new Set(Object.entries(marked).flatMap(([l, words]) => Object.keys(words).map((w) => `${l} ${tokenize(fold(w)).join(' ')}`)));
      phrases.push(...listed.filter((p) => !own.has(`${p.lang} ${p.tokens.join(' ')}`)));
    };
    for (const folder of ['scope', 'history']) {
      const dir = contentPath('understanding', folder);
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
        const lang = path.basename(f, '.json');
        if (LANGS.has(lang)) read(path.join(dir, f), lang, folder);
      }
    }
    const contacts = contentPath('contacts');
    for (const f of readdirSync(contacts).filter((x) => x.endsWith('-words.json') || x === 'service-aliases.json').sort()) read(path.join(contacts, f), undefined, `contacts/${path.basename(f, '.json')}`);
    read(contentPath('stats', 'stats-words.json'), undefined, 'stats');
    return phrases;
  }
  const LATIN_ONLY = /^[\p{Script=Latin}\d\s]+$/u;
  function turnsOf(langs: readonly Lang[]): Map<Lang, string[][]> {
    const items = tunedConversations();
    const byLang = new Map<Lang, string[][]>();
    for (const item of items) {
      if (!langs.includes(item.lang)) continue;
      const list = byLang.get(item.lang) ?? [];
      for (const turn of item.turns) list.push(tokenize(fold(turn)));
      byLang.set(item.lang, list);
    }
    return byLang;
  }
  /** Where a listed phrase is found in a turn: its words, or undefined. */
  function foundAt(tokens: readonly string[], at: number, phrase: ListedPhrase): string | undefined {
    const n = phrase.tokens.length;
    if (at + n > tokens.length) return undefined;
    for (let j = 0; j < n; j++) {
      const word = tokens[at + j] ?? '';
      const listed = phrase.tokens[j] ?? '';
      if (word !== listed && !(phrase.stem && j === n - 1 && word.startsWith(listed))) return undefined;
    }
    return tokens.slice(at, at + n).join(' ');
  }

  describe("one language's words in another language of the same script (lex29)", () => {
    const turns = turnsOf(['ar', 'fa', 'ur', 'ru', 'uk', 'nb', 'nn', 'en']);
    const phrases = wordFiles();
    const cues = cueFiles();

    it('reads every language of the two scripts', () => {
      for (const lang of ['ar', 'fa', 'ur', 'ru', 'uk', 'en'] as const) expect(turns.get(lang)?.length ?? 0).toBeGreaterThan(300);
      expect(new Set(phrases.map((p) => p.concept.split('.')[0]))).toEqual(expect.objectContaining(new Set(['scope', 'history', 'stats'])));
    });

    it.each(SAME_SCRIPT.map(([from, into]) => [from, into.join(', ')] as const))('%s words in %s text: only reviewed shared words', (from) => {
      const into = SAME_SCRIPT.find(([lang]) => lang === from)?.[1] ?? [];
      const found = new Set<string>();
      // The word files: indexed by their first word, stems apart.
      const byFirst = new Map<string, ListedPhrase[]>();
      const stems: ListedPhrase[] = [];
      for (const phrase of phrases) {
        if (phrase.lang !== from) continue;
        if (phrase.stem && phrase.tokens.length === 1) stems.push(phrase);
        else byFirst.set(phrase.tokens[0] ?? '', [...(byFirst.get(phrase.tokens[0] ?? '') ?? []), phrase]);
      }
      const file = cues.find((f) => f.lang === from);
      const book = file ? situationBook([file], undefined, []) : undefined;
      const indexes = book ? Array.from({ length: 8 }, (_, list) => list).filter((list) => book.phrasesOf(list).length > 0).map((list) => new PhraseIndex(book, list, CONCEPTS)) : [];
      for (const to of into) {
        const where = to;
        for (const tokens of turns.get(to) ?? []) {
          for (let at = 0; at < tokens.length; at++) {
            for (const phrase of [...(byFirst.get(tokens[at] ?? '') ?? []), ...stems]) {
              const words = foundAt(tokens, at, phrase);
              if (words !== undefined && (LATIN_LANGS.has(from) || !LATIN_ONLY.test(words))) found.add(`${from}>${where} ${phrase.concept} ${words}`);
            }
          }
          for (const index of indexes) {
            for (const { value, at, length } of index.matches(tokens)) {
              const words = tokens.slice(at, at + length).join(' ');
              if (value !== 'abroad' && (LATIN_LANGS.has(from) || !LATIN_ONLY.test(words)) && !(to !== 'en' && LATIN_LANGS.has(from) && SHARED_WITH_NORWEGIAN.has(`${from} ${value} ${words}`))) found.add(`${from}>${where} situation.${value} ${words}`);
            }
          }
        }
      }
      const unreviewed = [...found].filter((key) => !SHARED_IN_SCRIPT.has(key)).sort();
      if (process.env['LEX29_PRINT'] === '1') console.log(unreviewed.join('\n'));
      expect(unreviewed).toEqual([]);
    });
  });
}

// (was hb28a.test.ts)
{
  /**
   * Danger the held-back sets showed missed (issue #13, session 28, hb28a), in sentences written for this test: a harm
   * promised with its own "if" as it was told; a parent who refuses to bring a child back; a coverage question about
   * one's own daughter or son; a stay with an aunt abroad without a phone; a girl's trip with what her sister had and was
   * ill after; papers kept and a person waited for beside a training question; a younger sister told in a sentence of
   * her own after a supposition. Each class has calm twins that stay calm.
   */
  describe('hb28a: a harm promised with its own condition', () => {
    it.each([
      ['en', 'A girl of 14 at our centre says her dad said that if she sees her friends after school again he will beat her.'],
      ['nb', 'Ei jente på 14 sier at faren har sagt at hvis hun går på fest igjen, skal han banke henne. Hvem varsler jeg?'],
      ['nn', 'Ei jente på 15 seier at onkelen har sagt at viss ho går ut med venninnene, skal han skade henne.'],
      ['fa', 'یک دختر ۱۴ ساله در مدرسه ما می‌گوید برادرش گفته اگر دوباره دیر به خانه بیاید کتکش میزند.'],
      ['fa', 'شاگردم گفت عمویش گفته اگر با آن پسر دیده شود خودش میداند چه کار کند.'],
      ['ru', 'Ученица (15) рассказала, что отец сказал, что если она ещё раз придёт поздно, убьёт её если узнает правду.'],
    ] as const)('%s: danger: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['en', 'Her teacher said that if she finishes the course she will get a certificate.'],
      ['nb', 'Læreren har sagt at hvis hun består eksamen, får hun begynne på videregående.'],
    ] as const)('%s: calm: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('hb28a: a parent who refuses to bring the child back', () => {
    it.each([
      ['en', 'My son (13) is with his father in Pakistan and the father refuses to bring him back. Who can help?'],
      ['nb', 'Dattera mi på 12 er hos faren i Irak, og han nekter å sende henne hjem. Hva gjør jeg?'],
      ['nn', 'Dottera mi på 11 er hos faren i Somalia, og han nektar å sende ho heim.'],
      ['ru', 'Бывший муж увёз дочь (11) в Дагестан и отказывается её возвращать. Куда обращаться?'],
      ['tr', 'Kızım 12 yaşında, babası onu Irak\'ta tutuyor ve geri getirmeyi reddediyor.'],
      ['so', 'Gabadhayda 12 jir ah waxay joogtaa Kenya, aabaheed wuu diiday inuu soo celiyo.'],
      ['pl', 'Moja córka (12) jest u ojca w Iraku i on odmawia przywiezienia jej z powrotem.'],
    ] as const)('%s: danger: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });
  });

  describe('hb28a: a coverage question about one\'s own daughter or son', () => {
    it.each([
      ['ru', 'Какое посольство поможет, если дочь удерживают родственники в Ингушетии?'],
      ['uk', 'Яке посольство допоможе, якщо доньку утримують родичі в Чечні?'],
      ['en', 'Which embassy helps if my son is not allowed to come back from Iraq?'],
    ] as const)('%s: danger: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['ru', 'Какое посольство помогает, если девушку удерживают в Чечне?'],
      ['nb', 'Hvilken ambassade hjelper hvis en elev blir holdt igjen i Somalia?'],
    ] as const)('%s: a kind of person, calm: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('hb28a: a stay with an aunt abroad, a phone she may not take', () => {
    it.each([
      ['en', 'My niece (15) told me she will live with an aunt in Iraq after the summer and she is not allowed to bring her phone.'],
      ['nb', 'Naboens jente på 13 gråt og sa at hun skal bo hos tanta i Pakistan etter ferien og får ikke ta med seg telefonen.'],
      ['nn', 'Venninna til dottera mi (14) gret og sa ho skal bu hjå ei tante i Irak etter ferien og får ikkje ta med seg mobilen.'],
    ] as const)('%s: danger: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['en', 'My pupil is so excited: she will visit her aunt in Spain for two weeks this summer!'],
      ['nb', 'Eleven min gleder seg til å besøke tanta si i Tyrkia i to uker i sommer.'],
    ] as const)('%s: a happy trip, calm: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('hb28a: a girl\'s trip with what her sister had and was ill after', () => {
    it.each([
      ['en', 'A pupil of mine (12) says the family will celebrate her in Ethiopia in July, the same way her older sister was celebrated, and the sister was ill for weeks afterwards.'],
      ['nb', 'Ei jente i 6. klasse sier at hun skal ha en stor fest i Sudan i sommerferien, slik storesøstera hadde, og storesøstera var syk i flere uker etterpå.'],
      ['nn', 'Ei jente i 5. klasse seier ho skal ha ein stor fest i Somalia i sommar, som storesystera hadde, og storesystera var sjuk i fleire veker etter.'],
    ] as const)('%s: danger: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['en', 'My pupil is going to Somalia this summer for her cousin\'s wedding; her big sister went last year and loved it.'],
    ] as const)('%s: calm: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('hb28a: papers kept and waited for, beside a training question', () => {
    it.each([
      ['en', 'We want a course for our staff on social control. Also, a participant (28) says her husband keeps her passport and waits outside the school every day.'],
      ['nb', 'Vi ønsker kurs for ansatte om negativ sosial kontroll. Og en deltaker hos oss sier at mannen har passet hennes og venter utenfor skolen hver dag.'],
    ] as const)('%s: danger: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['en', 'We would like training for staff on negative social control: what signs should we look for, like a husband who keeps the passport or waits outside?'],
    ] as const)('%s: a training question, calm: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('hb28a: a younger sister told apart from a supposition', () => {
    it.each([
      ['nb', 'Hva gjør vi hvis ei elev på 9 sier at hun ble omskåret i Etiopia for to år siden? Hun har ei lillesøster på 4 år.'],
      ['en', 'What should we do if a girl of 8 tells us she was cut in Sudan last summer? Her little sister is 3.'],
    ] as const)('%s: danger: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['nb', 'Hva gjør vi hvis ei elev sier at hun ble omskåret for mange år siden og har en lillesøster?'],
    ] as const)('%s: all of it supposed, calm: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('hb28a: ti, a sister kept in and threatened tonight', () => {
    it('reads the house she may not leave, the phone taken and "you will see"', () => {
      expect(isDanger('ሓብተይ (16) ኣቦና ካብ ገዛ ክትወጽእ ኣይፈቐደላን፣ ስልካ ወሲዱዋ።', 'ti')).toBe(true);
    });
  });
}

// (was hb28b.test.ts)
{
  /**
   * A trip inside Norway (issue #13, session 28, hb28b), in phrasings written for this test: a work journey or a visit to
   * a Norwegian city ("my trip to Bergen next month", "tjenestereise til Tromsø") is no person taken abroad, so a time
   * beside it raises no emergency card. A journey abroad told in the same message keeps it.
   */
  describe('hb28b: a trip inside Norway is no trip abroad', () => {
    it.each([
      ['en', 'I have a business trip to Bergen next month. Who pays for the hotel?'],
      ['en', 'Going to Trondheim tomorrow for a seminar, can you book the train for me?'],
      ['nb', 'Jeg skal på tjenestereise til Tromsø i morgen. Hvordan fører jeg reiseregningen?'],
      ['nn', 'Eg skal på jobbreise til Stavanger neste veke. Kven dekkjer hotellet?'],
      ['pl', 'W przyszłym tygodniu mam wyjazd służbowy do Bergen. Kto płaci za hotel?'],
      ['ru', 'На следующей неделе у меня командировка в Берген. Кто оплачивает гостиницу?'],
      ['uk', 'Наступного тижня в мене відрядження до Бергена. Хто платить за готель?'],
      ['tr', 'Gelecek hafta Bergen\'e iş seyahatim var. Oteli kim öder?'],
      ['ar', 'عندي رحلة عمل إلى بيرغن الأسبوع الجاي. مين بيدفع الفندق؟'],
      ['ur', 'اگلے ہفتے میرا برگن کا سفر ہے۔ ہوٹل کا خرچ کون دے گا؟'],
      ['so', 'Toddobaadka dambe safar shaqo ayaan ku tagayaa Bergen. Yaa bixinaya hoteelka?'],
    ] as const)('%s: no alarm: %s', (lng, text) => {
      expect(alarmed(text, lng)).toBe(false);
    });

    it.each([
      ['en', 'We take the train to Oslo on Friday and then they are sending me to Pakistan next week.'],
      ['nb', 'Vi reiser til Oslo på fredag, og så sender foreldrene mine meg til Pakistan neste uke.'],
      ['pl', 'W przyszłym tygodniu rodzice wyślą mnie do Pakistanu, najpierw jedziemy do Oslo.'],
      ['ru', 'На следующей неделе родители отправят меня в Пакистан, сначала поездка в Осло.'],
      ['ar', 'الأسبوع الجاي أهلي بدهم يسفروني على باكستان، أول شي رحلة إلى أوسلو.'],
    ] as const)('%s: a journey abroad beside it stays danger: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });
  });
}
