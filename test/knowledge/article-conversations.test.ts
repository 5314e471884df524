import type { Activity } from 'botbuilder';
import { readTurn } from '../../src/evaluation/conversation-eval';
import type { ArticleMatch } from '../../src/knowledge/article-index';
import { DEFAULT_ARTICLE_OPTIONS, scoreMatches } from '../../src/knowledge/article-recognizer';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { oneAppPerFile } from '../helpers/test-app';

/**
 * Article answers through the real bot: whom to call, said in the open part of the card, and near scores read by how
 * much of the question each article covers. One app for the file (test/helpers/test-app.ts); a describe per class,
 * each the former file named in its first line.
 */

// (was article-call-first.test.ts)
describe('article cards say whom to call, or how to write (issue #13)', () => {
  /** The open part of a card: its body without the containers a button shows (isVisible: false). */
  function openText(reply: Partial<Activity>): string {
    const content = reply.attachments?.[0]?.content as { body?: unknown[] } | undefined;
    const open = (content?.body ?? []).filter((e) => !(typeof e === 'object' && e !== null && (e as { isVisible?: boolean }).isVisible === false));
    return JSON.stringify(open);
  }

  /**
   * What to do now, with the number: an article that names a service to call for advice (Kompetanseteamet in the FGM
   * and duty articles) says that service's number on the first screen, not only behind a "Contacts" button (#13: duty
   * questions were answered without Kompetanseteamet's number).
   */
  describe('article cards say whom to call for advice, with the number, in the open part', () => {
    // One app for the file (oneAppPerFile's beforeAll allows a build 120 s: at load 17 one passed jest's default 20 s).
    const { chat } = oneAppPerFile();

    it.each([
      ['nb-NO', 'hva er kjønnslemlestelse?', 'Ring Kompetanseteamet'],
      ['nb-NO', 'har jeg opplysningsplikt til barnevernet?', 'Ring Kompetanseteamet'],
      ['en-US', 'what is the duty to avert?', 'Call Kompetanseteamet'],
      ['ar-SA', 'ما هو ختان الإناث؟', 'Kompetanseteamet'],
    ])('%s: "%s"', async (locale, question, says) => {
      await chat({ locale })
        .send(question)
        .assertReply((reply) => {
          const text = openText(reply);
          expect(text).toContain(says);
          expect(text).toMatch(/478\s?09\s?050|478 09 050/u);
        })
        .startTest();
    });
  });

  /** A service with no phone is reached by e-mail: the expert team's article says where to write on the first screen. */
  describe('an article about a service reached by e-mail only says how to write to it', () => {
    const { chat } = oneAppPerFile();

    it.each([
      ['nb-NO', 'hvordan bestiller vi opplæring fra IMDis forebyggingsteam?', 'Skriv til'],
      ['en-US', 'what does the expert team at IMDi do?', 'Write to'],
    ])('%s: "%s"', async (locale, question, says) => {
      await chat({ locale })
        .send(question)
        .assertReply((reply) => {
          const text = openText(reply);
          expect(text).toContain(says);
          expect(text).toContain('post@imdi.no');
        })
        .startTest();
    });
  });
});

// (was near-scores-coverage.test.ts)
describe('near scores, read by how much of the question each article covers', () => {
  /**
   * Issue #13, class 1: "did you mean" is for two readings that are really close. Two articles whose blended scores are
   * near, where the best one's phrasing covers nearly every word of the question and the runner-up's a good part less,
   * are one clear reading; near scores with near coverage stay a choice. Sentences are this file's own.
   */
  const match = (articleId: string, similarity: number, coverage: number): ArticleMatch => ({ articleId, similarity, coverage, precision: 0.5 });
  const question = 'hva sier jeg når en elev betror seg til meg';

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
