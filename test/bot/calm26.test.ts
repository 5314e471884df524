import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * False alarms by class (calm26, issue #13): calm questions get their answer without the attention block, and each
 * has a dangerous twin that keeps it. Phrasings written for this test.
 */
describe('conversation: calm questions without the attention block, their dangerous twins with it', () => {
  const runner = conversationRunnerPerFile();

  // A girl's own cutting told as done long ago or already over, with no sister and no trip: a duty question, no alarm.
  // The time of a birth ("a delivery last night") is no danger soon.
  it.each([
    ['nb', 'Helsesøster her. En elev på 14 sier hun ble kjønnslemlestet i Sudan da hun var 5. Hun er enebarn. Må jeg melde fra, eller gjelder taushetsplikten?'],
    ['nn', 'Helsesjukepleiar her. Ei elev på 14 seier ho vart omskoren i Etiopia som treåring. Ho er einebarn. Må eg melde frå?'],
    ['en', 'School nurse here. A pupil of 14 says she was cut in Sudan when she was five. She has no siblings. Must I report this, or is it confidential?'],
    ['nb', 'Jordmor. Vi hadde en fødsel i går med en kvinne som er omskåret, og hun fikk en sønn. Har jeg plikt til å melde noe?'],
    ['en', 'Midwife here. We had a birth last night: the mother is circumcised (type 3) and had a girl. Do I have any duty to report?'],
  ] as const)('%s: a past cutting with no one at risk now: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  it.each([
    ['nb', 'Helsesøster her. En elev på 14 sier hun ble kjønnslemlestet i Sudan da hun var 5. Lillesøsteren hennes er 4. Må jeg melde fra?'],
    ['nn', 'Helsesjukepleiar her. Ei elev på 14 seier ho vart omskoren i Etiopia som treåring. Veslesystera hennar er fire. Må eg melde frå?'],
    ['en', 'School nurse here. A pupil of 14 says she was cut in Sudan when she was five. Her little sister is four. Must I report this?'],
    ['nb', 'Jordmor. Vi hadde en fødsel i går med en kvinne som er omskåret, og svigermor vil at babyjenta skal omskjæres i Somalia i sommer. Hva gjør jeg?'],
    ['en', 'School nurse here. A pupil of 14 was cut in Sudan when she was five, and the family flies back there next week with her sister of 6. Must I report it?'],
  ] as const)('%s: a younger sister or a trip keeps it: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });

  // Which embassy covers a country, asked with a greeting or a second short question and no person named: the envoy.
  it.each([
    ['fa', 'سلام. برای کسی که در پاکستان گیر افتاده، کدوم سفارت نروژ کمک می‌کنه؟ کجاست؟'],
    ['so', 'Salaan. Ambaasadee Norway ayaa caawisa dadka ku xayiran Kenya? Xageey ku taal?'],
    ['en', 'Hello. Which embassy helps people stuck in Iraq? In which city?'],
  ] as const)('%s: a coverage question: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  it.each([
    ['fa', 'سلام. خواهرم در پاکستان گیر افتاده و نمی‌گذارند برگردد. کدوم سفارت نروژ کمک می‌کنه؟'],
    ['en', 'Hello. My sister is stuck in Iraq and they will not let her come back. Which embassy helps?'],
  ] as const)('%s: a relative held there keeps it: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });

  // A family case told as over, the writer still thinking of that time: a talk asked for, no alarm.
  it.each([
    ['en', 'Two years ago my husband\'s family pushed our daughter to marry a cousin. It is all over now, she studies in Bergen and everything is calm. I still think about that time a lot. Is there a line where a mother can talk anonymously?'],
    ['nb', 'For to år siden presset svigerfamilien datteren vår til å gifte seg. Det er over nå, hun studerer og alt er rolig. Jeg tenker fortsatt på den tiden. Finnes det en telefon der en mor kan snakke anonymt?'],
    ['ru', 'Я мама. Два года назад родственники мужа давили на дочь, чтобы она вышла замуж. Всё закончилось, она учится, сейчас всё спокойно. Я всё ещё думаю о том времени. Есть ли телефон, где мама может поговорить анонимно?'],
    ['pl', 'Dwa lata temu rodzina męża naciskała na córkę, żeby wyszła za mąż. Wszystko się skończyło, teraz jest spokojnie. Wciąż myślę o tamtym czasie. Czy jest telefon, gdzie mama może porozmawiać anonimowo?'],
  ] as const)('%s: a case over, the writer still thinking of it: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'Two years ago my husband\'s family pushed our daughter to marry a cousin. It calmed down, but now they are pushing her again and threaten her. Is there a line where a mother can talk anonymously?'],
    ['ru', 'Два года назад родственники мужа давили на дочь, чтобы она вышла замуж. Было спокойно, но теперь они снова угрожают ей. Есть ли телефон, где мама может поговорить анонимно?'],
  ] as const)('%s: the harm back again keeps it: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });

  // A foster parent writes as a parent: a calm story about the foster child is no child's own case.
  it.each([
    ['nb', 'Jeg er fostermor til en jente på 15 fra Syria. I fjor ville slekta at hun skulle forloves, men det roet seg og nå er alt bra. Vi fosterforeldre vil gjerne lære mer. Kan noen holde kurs for oss?'],
    ['en', 'I am a foster mother to a girl of 15 from Syria. Last year relatives wanted her engaged, but it calmed down and all is fine now. We foster parents would like to learn more. Can someone give us a course?'],
  ] as const)('%s: a foster parent, calm: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'I am a foster mother to a girl of 15 from Syria. Her relatives have booked her a flight to Damascus next week to get her engaged. What do I do?'],
  ] as const)('%s: a foster parent with a trip soon keeps it: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });
});
