import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { containsFact, type TurnView } from '../../src/evaluation/conversation-eval';
import { expectCalmByTheRules } from '../helpers/danger-alarm';
import { isStatsQuestion } from '../../src/knowledge/article-recognizer';
import { loadAmountWords } from '../../src/knowledge/amount-words';
import { withoutAssignmentNumbers, withoutNumberedAssignments } from '../../src/language/assignment-numbers';
import { normalize } from '../../src/language/text';

/**
 * The 2024 allocation letter asked every way (issue #13, alloc34): its money (IMDi's position share in Kompetanseteamet,
 * 150 %), its numbered assignments named in any language ("завдання 2024-10", "2024-12 görevi"), and the joint annual
 * report asked about (what it replaces, which year it covers, when it is delivered), which is no figure question. Our
 * own probes; each class has calm twins that must stay the figures they were. Facts: domain.md §4 and §7.
 */
describe('the 2024 allocation letter (alloc34)', () => {
  const runner = conversationRunnerPerFile();

  async function answered(lang: Lang, turns: readonly string[], facts: readonly (readonly string[])[]): Promise<TurnView> {
    const view = await runner.turn(lang, turns);
    expect({ didYouMean: view.didYouMean, cannotAnswer: view.cannotAnswer, emergency: view.emergency, language: view.replyLanguage }).toEqual({ didYouMean: false, cannotAnswer: false, emergency: false, language: lang });
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
    return view;
  }

  describe("IMDi's position share in Kompetanseteamet is its staff share (150 %), not the two new positions", () => {
    it.each<[string, Lang, string[]]>([
      ['nb', 'nb', ['hvor stor stillingsandel har imdi i kompetanseteamet naa']],
      ['nn', 'nn', ['kor stor stillingsandel har IMDi i kompetanseteamet etter 2024']],
      ['en-total', 'en', ["what's imdi's overall position share in the competence team after the 2024 boost"]],
      ['en-of', 'en', ["what share of the positions in the competence team is IMDi's after 2024"]],
      ['nb-del', 'nb', ['hvor stor del av stillingene i kompetanseteamet har IMDi etter 2024?']],
    ])('%s', async (_id, lang, turns) => {
      await answered(lang, turns, [['150']]);
    });

    it('calm twin: how many new positions the team got is still the two positions', async () => {
      const view = await answered('nb', ['hvor mange nye stillinger fikk kompetanseteamet i 2024'], [['2']]);
      expect(containsFact(view.texts, ['150'])).toBe(false);
    });
  });

  describe('a numbered assignment names a task, not a year, in any language', () => {
    it.each<[string, Lang, string]>([
      ['uk', 'uk', 'що таке доручення 2024-11?'],
      ['ru', 'ru', 'что такое поручение 2024-10 для IMDi?'],
      ['nb-two', 'nb', 'hva er oppdrag 2024-10 og 2024-11, og når er fristen?'],
      ['nn', 'nn', 'kva gjeld oppdraget 2024-09 i tildelingsbrevet?'],
      ['en', 'en', 'what does assignment 2024-10 ask of IMDi?'],
    ])('%s: the allocation-letter article', async (_id, lang, text) => {
      await answered(lang, [text], [['01.04.2025']]);
    });

    it('reads the word before or after the number, and further numbers joined to it', () => {
      expect(withoutNumberedAssignments('що передбачає завдання 2024-10 у листі').includes('2024')).toBe(false);
      expect(withoutNumberedAssignments('2024-10 görevi nedir').includes('2024')).toBe(false);
      expect(withoutNumberedAssignments('hva går oppdrag 2024-10 og 2024-11 ut på').includes('2024')).toBe(false);
      expect(withoutAssignmentNumbers('oppdrag 2024-09 frist')).toBe('oppdrag frist');
      // Calm twins: a year range and a year alone are no assignment.
      expect(withoutNumberedAssignments('saker 2022-23')).toBe('saker 2022-23');
      expect(withoutNumberedAssignments('hvor mange oppdrag i 2024')).toBe('hvor mange oppdrag i 2024');
    });
  });

  describe('the joint annual report asked about is the article, not a figure', () => {
    it.each<[string, Lang, string[]]>([
      ['nb-replaces', 'nb', ['hva erstatter den samlede rapporten for de særskilte tjenestene?']],
      ['nn-year', 'nn', ['kva år dekkjer den første felles rapporten for dei særskilde tenestene?']],
      ['en-year-due', 'en', ['what year will the first joint report of the special services cover, and when is it due?']],
      [
        'nb-story',
        'nb',
        ['Jeg jobber som mangfoldsrådgiver og vi har sendt tallene våre til IMDi hvert år. Nå skal det visst komme en felles årsrapport. Når skal den leveres første gang?'],
      ],
      ['en-story', 'en', ["Our school team used to send in our own case numbers every year. Now there's a combined report for the special services instead. What does it replace, and when must it be delivered?"]],
    ])('%s', async (_id, lang, turns) => {
      const view = await answered(lang, turns, [['01.04.2025', '1 April 2025', '1. april 2025']]);
      expectCalmByTheRules(view, turns[turns.length - 1] ?? '', lang);
    });

    it.each<[string, Lang, string, string[]]>([
      ['nb', 'nb', 'hvor mange saker hadde mangfoldsrådgiverne i 2023?', ['899']],
      ['en', 'en', 'how many cases did the diversity advisers have in 2023', ['899']],
      ['nb-tasks', 'nb', 'hvor mange oppdrag hadde fagteamet i 2023?', ['63']],
    ])('calm twin %s: a count asked stays a figure', async (_id, lang, text, facts) => {
      await answered(lang, [text], [facts]);
    });
  });

  describe('the amount words are data (content/knowledge/amount-words.json)', () => {
    it('reads money applied for, an amount and a count as before', () => {
      const words = loadAmountWords();
      expect(words.moneyAppliedFor.test('hvor kan vi søke om penger til et prosjekt')).toBe(true);
      expect(words.moneyAppliedFor.test('is there funding we can apply for')).toBe(true);
      expect(words.amountAsked.test('hvor mye er oppdraget bundet med')).toBe(true);
      expect(words.amountOrCountAsked.test('how much funding')).toBe(true);
      expect(words.amountOrCountAsked.test('hva gjør kompetanseteamet')).toBe(false);
      expect(isStatsQuestion(normalize('hvor kan vi søke om penger til et prosjekt?'))).toBe(false);
      expect(isStatsQuestion(normalize('hvor mye penger fikk kompetanseteamet i 2024?'))).toBe(true);
      expect(isStatsQuestion(normalize('hvor mye er oppdrag 2021-29 bundet med?'))).toBe(false);
    });
  });
});
