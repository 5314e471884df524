import { createLogger, memorySink } from '../../src/logging/logger';

describe('logger', () => {
  it('writes JSON lines at or above its level, with the child name', () => {
    const sink = memorySink();
    const log = createLogger({ level: 'info', sink, clock: () => new Date('2026-01-01T00:00:00Z') }).child('bot');
    log.debug('hidden');
    log.info('shown', { intent: 'help' });
    expect(sink.lines).toHaveLength(1);
    expect(JSON.parse(sink.lines[0]!)).toEqual({ time: '2026-01-01T00:00:00.000Z', level: 'info', name: 'bot', msg: 'shown', intent: 'help' });
  });

  it('never writes fields that carry user content, even if a caller passes them', () => {
    const sink = memorySink();
    createLogger({ level: 'trace', sink }).warn('oops', { text: 'min elev heter Ali', name: 'Kari', value: 'x', email: 'a@b.no' });
    expect(sink.lines[0]).not.toMatch(/Ali|Kari|a@b\.no/);
    expect(sink.lines[0]).toContain('[redacted]');
  });

  it('is silent at level silent', () => {
    const sink = memorySink();
    createLogger({ level: 'silent', sink }).error('nothing');
    expect(sink.lines).toHaveLength(0);
  });
});
