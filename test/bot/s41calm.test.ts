import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * s41calm (issue #13, false alarms). Our own probes, none of them a tuned set's sentence. The class done:
 *  (1) A PATH THAT GIVES THE CARD WHEN NO READER SAYS DANGER: a police officer's procedure question with the person only
 *      supposed ("in which order do we contact the services if a 17-year-old is afraid of a forced marriage?"). The plain
 *      danger words, the danger rules and the second opinion read no danger; the concern rules (harm-someone,
 *      minor-wedding-other) read a case, and `supposed` (src/understanding/danger-reader.ts) kept the concern's "112 if
 *      acute" line for any supposed marriage of a named person: that line is an attention block with the 112 button,
 *      which a reader (and the evaluation) takes for the emergency card. A supposed marriage of a named person now keeps
 *      the line only when it is told as arranged or at hand (others marrying her off, a time, a journey, a country
 *      abroad, a threat or a harm being done: MARRIAGE_AT_HAND); otherwise the supposition asks the procedure and gets the
 *      advice on the case without the line.
 * Danger twins: the same question with a marriage next week, this summer in Pakistan, a threat, or a trip abroad to
 * marry her keeps the card (danger or the concern's line).
 *  (2) a doctor asking Kompetanseteamet's number and whom to call "if a patient is stuck abroad": calm40's heldSupposed
 *      (a professional's supposed person held abroad, nothing else told) did not hold beside a clinician's words
 *      ('prognosis', read for a death foretold); they are now among what such a question may tell. Danger twins: a
 *      patient kept there with her passport taken, or to be married there next week, keeps the card.
 * Not done here: Somali and Farsi read no duty in "in which order do we contact…" (the concern stays), Turkish reads no
 * supposition in the conditional suffix ("korkarsa": the child's marriage on duty is danger); the rest of classes (2) and (3) of the brief.
 */
type Turns = readonly [Lang, string];

/** (1) A supposed fear of a forced marriage in a police procedure question: no card. */
const supposedMarriageProcedure: readonly Turns[] = [
  ['nb', 'Jeg jobber i politiet. I hvilken rekkefølge kontakter vi tjenestene hvis en 17-åring er redd for tvangsekteskap?'],
  ['nn', 'Eg jobbar i politiet. I kva rekkjefølgje kontaktar vi tenestene dersom ein 17-åring er redd for tvangsekteskap?'],
  ['en', 'I work in the police. In which order should we contact the services if a 17-year-old is afraid of a forced marriage?'],
  ['ar', 'أعمل في الشرطة. بأي ترتيب نتواصل مع الجهات إذا كانت فتاة عمرها 17 سنة تخاف من زواج قسري؟'],
  ['ur', 'میں پولیس میں کام کرتا ہوں۔ اگر 17 سال کی لڑکی جبری شادی سے ڈرتی ہو تو ہم اداروں سے کس ترتیب میں رابطہ کریں؟'],
  ['uk', 'Я працюю в поліції. У якому порядку ми звертаємося до служб, якщо 17-річна дівчина боїться примусового шлюбу?'],
  ['ru', 'Я работаю в полиции. В каком порядке нам связываться со службами, если 17-летняя девушка боится принудительного брака?'],
  ['pl', 'Pracuję w policji. W jakiej kolejności kontaktujemy się ze służbami, jeśli 17-latka boi się przymusowego małżeństwa?'],
  ['ti', 'ኣብ ፖሊስ እሰርሕ። ሓንቲ ጓል 17 ዓመት ካብ ግዳዊ መውስቦ እንተፈሪሓ፡ ብኸመይ ስርዓት ንኣገልግሎታት ንረክብ?'],
];

/** (1) Danger twins: a marriage arranged or at hand in the same question keeps the card. */
const supposedMarriageAtHand: readonly Turns[] = [
  ['nb', 'Jeg jobber i politiet. Hvis en elev på 17 sier at hun skal giftes bort i Pakistan i sommer, i hvilken rekkefølge kontakter vi tjenestene?'],
  ['en', 'I work in the police. If a 17-year-old says her family will marry her off next week, in which order do we contact the services?'],
  ['ru', 'Я работаю в полиции. Если 17-летняя девушка говорит, что её выдают замуж на следующей неделе, в каком порядке нам связываться со службами?'],
  ['en', 'I work in the police. A 17-year-old told us today that her family will marry her off next week. In which order do we contact the services?'],
  ['nb', 'Jeg jobber i politiet. Hvis en 17-åring sier at familien truer henne til å gifte seg, hvem kontakter vi først?'],
  ['uk', 'Я працюю в поліції. Якщо 17-річну дівчину влітку везуть за кордон, щоб видати заміж, у якому порядку ми звертаємося до служб?'],
];

/** (2) A clinician's supposed patient stuck abroad, asked with a contact: no card. */
const clinicianHeldSupposed: readonly Turns[] = [
  ['en', "I'm a doctor. What is Kompetanseteamet's number, and whom do we call if a patient is stuck abroad?"],
];

/** (2) Danger twins: a patient kept there with her passport taken, or to be married there next week, keeps the card. */
const clinicianHeldTold: readonly Turns[] = [
  ['en', "I'm a doctor. My patient is stuck in Pakistan, her family took her passport. Whom do we call?"],
  ['nb', 'Jeg er lege. En pasient er holdt igjen i Pakistan av familien og får ikke reise hjem. Hvem ringer jeg?'],
  ['en', "I'm a doctor. Whom do we call if a patient is stuck abroad and her family says she will be married there next week?"],
];

describe('s41calm: the bot as it runs', () => {
  const runner = conversationRunnerPerFile();

  it.each(supposedMarriageProcedure)('(1) a supposed fear of a forced marriage asked as a procedure: no card, an answer (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.answers > 0]).toEqual([text, false, true]);
  });
  it.each(clinicianHeldSupposed)('(2) a clinician\'s supposed patient stuck abroad: no card, an answer (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.answers > 0]).toEqual([text, false, true]);
  });
  it.each(clinicianHeldTold)('(2) danger twin: a patient kept abroad told keeps the card (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, true]);
  });
  it.each(supposedMarriageAtHand)('(1) danger twin: a marriage arranged or at hand keeps the card (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, true]);
  });
});
