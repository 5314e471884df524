/**
 * The school-type words of a school's name are data (content/understanding/school-types/<lng>.json), checked by a zod
 * schema at load. These tests hold the files to that shape and show that a form a reviewer adds is read as its type.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { schoolKey } from '../../src/contacts/adviser-directory';
import { loadSchoolTypes, SCHOOL_TYPE_KEYS, SCHOOL_TYPES_DIR, schoolTypesFileSchema } from '../../src/contacts/school-types';

describe('school types as data', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const copy = (): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'school-types-'));
    dirs.push(dir);
    cpSync(SCHOOL_TYPES_DIR, dir, { recursive: true });
    return dir;
  };

  it('has a valid file with a review status for bokmål, nynorsk and English, and every type has forms', () => {
    const files = readdirSync(SCHOOL_TYPES_DIR).filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual(['en.json', 'nb.json', 'nn.json']);
    for (const file of files) {
      const data = schoolTypesFileSchema.parse(JSON.parse(readFileSync(path.join(SCHOOL_TYPES_DIR, file), 'utf8')));
      expect(`${data.lang}.json`).toBe(file);
      expect(['machine-assisted', 'native-reviewed']).toContain(data.review);
    }
    expect(loadSchoolTypes().map(([, key]) => key)).toEqual([...SCHOOL_TYPE_KEYS]);
  });

  it('reads each language’s forms, a form with the word after it, and the longest form first', () => {
    expect(schoolKey('Nordby vidaregåande skule')).toBe('nordby vgs');
    expect(schoolKey('Nordby upper secondary school')).toBe('nordby vgs');
    expect(schoolKey('Sørli lower secondary school')).toBe('sørli us');
    expect(schoolKey('Sørli adult education centre')).toBe('sørli vo');
    expect(schoolKey('Sørli vaksenopplæring')).toBe('sørli vo');
    expect(schoolKey('Sørli skule')).toBe('sørli skole');
  });

  it('reads a form a reviewer adds as its type', () => {
    const dir = copy();
    const file = path.join(dir, 'en.json');
    const en = schoolTypesFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    const vgs = en.types.vgs ?? { forms: [] };
    writeFileSync(file, JSON.stringify({ ...en, types: { ...en.types, vgs: { ...vgs, forms: [...vgs.forms, 'sixth form college'] } } }));
    expect(schoolKey('Nordby Sixth Form College')).toBe('nordby sixth form college');
    expect(schoolKey('Nordby Sixth Form College', loadSchoolTypes(dir))).toBe('nordby vgs');
  });

  it('stops the start with the file named when a file is broken', () => {
    const dir = copy();
    const file = path.join(dir, 'nn.json');
    const nn = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...nn, types: { folkehøgskule: { forms: ['folkehøgskule'] } } }));
    expect(() => loadSchoolTypes(dir)).toThrow(/nn\.json is invalid/u);
  });
});
