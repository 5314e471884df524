import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { normalize } from '../../src/language/text';

/**
 * Session 17, own phrasings: a wish for training told in a long story that says "this year" is no count of lectures
 * or assignments; "which" asks for a split only in the sentence that names the split ("Which envoy covers Eritrea?
 * And FGM?" is a contact question and a topic, not the envoys' FGM cases). Counts still asked are still read.
 */
const now = new Date('2026-12-04T12:00:00Z');
const parse = (text: string) => parseStatsQuestion(normalize(text), now, 'en');

describe('statistics reader: training wished for, and "which" in another sentence', () => {
  it('a long story asking who could give a lecture is no figure question', () => {
    const story =
      'We run a youth club in the municipality and this year we started a girls group on Thursdays, which has gone really well so far. Some of the leaders want to know more about honour-related control. Who could give the leaders a lecture?';
    expect(parse(story)).toBeUndefined();
  });

  it.each(['how many lectures did IMDi give in 2023?', 'the expert team assignments last year'])('a count still asked: %s', (text) => {
    expect(parse(text)).toBeDefined();
  });

  it('"which" in the sentence asking for a contact does not make a split of the next sentence', () => {
    expect(parse('Which envoy covers Eritrea? And FGM?')).toBeUndefined();
  });

  it('"which" in the sentence naming the split still asks for it', () => {
    expect(parse('How many cases did the envoys have in 2023? Which countries were they from?')?.query).toMatchObject({ breakdown: 'origin-country' });
  });
});
