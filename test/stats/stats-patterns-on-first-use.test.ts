import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { makeAllStatsPatterns, parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';

/*
 * The statistics grammar's patterns are made the first time a message needs them (src/stats/answers/stats-recognizer.ts,
 * `once`), not when the module loads: V8 builds every Unicode property class of a pattern when it is made.
 */
describe('the statistics grammar, its patterns made on first use', () => {
  it('makes none when the module loads, and fewer than half for a question that asks no figure', () => {
    // A fresh process: this file's own imports have already made some.
    const script = `
      const r = require('./src/stats/answers/stats-recognizer');
      const before = r.statsPatternsMade();
      r.parseStatsQuestion('hva er negativ sosial kontroll?', new Date('2025-06-01T12:00:00Z'), 'nb');
      const first = r.statsPatternsMade();
      const all = r.makeAllStatsPatterns();
      process.stdout.write(JSON.stringify({ before, first, all }));
    `;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: path.join(__dirname, '..', '..'), encoding: 'utf8' });
    const { before, first, all } = JSON.parse(out) as { before: number; first: number; all: number };
    expect(before).toBe(0);
    expect(all).toBeGreaterThan(70);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(all / 2);
  });

  it('makes every pattern of the grammar without an error, and reads a question alike before and after', () => {
    const now = new Date('2025-06-01T12:00:00Z');
    const questions = ['hvor mange saker hadde mangfoldsrådgiverne i fjor?', 'kor mange førespurnader fekk Kompetanseteamet 2004–2008', 'how many cases did the envoys handle in 2023'];
    const before = questions.map((q) => JSON.stringify(parseStatsQuestion(q, now, 'nb')));
    expect(makeAllStatsPatterns()).toBeGreaterThan(70);
    expect(questions.map((q) => JSON.stringify(parseStatsQuestion(q, now, 'nb')))).toEqual(before);
  });
});
