import { containsFact, readTurn } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Issue #13: a question about help for an LGBTQ+ young person whose family controls them gets the article on LGBTQ+
 * young people (what it is, the children's lines, ung.no and Nora, Kompetanseteamet for professionals, Skeiv verden as
 * IMDi's annual report describes it) with the lines to call, in the asker's language. The writer's own phrasings.
 */
describe('LGBTQ+ young people under negative social control (issue #13)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', 'Hva slags hjelp finnes for en skeiv 15-åring som familien overvåker?'],
    ['nn', 'Ein homofil elev på 16 blir kontrollert av foreldra, kva hjelp finst?'],
    ['en', 'Where can a trans teenager get support if her parents control her whole life?'],
    ['en', 'A bisexual boy of 15 fears his family will find out, who can help him?'],
    ['pl', 'Gdzie szukać pomocy dla nastolatka geja, którego rodzina kontroluje?'],
    ['tr', 'Ailesinin baskısı altındaki eşcinsel bir genç nereden destek alabilir?'],
  ] as const)('%s: the LGBTQ+ article with Skeiv verden and the children’s line: %s', async (lang: Lang, message) => {
    const view = readTurn((await runner.converse({ lang, turns: [message] })).replies, runner.markers);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    expect(containsFact(view.texts, ['Skeiv verden'])).toBe(true);
    expect(containsFact(view.texts, ['116 111'])).toBe(true);
  });
});
