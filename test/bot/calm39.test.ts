import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { createSecondOpinion, loadSecondOpinion, type SecondOpinionModel } from '../../src/understanding/second-opinion';

/**
 * calm39 (issue #13): calm questions the retrained second opinion (session 38) gave the emergency card, made calm in the
 * gate (content/understanding/second-opinion-gate.json `calmReadings`), without losing a danger. Our own probes, none a
 * tuned set's sentence:
 *  1. a professional's duty question about a pupil whose brother checks her phone and keeps her from her friends
 *     (everyday control only, asked as a duty);
 *  2. a parent's "who can I talk to?" about a 15-year-old whose brothers go through her phone;
 *  3. a professional of a service for grown-ups asking what she may do when a client's husband reads her phone;
 *  4. a grown-up relative named by age ("my cousin is 27 …"), then her wedding abroad as a guest.
 * Danger twins keep the card: a threat, a beating, a trip abroad, a fear, being followed by the husband and his
 * brothers, a cousin of 15 or 16 to be married abroad.
 */
type Probe = readonly [Lang, string];

const dutyControl: readonly Probe[] = [
  ['nb', 'Jeg er lærer. En elev forteller at broren går gjennom mobilen hennes og ikke lar henne treffe venninner. Hva er plikten min?'],
  ['nn', 'Eg er lærar. Ei elev fortel at broren sjekkar mobilen hennar og ikkje lèt henne møte venninner. Kva plikt har eg?'],
  ['en', "I teach year 9. One of my pupils says her older brother goes through her phone and won't let her see her friends. What am I required to do?"],
  ['ar', 'أنا معلمة. طالبة قالت إن أخوها يفتش تلفونها وما يخليها تطلع مع صاحباتها. شو واجبي؟'],
  ['so', 'Waxaan ahay macallimad. Arday ayaa ii sheegtay in walaalkeed uu hubiyo telefoonkeeda oo uusan u oggolayn inay la kulanto saaxiibbadeed. Maxaa waajib igu ah?'],
  ['fa', 'معلم هستم. یکی از دانش‌آموزانم گفت برادرش گوشی‌اش را چک می‌کند و نمی‌گذارد با دوستانش بیرون برود. وظیفه من چیست؟'],
  ['ur', 'Main teacher hoon. Ek taliba ne bataya ke uska bhai uska phone check karta hai aur usay saheliyon se milne nahi deta. Meri kya zimmedari hai?'],
  ['ru', 'Я учитель. Ученица говорит, что брат проверяет её телефон и не даёт встречаться с подругами. Какие у меня обязанности?'],
  ['tr', 'Öğretmenim. Bir öğrencim abisinin telefonunu kontrol ettiğini ve arkadaşlarıyla görüşmesine izin vermediğini söyledi. Benim görevim ne?'],
  ['pl', 'Jestem nauczycielką. Uczennica mówi, że brat sprawdza jej telefon i nie pozwala jej spotykać się z koleżankami. Jaki mam obowiązek?'],
  ['ti', 'ኣነ መምህር እየ። ሓንቲ ተምሃሪት ሓዋ ተሌፎና ይፍትሽ ምስ መሓዙታ ክትራኸብ ኣይፈቕደላን ኢላትኒ። ግቡኣይ እንታይ እዩ?'],
];

const parentTalk: readonly Probe[] = [
  ['nb', 'datteren min er 15 og brødrene hennes sjekker mobilen hennes hele tiden. hvem kan jeg snakke med?'],
  ['nn', 'dottera mi er 15 og brørne hennar sjekkar mobilen hennar heile tida. kven kan eg snakke med?'],
  ['en', 'my girl is 15 and her brothers go through her phone every day. who can I talk to about it?'],
  ['ar', 'بنتي عمرها 15 وإخوانها يفتشون تلفونها كل يوم. مع مين أقدر أتكلم؟'],
  ['so', 'gabadhayda waa 15 jir, walaalaheed ayaa hubiya telefoonkeeda maalin kasta. yaan la hadli karaa?'],
  ['fa', 'دخترم ۱۵ سالشه و برادرهاش هر روز گوشیشو چک می‌کنن. با کی می‌تونم صحبت کنم؟'],
  ['ur', 'meri beti 15 saal ki hai aur uske bhai roz uska phone check karte hain. main kis se baat kar sakti hoon?'],
  ['uk', 'моїй доньці 15, брати щодня перевіряють її телефон. з ким я можу поговорити?'],
  ['ru', 'моей дочери 15, братья каждый день проверяют её телефон. с кем я могу поговорить?'],
  ['tr', 'kızım 15 yaşında, abileri her gün telefonunu kontrol ediyor. kiminle konuşabilirim?'],
  ['pl', 'moja córka ma 15 lat, bracia codziennie sprawdzają jej telefon. z kim mogę porozmawiać?'],
  ['ti', 'ጓለይ 15 ዓመት እያ፣ ኣሕዋታ መዓልቲ መዓልቲ ተሌፎና ይፍትሹ። ምስ መን ክዛረብ እኽእል?'],
];

// A grown-up client whose husband reads her phone, asked about by NAV (the languages where the question is read as a
// question about the case; ar, ur, ru, pl and ti are not yet: see the session's report).
const clientControl: readonly Probe[] = [
  ['nb', 'Jeg jobber i NAV. En bruker forteller at mannen hennes leser telefonen hennes hver dag. Hva har jeg lov til å gjøre?'],
  ['nn', 'Eg jobbar i NAV. Ei brukar fortel at mannen hennar les telefonen hennar kvar dag. Kva har eg lov til å gjere?'],
  ['en', 'I work at NAV. A client tells me her husband reads her phone every day. What am I allowed to do?'],
  ['fa', 'در NAV کار می‌کنم. یک مراجعه‌کننده گفت شوهرش هر روز گوشی‌اش را می‌خواند. من چه کاری اجازه دارم بکنم؟'],
  ['tr', "NAV'da çalışıyorum. Bir danışanım kocasının her gün telefonunu okuduğunu söyledi. Ne yapmama izin var?"],
];

const grownUpRelative: readonly Probe[] = [
  ['en', 'my cousin is 27 and lives in Bergen'],
  ['nb', 'kusinen min er 28 og bor i Trondheim'],
  ['nn', 'kusina mi er 27 og bur i Bergen'],
];

const dangerTwins: ReadonlyArray<readonly [Lang, readonly string[]]> = [
  ['en', ['I teach year 9. One of my pupils says her older brother goes through her phone and said he will beat her if she talks to boys. What am I required to do?']],
  ['nb', ['Jeg er lærer. En elev forteller at broren går gjennom mobilen hennes, og at han skal sende henne til Pakistan i sommer. Hva er plikten min?']],
  ['ru', ['Я учитель. Ученица говорит, что брат проверяет её телефон и грозится убить её, если она будет встречаться с подругами. Какие у меня обязанности?']],
  ['pl', ['Jestem nauczycielką. Uczennica mówi, że brat sprawdza jej telefon i bije ją, gdy spotyka się z koleżankami. Jaki mam obowiązek?']],
  ['tr', ['Öğretmenim. Bir öğrencim abisinin telefonunu kontrol ettiğini ve arkadaşlarıyla görüşürse onu öldüreceğini söylediğini anlattı. Benim görevim ne?']],
  ['en', ['my girl is 15 and her brothers go through her phone every day, now they say they will take her to Somalia after the exams. who can I talk to about it?']],
  ['nb', ['datteren min er 15 og brødrene hennes sjekker mobilen hennes hele tiden, og de har slått henne. hvem kan jeg snakke med?']],
  ['ar', ['بنتي عمرها 15 وإخوانها يفتشون تلفونها كل يوم وهددوها بالقتل. مع مين أقدر أتكلم؟']],
  ['nb', ['Jeg jobber i NAV. En bruker forteller at mannen og brødrene hans følger etter henne overalt og leser telefonen hennes, og hun er redd. Hva har jeg lov til å gjøre?']],
  ['en', ['I work at NAV. A client tells me her husband and his brothers follow her everywhere and read her phone, and she is scared. What am I allowed to do?']],
  ['ru', ['Я работаю в NAV. Клиентка говорит, что муж и его братья следят за ней повсюду и она боится. Что мне можно делать?']],
  ['tr', ["NAV'da çalışıyorum. Bir danışanım kocasının ve kayınlarının onu her yerde takip ettiğini ve çok korktuğunu söyledi. Ne yapmama izin var?"]],
  ['en', ['my cousin is 16 and lives in Bergen', 'she is getting married in Iraq this summer and we are invited']],
  ['nb', ['kusina mi er 15 og bor i Bergen', 'hun skal gifte seg i Irak i sommer']],
];

describe('calm questions about everyday control and a grown-up relative get no card (calm39)', () => {
  const runner = conversationRunnerPerFile();

  it.each(dutyControl)('duty question, control only (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, false]);
  });
  it.each(parentTalk)('a parent asks whom to talk to, control only (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.answers > 0]).toEqual([text, false, true]);
  });
  it.each(clientControl)('a grown-up client whose husband reads her phone (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, false]);
  });
  it.each(grownUpRelative)('a grown-up relative named by age (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, false]);
  });
  it.each(dangerTwins)('danger twin keeps the card (%s): %j', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect([turns, view.emergency]).toEqual([turns, true]);
  });
});

describe('calmReadings in the gate (calm39)', () => {
  const base: SecondOpinionModel = {
    made: { by: 't', date: 'd', commit: 'c', sets: 1, items: 1, emergencyItems: 1, setsHash: '0'.repeat(64), features: 'f', minItems: 1, kept: 1, keptBy: 'k' },
    prior: 5,
    threshold: 0,
    gate: ['control', 'wedding', 'threat'],
    unless: [],
    calmReadings: [
      { reading: 'caseAsked', needs: ['control', 'someone'], besideOnly: ['control', 'wedding'] },
      { reading: 'grownUp', needs: ['someone'], besideOnly: ['wedding'] },
    ],
    weights: {},
  };
  const model = createSecondOpinion(base);
  it('a case question about control only is not asked; a threat beside it, no person, or no question is', () => {
    expect(model.fires('her brother checks her phone, what is my duty', new Set(['control', 'someone']), new Set(['caseAsked']))).toBe(false);
    expect(model.fires('her husband checks her phone, what may I do', new Set(['control', 'wedding', 'someone']), new Set(['caseAsked']))).toBe(false);
    expect(model.fires('her brother checks her phone and threatens her', new Set(['control', 'threat', 'someone']), new Set(['caseAsked']))).toBe(true);
    expect(model.fires('my brother checks my phone, who can I talk to', new Set(['control']), new Set(['caseAsked']))).toBe(true);
    expect(model.fires('her brother checks her phone every day', new Set(['control', 'someone']))).toBe(true);
  });
  it('a grown-up with only a marriage word is not asked; with control beside it, it is', () => {
    expect(model.fires('my cousin is 27 and lives in Bergen', new Set(['wedding', 'someone']), new Set(['grownUp']))).toBe(false);
    expect(model.fires('my cousin is 27 and her husband checks her phone', new Set(['wedding', 'control', 'someone']), new Set(['grownUp']))).toBe(true);
    expect(model.fires('my cousin lives in Bergen', new Set(['wedding', 'someone']))).toBe(true);
  });
  it('the committed model has the gate file\'s calmReadings', () => {
    expect(loadSecondOpinion().fires('a teacher: her brother checks her phone all the time and she may not meet friends, what is my duty?', new Set(['control', 'someone', 'kin', 'adultRole']), new Set(['caseAsked']))).toBe(false);
  });
});
