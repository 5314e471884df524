import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { loadSituationReader } from '../../src/understanding/situation-cues';

/**
 * calm41 (issue #13, false alarms: 6.2 % of the calm tuned items got the emergency card at the session's start, long
 * stories 28 %). Our own probes, none of them a tuned set's sentence. The classes:
 *  (1a) a long story of everyday control whose writer says the person is NOT afraid to go home ("ikke redd for å gå
 *       hjem", "not afraid to go home", "не боится идти домой"): the fear denied read as 'fearHome' gave the danger rule
 *       afraid-to-go-home. A fear of home denied is now a harm denied (harmDenied masks fearHome), in twelve languages;
 *  (1b) a beating denied in a Norwegian subordinate clause ("men at hun ikke blir slått", "at ho ikkje vert slått"): the
 *       main-clause order ("blir ikke slått") was read as denied, the subordinate one as a beating;
 *  (1c) an adult's story told to a worker who "asked me today" for a flat of her own: the writer's talk today read as
 *       'soon' beside her husband ('wedding') gave someone-wedding-soon; "asked me today" is now told today (toldToday);
 *  (2)  a father or mother who resists the family's pressure for a daughter's engagement and says "I won't force her"
 *       ("jeg skal ikke tvinge henne", "не буду её заставлять", "onu zorlamayacağım"): the parent's refusal is a force
 *       denied (harmDenied), as "I don't want to force her" already was (calm25), in twelve languages; a trip to marry
 *       her abroad or a threat beside it keeps the card;
 *       and a parent who wants to say yes against an uncle's talk of shame: the parent writing ("jeg er far til", "I am
 *       the father of") is a grown-up role, not a young writer, and the honour rules do not fire beside 'parentAgrees';
 *  (3)  a celebration set for when a girl finishes school or graduates, with her age ("a big party when my niece grows up
 *       and finishes school, she is 16"): the retrained second opinion put its card on session 40's calm twin. An
 *       everyday milestone (new concept schoolFinished) beside a rite word or a time only is not asked of the model
 *       (second-opinion-gate.json calmAsked).
 * Danger twins: a pupil who IS afraid to go home, a pupil who IS beaten, a parent's word beside a trip or a threat, a party when a small girl grows up with the
 * old women and a trip abroad: the card stays.
 */
type Turns = readonly [Lang, string];

/** (1a) Everyday control told at length, the fear of home denied: no card. */
const fearOfHomeDenied: readonly Turns[] = [
  ['nb', 'Jeg er lærer på ungdomsskolen. En elev på 15 forteller at faren bestemmer hvem hun kan være med etter skolen, og at hun ikke får gå på kino med venninnene. Hun sier selv at hun ikke er redd for å gå hjem, hun vil bare snakke med noen. Hvem kan hjelpe oss?'],
  ['nn', 'Eg er kontaktlærar. Ei elev på 16 fortel at mor og far ikkje lèt ho vere med på overnatting med klassen. Ho seier at ho ikkje er redd for å gå heim, men ho er lei seg. Kven kan eg rådføre meg med?'],
  ['en', "I'm a youth worker. A girl of 16 told me her parents decide who her friends are and she can't join the football camp. She says she is not afraid to go home, she just wanted someone to know. Who can I ask for advice?"],
  ['ar', 'أنا معلمة. طالبة عمرها 15 سنة تقول إن أهلها لا يسمحون لها بزيارة صديقاتها أو الذهاب إلى النادي. تقول إنها لا تخاف من العودة إلى البيت، لكنها حزينة. من يمكنني أن أستشير؟'],
  ['so', 'Waxaan ahay macalin. Arday 15 jir ah ayaa sheegtay in waalidkeed aysan u oggolayn inay saaxiibadeed la baxdo. Waxay tiri kama baqayso inay guriga aado, laakiin way murugaysan tahay. Yaan la tashan karaa?'],
  ['fa', 'من معلم هستم. دانش‌آموزی ۱۵ ساله می‌گوید پدرش اجازه نمی‌دهد بعد از مدرسه با دوستانش بیرون برود. خودش می‌گوید از رفتن به خانه نمی‌ترسد، فقط ناراحت است. با چه کسی مشورت کنم؟'],
  ['ur', 'میں استاد ہوں۔ ایک 15 سالہ طالبہ کہتی ہے کہ اس کے والد اسے اسکول کے بعد سہیلیوں کے ساتھ باہر جانے نہیں دیتے۔ وہ کہتی ہے کہ وہ گھر جانے سے نہیں ڈرتی، بس اداس ہے۔ میں کس سے مشورہ کروں؟'],
  ['uk', 'Я вчителька. Учениця, 15 років, каже, що батьки не дозволяють їй ходити з подругами після школи. Вона каже, що не боїться йти додому, їй просто сумно. З ким мені порадитися?'],
  ['ru', 'Я учитель. Ученица 15 лет рассказывает, что родители не разрешают ей гулять с подругами после школы. Она говорит, что не боится идти домой, ей просто грустно. С кем мне посоветоваться?'],
  ['tr', 'Öğretmenim. 15 yaşında bir öğrenci, ailesinin okuldan sonra arkadaşlarıyla dışarı çıkmasına izin vermediğini anlattı. Eve gitmekten korkmuyor, sadece üzgün olduğunu söylüyor. Kime danışabilirim?'],
  ['pl', 'Jestem nauczycielką. Uczennica, 15 lat, mówi, że rodzice nie pozwalają jej wychodzić z koleżankami po szkole. Mówi, że nie boi się wracać do domu, jest tylko smutna. Z kim mogę się skonsultować?'],
];

/** (1a) Danger twins: the same pupil afraid to go home keeps the card. */
const fearOfHome: readonly Turns[] = [
  ['nb', 'Jeg er lærer. En elev på 15 sier at faren bestemmer hvem hun kan være med, og at hun er redd for å gå hjem i dag. Hva gjør jeg?'],
  ['en', "I'm a teacher. A girl of 15 says her father decides who she sees and she is afraid to go home today. What do I do?"],
  ['ru', 'Я учитель. Ученица 15 лет говорит, что отец решает, с кем ей дружить, и она боится идти домой сегодня. Что мне делать?'],
  ['pl', 'Jestem nauczycielką. Uczennica, 15 lat, mówi, że ojciec decyduje, z kim się spotyka, i boi się dziś wracać do domu. Co mam robić?'],
];

/** (1b) A beating denied in a Norwegian subordinate clause: no card. */
const beatingDeniedSubordinate: readonly Turns[] = [
  ['nb', 'Jeg er helsesykepleier. En elev på 17 forteller at broren følger med på hvem hun snakker med på nettet, men at hun ikke blir slått eller truet. Hun vil ha noen å prate med. Hvem kan hun kontakte?'],
  ['nb', 'Kontaktlærer her. Ei jente i klassen sier at foreldrene ikke lar henne ha jobb ved siden av skolen, men at hun aldri er blitt slått. Hvem kan jeg rådføre meg med?'],
  ['nn', 'Eg er helsesjukepleiar. Ei elev på 17 fortel at bror hennar les meldingane hennar, men at ho ikkje blir slått. Ho vil ha nokon å snakke med. Kven kan ho kontakte?'],
];

/** (1b) Danger twins: the same pupil beaten keeps the card. */
const beatingTold: readonly Turns[] = [
  ['nb', 'Jeg er helsesykepleier. En elev på 17 forteller at broren følger med på hvem hun snakker med, og at hun blir slått når hun kommer sent hjem. Hva gjør jeg?'],
  ['nn', 'Eg er helsesjukepleiar. Ei elev på 17 fortel at bror hennar les meldingane hennar, og at ho blir slått når ho kjem seint heim. Kva gjer eg?'],
];

/** (3) A celebration when a girl finishes school: an everyday milestone, no card. */
const schoolFinishedParty: readonly Turns[] = [
  ['en', "my sister's daughter is 17 and we are planning a huge celebration when she finishes high school next summer"],
  ['en', 'we will throw a big party for my niece when she grows up and finishes school, she is 15'],
  ['nb', 'Vi skal ha en stor fest for niesen min når hun er ferdig med videregående til sommeren, hun er 18 nå'],
  ['nn', 'Vi skal ha ein stor fest for nieså mi når ho er ferdig med vidaregåande til sommaren, ho er 17'],
  ['ar', 'سنقيم حفلة كبيرة لابنة أختي عندما تنهي المدرسة، عمرها 17 سنة'],
  ['fa', 'وقتی خواهرزاده‌ام مدرسه را تمام کند یک جشن بزرگ می‌گیریم، او ۱۷ سال دارد'],
  ['uk', 'Ми влаштуємо велике свято для племінниці, коли вона закінчить школу, їй 17'],
  ['ru', 'Мы устроим большой праздник для племянницы, когда она закончит школу, ей 17'],
  ['tr', 'Yeğenim liseyi bitirince büyük bir kutlama yapacağız, o 17 yaşında'],
  ['pl', 'Zrobimy dużą imprezę dla siostrzenicy, kiedy skończy szkołę, ma 17 lat'],
];

/** (3) Danger twins: a party when a small girl grows up, with the old women and a trip, keeps the card. */
const growUpPartyDanger: readonly Turns[] = [
  ['en', 'we are taking my niece (7) to Somalia this summer for the big party when she grows up, the old women there will do the custom'],
  ['nb', 'Vi tar med niesen min på 7 til Somalia i sommer til den store festen når hun blir stor, de gamle kvinnene der skal gjøre skikken'],
];

/** (2) A father or mother who resists the family's pressure and will not force the daughter: no card. */
const parentResists: readonly Turns[] = [
  ['nb', 'Jeg er mor til ei jente på 16. Svigerfamilien mener hun bør forloves med en fetter, men jeg skal ikke tvinge henne, jeg vil beskytte henne. Hvem kan jeg snakke med?'],
  ['nn', 'Eg er far til ei jente på 17. Slekta meiner ho bør gifte seg med ein fetter, men eg skal ikkje tvinge ho. Kven kan eg snakke med?'],
  ['en', "I'm a father. My mother and my brother keep saying my daughter (17) should be engaged to a cousin, but I won't force her, I want to protect her. Who can I talk to?"],
  ['ar', 'أنا أب. أهلي يريدون أن تتزوج ابنتي (17 سنة) من ابن عمها، لكني لن أجبرها وأريد أن أحميها. مع من يمكنني أن أتكلم؟'],
  ['fa', 'من پدر هستم. خانواده‌ام می‌خواهند دخترم (۱۷ ساله) با پسرعمویش نامزد شود، اما من او را مجبور نمی کنم. با چه کسی صحبت کنم؟'],
  ['uk', 'Я батько. Родина хоче, щоб моя донька (17 років) заручилася з двоюрідним братом, але я не буду її змушувати. З ким мені поговорити?'],
  ['ru', 'Я отец. Родня хочет, чтобы моя дочь (17 лет) обручилась с двоюродным братом, но я не буду её заставлять. С кем мне поговорить?'],
  ['tr', 'Ben babayım. Akrabalar kızımın (17) kuzeniyle nişanlanmasını istiyor ama onu zorlamayacağım. Kiminle konuşabilirim?'],
  ['pl', 'Jestem ojcem. Rodzina chce, żeby moja córka (17 lat) zaręczyła się z kuzynem, ale nie będę jej zmuszać. Z kim mogę porozmawiać?'],
];

/** (2) Danger twins: a trip to marry her abroad or a threat beside the parent's word keeps the card. */
const parentResistsButDanger: readonly Turns[] = [
  ['en', "I'm a father. My daughter is 16. I won't force her, but my brother says they will take her to Pakistan this summer to marry her."],
  ['en', 'My daughter is 16. I will not force her, but her uncle has threatened to kill her if she refuses the marriage.'],
  ['nb', 'Datteren min er 16. Jeg skal ikke tvinge henne, men onkelen hennes har truet med å drepe henne hvis hun nekter å gifte seg.'],
];

/**
 * (2) A parent who agrees with the daughter ("I want to say yes") against an uncle's talk of shame: the parent is the
 * writer (adultRole: "jeg er far til", "I am the father of", as uk, ru, fa, so, ti already read it), not a young writer,
 * and honour-against-will / own-case-honour-minor do not fire beside 'parentAgrees'. No card.
 */
const parentAgreesAgainstShame: readonly Turns[] = [
  ['nb', 'Jeg er far til ei jente på 16. Hun vil være med på skoletur. Jeg vil si ja, men onkelen min sier det er skam for familien, og jeg vil ikke krangle med ham. Hvem kan hjelpe foreldre?'],
  ['nn', 'Eg er far til ei jente på 16. Ho vil vere med på skuletur, og eg vil seie ja, men onkelen min seier det er skam for familien, og eg vil ikkje krangle med han. Finst det hjelp for foreldre?'],
  ['en', "I am the father of a girl of 16. She wants to go on the school trip and I want to say yes, but my uncle says it brings shame on the family and I don't want to fight with him. Is there help for parents?"],
];

/** (2) Danger twin: the uncle's threat to take her out of the country beside the parent's word keeps the card. */
const parentAgreesButThreat: readonly Turns[] = [
  ['nb', 'Jeg er far til ei jente på 16. Jeg vil si ja til turen, men onkelen min sier det er skam og truer med å ta henne ut av landet.'],
];

/**
 * (1c) An adult's long story told to a worker who says she "asked me today" for housing: the writer's own talk today
 * is no time at hand (toldToday masks 'soon', as "told me today" already did), twelve languages. No card.
 */
const askedToday: readonly Turns[] = [
  ['en', "I'm a NAV adviser. My client is 27 and her husband's family decide where she goes, but there is no violence. Today she asked me whether she can get a flat of her own. Who helps adults with housing?"],
  ['nb', 'Jeg jobber på NAV. Brukeren min er 27, og mannens familie bestemmer hvor hun går, men det er ingen vold. I dag spurte hun meg om hun kan få egen leilighet. Hvem hjelper voksne med bolig?'],
  ['ru', 'Я работаю в NAV. Моей клиентке 27 лет, семья мужа решает, куда ей ходить, но насилия нет. Сегодня спросила меня, можно ли получить отдельную квартиру. Кто помогает взрослым с жильём?'],
];

/** (1c) Danger twins: a removal tomorrow to be married, told beside "today she asked me", keeps the card. */
const askedTodayDanger: readonly Turns[] = [
  ['en', "I'm a NAV adviser. My client is 27. Today she asked me for help: her husband's family will take her abroad tomorrow to marry her to another man."],
  ['nb', 'Jeg jobber på NAV. Brukeren min er 27. I dag spurte hun meg om hjelp: mannens familie skal ta henne til utlandet i morgen for å gifte henne bort.'],
];

describe('calm41: the situation reader reads the classes', () => {
  const reader = loadSituationReader();
  it.each(fearOfHomeDenied)('(1a) a fear of home denied is a harm denied, no afraid-to-go-home (%s): %s', (lng, text) => {
    const read = reader.read(text, [], lng);
    expect([text, read.concepts.has('harmDenied'), read.concepts.has('fearHome'), read.danger]).toEqual([text, true, false, []]);
  });
  it.each(fearOfHome)('(1a) a fear of home told is read (%s): %s', (lng, text) => {
    expect([text, reader.read(text, [], lng).concepts.has('fearHome')]).toEqual([text, true]);
  });
  it.each(beatingDeniedSubordinate)('(1b) a beating denied in a subordinate clause is no beating (%s): %s', (lng, text) => {
    const read = reader.read(text, [], lng);
    expect([text, read.concepts.has('harmDenied'), read.concepts.has('beaten')]).toEqual([text, true, false]);
  });
  it.each(askedToday)('(1c) "asked me today" is no time at hand (%s): %s', (lng, text) => {
    const read = reader.read(text, [], lng);
    expect([text, read.concepts.has('toldToday'), read.concepts.has('soon'), read.danger]).toEqual([text, true, false, []]);
  });
  it.each(parentResists)('(2) a parent who will not force her denies the force (%s): %s', (lng, text) => {
    expect([text, reader.read(text, [], lng).concepts.has('harmDenied')]).toEqual([text, true]);
  });
  it.each(parentAgreesAgainstShame)('(2) a parent writing is no young writer, and no danger or concern rule fires (%s): %s', (lng, text) => {
    const read = reader.read(text, [], lng);
    expect([text, read.youngWriter, read.danger, read.concern]).toEqual([text, false, [], []]);
  });
  it.each(schoolFinishedParty)('(3) finishing school is an everyday milestone (%s): %s', (lng, text) => {
    expect([text, reader.read(text, [], lng).concepts.has('schoolFinished')]).toEqual([text, true]);
  });
});

describe('calm41: the bot as it runs', () => {
  const runner = conversationRunnerPerFile();
  const calm = [...fearOfHomeDenied, ...beatingDeniedSubordinate, ...askedToday, ...parentResists, ...parentAgreesAgainstShame, ...schoolFinishedParty];
  const danger = [...fearOfHome, ...beatingTold, ...askedTodayDanger, ...parentResistsButDanger, ...parentAgreesButThreat, ...growUpPartyDanger];

  it.each(calm)('calm: no emergency card, an answer (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, false]);
  });
  it.each(danger)('danger twin keeps the emergency card (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, true]);
  });
});
