import { DEFAULT_ARTICLE_OPTIONS, scoreMatches } from '../../src/knowledge/article-recognizer';
import type { ArticleMatch } from '../../src/knowledge/article-index';
import { readTurn } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Issue #13, class 1: "did you mean" is for two readings that are really close. Two articles whose blended scores are
 * near, where the best one's phrasing covers nearly every word of the question and the runner-up's a good part less,
 * are one clear reading; near scores with near coverage stay a choice. Sentences are this file's own.
 */
const match = (articleId: string, similarity: number, coverage: number): ArticleMatch => ({ articleId, similarity, coverage, precision: 0.5 });
const question = 'hva sier jeg når en elev betror seg til meg';

describe('near scores, read by how much of the question each article covers', () => {
  it('answers the article that covers far more of the question', () => {
    const [top, second] = scoreMatches([match('talking-with-young-person', 0.64, 0.92), match('what-school-staff-should-do', 0.62, 0.64)], question, DEFAULT_ARTICLE_OPTIONS);
    expect(top).toBeGreaterThanOrEqual(0.4);
    expect(second).toBeLessThan(top ?? 0);
  });

  it('keeps the choice when both cover about as much, or when neither is sure', () => {
    expect(scoreMatches([match('a', 0.64, 0.9), match('b', 0.62, 0.85)], question, DEFAULT_ARTICLE_OPTIONS)[0]).toBeLessThan(0.35);
    expect(scoreMatches([match('a', 0.45, 0.9), match('b', 0.43, 0.5)], question, DEFAULT_ARTICLE_OPTIONS)[0]).toBeLessThan(0.35);
  });

  const runner = conversationRunnerPerFile();

  it.each([
    ['en', 'How should I respond when a student confides in me?'],
    ['nb', 'Hva bør jeg si når en elev betror seg til meg?'],
  ] as const)('%s: the talk with the young person, not "did you mean" ("%s")', async (lang, message) => {
    const turn = readTurn((await runner.converse({ lang, turns: [message] })).replies, runner.markers);
    expect(turn.didYouMean || turn.cannotAnswer).toBe(false);
  });
});
