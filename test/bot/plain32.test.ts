import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { expectCalmByTheRules, isDanger } from '../helpers/danger-alarm';
import { LEFT_OPEN, PLAIN_CALM_TWINS, PLAIN_DANGER_GRID } from '../../scripts/plain-danger-grid';

/**
 * Danger said plainly in a few words (issue #13, plain32): a person × harm × form grid in the twelve languages
 * (scripts/plain-danger-grid.ts) gets the full emergency card first; the same words as a topic question stay calm.
 */
describe('danger said plainly in a few words: the emergency card first', () => {
  const runner = conversationRunnerPerFile();

  const dangerous = PLAIN_DANGER_GRID.filter(([, , text]) => !LEFT_OPEN.has(text));

  it.each(dangerous.map(([lang, form, text]) => [lang, form, text] as [Lang, string, string]))(
    'dangerous (%s, %s): %s',
    async (lang, _form, text) => {
      expect(isDanger(text, lang)).toBe(true);
      const view = await runner.turn(lang, text);
      expect(view.cards[0]?.kind).toBe('emergency');
    },
  );

  // Forced marriage and cutting in the bot's own test words, not the grid's: more persons and forms.
  it.each<[Lang, string]>([
    ['nb', 'kusina mi blir tvunget til å gifte seg med en hun ikke kjenner'],
    ['nn', 'eg vert tvinga til å gifte meg med ein eg ikkje kjenner'],
    ['en', "I'm being made to marry a man I have never met, I don't want to"],
    ['nb', 'onkelen min vil omskjære meg neste uke'],
    ['en', 'my aunt wants to circumcise me'],
    ['pl', 'ciocia chce mnie obrzezać'],
    ['ru', 'бабушка говорит, что мне сделают обрезание'],
  ])('more persons and forms (%s): %s', async (lang, text) => {
    expect(isDanger(text, lang)).toBe(true);
  });

  it.each(PLAIN_CALM_TWINS.map(([lang, , text]) => [lang, text] as [Lang, string]))('calm twin (%s): %s', async (lang, text) => {
    const view = await runner.turn(lang, text);
    expectCalmByTheRules(view, text, lang);
  });

  it.each<[Lang, string]>([
    ['nb', 'jeg vil ikke gifte meg før jeg er ferdig med studiene, det har jeg valgt selv'],
    ['en', 'what happens if someone is forced to marry?'],
    ['nb', 'er det lov å omskjære gutter?'],
  ])('calm, more twins (%s): %s', async (lang, text) => {
    expect(isDanger(text, lang)).toBe(false);
  });
});
