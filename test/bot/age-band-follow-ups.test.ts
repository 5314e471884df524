import { containsFact, readTurn } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Issue #13, gaps left from session 17, in the writer's own phrasings: the person's age said in one message (a band,
 * under 18 or grown up, never the age) is kept for the questions that follow. "Can she call herself?" gets the
 * children's lines first for a child and the lines grown-ups call themselves for an adult, in every language; a child's
 * wedding told after her age is read as a child's marriage (the emergency numbers, or "call 112 if acute" on a plan
 * for a coming season), while a grown-up's or a sibling's wedding with no child's age stays calm.
 */
describe('the age band kept in the conversation (issue #13)', () => {
  const runner = conversationRunnerPerFile();
  const talk = async (lang: Lang, turns: readonly string[]) => readTurn((await runner.converse({ lang, turns: [...turns] })).replies, runner.markers);
  const at = (texts: readonly string[], spelling: string) => texts.join(' ').indexOf(spelling);

  it.each([
    ['nb', ['Jeg er miljøarbeider, og en gutt på 15 sier at familien sjekker telefonen hans hver kveld', 'kan han ringe noen selv?']],
    ['nn', ['Ei jente på 13 i klassen min får ikkje vere med på turar utan broren', 'kan ho sjølv ringje til nokon?']],
    ['en', ['A boy of 14 I coach says his father decides who his friends are', 'can he call someone himself?']],
    ['ru', ['Моей ученице 14 лет, отец не отпускает её из дома одну', 'может ли она сама позвонить?']],
    ['pl', ['Chłopiec ma 15 lat i rodzina sprawdza każdą jego wiadomość', 'czy może sam zadzwonić?']],
    ['ar', ['تلميذة عمرها 14 سنة لا يسمح لها أهلها بالخروج وحدها', 'هل تستطيع أن تتصل بنفسها؟']],
  ] as const)('%s: a child said before gets the children’s line first: %j', async (lang, turns) => {
    const view = await talk(lang, turns);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    expect(at(view.texts, '116 111')).toBeGreaterThanOrEqual(0);
    expect(at(view.texts, '116 111')).toBeLessThan(at(view.texts, '815 55 201'));
  });

  it.each([
    ['nb', ['En deltaker på norskkurset, 33 år, sier at mannen bestemmer hvem hun får snakke med', 'finnes det en linje hun kan ringe selv?']],
    ['en', ['A participant in our adult education class is 41 and her in-laws keep her bank card', 'is there a line she can call herself?']],
    ['uk', ['Жінці 34 роки, чоловік вирішує, з ким їй можна спілкуватися', 'чи може вона сама зателефонувати?']],
    ['tr', ['28 yaşında bir kadının kayınvalidesi kiminle görüşeceğine karar veriyor', 'kendisi arayabilir mi?']],
  ] as const)('%s: a grown-up said before gets the lines adults call themselves, not the children’s line: %j', async (lang, turns) => {
    const view = await talk(lang, turns);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    expect(containsFact(view.texts, ['815 55 201'])).toBe(true);
    expect(containsFact(view.texts, ['116 111'])).toBe(false);
  });

  it.each([
    ['ru', 'может ли она сама позвонить?'],
    ['tr', 'kendisi arayabilir mi?'],
  ] as const)('%s: "can she call herself?" with no age said is still a question for the lines: %s', async (lang, message) => {
    const view = await talk(lang, [message]);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, ['815 55 201'])).toBe(true);
  });

  it.each([
    ['en', ['I am a health visitor and a girl I see at the clinic is only 14', 'her aunt told me she is getting married in Iraq']],
    ['nb', ['Jeg er lærer for en gutt på 16', 'nå sier han at han gifter seg i Pakistan']],
    ['en', ['Our pupil is 15', 'she says she is getting married in Somalia next summer']],
  ] as const)('%s: a child’s wedding abroad told after her age gets the emergency numbers: %j', async (lang, turns) => {
    expect((await talk(lang, turns)).emergency).toBe(true);
  });

  it.each([
    ['en', 'The boy is 16 and getting married in Afghanistan, the family has bought the tickets'],
    ['en', 'a girl of 13 in my class is getting married in Yemen'],
    ['nb', 'Jenta er 15 og gifter seg i Somalia'],
  ] as const)('%s: a child getting married abroad, said in one message, gets the emergency numbers: %s', async (lang, message) => {
    expect((await talk(lang, [message])).emergency).toBe(true);
  });

  it.each([
    ['en', ['My brother is getting married in Morocco next summer and the whole family is travelling there']],
    ['en', ['My colleague is 35 and getting married in Turkey in June']],
    ['en', ['my cousin is 27 and lives in Bergen', 'she is getting married in Iraq this summer and we are invited']],
  ] as const)('%s: a grown-up’s or a sibling’s wedding with no child’s age stays calm: %j', async (lang, turns) => {
    expect((await talk(lang, turns)).emergency).toBe(false);
  });
});
