import { articleCard } from '../../src/knowledge/article-card';
import { articleView } from '../../src/knowledge/guidance-handlers';
import { loadArticles } from '../../src/knowledge/load-articles';
import { createI18n, fixedT } from '../../src/language/i18n';
import type { Lang } from '../../src/language/languages';
import { serviceDisplayName } from '../../src/contacts/contact-card';
import { isServiceId } from '../../src/contacts/service-ids';
import { directory } from '../contacts/contact-fixtures';

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
