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
