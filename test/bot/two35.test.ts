import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Two needs in one message (issue #13, two35): our own probes, each with a one-need twin that must keep one answer.
 *  A: a service's figure asked after its own contact, the figure's subject left out ("… and how many did they do?").
 *  B: a contact detail with a glued "and/what about" ending after a figure (Tigrinya "ኢመይሎምከ?").
 *  C: two questions and a closing sentence saying why they are asked ("Need it for a staff meeting.").
 *  D: SEIF named in the genitive without an apostrophe ("SEIFs number").
 *  E: UD's operations centre in Arabic with the glued "of" ("لوزارة الخارجية").
 * Every probe is calm: no emergency card, no "did you mean", no "cannot answer", answered in its language.
 */
describe('two needs in one message: every part answered (two35)', () => {
  const runner = conversationRunnerPerFile();

  it.each<[string, Lang, string | string[], number, string[][]]>([
    ['A-en', 'en', "what's the e-mail of the expert team, and how many assignments did they have in 2023?", 2, [['post@imdi.no'], ['63']]],
    ['A-nb', 'nb', 'hva er e-posten til fagteamet, og hvor mange oppdrag gjorde de i 2023?', 2, [['post@imdi.no'], ['63']]],
    ['A-nn', 'nn', 'kva er e-postadressa til fagteamet, og kor mange oppdrag hadde dei i 2023?', 2, [['post@imdi.no'], ['63']]],
    ['A-pl', 'pl', 'jaki jest mail do fagteamet i ile zadań mieli w 2023?', 2, [['post@imdi.no'], ['63']]],
    ['A-tr', 'tr', "fagteamet'in e-posta adresi ne, ve 2023'te kaç görev yaptılar?", 2, [['post@imdi.no'], ['63']]],
    ['A-twin-en', 'en', "what's the e-mail of the expert team?", 1, [['post@imdi.no']]],
    ['A-twin-nb', 'nb', 'hvor mange oppdrag hadde fagteamet i 2023?', 1, [['63']]],
    ['B-ti', 'ti', 'fagteamet ኣብ 2023 ክንደይ ዕማማት ነይርዎ? ኢመይሎምከ?', 2, [['63'], ['post@imdi.no']]],
    ['B-ti-follow-up', 'ti', ['fagteamet ኣብ 2023 ክንደይ ዕማማት ነይርዎ?', 'ቁጽሮምከ?'], 1, [['post@imdi.no']]],
    ['B-ti-twin', 'ti', 'fagteamet ኣብ 2023 ክንደይ ዕማማት ነይርዎ?', 1, [['63']]],
    ['C-nb', 'nb', 'Jeg er helsesykepleier. Hvem gir råd i saker om tvangsekteskap, og hvor mange saker hadde Kompetanseteamet i 2022? Trenger det til et fagmøte.', 2, [['478 09 050']]],
    ['C-en', 'en', "I'm a nurse. Who can advise on a case of FGM, and how many cases did the diversity advisers have in 2023? Need it for a staff meeting.", 2, [['478 09 050'], ['899', '897']]],
    ['C-nn', 'nn', 'Kven gjev råd i saker om tvangsekteskap, og kor mange saker hadde mangfaldsrådgjevarane i 2023? Treng det til eit møte på fredag.', 2, [['478 09 050'], ['899', '897']]],
    ['C-twin-nb', 'nb', 'Hvor mange saker hadde mangfoldsrådgiverne i 2023? Trenger det til et internmøte.', 1, [['899', '897']]],
    ['C-twin-en', 'en', 'Who can advise on a case of FGM? Need it for a staff meeting.', 1, [['478 09 050']]],
    ['D-en', 'en', 'whats SEIFs number and the number of VO-linjen', 2, [['22 03 48 30'], ['116 006']]],
    ['D-nb', 'nb', 'hva er SEIFs telefonnummer', 1, [['22 03 48 30']]],
    ['E-ar', 'ar', 'بدي رقم المركز العملياتي لوزارة الخارجية، وكمان رقم Alarmtelefonen', 2, [['23 95 00 00'], ['116 111']]],
    ['E-ar-one', 'ar', 'ما هو رقم مركز عمليات وزارة الخارجية؟', 1, [['23 95 00 00']]],
  ])('%s', async (_id, lang, turns, answers, facts) => {
    const view = await runner.turn(lang, turns);
    expect({ emergency: view.emergency, didYouMean: view.didYouMean, cannotAnswer: view.cannotAnswer, language: view.replyLanguage, answers: view.answers }).toEqual({
      emergency: false,
      didYouMean: false,
      cannotAnswer: false,
      language: lang,
      answers,
    });
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
  });
});
