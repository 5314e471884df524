import { containsFact, readTurn } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Issue #13, kinds 1 and 2: the answer's content for a case, not only its contacts.
 *  1. A cutting told in euphemisms ("made pure", "renses", "الطهارة", "temizlenecek", "обряд очищения"…: the situation
 *     words of each language, content/understanding/situation/) gets the FGM guidance: the law, the duty to notify
 *     child welfare, the health service's role, Kompetanseteamet; a journey to a country keeps its contact plan after it.
 *  2. School or front-line staff asking "what do I do?" about a pupil's long trip get the steps of the article on
 *     involuntary stays abroad for their role first, then whom to contact (the envoy for the country).
 * The sentences are this file's own, in several languages; none is in the evaluation sets.
 */
describe('conversation: a case gets its topic\'s guidance, then its contacts', () => {
  const runner = conversationRunnerPerFile();

  const view = async (lang: Lang, message: string) => readTurn((await runner.converse({ lang, turns: [message] })).replies, runner.markers);

  /** [language, the message, what the FGM guidance shows in that language (the law's section, child welfare in the card's words)] */
  const EUPHEMISMS: ReadonlyArray<readonly [Lang, string, readonly string[]]> = [
    ['en', "My neighbour's girl, 7, is flying to Mali in July; her grandmother wants her made pure before school starts. What should I do?", ['section 284', 'child welfare']],
    ['nb', 'En mor på helsestasjonen sier at datteren skal renses hos bestemor i Etiopia i sommer. Hva gjør vi?', ['§ 284', 'barnevernet']],
    ['ar', 'أعمل في روضة أطفال. قالت أم إن ابنتها ستسافر إلى مصر في الصيف من أجل الطهارة. ماذا أفعل؟', ['284', 'رعاية الطفل']],
    ['so', 'Waxaan ahay macallin. Gabar 8 jir ah ayaa sheegtay in xagaagan la xalaaleyn doono markay Itoobiya tagto. Maxaan sameeyaa?', ['§ 284', 'barnevernet']],
    ['fa', 'معلم هستم. مادر یک دختر ۶ ساله گفت تابستان در سفر به مصر طبق رسم دختران پاک شود. چه کار کنم؟', ['284', 'barnevernet']],
    ['tr', "Anaokulunda çalışıyorum. Bir anne kızının yazın Mısır'da temizleneceğini söyledi. Ne yapmalıyım?", ['284', 'çocuk koruma']],
    ['ru', 'Я воспитатель в детском саду. Мама сказала, что летом в Египте дочь пройдёт обряд очищения. Что мне делать?', ['284', 'защиты детей']],
  ];

  it.each(EUPHEMISMS)('%s: a cutting told as a euphemism ("%s") gets the emergency numbers and the FGM guidance with child welfare and Kompetanseteamet', async (lang, message, guidance) => {
    const turn = await view(lang, message);
    expect(turn.emergency).toBe(true);
    expect(turn.replyLanguage).toBe(lang);
    expect(turn.didYouMean || turn.cannotAnswer).toBe(false);
    for (const fact of [...guidance, '478 09 050']) expect([fact, containsFact(turn.texts, [fact])]).toEqual([fact, true]);
    expect(containsFact(turn.texts, ['kjønnslemlestelse'])).toBe(true);
  });

  it('a journey to a named country keeps its contact plan after the FGM guidance: the envoy covering the country', async () => {
    const turn = await view('en', "I'm a nurse at the health station. A mother says her two daughters will travel to Sudan this summer for their tahara, like all the girls in the family. What do I do?");
    const texts = turn.texts.join('\n');
    expect(texts).toContain('As health personnel you can offer the girl a conversation');
    expect(texts).toMatch(/Nairobi/);
    // Behind the emergency numbers, the guidance's button first, the contacts' after it.
    expect(texts.indexOf('Show the answer: Female genital mutilation')).toBeGreaterThanOrEqual(0);
    expect(texts.indexOf('Show the answer: Female genital mutilation')).toBeLessThan(texts.indexOf('Show the answer: Who to contact'));
  });

  /** [language, a member of staff asking what to do about a trip, the role's first step, the contact plan's envoy] */
  const TRIPS: ReadonlyArray<readonly [Lang, string, string, string]> = [
    ['en', "I'm a teacher. A pupil of mine is off to Somalia for the whole summer to see relatives and may not come back. What should I do?", 'Talk to the pupil alone about the trip', 'Nairobi'],
    ['nb', 'Jeg er lærer. En elev skal til Pakistan hele sommeren for å besøke familien, og jeg er redd hun ikke kommer tilbake. Hva gjør jeg?', 'Snakk med eleven alene om reisen', 'Islamabad'],
    ['en', "I work in a kindergarten. A girl (4) is travelling to Iraq with her family for half a year and I'm worried she won't come back. What do we do?", 'Under 18: notify child welfare or contact the police before departure', 'Amman'],
  ];

  it.each(TRIPS)('%s: "%s" opens with the role\'s steps ("%s"), then whom to contact (%s)', async (lang, message, step, envoy) => {
    const turn = await view(lang, message);
    const texts = turn.texts.join('\n');
    expect(turn.replyLanguage).toBe(lang);
    expect(texts).toContain(step);
    expect(texts).toContain(envoy);
    // The envoy may also be said on the emergency card itself (its answers sit behind buttons); the contact plan's
    // mention of it, the last, comes after the steps.
    expect(texts.indexOf(step)).toBeLessThan(texts.lastIndexOf(envoy));
  });

  it('asking only who covers a country keeps the contact card alone', async () => {
    const turn = await view('en', 'Which embassy covers Somalia?');
    expect(turn.texts.join('\n')).not.toContain('Talk to the pupil alone about the trip');
  });
});
