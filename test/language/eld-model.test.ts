import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eld } from 'eld/medium';
import { loadEvalSets } from '../../src/evaluation/eval-set';
import { compactEldModel, loadCompactEld, writeCompactEldModel } from '../../src/language/eld-model';
import type { EldLike } from '../../src/language/detect-language';

/** Everything a detection result says: the language, whether eld calls it reliable, and every language's score. */
function reading(detector: EldLike, text: string): string {
  const result = detector.detect(text);
  return JSON.stringify([result.language, result.isReliable(), result.getScores()]);
}

describe("eld's medium model in compact form (written by the build, read at start)", () => {
  let dir: string;
  let compact: EldLike | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'veiviser-eld-'));
    await writeCompactEldModel(path.join(dir, 'eld-medium.json'));
    compact = await loadCompactEld(path.join(dir, 'eld-medium.json'));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same language, reliability and scores as eld/medium on every evaluation question and foreign sentences', () => {
    const questions = loadEvalSets(path.join(__dirname, '..', 'eval')).map((item) => item.q.toLowerCase());
    const foreign = ['bonjour, je voudrais savoir comment aider une élève', 'wie kann ich einer schülerin helfen?', '¿dónde puedo encontrar ayuda?', 'merci', 'danke schön'];
    // Keys an object has by inheritance: eld's own table answers them from Object.prototype, which scores nothing.
    const odd = ['__proto__ constructor tostring hasownproperty', '', 'a'];
    expect(questions.length).toBeGreaterThan(1000);
    if (!compact) throw new Error('the compact model was not loaded');
    const model = compact;
    const differing = [...questions, ...foreign, ...odd].filter((text) => reading(model, text) !== reading(eld, text));
    expect(differing).toEqual([]);
  });

  it('stores one score set for n-grams that score alike, and keeps every n-gram', () => {
    const model = compactEldModel({ type: 'T', languages: { 0: 'aa', 1: 'bb' }, ngrams: { ' ab ': { 0: 5 }, ' cd ': { 0: 5 }, ' ef ': { 1: 7, 0: 9 } } }, '0');
    expect(model.keys.split('\n')).toEqual([' ab ', ' cd ', ' ef ']);
    expect(model.refs).toEqual([0, 0, 1]);
    // Set 0 is { 0: 5 }, set 1 is { 0: 9, 1: 7 } (languages in eld's key order).
    expect(model.setStarts).toEqual([0, 1, 3]);
    expect(model.setLanguages).toEqual([0, 0, 1]);
    expect(model.setScores).toEqual([5, 9, 7]);
  });

  it('is not used when the file is in an earlier compact format (the app then loads eld/medium)', async () => {
    const old = path.join(dir, 'old-format.json');
    writeFileSync(old, JSON.stringify({ format: 'veiviser-eld-compact-1', eldVersion: '0', type: 'T', languages: {}, keys: '', refs: [], scores: [] }));
    await expect(loadCompactEld(old)).resolves.toBeUndefined();
  });

  it('is not used when the file is missing (the app then loads eld/medium)', async () => {
    await expect(loadCompactEld(path.join(dir, 'missing.json'))).resolves.toBeUndefined();
  });
});
