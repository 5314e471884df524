import type { Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * What session 31's blind sets still failed, as classes (issue #13, session 32), through the real bot with our own
 * example sentences.
 */
describe('left32: classes the tuned sets still failed', () => {
  const runner = conversationRunnerPerFile();

  // "And if it is not urgent?" after the police's emergency number: the police's ordinary number, not 112 again.
  it.each<[Lang, string, string]>([
    ['nb', 'hva er nødnummeret til politiet?', 'og hvis det ikke haster?'],
    ['nn', 'kva er naudnummeret til politiet?', 'enn om det ikkje hastar?'],
    ['en', 'what number do I call for the police in an emergency?', 'and if it is not urgent?'],
    ['pl', 'jaki jest numer alarmowy policji?', 'a jeśli to nie jest pilne?'],
    ['ru', 'какой номер полиции в экстренной ситуации?', 'а если не срочно?'],
    ['uk', 'який номер поліції для екстрених випадків?', 'а якщо не терміново?'],
    ['tr', 'polisin acil numarası nedir?', 'peki acil değilse?'],
    ['ar', 'ما هو رقم الشرطة في حالات الطوارئ؟', 'وإذا لم تكن حالة طوارئ؟'],
    ['fa', 'شماره پلیس برای موارد اضطراری چیست؟', 'اگر اضطراری نباشد چی؟'],
    ['ur', 'پولیس کا ایمرجنسی نمبر کیا ہے؟', 'اگر ایمرجنسی نہ ہو تو؟'],
    ['so', 'waa maxay lambarka booliska ee degdegga?', 'haddii aysan degdeg ahayn?'],
    ['ti', 'ፖሊስ ኣብ ህጹጽ ኩነታት ቁጽሪ እንታይ እዩ?', 'ህጹጽ እንተዘይኮነኸ?'],
  ])('not urgent after the emergency number (%s): the police 02800, no emergency card', async (lang, first, second) => {
    const view = await runner.turn(lang, [first, second]);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['02800'])).toBe(true);
  });

  // The same for child welfare: after the out-of-hours service, the child-welfare office when it is not urgent.
  it('not urgent after barnevernvakten (nn): the municipal child-welfare office', async () => {
    const view = await runner.turn('nn', ['kva nummer har barnevernvakta?', 'enn viss det ikkje hastar?']);
    expect(view.texts.join(' ')).toMatch(/Barnevernet er kommunalt/u);
  });

  // A front-line worker's child case in danger that nothing else read: the emergency card first, and the duty to
  // notify child welfare (barnevernet) in the answer under it.
  it.each<[Lang, string]>([
    ['pl', 'lekarz na SOR. 16-latek z obrażeniami twierdzi, że pobił go wujek, bo przyniósł wstyd rodzinie. wujek siedzi w poczekalni. co robić?'],
    ['ru', 'врач в приёмном отделении. у 16-летней девочки синяки, говорит, что её избил отец. отец ждёт в коридоре. что делать?'],
    ['ar', 'طبيبة في الطوارئ. بنت عمرها 16 سنة عليها كدمات وتقول إن أبوها ضربها. أبوها ينتظر في الممر. ماذا أفعل؟'],
    ['nn', 'lege på legevakta. ein gut på 16 har skadar og seier at far slo han. far ventar på gangen. kva no?'],
  ])('a child in danger told by health staff (%s): 112 first, child welfare in the answer', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(true);
    expect(view.cards[0]?.kind).toBe('emergency');
    expect(view.texts.join(' ')).toMatch(/barnevern/iu);
  });
});
