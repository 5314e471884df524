import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile, expectAnsweredWith } from '../helpers/conversation-runner';

/**
 * A service's figure, then another question about the same service that the understanding cannot read alone ("… and
 * are they at lower secondary schools too?", "… and where do I find the one for our school?"): the figure, and the
 * service's article (where the advisers work, where their list is). Facts: domain.md §1, §12.
 */
describe('conversation: a service figure and another question about the service get both answers', () => {
  const runner = conversationRunnerPerFile();

  /** [language, message, facts the reply shows (each a list of spellings)]. */
  const CASES: ReadonlyArray<readonly [Lang, string, readonly (readonly string[])[]]> = [
    ['nb', 'Hvor mange mangfoldsrådgivere er det i landet, og er de bare på videregående skoler?', [['59'], ['ungdomsskol']]],
    ['nb', 'hvor mange mangfoldsrådgivere finnes, og hvordan finner jeg den som hører til vår skole?', [['59'], ['imdi.no']]],
    ['en', 'How many diversity advisers does IMDi have, and where do I find the one for our school?', [['59'], ['imdi.no']]],
    ['en', 'how many diversity advisers are there right now and what was the old name for them? my colleague keeps using it', [['59'], ['minoritetsrådgiver', 'minority adviser']]],
  ];

  it.each(CASES)('%s: %s', async (lang, message, facts) => {
    await expectAnsweredWith(runner, lang, message, facts);
  });
});
