import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Lang } from '../../src/language/languages';
import type { TurnView } from '../../src/evaluation/conversation-eval';
import { isContactQuestion } from '../../src/knowledge/article-recognizer';
import { judgeReply, type DomainFact } from '../../scripts/domain-coverage';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Facts the articles hold that a person asks about in their own words (issue #13 point 8, session 32): each class with
 * its own example sentences, through the real bot. The coverage script's English scoring is checked beside them.
 */
const ISOLATES = /[\u2066-\u2069]/gu;

function articleTitle(id: string, lang: Lang): string {
  const file = path.resolve(__dirname, '../../content/knowledge/articles', `${id}.json`);
  const title = z.object({ title: z.record(z.string(), z.string()) }).parse(JSON.parse(readFileSync(file, 'utf8'))).title[lang];
  if (title === undefined) throw new Error(`${id} has no title in ${lang}`);
  return title;
}

function shows(view: TurnView, text: string): boolean {
  return view.texts.some((t) => t.replace(ISOLATES, '').includes(text));
}

describe('facts in the articles, asked in a person’s own words', () => {
  const runner = conversationRunnerPerFile();

  // "Film" is an everyday subject (a film to watch tonight), but Nora's animated film about cross-cultural identity is
  // one of the portal's resources: asked about, it is answered from Nora's article, not declined.
  it.each<[Lang, string]>([
    ['nb', 'Hva slags animasjonsfilm har IMDi laget til Nora?'],
    ['nn', 'Kva for ein animasjonsfilm har IMDi laga til Nora?'],
    ['en', 'Has IMDi made an animated film for Nora?'],
    ['pl', 'Czy IMDi zrobiło film animowany dla Nory?'],
    ['uk', 'Чи зробив IMDi анімаційний фільм для Nora?'],
    ['ru', 'Сделал ли IMDi анимационный фильм для Nora?'],
    ['tr', 'IMDi Nora için animasyon filmi yaptı mı?'],
    ['so', 'Miyuu IMDi u sameeyay filim kartoon ah Nora?'],
    ['ar', 'هل يوجد فيلم رسوم متحركة على موقع نورا؟'],
    ['fa', 'آیا IMDi برای نورا یک فیلم انیمیشن ساخته است؟'],
    ['ur', 'کیا IMDi نے نورا کے لیے اینیمیٹڈ فلم بنائی ہے؟'],
    ['ti', 'Nora ናይ ካርቱን ፊልም ኣለዋ ድዩ?'],
  ])("Nora's animated film (%s): %s", async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.cannotAnswer || view.didYouMean || view.emergency).toBe(false);
    expect(shows(view, articleTitle('service-nora', lang))).toBe(true);
  });

  // An abbreviation in capitals ("ROS-analyser") is no place name, so the question is not read as "which adviser is in ROS".
  it.each<[Lang, string]>([
    ['en', 'Does the diversity adviser scheme carry out ROS analyses?'],
  ])('risk and vulnerability analyses of privacy (%s): %s', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(shows(view, articleTitle('service-diversity-advisers', lang))).toBe(true);
    expect(shows(view, 'ROS')).toBe(true);
  });

  it.each<[Lang, string, RegExp]>([
    ['nb', 'Hvorfor samlet IMDi rådgiverne og fagteamet i én divisjon?', /divisjon/u],
    ['nn', 'Korleis er dei særskilde tenestene i IMDi organiserte no?', /divisjon/u],
    ['en', 'How did IMDi organise its special support services in 2023?', /division/u],
  ])('the special services in one division (%s): %s', async (lang, message, fact) => {
    const view = await runner.turn(lang, message);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.texts.some((t) => fact.test(t))).toBe(true);
  });
});

describe('what reads as a place in a question about a service', () => {
  it('an abbreviation in capitals is no place; a county is', () => {
    expect(isContactQuestion('gjør mangfoldsrådgiverne ros-analyser', 'gjør mangfoldsrådgiverne ROS-analyser')).toBe(false);
    expect(isContactQuestion('har fagteamet et fou-oppdrag', 'har fagteamet et FoU-oppdrag')).toBe(false);
    expect(isContactQuestion('mangfoldsrådgiver i trøndelag', 'mangfoldsrådgiver i Trøndelag')).toBe(true);
  });
});

describe('the coverage script reads an English reply as the bot writes it', () => {
  const fact = (value: string, statement: string): DomainFact => ({
    id: 'T1',
    topic: 'saksstatistikk',
    service: 'mangfoldsrådgivere',
    year: 2023,
    metric: 'opprinnelsesland',
    value,
    unit: null,
    breakdown: null,
    statement_nb: statement,
    source: { file: 'x.txt', lines: '1-1' },
  });
  const view = (texts: string[]): TurnView => ({ texts, cards: [], replyLanguage: 'en', languages: ['en'], emergency: false, didYouMean: false, cannotAnswer: false, languageCard: false, answers: 1 });

  it('a Norwegian country name is found by its English name', () => {
    const f = fact('Irak, Tyrkia, Marokko', 'Sakene gjaldt Irak, Tyrkia og Marokko.');
    expect(judgeReply(f, 'en', view(['Most cases involved people from Iraq, Turkey and Morocco.']))).toBe('answered');
    expect(judgeReply(f, 'en', view(['Most cases involved people from Iraq and Turkey.']))).toBe('wrong-figure');
  });

  it("a service named by its Norwegian noun at a sentence's head is found by its English name, and by nothing else", () => {
    const f = fact('oppfølging av utsatte', 'Mangfoldsrådgiverne følger opp ungdom som er utsatt.');
    expect(judgeReply(f, 'en', view(['The diversity advisers follow up young people at risk.']))).toBe('answered');
    expect(judgeReply(f, 'en', view(['Kompetanseteamet advises front-line services.']))).toBe('wrong-figure');
  });
});
