import { readerDate, readerSource, readerSources, sourceForReviewers, type Source } from '../../src/content/source';
import { findSeedHeadings } from '../../src/content/seed-headings';
import { contentDates, formatterKey, readBuiltDates, writeReaderDates } from '../../src/content/reader-dates';
import { parseSeedSections, sectionOf, seedSections, type SeedSections } from '../../src/content/seed-sections';
import { adaptiveCard, caveatNote, sourcesToggle } from '../../src/cards/card-kit';
import { createI18n, fixedT } from '../../src/language/i18n';
import { LANGUAGES } from '../../src/language/languages';
import { cardProblems } from '../helpers/validate-card';
import { citedRanges } from '../../scripts/seed-sections';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Issue #17: a teacher reads "IMDi årsrapport 2023, «Mangfoldsrådgivere»", not "001_e2d92cbbfe31b5d0.txt, l. 1343";
 * a page by its name, with its link and the day it was read; long lists behind a "Kilder" button.
 */

const i18n = createI18n();
const nb = fixedT(i18n, 'nb');
const en = fixedT(i18n, 'en');

const SECTIONS: SeedSections = parseSeedSections({
  '001_e2d92cbbfe31b5d0.txt': {
    title: 'IMDi årsrapport 2023',
    year: 2023,
    lineCount: 3000,
    headings: [
      { line: 1534, heading: 'Arbeid mot negativ sosial kontroll og æresrelatert vald' },
      { line: 1548, heading: 'IMDis mangfaldsrådgivarar' },
    ],
  },
  '003_ebbfcc0e49845029.txt': {
    title: 'Tildelingsbrev til IMDi 2024',
    year: 2024,
    url: 'https://www.imdi.no/tildelingsbrev-2024.pdf',
    urlSource: '000_9bfa3949974afa9c.txt, l. 957–959',
    lineCount: 2000,
    headings: [{ line: 1, heading: '1. Innledning' }],
  },
});

const seed = (lines: [number, number], file = '001_e2d92cbbfe31b5d0.txt'): Source => ({ kind: 'seed', file, title: 'IMDi årsrapport 2023: 899 saker i 2023', lines });
const web: Source = {
  kind: 'web',
  title: 'Bufdir: Kompetanseteamet mot negativ sosial kontroll og æresrelatert vold (hvem teamet veileder)',
  url: 'https://www.bufdir.no/vold/aresrelatert/kompetanseteamet/',
  checked: '2026-11-03',
};
const law: Source = { kind: 'law', title: 'Straffeloven § 284 (kjønnslemlestelse)', url: 'https://lovdata.no/lov/2005-05-20-28/§284', checked: '2026-11-01' };

const FILE_OR_LINE = /\d{3}_[0-9a-f]{16}\.txt|\bl\. \d|linje|lines?\b/i;

describe('readerSource: a source as a reader knows it', () => {
  it('names a seed by its document and the section its first cited line falls in, never by file or line', () => {
    expect(readerSource(seed([1550, 1552]), 'nb', nb, SECTIONS)).toEqual({ text: 'IMDi årsrapport 2023, «IMDis mangfaldsrådgivarar»' });
    expect(readerSource(seed([1540, 1540]), 'en', en, SECTIONS)).toEqual({ text: 'IMDi årsrapport 2023, “Arbeid mot negativ sosial kontroll og æresrelatert vald”' });
    expect(readerSource(seed([1548, 1548]), 'nb', nb, SECTIONS).text).toContain('«IMDis mangfaldsrådgivarar»');
  });

  it('links a seed document that has a public copy', () => {
    expect(readerSource(seed([110, 112], '003_ebbfcc0e49845029.txt'), 'nb', nb, SECTIONS)).toEqual({
      text: 'Tildelingsbrev til IMDi 2024, «1. Innledning»',
      url: 'https://www.imdi.no/tildelingsbrev-2024.pdf',
    });
  });

  it('names a page without the reviewer note, with its link and the day it was read in the reply language', () => {
    expect(readerSource(web, 'nb', nb, SECTIONS)).toEqual({
      text: 'Bufdir: Kompetanseteamet mot negativ sosial kontroll og æresrelatert vold (lest 3. november 2026)',
      url: web.url,
    });
    expect(readerSource(web, 'en', en, SECTIONS).text).toBe('Bufdir: Kompetanseteamet mot negativ sosial kontroll og æresrelatert vold (read 3 November 2026)');
    expect(readerSource(law, 'nb', nb, SECTIONS)).toEqual({ text: 'Straffeloven § 284', url: law.url });
  });

  it('keeps a period in brackets, which is part of a name, and drops a quoted line', () => {
    const plan: Source = { ...web, title: 'Regjeringen: Frihet fra negativ sosial kontroll og æresrelatert vold (2021–2024)' };
    expect(readerSource(plan, 'nb', nb, SECTIONS).text).toMatch(/^Regjeringen: Frihet fra negativ sosial kontroll og æresrelatert vold \(2021–2024\) \(lest/);
    const quoted: Source = { ...web, title: 'bufdir.no – Nok et år med økning: «Fra 759 saker i 2021 til 891 saker i 2022»' };
    expect(readerSource(quoted, 'nb', nb, SECTIONS).text).toMatch(/^bufdir\.no – Nok et år med økning \(lest/);
  });

  it('writes the date with the month as a word, in Latin digits and the Gregorian calendar in Arabic and Dari', () => {
    expect(readerDate('2026-11-03', 'nb')).toBe('3. november 2026');
    expect(readerDate('2026-11-03', 'ar')).toMatch(/^3 .+ 2026$/);
    expect(readerDate('2026-11-03', 'fa')).toMatch(/2026/);
  });

  it('writes a date again the same way, in every language, and another date differently (dates are remembered)', () => {
    for (const lng of LANGUAGES) {
      const first = readerDate('2026-11-03', lng);
      const other = readerDate('2025-02-17', lng);
      expect(readerDate('2026-11-03', lng)).toBe(first);
      expect(readerDate('2025-02-17', lng)).toBe(other);
      expect(other).not.toBe(first);
    }
    expect(readerDate('2025-02-17', 'nb')).toBe('17. februar 2025');
    expect(readerDate('2025-02-17', 'en')).toBe('17 February 2025');
    expect(() => readerDate('not a date', 'nb')).toThrow(RangeError);
  });

  describe("the content's dates as the build writes them (a first answer then makes no date formatter)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'reader-dates-'));

    it('writes every date in every language exactly as a card would write it', () => {
      const file = path.join(dir, 'dates.json');
      expect(writeReaderDates(file, ['2026-11-03', '2025-02-17'])).toBe(2);
      const built = readBuiltDates(file);
      expect(built.size).toBe(2 * LANGUAGES.length);
      expect(built.get('nb\u00002026-11-03')).toBe('3. november 2026');
      expect(built.get('en\u00002025-02-17')).toBe('17 February 2025');
      for (const lng of LANGUAGES) for (const date of ['2026-11-03', '2025-02-17']) expect(built.get(`${lng}\u0000${date}`)).toBe(readerDate(date, lng));
    });

    it("takes no dates from a file of another Node's locale data or another formatter, nor from a missing file", () => {
      const file = path.join(dir, 'other.json');
      writeReaderDates(file, ['2026-11-03']);
      const written = JSON.parse(readFileSync(file, 'utf8')) as { formatter: string };
      const other = { ...(JSON.parse(formatterKey()) as Record<string, unknown>), cldr: '1.0' };
      writeFileSync(file, JSON.stringify({ ...written, formatter: JSON.stringify(other) }));
      expect(readBuiltDates(file).size).toBe(0);
      expect(readBuiltDates(path.join(dir, 'none.json')).size).toBe(0);
    });

    it("finds the content's checked dates, among them every date a web source was read", () => {
      const dates = contentDates();
      expect(dates.length).toBeGreaterThan(0);
      expect(dates.every((date) => /^\d{4}-\d{2}-\d{2}$/u.test(date))).toBe(true);
      expect(dates).toEqual([...new Set(dates)].sort());
    });
  });

  it('lists each source once as the reader sees it (several notes on one page are one source)', () => {
    const again: Source = { ...web, title: 'Bufdir: Kompetanseteamet mot negativ sosial kontroll og æresrelatert vold (medlemmer)' };
    expect(readerSources([web, again, seed([1550, 1550]), seed([1552, 1554])], 'nb', nb, SECTIONS)).toHaveLength(2);
  });

  it('gives every source cited in the content a section from the shipped file, and no file name or line', () => {
    const shipped = seedSections();
    for (const [file, doc] of Object.entries(shipped)) {
      const text = readerSource(seed([doc.lineCount, doc.lineCount], file), 'nb', nb).text;
      expect(text).not.toMatch(FILE_OR_LINE);
      expect(text.startsWith(doc.title)).toBe(true);
    }
  });

  it('names a section for every seed citation in the content, from the shipped file (the seeds are not in CI)', () => {
    const cited = [...citedRanges()].flatMap(([file, ranges]) => [...ranges].map((range) => ({ file, line: Number(range.split('-')[0]) })));
    expect(cited.length).toBeGreaterThan(50);
    const shipped = seedSections();
    expect(cited.filter((c) => !shipped[c.file] || c.line > (shipped[c.file]?.lineCount ?? 0) || !sectionOf(c.file, c.line, shipped))).toEqual([]);
  });

  it('keeps the reviewer form, with file and lines, for reviewers', () => {
    expect(sourceForReviewers(seed([1343, 1343]))).toBe('IMDi årsrapport 2023: 899 saker i 2023 (001_e2d92cbbfe31b5d0.txt, l. 1343–1343)');
  });
});

describe('sourcesToggle: sources one click away', () => {
  it('keeps one short source inline', () => {
    const elements = sourcesToggle([law], 'nb', nb, { sections: SECTIONS });
    expect(elements).toEqual([expect.objectContaining({ type: 'TextBlock', text: 'Kilde: [Straffeloven § 284](https://lovdata.no/lov/2005-05-20-28/§284)' })]);
  });

  it('puts several sources in a hidden container a "Kilder (n)" button shows', () => {
    const elements = sourcesToggle([web, seed([1550, 1550]), law], 'nb', nb, { sections: SECTIONS });
    const [buttons, list] = elements as unknown as [Record<string, unknown>, Record<string, unknown>];
    const toggle = (buttons['actions'] as Record<string, unknown>[])[0];
    expect(toggle).toEqual({ type: 'Action.ToggleVisibility', title: 'Kilder (3)', targetElements: [list['id']] });
    expect(list).toMatchObject({ type: 'Container', isVisible: false });
    expect((list['items'] as unknown[]).length).toBe(3);
    expect(JSON.stringify(list)).not.toMatch(FILE_OR_LINE);
  });

  it('gives different source lists different ids, and the same list the same id', () => {
    const a = sourcesToggle([web, law], 'nb', nb, { sections: SECTIONS })[1] as Record<string, unknown>;
    const b = sourcesToggle([web, seed([1550, 1550])], 'nb', nb, { sections: SECTIONS })[1] as Record<string, unknown>;
    const again = sourcesToggle([web, law], 'nb', nb, { sections: SECTIONS })[1] as Record<string, unknown>;
    expect(a['id']).not.toBe(b['id']);
    expect(a['id']).toBe(again['id']);
    expect((sourcesToggle([web, law], 'nb', nb, { id: 'mine', sections: SECTIONS })[1] as Record<string, unknown>)['id']).toBe('mine');
  });

  it('reads each source as readerSources does when the shipped sections are used (each source worked out once per language)', () => {
    const sources = [web, law, web, seed([1550, 1550]), law];
    const lines = (lng: 'nb' | 'en', t: typeof nb) => readerSources(sources, lng, t).map((r) => r.text);
    const shown = (lng: 'nb' | 'en', t: typeof nb) => JSON.stringify(sourcesToggle(sources, lng, t));
    const first = shown('nb', nb);
    expect(shown('nb', nb)).toBe(first);
    for (const line of lines('nb', nb)) expect(first).toContain(JSON.stringify(line).slice(1, -1));
    expect(shown('en', en)).not.toBe(first);
    for (const line of lines('en', en)) expect(shown('en', en)).toContain(JSON.stringify(line).slice(1, -1));
    expect(first).toBe(JSON.stringify(sourcesToggle(sources, 'nb', nb, { sections: seedSections() })));
  });

  it('builds a card that passes the Adaptive Card 1.5 schema, in a right-to-left language too', () => {
    const ar = fixedT(i18n, 'ar');
    for (const [lng, t] of [['nb', nb], ['ar', ar]] as const) {
      const card = adaptiveCard(lng, [...sourcesToggle([web, seed([1550, 1550]), law], lng, t, { sections: SECTIONS }), caveatNote('Kildene oppgir ulike tall.', lng)]);
      expect(cardProblems(card)).toEqual([]);
    }
  });
});

describe('caveatNote: a caveat that reads in every Teams theme', () => {
  it('is default-coloured text on the warning style, not yellow text', () => {
    const note = caveatNote('Det finnes ingen publiserte tall for dette.');
    expect(note).toEqual({ type: 'Container', style: 'warning', items: [{ type: 'TextBlock', text: 'Det finnes ingen publiserte tall for dette.', wrap: true }] });
    expect(JSON.stringify(note)).not.toContain('color');
  });
});

describe('findSeedHeadings: the heading rule', () => {
  it('reads Markdown headings, skips figures set as headings and gives capitals sentence case', () => {
    const text = ['# ÅRSRAPPORT 2023', '', '# 32 115', '', '## **Mangfoldsrådgivere**', 'Tekst.'].join('\n');
    expect(findSeedHeadings(text)).toEqual([
      { line: 1, heading: 'Årsrapport 2023' },
      { line: 5, heading: 'Mangfoldsrådgivere' },
    ]);
  });

  it('reads short title lines of extracted PDF text, joins one broken over two lines, and skips sentences, table rows and page headers', () => {
    const text = [
      'Rapport 2023',
      '',
      'Mangfoldsrådgivere ',
      '',
      'IMDis 59 mangfoldsrådgivere er utplassert på videregående skoler og enkelte ',
      'ungdomskoler.',
      '',
      'Handlingsplan mot negativ sosial kontroll og æresrelatert vold (2021-',
      '2024) ',
      '',
      'Regjeringen lanserte i 2021 handlingsplanen.',
      '',
      'Totalt antall ansatte 206 221 252 264 ',
      '',
      'Antall saker jobbet med 381',
      '',
      'Rapport 2023',
      '',
      'Frist: 30.10.2024',
      '',
      'Rapport 2023',
      '',
      'Slutt.',
    ].join('\n');
    expect(findSeedHeadings(text)).toEqual([
      { line: 3, heading: 'Mangfoldsrådgivere' },
      { line: 8, heading: 'Handlingsplan mot negativ sosial kontroll og æresrelatert vold (2021-2024)' },
    ]);
  });
});
