import { shortenAtWord } from '../../src/cards/card-kit';
import { emergencyCard, emergencyReply } from '../../src/cards/emergency-card';
import { serviceDisplayName } from '../../src/contacts/contact-card';
import { isServiceId } from '../../src/contacts/service-ids';
import { pickRequired } from '../../src/content/localized';
import { articleCard, contactButtonTitles } from '../../src/knowledge/article-card';
import { loadEmergencyContacts } from '../../src/knowledge/emergency-contacts';
import { articleView } from '../../src/knowledge/guidance-handlers';
import { loadArticles } from '../../src/knowledge/load-articles';
import { articleButtonTitle, checkShortTitles, parseShortTitles, SHORT_TITLE_MAX, shortTitles } from '../../src/knowledge/short-titles';
import { suggestionCard } from '../../src/knowledge/suggestion-card';
import { createI18n, fixedT } from '../../src/language/i18n';
import { type Lang, LANGUAGES } from '../../src/language/languages';
import { directory } from '../contacts/contact-fixtures';

// (was article-card-budget.test.ts)
/**
 * Issue #17: the answer and what to do now on the first screen. Teams (and the Agents Playground, which shows a card
 * about 410 px wide: "Full width" is not supported there) scrolls a new reply to its end, so a card taller than the
 * chat pane shows its buttons and hides its title and answer. The Playground's chat pane at 1280×1000 is about 860 px
 * (y 48–907, see docs/screenshots); the user's message above takes about 60 and a machine-translation note with its
 * "show in Norwegian" button about 90. So the open part of an article card gets 700 px, estimated from its text as the
 * Playground lays it out (measured on the screenshots): about 60 characters a line of 19 px, 52 in a list, a heading
 * of 24 px a line, 8 px between blocks, buttons about 8 px a character plus 26 px, in rows of 46 px.
 */

const BUDGET_PX = 700;
const COLUMN_PX = 410;
const CHARS_PER_LINE = 60;
const CHARS_PER_LIST_LINE = 52;

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const records = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isRecord) : []);
/** What a reader sees: no isolates, a link's label, no bold markers. */
const shown = (text: string) => text.replace(/[\u2060\u2066-\u2069]/gu, '').replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1').replace(/\*\*/gu, '');

function textHeight(text: string, size?: unknown): number {
  const lines = shown(text)
    .split('\r')
    .reduce((sum, line) => {
      const list = /^(\d+\.|-) /u.test(line);
      return sum + Math.max(1, Math.ceil(line.length / (list ? CHARS_PER_LIST_LINE : CHARS_PER_LINE)));
    }, 0);
  return lines * (size === 'Medium' ? 24 : 19) + 8;
}

function buttonsHeight(titles: readonly string[]): number {
  let rows = 1;
  let used = 0;
  for (const title of titles) {
    const width = Math.min(COLUMN_PX, shown(title).length * 8 + 26);
    if (used > 0 && used + 8 + width > COLUMN_PX) {
      rows += 1;
      used = 0;
    }
    used += (used > 0 ? 8 : 0) + width;
  }
  return rows * 46;
}

/** The estimated height of what is open (not hidden, not behind a ShowCard), and the open text's length. */
function openPart(elements: readonly Json[]): { px: number; chars: number; blocks: number } {
  let px = 0;
  let chars = 0;
  let blocks = 0;
  for (const e of elements) {
    if (e['isVisible'] === false) continue;
    if (e['type'] === 'TextBlock' && typeof e['text'] === 'string') {
      px += textHeight(e['text'], e['size']);
      chars += shown(e['text']).length;
      blocks += 1;
    } else if (e['type'] === 'ActionSet') {
      px += buttonsHeight(records(e['actions']).map((a) => String(a['title'] ?? '')));
      blocks += 1;
    } else if (e['type'] === 'FactSet') {
      px += records(e['facts']).length * 22;
      blocks += 1;
    } else if (Array.isArray(e['items'])) {
      const inner = openPart(records(e['items']));
      px += inner.px + 16;
      chars += inner.chars;
      blocks += inner.blocks;
    }
  }
  return { px, chars, blocks };
}

const i18n = createI18n();

describe('the open part of every article card fits the first screen', () => {
  for (const lng of ['nb', 'en', 'ar'] as const satisfies readonly Lang[]) {
    it(`in ${lng}: at most ${BUDGET_PX} px, title and short answer first, also as each role's opening`, async () => {
      const articles = await loadArticles();
      const byId = new Map(articles.map((a) => [a.id, a]));
      const serviceName = (id: string, l: Lang) => (isServiceId(id) ? serviceDisplayName(directory.service(id), l).name : undefined);
      const t = fixedT(i18n, lng);
      const over: string[] = [];
      for (const article of articles) {
        // The card as a teacher sees it, and as each role with an opening of its own sees it.
        const askers = [undefined, ...article.openings.map((o) => o.roles[0])];
        for (const asker of askers) {
          const view = articleView(article, lng, { articles: byId, serviceName }, asker);
          const card = articleCard(lng, t, view);
          const open = openPart(records(card.body));
          if (open.px > BUDGET_PX) over.push(`${article.id}${asker ? ` (${asker})` : ''}: ${open.px} px, ${open.chars} characters in ${open.blocks} blocks`);
          // What a person must see first comes first: the heading, then the start of the short answer.
          const first = records(records(card.body)[0]?.['items']);
          expect(shown(String(first[0]?.['text']))).toBe(view.title);
        }
      }
      expect(over).toEqual([]);
    });
  }
});

// (was short-titles.test.ts)
/**
 * Issue #17: Teams cuts button titles off mid-word ("Slik snakker du med en ungdom du er bekymret fo"). Every button
 * that names an article shows a short title (≤ 30 characters: a row of two or three buttons on a 1280-wide window
 * leaves each about that much), in every language; the full title stays in the card's heading.
 */

function buttonTitles(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(buttonTitles);
  if (typeof node !== 'object' || node === null) return [];
  const o = node as Json;
  const own = typeof o['type'] === 'string' && o['type'].startsWith('Action.') && typeof o['title'] === 'string' ? [o['title']] : [];
  return [...own, ...Object.entries(o).flatMap(([key, value]) => (key === 'data' ? [] : buttonTitles(value)))];
}


describe('short titles (content/knowledge/short-titles.json)', () => {
  /** What a reader sees of a title: the left-to-right isolates of a right-to-left card take no room. */
  const shown = (title: string) => title.replace(/[\u2066-\u2069]/gu, '');
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

// (was history-2008-figures.test.ts)
/**
 * Issue #13 (history details): the history article tells 2008 in figures in every language: the advisers hired in
 * spring and started in June 2008, the 13 Oslo schools by name (so "did <school> have a minority adviser in 2008?"
 * is answered), Kompetanseteamet's inquiries and persons (never called cases) for 2008 and November 2004–2008, and
 * its about 40 lectures in 2008; each cited to the 2008 annual report's lines.
 */
const LANGS: readonly Lang[] = ['nb', 'nn', 'en', 'ar', 'so', 'fa', 'ur', 'uk', 'ru', 'tr', 'pl', 'ti'];
const OSLO_SCHOOLS = ['Stovner', 'Sofienberg', 'Sandaker', 'Hellerud', 'Holtet', 'Sogn', 'Etterstad', 'Manglerud', 'Bjerke', 'Oslo handelsgymnasium', 'Elvebakken', 'Ulsrud', 'Bjørnholt'];

describe('the history article: 2008 in figures', () => {
  it.each(LANGS)('[%s] shows the Oslo schools, the inquiries and persons, and the lectures', async (lng) => {
    const article = (await loadArticles()).find((a) => a.id === 'history-special-services');
    const shown = [article?.short[lng] ?? '', ...(article?.steps[lng] ?? [])].join('\n');
    for (const school of OSLO_SCHOOLS) expect(shown).toContain(school);
    for (const figure of ['248', '269', '645', '712', '40', '2004']) expect(shown).toContain(figure);
  });

  it.each(LANGS)('[%s] names the eight counties of the 29 schools, each with its count', async (lng) => {
    const article = (await loadArticles()).find((a) => a.id === 'history-special-services');
    const shown = [article?.short[lng] ?? '', ...(article?.steps[lng] ?? [])].join('\n');
    for (const county of ['Oslo 13', 'Akershus 4', 'Østfold 3', 'Buskerud 2', 'Hordaland 2', 'Rogaland 2', 'Sør-Trøndelag 2', 'Vest-Agder 1']) expect(shown).toContain(county);
  });

  it('cites the 2008 report for the schools, the inquiries and the lectures', async () => {
    const article = (await loadArticles()).find((a) => a.id === 'history-special-services');
    const cited = (article?.sources ?? []).flatMap((s) => ('lines' in s && s.kind === 'seed' ? [`${s.file}:${s.lines.join('-')}`] : []));
    expect(cited).toEqual(expect.arrayContaining(['002_1038b4cdd0183d6d.txt:796-807', '002_1038b4cdd0183d6d.txt:975-986', '002_1038b4cdd0183d6d.txt:1007-1009']));
  });
});
