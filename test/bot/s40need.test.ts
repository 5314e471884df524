import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * s40need (issue #13, two needs in one message: answer every part). Our own probes, none of them a tuned set's sentence.
 *  1. Two parts about the same service blocked the split: "Is there an adviser at our school? How do I find them, and
 *     how many are there in all?" lost the figure (or the where-to-find). A part that reads as nothing of its own and that
 *     the follow-up reading takes for the part before again now joins that part; after a service's article, a part that
 *     reads as nothing asks the whole reading's figure of that service ("vedkommende"/"vedkomande" point back).
 *  2. A part asking for teaching material or a lecture names no topic ("on the topic"), so alone it read as an everyday
 *     errand (out of scope); beside a question of the field it asks who trains staff and has material (IMDi's expert
 *     team, post@imdi.no, and RVTS), as the contacts recognizer reads it.
 *  3. "Where" asks whom to contact in uk, ru and ar as in the other nine languages (де, где, أين): "where can we book
 *     a lecturer?" got "cannot answer".
 *  4. Teaching material to use in class ("materiell vi kan bruke", "teaching material", "навчальні матеріали") is a
 *     training word in eleven languages (not ti: no reviewed wording).
 *  5. An 18-year-old writing about herself asks whether she may contact Kompetanseteamet herself AND for a site with other
 *     young people's stories: the site part was dropped (a young writer's split kept only articles); the sites' card
 *     (Nora, ung.no) now stands beside her reading.
 *  6. A kindergarten that wants FGM training and asks whom to call in an actual case gets Kompetanseteamet (it advises
 *     kindergartens) beside the training offer: "a concrete case" words in pl, en, uk, ru (adviceInCase).
 * Calm twins: these are calm questions and get no emergency card; a present danger beside the same material question
 * keeps it; teaching material in another subject stays out of scope.
 */
type Probe = readonly [Lang, string];

const runner = conversationRunnerPerFile();

const adviserWhereAndHowMany: readonly Probe[] = [
  ['nb', 'Har skolen vår en mangfoldsrådgiver? Hvordan finner jeg dem, og hvor mange er det totalt?'],
  ['nb', 'Finnes det en mangfoldsrådgiver på vår skole? Hvordan finner jeg vedkommende, og hvor mange finnes det i hele landet?'],
];

const materialBesideQuestion: readonly Probe[] = [
  ['nn', 'Kva plikter har eg som lærar når ein elev fortel om kontroll heime, og kvar finn eg undervisningsopplegg om temaet?'],
  ['nn', 'Vi skal ha eit undervisningsopplegg om negativ sosial kontroll for 9. trinn. Kva plikter har eg som lærar, og finst det materiell vi kan bruke?'],
  ['uk', 'Я працюю в дитсадку і готую зустріч з батьками. Чи варто говорити про примусовий шлюб, і де можна взяти матеріали або запросити лектора?'],
];

const whereTraining: readonly Probe[] = [
  ['uk', 'Де можна запросити лектора?'],
  ['uk', 'Де нам взяти навчальні матеріали про примусовий шлюб?'],
  ['ru', 'Где можно взять учебные материалы о принудительном браке?'],
];

const youngSelfAndSite: readonly Probe[] = [
  ['en', "I'm 18 and my family controls who I see. Can I contact Kompetanseteamet myself, and is there a site where I can read stories from other young people?"],
  ['nn', 'Eg er 18 år. Kan eg ta kontakt med Kompetanseteamet sjølv, og finst det ei nettside med historier frå unge?'],
  ['nb', 'Jeg er 18. Kan jeg kontakte Kompetanseteamet selv, og finnes det en side med historier fra andre unge?'],
];

describe('s40need: every part of a two-needs message answered', () => {
  it.each(adviserWhereAndHowMany)('where to find the adviser and how many there are (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.didYouMean, view.cannotAnswer, view.answers]).toEqual([text, false, false, false, 2]);
    expect([text, containsFact(view.texts, ['imdi.no']), containsFact(view.texts, ['59'])]).toEqual([text, true, true]);
  });

  it.each(materialBesideQuestion)('a question of the field and teaching material or a lecture (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.didYouMean, view.cannotAnswer, view.answers]).toEqual([text, false, false, false, 2]);
    expect([text, containsFact(view.texts, ['post@imdi.no'])]).toEqual([text, true]);
  });

  it.each(whereTraining)('"where" with a lecture or teaching material asks who trains staff (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.didYouMean, view.cannotAnswer]).toEqual([text, false, false, false]);
    expect([text, containsFact(view.texts, ['post@imdi.no'])]).toEqual([text, true]);
  });

  it.each(youngSelfAndSite)('a young adult asks to contact Kompetanseteamet herself and for a site of stories (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.answers]).toEqual([text, false, 2]);
    expect([text, containsFact(view.texts, ['478 09 050']), containsFact(view.texts, ['Nora'])]).toEqual([text, true, true]);
  });

  it('a young writer in present danger who asks for a site still gets the emergency card', async () => {
    const text = "I'm 15 and my dad says he will kill me tonight if I go out. Is there a site where I can read stories from other young people?";
    const view = await runner.turn('en', text);
    expect([text, view.emergency]).toEqual([text, true]);
  });

  it('a kindergarten asks for FGM training and whom to call in a concrete case (pl): Kompetanseteamet beside the trainers', async () => {
    const text = 'Jesteśmy przedszkolem i chcemy szkolenia o okaleczaniu żeńskich narządów płciowych. Do kogo dzwonić, jeśli mamy konkretny przypadek?';
    const view = await runner.turn('pl', text);
    expect([text, view.emergency, containsFact(view.texts, ['478 09 050']), containsFact(view.texts, ['post@imdi.no'])]).toEqual([text, false, true, true]);
  });

  it('a present danger beside the material question keeps the emergency card', async () => {
    const text = 'Ei elev fortel at ho blir send til Pakistan for å giftast bort i morgon og er redd, kva gjer eg, og finst det materiell vi kan bruke?';
    const view = await runner.turn('nn', text);
    expect([text, view.emergency]).toEqual([text, true]);
  });

  it('teaching material in another subject stays an errand, not who trains staff', async () => {
    const text = 'Kvar finn eg undervisningsopplegg i matte for 9. trinn?';
    const view = await runner.turn('nn', text);
    expect([text, view.emergency, containsFact(view.texts, ['post@imdi.no'])]).toEqual([text, false, false]);
  });
});
