import { containsFact, readTurn } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Whom the special envoys help (issue #13, session 25; domain.md §2: reinforced consular help to Norwegian citizens
 * abroad): a question whether someone without Norwegian citizenship can get their help is answered with the envoys'
 * article, which says whom they help, not "did you mean". The sentences are this file's own.
 */
describe('asked whether the envoys help people who are not Norwegian citizens', () => {
  const runner = conversationRunnerPerFile();

  it.each<[Lang, string, string]>([
    ['en', 'Do the special envoys at the embassies also help people who are not Norwegian citizens?', 'citizen'],
    ['pl', 'Czy specjalni wysłannicy pomagają też osobom, które nie mają norweskiego obywatelstwa?', 'obywatel'],
    ['ru', 'Может ли посольство помочь человеку без норвежского гражданства, если его увезли за границу?', 'граждан'],
    ['tr', 'Norveç vatandaşı olmayan bir kişi özel temsilcilerden destek alabilir mi?', 'vatandaş'],
  ])('%s: "%s" gets the envoys\' article saying whom they help', async (lang, message, word) => {
    const run = await runner.converse({ lang, turns: [message] });
    const view = readTurn(run.replies, runner.markers);
    expect(view.didYouMean || view.cannotAnswer || view.emergency).toBe(false);
    expect(containsFact(view.texts, [word])).toBe(true);
  });
});
