import type { Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * s41need (issue #13, every part of a message answered). Our own probes, none of them a tuned set's sentence.
 *  (1) TWO PARTS, ONE LOST: a parent asks how to find out whether the daughter's school has a diversity adviser, and
 *      which number the girl (14) can ring if she only wants to talk. The second part was read as "the number" of the
 *      advisers' card before it (a follow-up), so the children's line was lost. A part asking for a line to call, of no
 *      service or country, after a card of a service that is no line, now gets the lines, for the caller the whole
 *      message names (a child: Alarmtelefonen 116 111 first). Words: "which number can she call" in the helpline list
 *      (content/contacts/other-language-words.json), in the languages where the part read as nothing.
 *      The adult-education centre without an adviser asking who trains its teachers and whom to ask about a case it
 *      has now: the case's part ("who do we ask about a case") was read as nothing, so Kompetanseteamet was lost beside
 *      IMDi's expert team. Words: "ask about a case" in adviceInCase (content/contacts/other-language-words.json).
 *  (2) A follow-up on a line's hours ("is it open in the evening?", "and at weekends?") after a line's or
 *      Kompetanseteamet's answer keeps that service's card, with its hours (a regression guard: it already held).
 *  (4) A health worker following up a cutting done long ago (no danger now) asking for specialised advice: the
 *      contacts with Kompetanseteamet first, not "did you mean" (a guard).
 *  (5) A parents' meeting or a lesson planned, told at length, ending "what does research say about working with
 *      parents?": the article on the role of parents (Fafo 2023: a double focus on young people's freedom and on
 *      parents' constructive involvement), not only the research network's article. Words: phrasings of parents-role
 *      in the twelve languages (content/knowledge).
 * Calm twins: no part of these messages is a present danger, so none gets the emergency card; "what is
 * Kompetanseteamet, and which number can I call?" keeps Kompetanseteamet's own number.
 */
type Probe = readonly [Lang, string];

/** (1) The adviser and the line for a 14-year-old who only wants to talk, in one message. */
const adviserAndLine: readonly Probe[] = [
  ['en', "how can I find out if my daughter's school has a diversity adviser, and which number can she ring if she only wants to talk to someone? she is 14"],
  ['nb', 'Hvordan finner jeg ut om skolen til datteren min har en mangfoldsrådgiver, og hvilket nummer kan hun ringe hvis hun bare vil snakke med noen? Hun er 14.'],
  ['nn', 'Korleis finn eg ut om skulen til dottera mi har ein mangfaldsrådgivar, og kva nummer kan ho ringje om ho berre vil prate med nokon? Ho er 14.'],
  ['so', 'Sideen ku ogaan karaa in dugsiga gabadhaydu leeyahay la-taliye kala duwanaansho, oo lambarkee ayay wici kartaa haddii ay kaliya rabto inay qof la hadasho? Waa 14 jir.'],
  ['fa', 'چطور بفهمم مدرسه دخترم مشاور تنوع دارد، و اگر فقط بخواهد با کسی حرف بزند به چه شماره‌ای می‌تواند زنگ بزند؟ او ۱۴ ساله است.'],
  ['uk', 'Як дізнатися, чи є в школі моєї доньки радник з питань різноманіття, і за яким номером вона може зателефонувати, якщо просто хоче з кимось поговорити? Їй 14.'],
  ['ru', 'Как узнать, есть ли в школе моей дочери советник по вопросам многообразия, и по какому номеру она может позвонить, если просто хочет с кем-то поговорить? Ей 14.'],
  ['tr', 'Kızımın okulunda çeşitlilik danışmanı olup olmadığını nasıl öğrenirim, ve sadece biriyle konuşmak isterse hangi numarayı arayabilir? 14 yaşında.'],
  ['pl', 'Jak sprawdzić, czy w szkole mojej córki jest doradca ds. różnorodności, i pod jaki numer może zadzwonić, jeśli chce tylko z kimś porozmawiać? Ma 14 lat.'],
  ['nb', 'Hva gjør mangfoldsrådgiverne, og hvilket nummer kan hun ringe hvis hun vil snakke med noen? Hun er 15.'],
];

/** (1) The same in languages whose answer is one plan of whom to contact that holds both (the advisers, Alarmtelefonen). */
const adviserAndLineOnePlan: readonly Probe[] = [
  ['ar', 'كيف أعرف إن كانت مدرسة ابنتي فيها مستشار تنوع، وما الرقم الذي يمكنها الاتصال به إذا أرادت فقط أن تتحدث مع أحد؟ عمرها 14 سنة.'],
  ['ur', 'میں کیسے معلوم کروں کہ میری بیٹی کے اسکول میں ڈائیورسٹی ایڈوائزر ہے، اور اگر وہ صرف کسی سے بات کرنا چاہے تو کس نمبر پر فون کر سکتی ہے؟ وہ 14 سال کی ہے۔'],
  ['ti', 'ኣብ ቤት ትምህርቲ ጓለይ ኣማኻሪ ብዙሕነት ከም ዘሎ ብኸመይ ይፈልጥ፡ ምስ ሰብ ክትዛረብ እንተደልያ ናብ ኣየናይ ቁጽሪ ክትድውል ትኽእል? 14 ዓመት እያ።'],
];

/** (1) Training for the teachers and a case at hand, at an adult-education centre without an adviser. */
const trainingAndCase: readonly Probe[] = [
  ['nb', 'Vi har ingen mangfoldsrådgiver på voksenopplæringen vår: kan noen kurse lærerne våre, og hvem spør vi om en sak vi har nå?'],
  ['nn', 'Vi har ingen mangfaldsrådgivar på vaksenopplæringa: kan nokon kurse lærarane våre, og kven spør vi om ei sak vi har no?'],
  ['en', 'We have no diversity adviser at our adult-education centre: can someone train our teachers, and who do we ask about a case we have right now?'],
  ['pl', 'Nie mamy doradcy ds. różnorodności w naszym ośrodku dla dorosłych: czy ktoś może przeszkolić nauczycieli i kogo możemy zapytać o sprawę, którą mamy teraz?'],
];

/** (2) A line's hours asked after its answer: the card again, with its hours. */
const hoursAfterLine: ReadonlyArray<readonly [Lang, readonly string[], string]> = [
  ['en', ['what is the Red Cross helpline number?', 'is it open in the evening?'], '815 55 201'],
  ['en', ['how do I reach Kompetanseteamet?', 'are they open in the evening?'], '478 09 050'],
  ['nb', ['hva er nummeret til Røde Kors-telefonen?', 'er den åpen om kvelden?'], '815 55 201'],
  ['nb', ['Kompetanseteamet sitt nummer', 'og i helgene?'], '478 09 050'],
  ['ar', ['ما رقم خط الصليب الأحمر؟', 'هل هو مفتوح في المساء؟'], '815 55 201'],
  ['so', ['waa maxay lambarka Kompetanseteamet?', 'ma furan yihiin fiidkii?'], '478 09 050'],
];

/** (5) Research on working with parents asked at the end of a story about a meeting or a lesson. */
const researchOnParents: ReadonlyArray<readonly [Lang, string, string]> = [
  ['en', 'The role of parents', "We are planning a parents' meeting at our lower secondary school next month. Several of the teachers want to talk about control and freedom, and last year a few parents got upset when we raised it. I'd like the lesson plan to build on something solid. What does research say about working with parents on this?"],
  ['nb', 'Foreldrenes rolle', 'Vi planlegger foreldremøte på ungdomsskolen neste måned. Noen lærere vil ta opp kontroll og frihet, og i fjor ble noen foreldre sinte da vi tok det opp. Hva sier forskningen om hvordan man bør jobbe med foreldrene?'],
  ['pl', 'Rola rodziców', 'Przygotowuję lekcję i spotkanie z rodzicami w szkole. W zeszłym roku niektórzy rodzice byli źli, gdy mówiliśmy o kontroli. Co mówią badania o tym, jak pracować z rodzicami?'],
];

describe('s41need: every part of a message answered', () => {
  const runner = conversationRunnerPerFile();

  it.each(adviserAndLine)('(1) the adviser and the children\'s line, two answers, no card (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.didYouMean, view.emergency, view.answers >= 2]).toEqual([text, false, false, true]);
    // The advisers' part (imdi.no lists each school's adviser) and the line for a child who wants to talk.
    expect([text, containsFact(view.texts, ['imdi.no']), containsFact(view.texts, ['116 111'])]).toEqual([text, true, true]);
  }, 120_000);

  it.each(adviserAndLineOnePlan)("(1) the adviser and the children's line, in one plan or two answers, no card (%s): %s", async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.didYouMean, view.emergency, containsFact(view.texts, ['imdi.no']), containsFact(view.texts, ['116 111'])]).toEqual([text, false, false, true, true]);
  }, 120_000);

  it.each(trainingAndCase)('(1) training and the case at hand: IMDi\'s expert team and Kompetanseteamet, no card (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    // post@imdi.no (the expert team, who train) and 478 09 050 (Kompetanseteamet, who advise in a case).
    expect([text, view.didYouMean, view.emergency, containsFact(view.texts, ['post@imdi.no']), containsFact(view.texts, ['478 09 050'])]).toEqual([text, false, false, true, true]);
  }, 120_000);

  it("(1) calm twin: a service's own number asked after what it is stays that service's", async () => {
    const view = await runner.turn('en', 'What is Kompetanseteamet, and which number can I call?');
    expect([view.didYouMean, view.emergency, containsFact(view.texts, ['478 09 050'])]).toEqual([false, false, true]);
  }, 120_000);

  it.each(hoursAfterLine)('(2) hours asked after the answer keep the card with its hours (%s): %j', async (lng, turns, phone) => {
    const view = await runner.turn(lng, turns);
    expect([turns, view.didYouMean, view.emergency, containsFact(view.texts, [phone])]).toEqual([turns, false, false, true]);
    // The card gives the hours: weekdays 09–17 (the Red Cross line), Monday–Friday 09–15 (Kompetanseteamet).
    expect([turns, view.texts.some((t) => /(?:09:00|kl\. 9)[–-]1[57]/u.test(t.replace(/[\u2060\u2066-\u2069]/gu, '')))]).toEqual([turns, true]);
  }, 120_000);

  it('(4) a cutting long past, specialised advice asked by a nurse: Kompetanseteamet, no card, no "did you mean"', async () => {
    const text = 'Jeg er helsesykepleier og følger opp en jente som ble omskåret som liten, før hun kom til Norge. Moren er imot omskjæring og det er ingen fare nå. Hvor kan jeg få spesialisert råd eller noen å drøfte med?';
    const view = await runner.turn('nb', text);
    expect([view.didYouMean, view.emergency, containsFact(view.texts, ['478 09 050'])]).toEqual([false, false, true]);
  }, 120_000);

  it.each(researchOnParents)('(5) research on working with parents: the role of parents, with the Fafo double focus, no card (%s, %s): %s', async (lng, title, text) => {
    const view = await runner.turn(lng, text);
    // The article's title, and its first paragraph naming the Fafo report (the research network's article names Fafo only behind "Read more").
    const first = view.texts.find((t) => t.includes('Fafo') && t.includes('2023'));
    expect([text, view.didYouMean, view.emergency, view.texts.includes(title), first !== undefined]).toEqual([text, false, false, true, true]);
  }, 120_000);
});
