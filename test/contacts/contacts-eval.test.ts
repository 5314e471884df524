import path from 'node:path';
import { readFileSync } from 'node:fs';
import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { createContactCheck } from '../../src/evaluation/checks/contact-check';
import { parseEvalSet } from '../../src/evaluation/eval-set';
import { runEvaluation } from '../../src/evaluation/run-eval';
import { commandRecognizer } from '../../src/commands/command-recognizer';
import { createUnderstanding } from '../../src/understanding/understand';
import { fallbackIntent } from '../../src/knowledge/guidance-feature';
import { typedUnderstanding } from '../../src/evaluation/typed-understanding';
import { directory, noAdvisers, places } from './contact-fixtures';

/** The contacts evaluation set must stay at ≥95 % correct first service with the contacts recognizer alone. */
describe('contacts evaluation set (test/eval/contacts.json)', () => {
  const items = parseEvalSet('contacts', JSON.parse(readFileSync(path.join(__dirname, '..', 'eval', 'contacts.json'), 'utf8')));
  const understand = typedUnderstanding(createUnderstanding([commandRecognizer, createContactRecognizer({ directory, places, advisers: noAdvisers() })], { isDanger: () => false }, { fallback: fallbackIntent }));
  const check = createContactCheck(directory);

  it('has at least 160 contact questions in nb, nn and en, each expecting a real service', () => {
    expect(items.length).toBeGreaterThanOrEqual(160);
    for (const lng of ['nb', 'nn', 'en'] as const) expect(items.filter((i) => i.lang === lng).length).toBeGreaterThanOrEqual(20);
    for (const item of items) {
      expect(item.expect.kind).toBe('contact');
      if (item.expect.kind === 'contact') expect(directory.services.map((s) => s.id)).toContain(item.expect.first);
    }
  });

  it('plugs into the shared evaluation runner as the "contact" check', () => {
    const report = runEvaluation(items, understand, new Map([['contact', check]]));
    expect(report.byKind['contact']?.total).toBe(items.length);
    expect(report.byKind['contact']?.rate).toBeGreaterThanOrEqual(0.95);
  });

  it('gets the first service right for at least 95 %', () => {
    const failures = items.filter((item) => !check(item, understand(item.q, item.lang)).pass).map((item) => item.q);
    const accuracy = 1 - failures.length / items.length;
    expect({ accuracy: accuracy >= 0.95, failures }).toEqual({ accuracy: true, failures: expect.any(Array) });
  });
});
