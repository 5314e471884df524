import type { Lang } from '../../src/language/languages';
import { loadArticles } from '../../src/knowledge/load-articles';

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
