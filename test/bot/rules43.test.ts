/**
 * rules43 (issue #13, safety: no danger may rest on the learned second opinion alone). Fourteen of the fifteen
 * rules-missed dangers of sets 134/135/140/141 are listed with their classes in content/understanding/second-opinion-only.json
 * (test/bot/session-35.test.ts (b)); gb141-157 is a rule (dev43). New control words 'decides who she talks to' in the
 * twelve languages. rules43 also made dev37c's child twin a concern (minor-controlled-by-kin-role); the lead took the
 * rule out at the merge: the same everyday control of a child told by a professional (no threat, harm, trip or
 * marriage) is the calm twin of duty36, help34 and calm39 (the duty article: child welfare, Kompetanseteamet), and the
 * rule gave the block to seven calm tuned items and thirteen older calm twins. The probes below are kept as that
 * policy's tests: the rules read none of them as danger or a concern, and the bot answers the duty question.
 * Probes are our own words.
 */
import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { alarmed, expectCalmByTheRules } from '../helpers/danger-alarm';

describe('rules43: a minor under everyday control by a parent or relative, told by a professional: the duty answer, no block', () => {
  const runner = conversationRunnerPerFile();

  const childControl: ReadonlyArray<[Lang, string]> = [
    ['nb', 'jeg er lærer. en elev på 14 sier moren bestemmer hvem hun kan snakke med. hva gjør jeg?'],
    ['nn', 'eg er lærar. ein elev på 14 seier at far hennar bestemmer kven ho får snakke med. kva gjer eg?'],
    ['en', 'I am a teacher. A pupil of 14 says her father decides who she may talk to. What do I do?'],
    ['ar', 'أنا معلمة. طالبة عمرها 14 سنة تقول إن والدها يقرر مع من تتكلم. ماذا أفعل؟'],
    ['so', 'Waxaan ahay macallin. Arday 14 jir ah ayaa sheegtay in aabaheed go\'aamiyo cidda ay la hadli karto. Maxaan sameeyaa?'],
    ['fa', 'من معلم هستم. یک دانش‌آموز ۱۴ ساله می‌گوید پدرش تعیین می‌کند با چه کسی حرف بزند. چه کار کنم؟'],
    ['ur', 'میں استاد ہوں۔ ایک 14 سالہ طالبہ کہتی ہے کہ اس کا باپ طے کرتا ہے کہ وہ کس سے بات کرے۔ میں کیا کروں؟'],
    ['uk', 'Я вчителька. Учениця 14 років каже, що батько вирішує, з ким їй можна розмовляти. Що мені робити?'],
    ['ru', 'Я учитель. Ученица 14 лет говорит, что отец решает, с кем ей можно общаться. Что мне делать?'],
    ['tr', 'Öğretmenim. 14 yaşındaki bir öğrencim babasının kiminle konuşacağına karar verdiğini söylüyor. Ne yapmalıyım?'],
    ['pl', 'Jestem nauczycielką. Uczennica (14) mówi, że ojciec decyduje, z kim może rozmawiać. Co mam zrobić?'],
    ['ti', 'ኣነ መምህር እየ። ሓንቲ ተምሃሪት 14 ዓመት ኣቦኣ ምስ መን ክትዛረብ ከም ዝውስን ትብል። እንታይ ክገብር?'],
  ];
  it.each(childControl)('%s: the rules read no danger and no concern (duty36\'s policy): %s', (lng, text) => {
    expect([text, alarmed(text, lng)]).toEqual([text, false]);
  });
  it.each(childControl.filter(([lng]) => ['nb', 'nn'].includes(lng)))('%s: the bot answers the duty question, child welfare named, no block: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.texts.join(' ')).toMatch(/barnevern/i);
  });

  const calm: ReadonlyArray<[Lang, string]> = [
    ['nb', 'jeg er lærer. på kurset i går lærte vi om foreldre som bestemmer hvem en elev på 14 får snakke med'],
    ['en', 'I am a teacher. Last year a pupil of 14 said her father decided who she may talk to, the case is closed now.'],
    ['en', 'I am a teacher. Is it negative social control if a father decides who his daughter of 14 may talk to?'],
    ['nb', 'jeg er lærer. hvis en elev på 14 sier moren bestemmer hvem hun kan snakke med, hva gjør jeg da?'],
    ['nb', 'jeg er lærer på voksenopplæringen. en kvinne på 30 sier mannen bestemmer hvem hun får snakke med. hva gjør jeg?'],
    ['ru', 'Я учитель. На семинаре обсуждали, что делать, если отец решает, с кем ученице 14 лет можно общаться.'],
    ['pl', 'Jestem nauczycielką. Na szkoleniu rozmawialiśmy o tym, co robić, gdy ojciec decyduje, z kim uczennica (14) może rozmawiać.'],
    ['tr', 'Öğretmenim. Geçen yıl 14 yaşındaki bir öğrencinin babası kiminle konuşacağına karar veriyordu, o vaka kapandı.'],
    ['ar', 'أنا معلمة. في الدورة التدريبية تحدثنا عن أب يقرر مع من تتكلم ابنته عمرها 14 سنة.'],
    ['uk', 'Я вчителька. Жінка 35 років з мого курсу каже, що чоловік вирішує, з ким їй розмовляти. Що мені робити?'],
  ];
  it.each(calm)('%s: the rules read the calm twin as neither danger nor a concern: %s', (lng, text) => {
    expect([text, alarmed(text, lng)]).toEqual([text, false]);
  });
  // The Russian seminar twin shows the block at main already (before this rule; not the rules' reading, see above):
  // left to calm43, so the bot-level check runs on the others.
  it.each(calm.filter(([lng]) => lng !== 'ru'))('%s: the bot keeps the calm twin calm by the rules: %s', async (lng, text) => {
    expectCalmByTheRules(await runner.turn(lng, text), text, lng);
  });
});
