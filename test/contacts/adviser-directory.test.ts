import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadAdviserDirectory, schoolKey } from '../../src/contacts/adviser-directory';
import { fixtureAdvisers, places } from './contact-fixtures';

describe('diversity-adviser lookups', () => {
  const advisers = fixtureAdvisers();

  it('treats "vgs", "videregående skole" and "vidaregåande skule" as the same school type', () => {
    expect(schoolKey('Hellerud vgs')).toBe('hellerud vgs');
    expect(schoolKey('Hellerud videregående skole')).toBe('hellerud vgs');
    expect(schoolKey('Hellerud Vidaregåande Skule')).toBe('hellerud vgs');
    expect(schoolKey('Fiktiv ungdomsskole')).toBe('fiktiv us');
  });

  it('finds an adviser by school however the school is written', () => {
    expect(advisers.bySchool('Eksempelby vgs').map((a) => a.name)).toEqual(['Eksempel Eksempelsen']);
    expect(advisers.bySchool('eksempelby videregaende').map((a) => a.name)).toEqual(['Eksempel Eksempelsen']);
    expect(advisers.bySchool('Prøvestad videregående skole').map((a) => a.name)).toEqual(['Test Testesen']);
    expect(advisers.bySchool('Demo vgs').map((a) => a.name)).toEqual(['Kari Konstruert']);
    expect(advisers.bySchool('Ukjent vgs')).toEqual([]);
  });

  it('finds advisers by municipality and by county (municipality → county from the code list)', () => {
    expect(advisers.byMunicipality('3301').map((a) => a.school)).toEqual(['Prøvestad vgs']);
    expect(advisers.byCounty('46').map((a) => a.school)).toEqual(['Fiktiv ungdomsskole']);
    expect(advisers.lookup('mangfoldsrådgiver i Drammen')).toMatchObject({ kind: 'municipality', municipality: { name: 'Drammen', county: { name: 'Buskerud' } } });
    expect(advisers.lookup('rådgivere i Vestland')).toMatchObject({ kind: 'county', county: { code: '46' }, advisers: [{ name: 'Ola Oppdiktet' }] });
    expect(advisers.lookup('hvem er mangfoldsrådgiver på Prøvestad vgs?')).toMatchObject({ kind: 'school', school: 'Prøvestad vgs' });
    expect(advisers.lookup('ingen sted')).toEqual({ kind: 'none' });
  });

  it('knows the 2024 counties and maps every municipality by its first two digits', () => {
    expect(places.counties).toHaveLength(15);
    expect(places.municipalities).toHaveLength(357);
    for (const m of places.municipalities) expect(m.code.slice(0, 2)).toBe(m.county.code);
    expect(places.county('Hordaland')?.name).toBe('Vestland');
    expect(places.municipalitiesNamed('Våler').map((m) => m.county.name).sort()).toEqual(['Innlandet', 'Østfold']);
    expect(places.municipalitiesNamed('Kautokeino')[0]?.name).toBe('Guovdageaidnu');
  });

  describe('loading DATA_DIR/advisers.json', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'veiviser-adv-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('is empty when the organisation has imported nothing: the repository ships no people', () => {
      expect(loadAdviserDirectory(dir, places).size).toBe(0);
    });

    it('loads an imported file with its import date', () => {
      writeFileSync(
        path.join(dir, 'advisers.json'),
        JSON.stringify({ version: 1, importedAt: '2026-11-20T08:00:00.000Z', importedFrom: 'a.csv', advisers: [{ countyCode: '03', county: 'Oslo', municipalityCode: '0301', municipality: 'Oslo', school: 'Fiktiv vgs', name: 'Eksempel Eksempelsen', email: 'e@example.org' }] }),
      );
      const loaded = loadAdviserDirectory(dir, places);
      expect(loaded.size).toBe(1);
      expect(loaded.importedAt).toBe('2026-11-20T08:00:00.000Z');
      expect(loaded.bySchool('Fiktiv videregående skole').map((a) => a.name)).toEqual(['Eksempel Eksempelsen']);
    });

    it('refuses a file that does not validate, naming the fix', () => {
      writeFileSync(path.join(dir, 'advisers.json'), JSON.stringify({ version: 1, advisers: [{ name: 'x' }] }));
      expect(() => loadAdviserDirectory(dir, places)).toThrow(/re-run npm run import:advisers/);
    });
  });
});
