import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { alarmed, isDanger, expectCalmByTheRules } from '../helpers/danger-alarm';
import { LEFT_OPEN, PLAIN_DANGER_GRID } from '../../scripts/plain-danger-grid';
import { OTHERS_CALM_TWINS, OTHERS_DANGER_GRID, OTHERS_LEFT_OPEN } from '../../scripts/plain-danger-others-grid';

/**
 * Danger said plainly about the writer or about someone else (issue #13, plain33): a marriage pushed on a person in
 * the passive, progressive or future forms ("is being forced", "vert gift bort", "will marry me off", "lay khasbayaa",
 * "evlendiriliyor", "выдают замуж") gets the emergency card first, whoever tells it; the same forms in a statistic, a
 * law question, a lesson or a film stay calm. Nynorsk "lova" is the law only in a law context ("kva seier lova",
 * "etter lova"); "er lova bort" is a girl promised away.
 */
describe('plain33: danger said plainly, the writer or someone else', () => {
  const runner = conversationRunnerPerFile();

  it('the plain32 grid has no misses left open', () => {
    expect([...LEFT_OPEN]).toEqual([]);
    expect(PLAIN_DANGER_GRID.filter(([lang, , text]) => !isDanger(text, lang)).map(([, , text]) => text)).toEqual([]);
  });

  const others = OTHERS_DANGER_GRID.filter(([, , text]) => !OTHERS_LEFT_OPEN.has(text));
  it.each(others.map(([lang, form, text]) => [lang, form, text] as [Lang, string, string]))('someone else (%s, %s): %s', async (lang, _form, text) => {
    expect(isDanger(text, lang)).toBe(true);
    const view = await runner.turn(lang, text);
    expect(view.cards[0]?.kind).toBe('emergency');
  });

  it.each(OTHERS_CALM_TWINS.map(([lang, , text]) => [lang, text] as [Lang, string]))('calm twin (%s): %s', async (lang, text) => {
    const view = await runner.turn(lang, text);
    expectCalmByTheRules(view, text, lang);
  });

  // The LEFT_OPEN classes in the bot's own words: other persons, other verbs of the same forms.
  it.each<[Lang, string]>([
    ['en', 'my best friend is being forced to marry her cousin'],
    ['en', 'my uncle wants to marry me off to a man in Iraq'],
    ['en', 'they are going to marry my little sister off'],
    ['so', 'gabadhayda waxaa lagu qasbayaa inay guursato'],
    ['so', 'ma donayo inaan guursado laakin waalidkay ayaa go aamiyay'],
    ['tr', 'beni zorla evlendirecekler'],
    ['tr', 'kuzenim yaz tatilinde evlendirilecek'],
    ['nb', 'venninnen min blir giftet bort til en mann i pakistan'],
    ['nb', 'kusina mi blir tvunget til a gifte seg'],
    ['nn', 'syster mi vert tvinga til å gifte seg'],
    ['pl', 'moją kuzynkę wydadzą za mąż po wakacjach'],
    ['ru', 'мою сестру выдадут замуж летом'],
    ['uk', 'мою подругу віддадуть заміж після школи'],
  ])('the open classes closed (%s): %s', async (lang, text) => {
    expect(isDanger(text, lang)).toBe(true);
  });

  // nn "lova": the law in a law context, promised away with a person.
  it.each<[Lang, string]>([
    ['nn', 'eg er lova bort til ein eg ikkje kjenner'],
    ['nn', 'veslesyster mi er lova bort'],
    ['nn', 'ho er lova til ein fetter i Pakistan'],
  ])('nn lova, promised away (%s): %s', async (lang, text) => {
    expect(isDanger(text, lang)).toBe(true);
    const view = await runner.turn(lang, text);
    expect(view.cards[0]?.kind).toBe('emergency');
  });

  it.each<[Lang, string]>([
    ['nn', 'kva seier lova om tvangsekteskap?'],
    ['nn', 'etter lova er det forbode å gifte bort born'],
    ['nn', 'er det i strid med lova å gifte seg med syskenbarn?'],
  ])('nn lova, the law (%s): %s', async (lang, text) => {
    expect(alarmed(text, lang)).toBe(false);
  });

  // The same forms asked as a supposition, a statistic or a law question: no emergency card.
  it.each<[Lang, string]>([
    ['en', 'what happens if my sister is being forced to marry?'],
    ['en', 'how many girls are being married off in Europe?'],
    ['en', 'is it legal to marry off a 16 year old?'],
    ['en', 'my grandmother was married off at 14 in Pakistan'],
    ['nb', 'mormor ble giftet bort da hun var 14'],
    ['tr', 'zorla evlendirilen kızlar için film önerir misin?'],
  ])('no emergency (%s): %s', async (lang, text) => {
    expect(isDanger(text, lang)).toBe(false);
  });
});
