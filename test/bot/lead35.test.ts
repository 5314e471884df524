import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * A site for young people asked as "a side for unge / ungdom" (nb, nn): the sites for young people (Nora, ung.no), not
 * an article that only mentions them; asked next whether one can ask anonymously there, ung.no (anonymous questions)
 * stays in the answer beside the anonymous line (session 35, lead).
 */
describe('a site for young people, and asking anonymously there (lead35)', () => {
  const runner = conversationRunnerPerFile();

  it.each<[string, Lang, string | string[], string[][]]>([
    ['site-nb', 'nb', 'finnes det en side for ungdom om press fra familien?', [['nora', 'Nora']]],
    ['site-nb-where', 'nb', 'er det noen side der unge kan lese om slike ting?', [['nora', 'Nora']]],
    ['site-nn', 'nn', 'finst det ei side for unge om kontroll frå familien?', [['nora', 'Nora']]],
    ['site-then-anonymous-nb', 'nb', ['finnes det en side for unge om press hjemme?', 'kan man spørre anonymt der?'], [['ung.no']]],
  ])('%s', async (_id, lang, turns, facts) => {
    const view = await runner.turn(lang, turns);
    expect({ emergency: view.emergency, didYouMean: view.didYouMean, language: view.replyLanguage }).toEqual({ emergency: false, didYouMean: false, language: lang });
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
  });

  it('a side of something is no website ("på hennes side", "side om side")', async () => {
    const view = await runner.turn('nb', 'læreren står på elevens side for unge som opplever kontroll, hva er negativ sosial kontroll?');
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['Nora – IMDis nettside for unge'])).toBe(false);
  });
});
