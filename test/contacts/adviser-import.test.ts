import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importAdvisers, parseArgs } from '../../scripts/import-advisers';
import { advisersFileSchema } from '../../src/contacts/adviser-schema';
import { parseAdviserCsv } from '../../src/contacts/adviser-csv';
import { FIXTURES, places } from './contact-fixtures';

describe('npm run import:advisers', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'veiviser-advisers-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('imports the sample CSV into DATA_DIR/advisers.json with county and municipality codes', () => {
    const outcome = importAdvisers({ csvFile: path.join(FIXTURES, 'advisers.csv'), dataDir, now: new Date('2026-11-24T10:00:00Z') });
    expect(outcome).toEqual({ ok: true, count: 4, file: path.join(dataDir, 'advisers.json') });
    const file = advisersFileSchema.parse(JSON.parse(readFileSync(path.join(dataDir, 'advisers.json'), 'utf8')));
    expect(file.importedAt).toBe('2026-11-24T10:00:00.000Z');
    expect(file.importedFrom).toBe('advisers.csv');
    expect(file.advisers[0]).toEqual({
      countyCode: '03',
      county: 'Oslo',
      municipalityCode: '0301',
      municipality: 'Oslo',
      school: 'Eksempelby videregående skole',
      name: 'Eksempel Eksempelsen',
      email: 'eksempel.eksempelsen@example.org',
      phone: '+47 00 00 00 01',
    });
    // "Våler" is two municipalities; the county decides which.
    expect(file.advisers[3]).toMatchObject({ municipality: 'Våler (Innlandet)', municipalityCode: '3419', countyCode: '34' });
    expect(readdirSync(dataDir)).toEqual(['advisers.json']);
  });

  it('reports every bad row by line number and writes nothing', () => {
    const outcome = importAdvisers({ csvFile: path.join(FIXTURES, 'advisers-bad.csv'), dataDir });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors).toEqual([
      'advisers-bad.csv:3: municipality "Drammen" is in Buskerud, not in Oslo',
      expect.stringMatching(/^advisers-bad\.csv:4: county "Viken" is not one of Norway's counties from 2024 – Viken was split/),
      'advisers-bad.csv:5: school (skole) is empty',
      'advisers-bad.csv:6: e-mail (e-post) is not a valid address',
      'advisers-bad.csv:7: give an e-mail (e-post) or a phone number (telefon)',
      'advisers-bad.csv:8: municipality "Atlantis" is not a Norwegian municipality (2024 list)',
    ]);
    expect(existsSync(path.join(dataDir, 'advisers.json'))).toBe(false);
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('leaves an earlier import untouched when the new file is bad', () => {
    importAdvisers({ csvFile: path.join(FIXTURES, 'advisers.csv'), dataDir });
    const before = readFileSync(path.join(dataDir, 'advisers.json'), 'utf8');
    importAdvisers({ csvFile: path.join(FIXTURES, 'advisers-bad.csv'), dataDir });
    expect(readFileSync(path.join(dataDir, 'advisers.json'), 'utf8')).toBe(before);
  });

  it('accepts English headers and commas, and names missing columns', () => {
    const ok = parseAdviserCsv('county,municipality,school,name,email\nVestland,Bergen,Fiktiv skole,Ola Oppdiktet,ola@example.org\n', places);
    expect(ok).toMatchObject({ ok: true, advisers: [{ county: 'Vestland', municipality: 'Bergen', school: 'Fiktiv skole' }] });
    const missing = parseAdviserCsv('fylke;skole;navn\nOslo;X;Y\n', places);
    expect(missing).toEqual({ ok: false, errors: [{ line: 1, message: expect.stringContaining('missing column(s): municipality, email, phone') }] });
    expect(parseAdviserCsv('fylke;kommune;skole;navn;e-post\n', places)).toEqual({ ok: false, errors: [{ line: 1, message: 'the file has no adviser rows' }] });
  });

  it('reports a CSV syntax error with its line', () => {
    const file = path.join(dataDir, 'broken.csv');
    writeFileSync(file, 'fylke;kommune;skole;navn;e-post\nOslo;Oslo;"Unclosed;Eksempel;e@example.org\n');
    const outcome = importAdvisers({ csvFile: file, dataDir });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors[0]).toMatch(/^broken\.csv:\d+: the file is not valid CSV/);
  });

  it('reads the file and --data-dir from the command line', () => {
    expect(parseArgs(['advisers.csv'], './data')).toEqual({ csvFile: 'advisers.csv', dataDir: './data' });
    expect(parseArgs(['advisers.csv', '--data-dir', '/srv/veiviser'], './data')).toEqual({ csvFile: 'advisers.csv', dataDir: '/srv/veiviser' });
    expect(parseArgs(['--data-dir=/x', 'a.csv'], './data')).toEqual({ csvFile: 'a.csv', dataDir: '/x' });
    expect(parseArgs([], './data')).toBeUndefined();
  });
});

describe('the import:advisers command', () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['--import', 'tsx', path.join('scripts', 'import-advisers.ts'), ...args], { cwd: path.join(__dirname, '..', '..'), encoding: 'utf8', env: { ...process.env, ...env } });

  it('exits 1 with line-numbered errors on a bad file, 0 on a good one, 2 without a file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'veiviser-cli-'));
    try {
      const bad = run([path.join(FIXTURES, 'advisers-bad.csv'), '--data-dir', dir]);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain('advisers-bad.csv:3: municipality "Drammen" is in Buskerud, not in Oslo');
      expect(bad.stderr).toContain('No advisers were imported (6 errors)');
      expect(readdirSync(dir)).toEqual([]);
      const good = run([path.join(FIXTURES, 'advisers.csv')], { DATA_DIR: dir });
      expect(good.status).toBe(0);
      expect(good.stdout).toContain('Imported 4 advisers');
      expect(run([]).status).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
