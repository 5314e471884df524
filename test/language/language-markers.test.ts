import { mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { foldArabic, hasEnding, loadLanguageMarkers } from '../../src/language/language-markers';
import { LANGUAGES } from '../../src/language/languages';
import { foldArabicKeyboard, normalize } from '../../src/language/text';
import { contentPath } from '../../src/paths/content-root';

const dir = contentPath('understanding', 'language');

describe('language marker words are data, one file per language', () => {
  it('has a file for every language the detector weighs by words (Tigrinya is told by its script), each with a review status', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'common.json').map((f) => f.replace('.json', ''));
    expect(files.sort()).toEqual(LANGUAGES.filter((l) => l !== 'ti').sort());
    for (const f of [...files, 'common']) {
      const data = JSON.parse(readFileSync(path.join(dir, `${f}.json`), 'utf8')) as { review?: string };
      expect(['machine-assisted', 'native-reviewed']).toContain(data.review);
    }
  });

  it('loads the words the detector uses, Arabic-script words folded so either keyboard matches', () => {
    const markers = loadLanguageMarkers();
    expect(markers.bokmal.has('hvordan')).toBe(true);
    expect(markers.nynorsk.has('korleis')).toBe(true);
    expect(markers.romanUrdu.has('kya')).toBe(true);
    expect(markers.finglish.has('dokhtar')).toBe(true);
    // ar.json writes في and على with the Arabic ي/ى; the set holds them folded, as messages are.
    expect(markers.arabic.has(foldArabic('في'))).toBe(true);
    expect(markers.arabic.has('في')).toBe(false);
    expect(markers.norwegianNames.test('kompetanseteamet')).toBe(true);
    expect(markers.norwegianNames.test('kompass')).toBe(false);
  });

  it('rejects a file a reviewer broke (two words in one entry, a missing review status, the wrong language)', () => {
    const broken = mkdtempSync(path.join(tmpdir(), 'markers-'));
    for (const f of readdirSync(dir)) copyFileSync(path.join(dir, f), path.join(broken, f));
    const so = JSON.parse(readFileSync(path.join(dir, 'so.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(path.join(broken, 'so.json'), JSON.stringify({ ...so, markers: ['waa maxay'] }));
    expect(() => loadLanguageMarkers(broken)).toThrow(/so\.json is invalid/u);
    writeFileSync(path.join(broken, 'so.json'), JSON.stringify({ ...so, review: undefined }));
    expect(() => loadLanguageMarkers(broken)).toThrow(/so\.json is invalid/u);
    writeFileSync(path.join(broken, 'so.json'), JSON.stringify({ ...so, lang: 'tr' }));
    expect(() => loadLanguageMarkers(broken)).toThrow(/says lang "tr"/u);
  });
});

describe('the words that tell bokmål from nynorsk', () => {
  const markers = loadLanguageMarkers();
  it('keeps bokmål and nynorsk marker words apart, and dialect words out of both', () => {
    const both = [...markers.bokmal].filter((w) => markers.nynorsk.has(w));
    expect(both).toEqual([]);
    const dialectInStandard = [...markers.norwegianDialect].filter((w) => markers.bokmal.has(w) || markers.nynorsk.has(w));
    expect(dialectInStandard).toEqual([]);
  });

  it('reads the dialect-shared nynorsk forms as nynorsk words, and the endings of each standard', () => {
    expect(markers.nynorskDialect.has('ikkje')).toBe(true);
    expect(markers.nynorsk.has('ikkje')).toBe(true);
    expect(markers.norwegianDialect.has('itj')).toBe(true);
    expect(hasEnding('brukarar', markers.nynorskEndings)).toBe(true);
    expect(hasEnding('arar', markers.nynorskEndings)).toBe(false);
    expect(hasEnding('vanlig', markers.bokmalEndings)).toBe(true);
    expect(hasEnding(foldArabic('کردند'), markers.dariEndings)).toBe(true);
  });

  it('rejects dialect words or endings in a file that is not read for them', () => {
    const broken = mkdtempSync(path.join(tmpdir(), 'markers-'));
    for (const f of readdirSync(dir)) copyFileSync(path.join(dir, f), path.join(broken, f));
    const so = JSON.parse(readFileSync(path.join(dir, 'so.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(path.join(broken, 'so.json'), JSON.stringify({ ...so, dialectShared: ['ho'] }));
    expect(() => loadLanguageMarkers(broken)).toThrow(/so\.json is invalid/u);
    writeFileSync(path.join(broken, 'so.json'), JSON.stringify({ ...so, endings: [{ ending: 'aa', minLength: 4 }] }));
    expect(() => loadLanguageMarkers(broken)).toThrow(/so\.json is invalid/u);
  });
});

describe('the Arabic keyboard folding is written once', () => {
  it('folds ي and ك to the Persian ی and ک in normalize and on its own', () => {
    expect(foldArabicKeyboard('كيف')).toBe('کیف');
    expect(normalize('كيف')).toBe('کیف');
    expect(foldArabic('على')).toBe('علی');
  });
});
