import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentPath, projectRoot } from '../../src/paths/content-root';
import { SERVICE_IDS } from '../../src/contacts/service-ids';
import { CORE_LANGUAGES, countSentences, PHRASINGS_MIN, RELATED_SERVICE_IDS, type Article, type ArticleFile } from '../../src/knowledge/article-schema';
import { ArticleContentError, loadArticles } from '../../src/knowledge/load-articles';

/** The ids other features (recognizer, evaluation set, cards) depend on. */
const EXPECTED_IDS = [
  'grants-prevention',
  'negative-social-control',
  'networks-youth-panel-research',
  'online-social-control',
  'honour-related-violence',
  'forced-marriage',
  'fgm',
  'involuntary-stay-abroad',
  'psychological-violence-threats',
  'signs-at-school',
  'talking-with-young-person',
  'what-school-staff-should-do',
  'interpreters',
  'duty-to-notify',
  'duty-to-avert',
  'boys-and-lgbtq',
  'lgbtq-young-people',
  'parents-role',
  'adults-over-18',
  'action-plans',
  'allocation-letter-2024',
  'history-special-services',
  'service-diversity-advisers',
  'service-special-envoys',
  'service-expert-team',
  'service-kompetanseteamet',
  'service-rvts',
  'service-nora',
  'service-ung-no',
  'about-bot',
];

const REVIEW = { nb: 'machine-assisted', nn: 'machine-assisted', en: 'machine-assisted' } as const;

/** A minimal valid article file, for the rejection tests. */
function validFile(id: string, overrides: Partial<ArticleFile> = {}): ArticleFile {
  const eight = (prefix: string) => Array.from({ length: 8 }, (_, i) => `${prefix} ${i + 1}`);
  return {
    id,
    topic: 'phenomenon',
    title: { nb: 'Tittel', nn: 'Tittel', en: 'Title' },
    short: { nb: 'Første setning. Andre setning.', nn: 'Første setning. Andre setning.', en: 'First sentence. Second sentence.' },
    phrasings: { nb: eight('hva er'), nn: eight('kva er'), en: eight('what is') },
    sources: [{ kind: 'web', title: 'Bufdir', url: 'https://www.bufdir.no/', checked: '2026-11-24' }],
    review: REVIEW,
    ...overrides,
  };
}

describe('shipped knowledge articles', () => {
  let articles: Article[];
  beforeAll(async () => {
    articles = await loadArticles();
  });

  it('loads every article file, with exactly the agreed ids', () => {
    expect(articles.map((a) => a.id).sort()).toEqual([...EXPECTED_IDS].sort());
    const files = readdirSync(contentPath('knowledge', 'articles')).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(EXPECTED_IDS.length);
  });

  it('gives every article a source, a 2–5 sentence short answer and 8+ phrasings in nb, nn and en', () => {
    const problems: string[] = [];
    for (const article of articles) {
      if (article.sources.length === 0) problems.push(`${article.id}: no source`);
      for (const lng of CORE_LANGUAGES) {
        const sentences = countSentences(article.short[lng] ?? '');
        if (sentences < 2 || sentences > 5) problems.push(`${article.id}.short.${lng}: ${sentences} sentences`);
        if (!article.title[lng]) problems.push(`${article.id}.title.${lng} missing`);
        const phrasings = article.phrasings[lng]?.length ?? 0;
        if (phrasings < PHRASINGS_MIN) problems.push(`${article.id}.phrasings.${lng}: ${phrasings}`);
        if (article.review[lng] !== 'machine-assisted') problems.push(`${article.id}.review.${lng}: ${article.review[lng]}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes steps and "don\'t" lists in all of nb, nn and en, item for item, when an article has them', () => {
    const problems: string[] = [];
    for (const article of articles) {
      for (const [field, list] of [['steps', article.steps], ['dont', article.dont]] as const) {
        const counts = CORE_LANGUAGES.map((lng) => list[lng]?.length ?? 0);
        if (new Set(counts).size > 1) problems.push(`${article.id}.${field}: ${counts.join('/')} items in nb/nn/en`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('uses only service ids the contact directory knows', () => {
    expect(RELATED_SERVICE_IDS.filter((id) => !(SERVICE_IDS as readonly string[]).includes(id))).toEqual([]);
    for (const article of articles) for (const id of article.relatedServices) expect(SERVICE_IDS).toContain(id);
  });

  it('keeps phone numbers out of the text (contacts come from the directory); only 112/113 may be named', () => {
    const phoneLike = /\+?\d[\d ]{3,}\d/g;
    for (const article of articles) {
      const text = JSON.stringify([article.title, article.short, article.long, article.steps, article.dont]);
      const numbers = (text.match(phoneLike) ?? []).map((n) => n.replace(/\s/g, '')).filter((digits) => digits.length >= 5);
      expect({ id: article.id, numbers }).toEqual({ id: article.id, numbers: [] });
    }
  });

  it('tells staff what not to do where it matters most', () => {
    const byId = new Map(articles.map((a) => [a.id, a]));
    const dont = (id: string) => (byId.get(id)?.dont.nb ?? []).join(' ');
    expect(dont('what-school-staff-should-do')).toMatch(/kontakt eller møt familien/);
    expect(dont('what-school-staff-should-do')).toMatch(/tolk/);
    expect(dont('interpreters')).toMatch(/under 18/);
    expect(byId.get('about-bot')?.short.nb).toMatch(/112/);
    expect(byId.get('about-bot')?.short.nb).toMatch(/lagrer ikke/);
  });

  it('names both published counts where sources disagree (899 vs 897 adviser cases in 2023)', () => {
    const advisers = articles.find((a) => a.id === 'service-diversity-advisers');
    for (const lng of CORE_LANGUAGES) {
      expect(advisers?.long?.[lng]).toMatch(/899/);
      expect(advisers?.long?.[lng]).toMatch(/897/);
    }
  });

  it('cites laws on lovdata.no', () => {
    for (const article of articles) {
      for (const source of article.sources) if (source.kind === 'law') expect(source.url).toMatch(/^https:\/\/lovdata\.no\/lov\//);
    }
  });

  it('writes nynorsk, not bokmål, in the nn texts a reader sees', () => {
    const bokmal = /\b(ikke|hva|hvordan|hvem|hvor|jeg|hun|bare|noen|også|være|hennes)\b/i;
    for (const article of articles) {
      const texts = [article.title.nn, article.short.nn, article.long?.nn, ...(article.steps.nn ?? []), ...(article.dont.nn ?? [])];
      for (const text of texts) if (text) expect({ id: article.id, text, bokmal: bokmal.exec(text)?.[0] }).toEqual({ id: article.id, text, bokmal: undefined });
    }
  });

  it('cites seed line ranges that exist in the shared seeds', () => {
    const seedsDir = path.join(projectRoot(), '..', 'shared', 'seeds');
    if (!existsSync(seedsDir)) {
      console.warn(`Seed line ranges not checked: ${seedsDir} not found.`);
      return;
    }
    let checked = 0;
    for (const article of articles) {
      for (const source of article.sources) {
        if (source.kind !== 'seed') continue;
        const file = path.join(seedsDir, source.file);
        expect({ id: article.id, file: source.file, exists: existsSync(file) }).toEqual({ id: article.id, file: source.file, exists: true });
        const lines = readFileSync(file, 'utf8').split('\n');
        const [from, to] = source.lines;
        expect(from).toBeLessThanOrEqual(to);
        expect(lines.slice(from - 1, to).join('').trim().length).toBeGreaterThan(0);
        expect(to).toBeLessThanOrEqual(lines.length);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('loadArticles rejects bad content', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'veiviser-articles-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, data: unknown) => writeFileSync(path.join(dir, name), typeof data === 'string' ? data : JSON.stringify(data));

  it('loads a valid article and fills in empty steps, dont, services and follow-ups', async () => {
    write('ok.json', validFile('ok'));
    const [article] = await loadArticles(dir);
    expect(article).toMatchObject({ id: 'ok', steps: {}, dont: {}, relatedServices: [], followUps: [] });
  });

  it('names the file and the field when an article has no source', async () => {
    write('no-source.json', validFile('no-source', { sources: [] }));
    await expect(loadArticles(dir)).rejects.toThrow(/no-source\.json: sources: every article needs at least one source/);
  });

  it('names the file when the nynorsk short answer is missing', async () => {
    write('no-nn.json', validFile('no-nn', { short: { nb: 'En. To.', en: 'One. Two.' } }));
    await expect(loadArticles(dir)).rejects.toThrow(/no-nn\.json: short\.nn: nn is required/);
  });

  it('rejects a short answer that is too long for Teams', async () => {
    const long = 'En. To. Tre. Fire. Fem. Seks.';
    write('wordy.json', validFile('wordy', { short: { nb: long, nn: 'Ein. To.', en: 'One. Two.' } }));
    await expect(loadArticles(dir)).rejects.toThrow(/wordy\.json: short\.nb: short answer must be 2–5 sentences, has 6/);
  });

  it('rejects too few phrasings, unknown services and non-kebab ids', async () => {
    write('few.json', validFile('few', { phrasings: { nb: ['hva'], nn: ['kva'], en: ['what'] } }));
    await expect(loadArticles(dir)).rejects.toThrow(/few\.json: phrasings\.nb: needs 8–15 phrasings, has 1/);
    rmSync(path.join(dir, 'few.json'));
    write('svc.json', { ...validFile('svc'), relatedServices: ['ghostbusters'] });
    await expect(loadArticles(dir)).rejects.toThrow(/svc\.json: relatedServices\.0/);
    rmSync(path.join(dir, 'svc.json'));
    write('Bad_Id.json', validFile('Bad_Id'));
    await expect(loadArticles(dir)).rejects.toThrow(/Bad_Id\.json: id: must be kebab-case/);
  });

  it('rejects invalid JSON, naming the file', async () => {
    write('broken.json', '{ "id": ');
    await expect(loadArticles(dir)).rejects.toThrow(ArticleContentError);
    await expect(loadArticles(dir)).rejects.toThrow(/broken\.json: invalid JSON/);
  });

  it('rejects an id that does not match the file name', async () => {
    write('one.json', validFile('two'));
    await expect(loadArticles(dir)).rejects.toThrow(/one\.json: id "two" does not match the file name/);
  });

  it('rejects follow-ups that point to articles that do not exist', async () => {
    write('a.json', validFile('a', { followUps: ['b', 'missing'] }));
    write('b.json', validFile('b'));
    await expect(loadArticles(dir)).rejects.toThrow(/a\.json: followUps: unknown article id "missing"/);
  });

  it('ignores files that are not JSON', async () => {
    write('a.json', validFile('a'));
    write('README.md', '# notes');
    expect((await loadArticles(dir)).map((a) => a.id)).toEqual(['a']);
  });
});

describe('countSentences', () => {
  it.each([
    ['', 0],
    ['Én setning.', 1],
    ['Ring 112. Kontakt barnevernet.', 2],
    ['Se straffeloven § 196. Den gjelder alle.', 2],
    ['Bruk f.eks. tolk. Ikke familie.', 2],
    ['Hva nå? Snakk med eleven! Skriv ned «hva» hun sa.', 3],
    ['هذا نص. هذا نص آخر.', 2],
    ['یہ متن ہے۔ یہ دوسرا ہے۔', 2],
    ['ይህ ነው። ሌላ ነው።', 2],
  ])('%s → %i', (text, n) => {
    expect(countSentences(text)).toBe(n);
  });
});
