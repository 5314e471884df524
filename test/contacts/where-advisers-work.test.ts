import { planSteps } from '../../src/contacts/plan-contacts';
import { createContactFeature } from '../../src/contacts/contact-feature';
import { readTurn } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { directory, places, translate } from './contact-fixtures';

/**
 * Issue #13: where the diversity advisers work, asked by naming a kind of place beside them ("do kindergartens have
 * one?", "also at adult-education centres?"). They work at upper-secondary schools, some lower-secondary schools and
 * some adult-education centres (a pilot strengthened with two positions in 2024), not in kindergartens, which get case
 * advice from Kompetanseteamet (domain.md §1, §4, §12). The words for the places are data in every language
 * (content/contacts/institution-words.json). Sentences are this file's own.
 */
const ids = (query: Parameters<typeof planSteps>[0]) => planSteps(query, directory).map((s) => s.serviceId);
const recognizer = createContactFeature({ translate, dataDir: '/nonexistent', directory, places }).recognizer;

describe('where the diversity advisers work', () => {
  it('plans "not in kindergartens" with Kompetanseteamet, and the adult-education pilot with the expert team', () => {
    expect(ids({ serviceId: 'diversity-advisers', institution: 'kindergarten' }).slice(0, 2)).toEqual(['diversity-advisers', 'kompetanseteamet']);
    expect(ids({ serviceId: 'diversity-advisers', institution: 'adult-education' }).slice(0, 2)).toEqual(['diversity-advisers', 'expert-team']);
  });

  it.each([
    ['nb', 'Kan barnehagen vår bruke en mangfoldsrådgiver?', 'kindergarten'],
    ['nn', 'Har barnehagar tilgang til ein mangfaldsrådgivar?', 'kindergarten'],
    ['en', 'Can our preschool get help from a diversity adviser?', 'kindergarten'],
    ['pl', 'Czy przedszkole może skorzystać z pomocy doradcy ds. różnorodności?', 'kindergarten'],
    ['nb', 'Har voksenopplæringssenteret vårt en minoritetsrådgiver?', 'adult-education'],
    ['en', 'Is a diversity adviser ever placed at an adult education centre?', 'adult-education'],
    ['ru', 'Бывают ли советники по многообразию в центрах образования для взрослых?', 'adult-education'],
  ] as const)('reads the place asked about in %s: "%s"', (lng, message, institution) => {
    expect(recognizer.read(message, lng)?.query).toMatchObject({ serviceId: 'diversity-advisers', institution });
  });

  it('a school or town named is an adviser lookup, not a place kind', () => {
    expect(recognizer.read('Hvem er mangfoldsrådgiver i Drammen?', 'nb')?.query.institution).toBeUndefined();
  });

  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', 'Har barnehager en egen mangfoldsrådgiver, og hvem spør vi ellers?', 'ikke i barnehager', '478 09 050'],
    ['en', 'Does a kindergarten have a diversity adviser we could phone?', 'not in kindergartens', '478 09 050'],
    ['nn', 'Finst mangfaldsrådgivarar på vaksenopplæringa, eller berre på vidaregåande?', 'vaksenopplæringssenter', 'imdi.no'],
    ['en', 'Could a diversity adviser be found at an adult-education centre too?', 'adult-education centres', 'imdi.no'],
  ] as const)('%s: where the advisers work ("%s")', async (lang: Lang, message: string, where: string, contact: string) => {
    const turn = readTurn((await runner.converse({ lang, turns: [message] })).replies, runner.markers);
    const texts = turn.texts.join('\n');
    expect(turn.didYouMean || turn.cannotAnswer).toBe(false);
    expect(texts).toContain(where);
    expect(texts).toContain(contact);
  });
});
