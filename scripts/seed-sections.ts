/**
 * `npm run content:sections`: reads the seed documents in ../shared/seeds, finds their headings (the rule is in
 * src/content/seed-headings.ts) and writes content/sources/seed-sections.json, so cards can name a citation's section
 * where the seeds are absent (CI, the packaged app). `-- --cited` also prints every cited line range with the heading
 * it falls under, to check the rule by eye. `npm run content:check` fails when the file is not current.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findSeedHeadings, headingAt, type SeedHeading } from '../src/content/seed-headings';
import { seedSectionsFile, type SeedSections } from '../src/content/seed-sections';
import { projectRoot } from '../src/paths/content-root';

/** The seed documents by file: the name a reader knows, and a public copy where one is cited in the seeds. */
const DOCUMENTS: Readonly<Record<string, { title: string; year: number; url?: string; urlSource?: string }>> = {
  '000_9bfa3949974afa9c.txt': { title: 'IMDis likestillingsredegjørelse 2023', year: 2023 },
  '001_e2d92cbbfe31b5d0.txt': { title: 'IMDi årsrapport 2023', year: 2023 },
  '002_1038b4cdd0183d6d.txt': { title: 'IMDi årsrapport 2008', year: 2008 },
  '003_ebbfcc0e49845029.txt': {
    title: 'Tildelingsbrev til IMDi 2024',
    year: 2024,
    url: 'https://www.imdi.no/contentassets/e49c036bcffe4a6ea209d351b0ec8eb2/tildelingsbrev-for-integrerings--og-mangfoldsdirektoratet-for-20241587652.pdf',
    urlSource: '000_9bfa3949974afa9c.txt, l. 957–959 (footnote 2 of IMDis likestillingsredegjørelse 2023)',
  },
  '004_d1bd28d31f4191f0.txt': { title: 'IMDis likestillingsredegjørelse 2025', year: 2025 },
};

/** Lines the heading rule takes for headings wrongly, checked by eye; each with its reason. */
const NOT_HEADINGS: Readonly<Record<string, readonly number[]>> = {
  '002_1038b4cdd0183d6d.txt': [
    // A picture caption ("Lær mer om religion på imdi.no") and the first line of a paragraph ("Det har vært en økning …").
    740, 972,
    // The list of schools by county and of embassies with the countries each covers, under "Handlingsplan mot tvangsekteskap".
    796, 797, 798, 799, 801, 804, 805, 806, 807, 812, 815, 816, 817, 818, 819,
    // A table's column header ("Henvendelser personer involvert") under its caption.
    977,
  ],
  // Table column headers ("Post Betegnelse Tildeling 2024", "Organisasjon Tilskudd 2024").
  '003_ebbfcc0e49845029.txt': [1134, 1151, 1271],
};

/** Headings the rule misses, checked by eye: set after a picture caption, with no blank line before them. */
const MISSED_HEADINGS: Readonly<Record<string, readonly SeedHeading[]>> = {
  '002_1038b4cdd0183d6d.txt': [
    { line: 768, heading: 'Satsing mot tvangsekteskap – Forebyggingsenheten' },
    { line: 934, heading: 'Samarbeid mellom minoritets- og integreringsrådgiver' },
  ],
  // The letter's assignments: a heading of three or four lines, more than the rule joins.
  '003_ebbfcc0e49845029.txt': [
    { line: 557, heading: 'Mål 5: Offentlig sektor har tilstrekkelig tilgang på, og bruker, kvalifiserte tolker' },
    { line: 1621, heading: 'Oppdrag nr. 2024-09 Utarbeide en samlet rapport for de særskilte tjenestene om arbeidet mot negativ sosial kontroll og æresrelatert vold, i samarbeid med Bufdir' },
    { line: 1652, heading: 'Oppdrag nr. 2024-10 Utarbeide en felles strategi for IMDi og Bufdir for å gjøre de særskilte tjenestene som jobber mot negativ sosial kontroll og æresrelatert vold bedre kjent' },
    { line: 1675, heading: 'Oppdrag nr. 2024-11 Utarbeide en strategi for å heve kompetansen om negativ sosial kontroll og æresrelatert vold i de ordinære tjenestene' },
    { line: 1736, heading: 'Oppdrag nr. 2024-14 Legge til rette for etterlevelse av tolkeloven ved utadrettet, målrettet og aktiv veiledning og oppfølging av store tolkebrukere- og formidlere, herunder private formidlingsbyråer' },
  ],
};

export function seedsDir(): string {
  return path.join(projectRoot(), '..', 'shared', 'seeds');
}

function lineCount(text: string): number {
  // A trailing newline ends the last line; it does not start another one.
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** The sections of every seed in `dir`, as content/sources/seed-sections.json holds them. */
export function buildSeedSections(dir: string = seedsDir()): SeedSections {
  const out: Record<string, SeedSections[string]> = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const doc = DOCUMENTS[name];
    if (!doc) throw new Error(`${name}: add its title and year to DOCUMENTS in scripts/seed-sections.ts`);
    const text = readFileSync(path.join(dir, name), 'utf8');
    const headings = [...findSeedHeadings(text, new Set(NOT_HEADINGS[name] ?? [])), ...(MISSED_HEADINGS[name] ?? [])].sort((a, b) => a.line - b.line);
    out[name] = { ...doc, lineCount: lineCount(text), headings };
  }
  return out;
}

export function serializeSeedSections(sections: SeedSections): string {
  return JSON.stringify(sections, null, 2) + '\n';
}

/** Every seed citation in the content files: seed file → its cited line ranges ("first-last"). */
export function citedRanges(contentDir: string = path.join(projectRoot(), 'content')): Map<string, Set<string>> {
  const cited = new Map<string, Set<string>>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (typeof value !== 'object' || value === null) return;
    const o = value as Record<string, unknown>;
    if (o['kind'] === 'seed' && typeof o['file'] === 'string' && Array.isArray(o['lines'])) {
      const set = cited.get(o['file']) ?? new Set<string>();
      set.add(`${String(o['lines'][0])}-${String(o['lines'][1])}`);
      cited.set(o['file'], set);
    }
    Object.values(o).forEach(walk);
  };
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(p);
      else if (entry.name.endsWith('.json')) walk(JSON.parse(readFileSync(p, 'utf8')) as unknown);
    }
  };
  visit(contentDir);
  return cited;
}

function main(): void {
  const dir = seedsDir();
  if (!existsSync(dir)) throw new Error(`${dir} not found: the seeds are needed to find their headings`);
  const sections = buildSeedSections(dir);
  mkdirSync(path.dirname(seedSectionsFile()), { recursive: true });
  writeFileSync(seedSectionsFile(), serializeSeedSections(sections));
  console.log(`Wrote ${path.relative(projectRoot(), seedSectionsFile())}: ${Object.entries(sections).map(([f, d]) => `${f} ${d.headings.length} headings`).join(', ')}`);
  if (process.argv.includes('--cited')) {
    for (const [file, ranges] of [...citedRanges()].sort()) {
      for (const range of [...ranges].sort((a, b) => Number(a.split('-')[0]) - Number(b.split('-')[0]))) {
        const first = Number(range.split('-')[0]);
        const h = headingAt(sections[file]?.headings ?? [], first);
        console.log(`${file} ${range}\t← ${h ? `${h.line}: ${h.heading}` : '(no heading)'}`);
      }
    }
  }
}

if (require.main === module) main();
