import { declined, formatReport, parseEvalSet, phrasingLookup, registerCheck, registeredChecks, runEvaluation } from '../../src/evaluation';
import type { Lang } from '../../src/language/languages';
import type { Intent } from '../../src/features';
import type { Understanding } from '../../src/understanding/types';

const items = parseEvalSet('demo', [
  { q: 'hva er tvangsekteskap', lang: 'nb', category: 'forced-marriage', expect: { kind: 'article', id: 'forced-marriage' } },
  { q: 'what is fgm', lang: 'en', category: 'fgm', expect: { kind: 'article', id: 'fgm' } },
  { q: 'hva blir været', lang: 'nb', category: 'out-of-scope', expect: { kind: 'out-of-scope' } },
  { q: 'hjelp meg', lang: 'nb', category: 'emergency', expect: { kind: 'emergency' } },
  { q: 'hvem dekker Somalia', lang: 'nb', category: 'contacts', expect: { kind: 'contact', first: 'envoy-nairobi' } },
]);

/** A scripted understanding: each question has a fixed answer. */
function scripted(answers: Record<string, { intent: Intent; danger?: boolean }>) {
  return (text: string, _lng: Lang): Understanding<Intent> => {
    const a = answers[text] ?? { intent: { kind: 'unknown' } };
    return { intent: a.intent, danger: a.danger ?? false, candidates: [] };
  };
}

const understand = scripted({
  'hva er tvangsekteskap': { intent: { kind: 'article', articleId: 'forced-marriage' } },
  'what is fgm': { intent: { kind: 'article', articleId: 'forced-marriage' } },
  'hva blir været': { intent: { kind: 'suggest', articleIds: ['fgm'] } },
  'hjelp meg': { intent: { kind: 'help' }, danger: true },
  'hvem dekker Somalia': { intent: { kind: 'contact', query: { country: 'SO' } } },
});

describe('evaluation runner', () => {
  it('rejects a malformed set with the reason', () => {
    expect(() => parseEvalSet('bad', [{ q: 'x', lang: 'xx', category: 'c', expect: { kind: 'article' } }])).toThrow('bad is invalid');
  });

  it('scores top-1 per language, out-of-scope rejection, emergency recall and confusions', () => {
    const report = runEvaluation(items, understand);
    expect(report.articles).toEqual({ total: 2, passed: 1, rate: 0.5 });
    expect(report.articleByLang).toEqual({ en: { total: 1, passed: 0, rate: 0 }, nb: { total: 1, passed: 1, rate: 1 } });
    expect(report.outOfScopeRejection.rate).toBe(1);
    expect(report.outOfScopeUnknown.rate).toBe(0);
    expect(report.emergencyRecall.rate).toBe(1);
    expect(report.confusions).toEqual([{ expected: 'article:fgm', got: 'article:forced-marriage', count: 1 }]);
    // No contact check is registered by the guidance feature: the item is listed, not counted.
    expect(report.unchecked).toBe(1);
    expect(formatReport(report)).toContain('emergency recall');
  });

  it('lets other features plug in their checks', () => {
    const checks = new Map(registeredChecks());
    checks.set('contact', (item, u) => ({
      pass: item.expect.kind === 'contact' && u.intent.kind === 'contact' && u.intent.query.country === 'SO',
      got: u.intent.kind,
    }));
    const report = runEvaluation(items, understand, checks);
    expect(report.unchecked).toBe(0);
    expect(report.byKind.contact).toEqual({ total: 1, passed: 1, rate: 1 });
  });

  it('has a global registry too', () => {
    registerCheck('stats', () => ({ pass: true, got: 'stats' }));
    expect(registeredChecks().has('stats')).toBe(true);
  });

  it('counts "did you mean" and "can\'t answer" as declining', () => {
    expect(declined({ intent: { kind: 'unknown' }, danger: false, candidates: [] })).toBe(true);
    expect(declined({ intent: { kind: 'suggest', articleIds: ['fgm'] }, danger: false, candidates: [] })).toBe(true);
    expect(declined({ intent: { kind: 'article', articleId: 'fgm' }, danger: false, candidates: [] })).toBe(false);
  });
});

describe('questions copied into the phrasings', () => {
  it('are reported apart, so the honest figure is visible', () => {
    const isPhrasing = phrasingLookup([{ nb: ['Hva er tvangsekteskap?'] }]);
    expect(isPhrasing('hva er  tvangsekteskap')).toBe(true);
    expect(isPhrasing('hva er kjønnslemlestelse')).toBe(false);
    const report = runEvaluation(items, understand, registeredChecks(), { isPhrasing });
    expect(report.seenAsPhrasing).toBe(1);
    expect(report.articlesUnseen).toEqual({ total: 1, passed: 0, rate: 0 });
    expect(formatReport(report)).toContain('not verbatim in phrasings (1 are)');
  });
});
