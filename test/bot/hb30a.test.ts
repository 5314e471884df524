import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * general-blind-86's classes (hb30a, issue #13). Phrasings written for this test; the languages other than nb, nn
 * and en are machine-assisted.
 */
describe('conversation: figures asked in a follow-up or by the grant\'s own words', () => {
  const runner = conversationRunnerPerFile();

  // After a question on the advisers' cases, "how many such advisers" asks for the headcount (59), not the cases again.
  it.each([
    ['nb', ['hvor mange saker hadde mangfoldsrådgiverne i 2023?', 'og hvor mange slike rådgivere finnes det?']],
    ['en', ['how many cases did the diversity advisers handle in 2023?', 'and how many such advisers are there?']],
    ['uk', ['Скільки звернень опрацювали радники з питань різноманіття у 2023?', 'а скільки всього цих радників?']],
    ['ru', ['Сколько дел было у советников по разнообразию в 2023 году?', 'а сколько вообще таких советников?']],
    ['pl', ['Ile spraw mieli doradcy ds. różnorodności w 2023?', 'a ilu w ogóle takich doradców?']],
  ] as const)('%s: %s', async (lng, turns) => {
    const view = await runner.turn(lng, [...turns]);
    expect(containsFact(view.texts, ['59'])).toBe(true);
  });

  // The grant to voluntary organisations under sub-goal C, named as "NGOs" and "goal C": NOK 10.4 million.
  it.each([
    ['pl', 'Jaką kwotę dostały organizacje pozarządowe od IMDi w 2023 roku w ramach celu C?'],
    ['ru', 'Сколько денег получили некоммерческие организации от IMDi в 2023 году по подцели C?'],
    ['uk', 'Скільки грошей отримали громадські організації від IMDi у 2023 році за підціллю C?'],
    ['tr', 'IMDi 2023 yılında hedef C kapsamında sivil toplum kuruluşlarına ne kadar para verdi?'],
  ] as const)('%s: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['10,4', '10.4'])).toBe(true);
  });
});
