import { containsFact, readTurn } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile, expectAnsweredWith } from '../helpers/conversation-runner';

/**
 * Who covers a country, asked with the country misspelt, or asked again with a city in it after the answer (issue #13:
 * the right contact in every language). Own phrasings; envoy coverage from domain.md §12.
 */
describe('conversation: a country asked with a typo, or again by one of its cities', () => {
  const runner = conversationRunnerPerFile();

  const TYPOS: ReadonlyArray<readonly [Lang, string, readonly string[]]> = [
    ['nb', 'Hvem dekker Somlia?', ['Nairobi']],
    ['en', 'which envoy covers Afganistan', ['Islamabad']],
    ['en', 'Which embassy handles Eritraea?', ['Nairobi']],
  ];
  it.each(TYPOS)('a typo in a short question (%s): %s', async (lang, message, city) => {
    await expectAnsweredWith(runner, lang, message, [city]);
  });

  const FOLLOW_UPS: ReadonlyArray<readonly [Lang, readonly string[], readonly string[]]> = [
    ['nb', ['Hvilken spesialutsending dekker Irak?', 'og Etiopa?'], ['Nairobi']],
    ['nn', ['Kven dekkjer Pakistan?', 'og Bangaldesh?'], ['Islamabad']],
    // The capital of the country asked about: the same envoy again, not "I can't answer that".
    ['en', ['Which envoy covers Eritrea?', "Isn't it someone in Asmara?"], ['Nairobi']],
    ['ti', ['ጉዳይ ኤርትራ ኣየናይ ፍሉይ ልኡኽ እዩ ዝሕዞ?', 'ኣብ ኣስመራ ድዩ?'], ['Nairobi', 'ናይሮቢ']],
  ];
  it.each(FOLLOW_UPS)('a follow-up (%s): %j', async (lang, turns, city) => {
    const view = readTurn((await runner.converse({ lang, turns: [...turns] })).replies, runner.markers);
    expect(view.cannotAnswer || view.didYouMean).toBe(false);
    expect(containsFact(view.texts, city)).toBe(true);
  });

  it('reads no typo where a word one letter from a name is an inflection (Somali "Soomaaliga")', async () => {
    const view = readTurn((await runner.converse({ lang: 'so', turns: ['Sideen u heli karaa buug ku qoran af Soomaaliga?'] })).replies, runner.markers);
    expect(containsFact(view.texts, ['Nairobi'])).toBe(false);
  });
});
