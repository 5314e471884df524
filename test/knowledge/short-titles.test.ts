import { articleCard } from '../../src/knowledge/article-card';
import { articleView } from '../../src/knowledge/guidance-handlers';
import { loadArticles } from '../../src/knowledge/load-articles';
import { articleButtonTitle, checkShortTitles, parseShortTitles, SHORT_TITLE_MAX, shortTitles } from '../../src/knowledge/short-titles';
import { shortenAtWord } from '../../src/cards/card-kit';
import { suggestionCard } from '../../src/knowledge/suggestion-card';
import { emergencyCard, emergencyReply } from '../../src/cards/emergency-card';
import { loadEmergencyContacts } from '../../src/knowledge/emergency-contacts';
import { createI18n, fixedT } from '../../src/language/i18n';
import { LANGUAGES } from '../../src/language/languages';
import { pickRequired } from '../../src/content/localized';
import { contactButtonTitles } from '../../src/knowledge/article-card';
import { directory } from '../contacts/contact-fixtures';
import { serviceDisplayName } from '../../src/contacts/contact-card';
import { isServiceId } from '../../src/contacts/service-ids';

/**
 * Issue #17: Teams cuts button titles off mid-word ("Slik snakker du med en ungdom du er bekymret fo"). Every button
 * that names an article shows a short title (≤ 30 characters: a row of two or three buttons on a 1280-wide window
 * leaves each about that much), in every language; the full title stays in the card's heading.
 */

const i18n = createI18n();

type Json = Record<string, unknown>;
function buttonTitles(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(buttonTitles);
  if (typeof node !== 'object' || node === null) return [];
  const o = node as Json;
  const own = typeof o['type'] === 'string' && o['type'].startsWith('Action.') && typeof o['title'] === 'string' ? [o['title']] : [];
  return [...own, ...Object.entries(o).flatMap(([key, value]) => (key === 'data' ? [] : buttonTitles(value)))];
}

/** What a reader sees of a title: the left-to-right isolates of a right-to-left card take no room. */
const shown = (title: string) => title.replace(/[\u2066-\u2069]/gu, '');

describe('short titles (content/knowledge/short-titles.json)', () => {
  it('has a short title for every article in all twelve languages, and none for an unknown article', async () => {
    const articles = await loadArticles();
    const titles = shortTitles();
    expect(checkShortTitles(titles, articles.map((a) => a.id))).toEqual([]);
    for (const article of articles) expect(Object.keys(titles[article.id] ?? {}).sort()).toEqual([...LANGUAGES].sort());
  });

  it('rejects a title over the limit and an entry without nb or en', () => {
    expect(() => parseShortTitles({ fgm: { nb: 'x'.repeat(SHORT_TITLE_MAX + 1), en: 'FGM' } })).toThrow();
    expect(() => parseShortTitles({ fgm: { nb: 'Kjønnslemlestelse' } })).toThrow('nb and en are required');
    expect(() => parseShortTitles({ fgm: { nb: 'Kjønnslemlestelse', en: 'FGM', xx: 'FGM' } })).toThrow();
  });

  it('shortens a title without a short title at a word boundary, never mid-word', () => {
    expect(shortenAtWord('Slik snakker du med en ungdom du er bekymret for', 30)).toBe('Slik snakker du med en ungdom…');
    expect(articleButtonTitle('no-such-article', 'nb', 'Slik snakker du med en ungdom du er bekymret for', {})).toBe('Slik snakker du med en ungdom…');
    expect(articleButtonTitle('talking-with-young-person', 'nb', 'Slik snakker du med en ungdom du er bekymret for')).toBe('Snakke med en ungdom');
  });

  it('keeps every button title of every article card and "did you mean" card within the limit, in every language', async () => {
    const articles = await loadArticles();
    const byId = new Map(articles.map((a) => [a.id, a]));
    const serviceName = (id: string, lng: (typeof LANGUAGES)[number]) => (isServiceId(id) ? serviceDisplayName(directory.service(id), lng).name : undefined);
    const tooLong: string[] = [];
    for (const lng of LANGUAGES) {
      const t = fixedT(i18n, lng);
      for (const article of articles) {
        const view = articleView(article, lng, { articles: byId, serviceName });
        for (const title of buttonTitles(articleCard(lng, t, view))) if (shown(title).length > SHORT_TITLE_MAX) tooLong.push(`${lng} ${article.id}: ${title}`);
      }
      const topics = articles.map((a) => ({ articleId: a.id, title: pickRequired(a.title, lng).value }));
      for (let i = 0; i < topics.length; i += 3) {
        for (const title of buttonTitles(suggestionCard(lng, t, topics.slice(i, i + 3)))) if (shown(title).length > SHORT_TITLE_MAX) tooLong.push(`${lng} did-you-mean: ${title}`);
      }
    }
    expect(tooLong).toEqual([]);
  });

  it('names a contact on a button by its name, its part before " – ", or the start of it at a word boundary', () => {
    expect(contactButtonTitles(['Barnevernvakten', 'VO-linjen – hjelpetelefon om vold i nære relasjoner, 116 006'])).toEqual(['Barnevernvakten', 'VO-linjen']);
    // Two police numbers keep what tells them apart.
    expect(contactButtonTitles(['Politiet – nødnummer 112', 'Politiet – 02800 (ikke akutt)'])).toEqual(['Politiet – nødnummer 112', 'Politiet – 02800 (ikke akutt)']);
    expect(contactButtonTitles(['Kompetanseteamet mot negativ sosial kontroll og æresrelatert vold'])).toEqual(['Kompetanseteamet mot negativ…']);
  });

  it('shortens the answer\'s title on a danger turn\'s "show the answer" button at a word boundary', () => {
    const t = fixedT(i18n, 'nb');
    const answer = articleCard('nb', t, {
      id: 'talking-with-young-person',
      title: 'Slik snakker du med en ungdom du er bekymret for',
      short: 'Snakk med eleven alene. Lytt.',
      steps: [],
      dont: [],
      relatedServices: [],
      followUps: [],
      sources: [],
      textLng: 'nb',
    });
    const card = emergencyReply(emergencyCard('nb', t, loadEmergencyContacts()), [answer], [], 'nb', t);
    const show = (card.actions ?? []).find((a) => a.type === 'Action.ShowCard');
    expect(show?.['title']).toBe('Vis svaret: Slik snakker du med en ungdom…');
  });
});
