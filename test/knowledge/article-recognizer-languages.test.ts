import { readdirSync } from 'node:fs';
import { contentPath } from '../../src/paths/content-root';
import { toIndexable } from '../../src/knowledge/article-indexable';
import { loadExtraPhrasings } from '../../src/knowledge/extra-phrasings';
import { loadArticles } from '../../src/knowledge/load-articles';
import type { Lang } from '../../src/language/languages';
import { buildUnderstanding } from '../../src/evaluation/build-understanding';
import type { Understand } from '../../src/understanding/understand';

const NINE: readonly Lang[] = ['ar', 'so', 'fa', 'ur', 'uk', 'ru', 'tr', 'pl', 'ti'];

describe('article phrasings and reading in the nine other languages', () => {
  let understand: Understand;
  let ids: string[];

  beforeAll(async () => {
    const articles = await loadArticles();
    ids = articles.map((a) => a.id);
    understand = buildUnderstanding({ articles: articles.map(toIndexable), extraPhrasings: loadExtraPhrasings() });
  });

  it('has a phrasings file per language, naming only existing articles and covering every one', () => {
    const files = readdirSync(contentPath('knowledge', 'phrasings')).filter((f) => f.endsWith('.json'));
    expect(files.map((f) => f.slice(0, -5)).sort()).toEqual([...NINE].sort());
    const extra = loadExtraPhrasings();
    for (const id of Object.keys(extra)) expect(ids).toContain(id);
    for (const lng of NINE) for (const id of ids) expect(extra[id]?.[lng]?.length ?? 0).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['ru', 'что такое принудительный брак', 'forced-marriage'],
    ['uk', 'примусового шлюбу що робити', 'forced-marriage'],
    ['pl', 'co to jest przymusowe malzenstwo', 'forced-marriage'],
    ['tr', 'zorla evlendirme nedir', 'forced-marriage'],
    ['ar', 'ما هو الزواج القسري', 'forced-marriage'],
    ['fa', 'ازدواج اجباری چیست', 'forced-marriage'],
    ['ur', 'جبری شادی کیا ہے', 'forced-marriage'],
    ['so', 'waa maxay guurka qasabka ah', 'forced-marriage'],
    ['ti', 'ግዳዊ መርዓ እንታይ እዩ', 'forced-marriage'],
    ['ti', 'ቤት ትምህርቲ ንBarnevernet ክትሕብር ግዴታ ኣለዋ ድዩ', 'duty-to-notify'],
  ] as const)('[%s] %s → %s', (lng, question, articleId) => {
    expect(understand(question, lng).intent).toEqual({ kind: 'article', articleId });
  });

  it.each([
    ['ru', 'какая погода завтра'],
    ['pl', 'przepis na pierogi'],
    ['ar', 'كم الساعة الآن في طوكيو'],
  ] as const)('[%s] declines "%s"', (lng, question) => {
    expect(understand(question, lng).intent.kind).toMatch(/unknown|suggest/);
  });
});
