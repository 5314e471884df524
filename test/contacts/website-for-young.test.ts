import { planSteps } from '../../src/contacts/plan-contacts';
import { createContactFeature } from '../../src/contacts/contact-feature';
import { readTurn } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { directory, places, translate } from './contact-fixtures';

/**
 * Issue #13, kind 3: two contacts asked at once where one is a website for the young person ("who can we talk to, and
 * is there a website she can read herself?"): the advice asked for, and beside it Nora (IMDi's portal where young people
 * read about their rights and whom to contact) and ung.no (anonymous questions), as the directory says of each. The
 * words asking for a site are data in every language (content/contacts/website-words.json). Sentences are this file's own.
 */
const ids = (query: Parameters<typeof planSteps>[0]) => planSteps(query, directory).map((s) => s.serviceId);
const recognizer = createContactFeature({ translate, dataDir: '/nonexistent', directory, places }).recognizer;

describe('a website for a young person, asked beside advice', () => {
  it('plans Nora and ung.no right after the advice the asker needs first', () => {
    expect(ids({ askerRole: 'reception-centre', minor: true, website: true }).slice(0, 3)).toEqual(['kompetanseteamet', 'nora', 'ung-no']);
    expect(ids({ website: true }).slice(0, 2)).toEqual(['nora', 'ung-no']);
    // A service's own website asked for ("Kompetanseteamet's website") is that service's card, no portal beside it.
    expect(ids({ serviceId: 'kompetanseteamet', website: true })).not.toContain('nora');
  });

  it.each([
    ['nb', 'Finnes det en nettside der ungdom kan lese om rettighetene sine?'],
    ['en', 'Is there a website where teenagers can read about their rights?'],
    ['ru', 'Есть ли сайт, где подростки могут почитать о своих правах?'],
    ['pl', 'Czy jest strona internetowa, gdzie młodzież może poczytać o swoich prawach?'],
    ['tr', 'Gençlerin haklarını okuyabileceği bir internet sitesi var mı?'],
  ] as const)('reads a site asked for in %s: "%s"', (lng, message) => {
    expect(recognizer.read(message, lng)?.query).toMatchObject({ website: true });
  });

  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', 'Jeg jobber i barnevernet. En gutt på 15 blir kontrollert hjemme. Hvem kan vi drøfte saken med, og finnes det en nettside han kan lese om rettighetene sine på?'],
    ['en', 'I teach at a lower secondary school. Two girls are not allowed to meet friends after school. Who can advise me, and is there a website for young people where they can read about their rights?'],
    ['ru', 'Я учитель. Есть ли сайт, где подростки могут почитать о своих правах, если семья их контролирует?'],
  ] as const)('%s: the advice and the sites for young people in one answer ("%s")', async (lang: Lang, message: string) => {
    const turn = readTurn((await runner.converse({ lang, turns: [message] })).replies, runner.markers);
    const texts = turn.texts.join('\n');
    expect(turn.didYouMean || turn.cannotAnswer).toBe(false);
    expect(texts).toContain('478 09 050');
    expect(texts).toContain('Nora');
    expect(texts).toContain('ung.no');
  });
});
