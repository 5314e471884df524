import type { EvalReport, Tally } from './run-eval';

function pct(t: Tally): string {
  return t.total === 0 ? '   –  ' : `${(100 * t.rate).toFixed(1).padStart(5)}%`;
}
function line(label: string, t: Tally): string {
  return `  ${label.padEnd(34)} ${pct(t)}  (${t.passed}/${t.total})`;
}

/**
 * The report `npm run eval` prints. Lists failing questions only with `showFailures`; those are test
 * questions written for the evaluation, never user messages (nothing here is logged in production).
 */
export function formatReport(report: EvalReport, options: { showFailures?: boolean } = {}): string {
  const out: string[] = [];
  out.push('Veiviser understanding evaluation', '');
  out.push(line('overall', report.overall));
  out.push(line('in-scope articles, top-1', report.articles));
  for (const [lng, t] of Object.entries(report.articleByLang)) if (t) out.push(line(`  articles ${lng}`, t));
  out.push(line('  answered or among "did you mean"', report.articlesTop3));
  if (report.seenAsPhrasing > 0) {
    out.push(line(`  not verbatim in phrasings (${report.seenAsPhrasing} are)`, report.articlesUnseen));
  }
  out.push(line('out-of-scope declined', report.outOfScopeRejection));
  out.push(line('out-of-scope "can\'t answer" (no suggestions)', report.outOfScopeUnknown));
  out.push(line('emergency recall', report.emergencyRecall));
  for (const [lng, t] of Object.entries(report.emergencyByLang)) if (t) out.push(line(`  emergency ${lng}`, t));
  out.push(line('false alarms on non-emergencies', report.falseAlarms));
  out.push('', 'By kind:');
  for (const [kind, t] of Object.entries(report.byKind)) out.push(line(kind, t));
  out.push('', 'By language (every kind):');
  for (const [lng, t] of Object.entries(report.byLang)) out.push(line(lng, t));
  out.push('', 'By category:');
  for (const [category, t] of Object.entries(report.byCategory)) out.push(line(category, t));
  if (report.unchecked > 0) out.push('', `${report.unchecked} item(s) have no registered check and were not counted.`);
  out.push('', report.confusions.length === 0 ? 'No confusions.' : 'Confusions (expected → got ×count):');
  for (const c of report.confusions) out.push(`  ${c.expected} → ${c.got} ×${c.count}`);
  if (options.showFailures) {
    out.push('', 'Failures:');
    for (const r of report.items.filter((i) => i.checked && !i.pass)) out.push(`  [${r.item.lang}] ${r.item.q}  → ${r.got}`);
  }
  return out.join('\n');
}
