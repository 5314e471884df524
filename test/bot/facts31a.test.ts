import type { Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { isStatsQuestion } from '../../src/knowledge/article-recognizer';
import { shippedCountedInArticles } from '../../src/language/counted-in-articles';
import { normalize } from '../../src/language/text';
import { conversationRunnerPerFile, expectAnsweredWith } from '../helpers/conversation-runner';

/**
 * Session 31, issue #13 point 8 (facts31a): every fact of ../shared/domain.md answerable, with its source. The facts
 * of Nora and IMDi's campaigns, ung.no, the youth panel and the networks, the grants' examples, the plans, the 2024
 * allocation letter, and who leads the coordination of the special services, asked the way people ask. The
 * sentences are this file's own; none is in the evaluation sets or the coverage script's templates. Figures and facts
 * from the articles' sources (IMDi's annual report 2023, the 2024 allocation letter).
 */

type Row = readonly [Lang, string, readonly (readonly string[])[]];

const runner = conversationRunnerPerFile();

describe("a count an article gives, which no statistic publishes, is answered by the article (not IMDi's staff)", () => {
  const ROWS: readonly Row[] = [
    ['nb', 'hvor mange unge sitter i IMDis ungdomspanel?', [['13']]],
    ['nn', 'kor mange medlemmar har ungdomspanelet til IMDi?', [['13']]],
    ['en', "how many members does IMDi's youth panel have?", [['13']]],
    ['pl', 'ilu członków ma panel młodzieżowy IMDi?', [['13']]],
    ['uk', 'скільки членів у молодіжній раді IMDi?', [['13']]],
    ['nb', 'hvor mange møter hadde referansegruppen med nettverket i fjor?', [['3 møter']]],
    ['en', 'how many meetings did the reference group hold with the national network?', [['3 meetings']]],
  ];
  it.each(ROWS)('%s: %s', async (lang, message, facts) => expectAnsweredWith(runner, lang, message, facts));

  it('reads such a count as no statistics question, while a count the statistics publish still is one', () => {
    expect(isStatsQuestion(normalize('hvor mange medlemmer har ungdomspanelet?'))).toBe(false);
    expect(isStatsQuestion(normalize('how many meetings did the network have in 2023?'))).toBe(false);
    expect(isStatsQuestion(normalize('hvor mange saker hadde mangfoldsrådgiverne i 2023?'))).toBe(true);
    expect(isStatsQuestion(normalize('hvor mange ansatte har IMDi?'))).toBe(true);
    expect(shippedCountedInArticles().asks(normalize('kor mange avdelingar har divisjonen?'))).toBe(true);
    expect(shippedCountedInArticles().asks(normalize('hvor mange mangfoldsrådgivere finnes det?'))).toBe(false);
  });
});

describe("Nora's campaigns, film and cooperation, and IMDi on social media and ung.no", () => {
  const ROWS: readonly Row[] = [
    ['nn', 'kva kampanjar har Nora hatt?', [['Pride'], ['sommarferien']]],
    ['en', 'what campaigns has Nora run on social media?', [['Pride'], ['summer holidays']]],
    ['ar', 'ما الحملات التي نظمتها Nora؟', [['Pride']]],
    ['ru', 'какие кампании проводила Nora?', [['Pride']]],
    ['en', "what was IMDi's Pride campaign about?", [['boyfriend or girlfriend']]],
    ['nb', 'hva er animasjonsfilmen på Nora om?', [['krysskulturell identitet']]],
    ['nb', 'samarbeider Nora med Bufdir og ung.no?', [['DigiUng']]],
    ['en', 'how does Nora collaborate with other services?', [['DigiUng']]],
    ['nb', 'hvem er Nora laget for?', [['ungdom og utsatte']]],
    ['nb', 'hvilke kanaler bruker IMDi for å nå ungdom?', [['Snapchat'], ['Instagram']]],
    ['en', 'what has IMDi written on ung.no?', [['diversity adviser can help']]],
    ['nb', 'hva har IMDi skrevet på ung.no?', [['mangfoldsrådgiver kan hjelpe']]],
  ];
  it.each(ROWS)('%s: %s', async (lang, message, facts) => expectAnsweredWith(runner, lang, message, facts));

  it('keeps the facts beyond the short answer one click away, behind "Les meir", so the first screen stays short', async () => {
    const run = await runner.converse({ lang: 'nn', turns: ['kva kampanjar har Nora hatt?'] });
    const card: unknown = run.replies[0]?.attachments?.[0]?.content;
    // The text the card shows before any button is pressed: every TextBlock outside a hidden element.
    const open: string[] = [];
    const hidden: string[] = [];
    const walk = (node: unknown, shown: boolean): void => {
      if (Array.isArray(node)) return node.forEach((child) => walk(child, shown));
      if (typeof node !== 'object' || node === null) return;
      const element = node as Record<string, unknown>;
      const visible = shown && element['isVisible'] !== false;
      if (element['type'] === 'TextBlock' && typeof element['text'] === 'string') (visible ? open : hidden).push(element['text']);
      for (const [key, value] of Object.entries(element)) if (key !== 'data') walk(value, visible);
    };
    walk(card, true);
    expect(containsFact(open, ['Nora'])).toBe(true);
    expect(containsFact(open, ['Superminoritet'])).toBe(false);
    expect(containsFact(hidden, ['Superminoritet'])).toBe(true);
  });
});

describe("the grants' projects and who manages the funds, the plans, and the 2024 allocation letter", () => {
  const ROWS: readonly Row[] = [
    ['nb', 'hvilke prosjekter har fått tilskudd mot negativ sosial kontroll?', [['Skeiv verden'], ['Hjelpeskilden']]],
    ['nn', 'kva prosjekt har fått tilskot under delmål C?', [['Skeiv verden']]],
    ['en', 'give examples of projects funded under sub-goal C', [['Skeiv verden'], ['Snapchat']]],
    ['nb', 'hvor stor del av tilskuddsmidlene forvalter kommunene?', [['70 prosent']]],
    ['nb', 'hvorfor søker så få små organisasjoner om tilskudd?', [['erfaring eller ressurser']]],
    ['nb', 'når ble opptrappingsplanen mot vold og overgrep lansert?', [['desember 2023']]],
    ['en', 'when was the escalation plan against violence launched?', [['December 2023']]],
    ['en', 'what is measure 20 of the action plan against racism and discrimination?', [['measure 20']]],
    ['nb', 'hva står det om mål 3 i tildelingsbrevet?', [['frie liv']]],
    ['en', 'what does goal 3 in the allocation letter say?', [['free lives']]],
    ['en', 'what is the background for assignment 2024-14?', [['Partnerdrapsutvalget']]],
    ['nb', 'hvorfor må vi bruke kvalifisert tolk og ikke barn?', [['Partnerdrapsutvalget']]],
  ];
  it.each(ROWS)('%s: %s', async (lang, message, facts) => expectAnsweredWith(runner, lang, message, facts));
});

describe("who leads the coordination of the special services: both sources, side by side", () => {
  const ROWS: readonly Row[] = [['nb', 'hvem leder samordningen av de særskilte tjenestene?', [['sammen med Bufdir'], ['IMDi leder']]]];
  it.each(ROWS)('%s: %s', async (lang, message, facts) => expectAnsweredWith(runner, lang, message, facts));
});
