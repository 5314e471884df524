import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile, expectDeclined } from '../helpers/conversation-runner';

/**
 * Session 31's development blind sets (issue #13, dev31): the classes their first runs showed, each with this file's
 * own sentences (none is in the evaluation sets).
 */

describe('dev31: a theft told with the verb (a stolen bike) is an everyday matter, declined', () => {
  /**
   * The scope words held the theft nouns ('theft', 'tyveri', 'kradzież'), not the thing stolen told with its verb ('my
   * bike was stolen'): such a question got an unrelated article. The bike and the verb are now everyday words
   * (content/understanding/scope/*.json, machine-assisted outside nb/nn/en); a person harmed or kept still keeps a
   * message in scope. Not yet: a reporting verb of the duty ('melde', 'заявити в поліцію') or a child named beside the
   * theft still keeps the question in scope (the duty and minor concepts are in the rule's 'unless').
   */
  const runner = conversationRunnerPerFile();

  const declined: [Lang, string][] = [
    ['en', 'my bike was stolen from the station last night, where do I file it with the police?'],
    ['nb', 'noen har stjålet sykkelen min fra skolen, hvordan melder jeg det?'],
    ['nn', 'sykkelen min er vorte stolen utanfor butikken, kva gjer eg no?'],
    ['uk', 'у мене вкрали велосипед біля магазину, що тепер робити?'],
    ['ru', 'у сына украли велосипед во дворе, куда обращаться?'],
    ['tr', 'bisikletim dün gece çalındı, nasıl şikayet ederim?'],
    ['pl', 'ktoś ukradł mi rower spod bloku, rower jest ukradziony, gdzie to zgłosić?'],
    ['ar', 'سرقت دراجتي من الحديقة أمس، ماذا أفعل؟'],
    ['fa', 'دوچرخه من را دزدیدند، چه کار کنم؟'],
    ['ur', 'میری سائیکل چوری ہو گئی ہے، رپورٹ کیسے کروں؟'],
    ['so', 'baaskiilkayga ayaa la xaday, sideen u soo sheegaa?'],
    ['ti', 'ብሽክሌታይ ተሰሪቑ፡ ከመይ ጌረ ክሕብር?'],
  ];

  it.each(declined)('%s: a stolen bike is declined politely', async (lang, message) => {
    expectDeclined(await runner.turn(lang, message), lang);
  });

  it('en: a stolen bike beside a girl beaten at home by her father stays in scope with the emergency card', async () => {
    const view = await runner.turn('en', 'a pupil says her bike was stolen and her father beat her for it and she is scared to go home');
    expect(view.cannotAnswer).toBe(false);
    expect(view.emergency).toBe(true);
  });
});

describe('dev31: the nynorsk present passive with "vert" (vert slått, vert send ut) reads as the "blir" form does', () => {
  /**
   * Nynorsk says 'ho vert slått heime' where bokmål says 'hun blir slått hjemme'; the nynorsk cues held 'blir slått' and
   * 'vart slått' but not 'vert slått', so a duty question about a pupil beaten at home got the duty article without the
   * emergency line. The 'blir' cues of the danger concepts (beaten, trip, confiscated, not back, cutting, and the denial
   * 'vert ikkje slått') now have their 'vert' twins (content/understanding/situation/nn.json). Nynorsk only: the form is
   * nynorsk's own.
   */
  const runner = conversationRunnerPerFile();

  it('nn: a pupil who says she is beaten at home ("vert slått") gets the emergency card with the duty answer', async () => {
    const view = await runner.turn('nn', 'eg er kontaktlærar. ein elev på 13 fortel at ho vert slått av far sin når ho kjem seint heim. kven skal melde dette?');
    expect(view.emergency).toBe(true);
    expect(view.answers).toBeGreaterThan(0);
  });

  it('nn: a boy who says he is hit ("vert slegen") by his brother gets the emergency card', async () => {
    const view = await runner.turn('nn', 'guten (15) seier han vert slegen av storebror sin heime om han snakkar med jenter. kva gjer eg?');
    expect(view.emergency).toBe(true);
  });

  it('nn: the calm twin, "ho vert ikkje slått", beside strict rules is answered without the emergency card', async () => {
    const view = await runner.turn('nn', 'eg er lærar. ei elev på 16 fortel at foreldra er strenge med klede, men ho vert ikkje slått og har det greitt. kven kan eg spørje om råd?');
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });
});
