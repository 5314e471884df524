import path from 'node:path';
import { loadEvalSets } from '../../src/evaluation/eval-set';
import { ArticleIndex, DEFAULT_SCORING, indexTerms, indexTexts, readableFrom, scriptOf, scriptsOfText } from '../../src/knowledge/article-index';
import { toIndexable } from '../../src/knowledge/article-indexable';
import { loadExtraPhrasings } from '../../src/knowledge/extra-phrasings';
import { INDEX_TERMS_FILE, readIndexTerms } from '../../src/knowledge/index-terms-file';
import { loadArticles } from '../../src/knowledge/load-articles';
import { normalize, tokenize } from '../../src/language/text';
import { TEXT_FAMILIES, type TextFamily } from '../../src/language/spelling';
import { projectRoot } from '../../src/paths/content-root';

/**
 * The index reads a message only in the families its letters can give a term of (`readsFrom`): every family holds Latin
 * words (the services' Norwegian names), so a message with a Latin letter is read by all eleven, and one in Arabic,
 * Cyrillic or Ethiopic letters alone by the families of its script. A family left out must be one where every term of
 * the message would have been in a script its vocabulary lacks (it returned nothing before it scored): so no term may
 * be in a script its letters cannot become, through the family's phrases ("حمایه الطفل" → barnevernet) or its
 * stemmer (Arabic-Indic digits written as ASCII ones).
 */
describe('which families the article index reads a message in', () => {
  /** The index terms of `text` in `family` in a script the text's letters cannot become there (none, if the pre-check is sound). */
  const memos = new Map<TextFamily, Map<string, string>>();
  const reach = new Map<string, number>();
  function readable(family: TextFamily, script: number): number {
    let scripts = reach.get(`${family} ${script}`);
    if (scripts === undefined) reach.set(`${family} ${script}`, (scripts = readableFrom(family, script)));
    return scripts;
  }
  function termsOutOfReach(text: string, family: TextFamily): string[] {
    let memo = memos.get(family);
    if (!memo) memos.set(family, (memo = new Map()));
    const known = memo;
    const letters = scriptsOfText(tokenize(normalize(text)).join(' '));
    const terms = indexTerms(text, family, {
      get: (word, compute) => {
        let term = known.get(word);
        if (term === undefined) known.set(word, (term = compute(word)));
        return term;
      },
    });
    return terms.filter((term) => (readable(family, scriptOf(term)) & letters) === 0);
  }

  it('reads a term in another script only where the family rewrites or stems into it', () => {
    // Arabic-Indic digits: the Arabic stemmer writes them as ASCII digits (a Latin term); an Arabic phrase for the child
    // welfare service is read as its Norwegian name.
    expect(indexTerms('تزوجت في ٢٠٢٣ و رعایه الطفل تعرف', 'ar')).toEqual(expect.arrayContaining(['2023', 'barnevernet']));
    expect(termsOutOfReach('تزوجت في ٢٠٢٣ و رعایه الطفل تعرف', 'ar')).toEqual([]);
    expect(indexTerms('служба защиты детей знает о свадьбе', 'ru')).toContain('barnevernet');
    expect(termsOutOfReach('служба защиты детей знает о свадьбе', 'ru')).toEqual([]);
  });

  // Checked once over every title, phrasing and body text and all 12,202 evaluation and conversation texts in every
  // family (~80 s: none out of reach, session 22); kept here for the article texts and evaluation questions a family can be left out for.
  it('holds for every title, phrasing and body text and every evaluation question without a Latin letter, in every family', async () => {
    const texts = indexTexts((await loadArticles()).map(toIndexable), loadExtraPhrasings());
    const asked = loadEvalSets(path.join(projectRoot(), 'test', 'eval')).map(({ q }) => q);
    // A text with a Latin letter is read by every family (each has Latin words): only the others can be left out.
    const all = [...[...texts.values()].flatMap(({ entries, bodies }) => [...entries, ...bodies].map((t) => t.text)), ...asked].filter((text) => (scriptsOfText(tokenize(normalize(text)).join(' ')) & scriptOf('a')) === 0);
    expect(all.length).toBeGreaterThan(1_000);
    const outside = TEXT_FAMILIES.flatMap((family) => all.flatMap((text) => termsOutOfReach(text, family).map((term) => `${family}: ${term}`)));
    expect(outside).toEqual([]);
  });

  it('reads a message in Arabic, Cyrillic or Ethiopic letters alone in the families of its script, one with any Latin letter in all', async () => {
    const articles = (await loadArticles()).map(toIndexable);
    const extra = loadExtraPhrasings();
    const index = ArticleIndex.build(articles, extra, DEFAULT_SCORING, readIndexTerms(INDEX_TERMS_FILE, articles, extra).terms);
    expect(index.familiesReading('ما هي علامات الزواج القسري؟')).toEqual(['ar', 'fa', 'ur']);
    expect(index.familiesReading('Як школа може допомогти дівчині?')).toEqual(['uk', 'ru']);
    expect(index.familiesReading('ቤት ትምህርቲ ከመይ ክሕግዝ ይኽእል?')).toEqual(['ti']);
    expect(index.familiesReading('ما هي علامات الزواج القسري؟ Barnevernet?')).toEqual(TEXT_FAMILIES);
    expect(index.familiesReading('hva gjør vi når en elev blir sendt på ferie?')).toEqual(TEXT_FAMILIES);
    // An ASCII number counts as Latin (a term's script is its first letter's, and digits are below U+0250).
    expect(index.familiesReading('Як допомогти дівчині 16 років?')).toEqual(TEXT_FAMILIES);
    // Emoji and letters of no family's script: read by none, as no family had a term in them to match.
    expect(index.familiesReading('🙏🙏')).toEqual([]);
    expect(index.match('🙏🙏')).toEqual([]);
  });
});
