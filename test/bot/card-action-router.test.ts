import { z } from 'zod';
import { cardAction } from '../../src/kit/card-action';
import { CardActionRouter } from '../../src/bot/card-action-router';
import type { Turn } from '../../src/kit/turn';
import { createLogger } from '../../src/logging/logger';

const turn = { log: createLogger({ level: 'silent' }) } as unknown as Turn;

describe('card action routing by verb', () => {
  const seen: unknown[] = [];
  const router = new CardActionRouter([cardAction('vote', z.object({ vote: z.enum(['up', 'down']) }).strict(), async (_t, data) => void seen.push(data))]);

  it('parses the payload with the verb’s schema and calls its handler', async () => {
    expect(await router.route(turn, { verb: 'vote', vote: 'up' })).toBe('handled');
    expect(seen).toEqual([{ vote: 'up' }]);
  });

  it.each([[{ verb: 'vote', vote: 'sideways' }], [{ verb: 'vote', vote: 'up', extra: 1 }], [{ vote: 'up' }], ['vote'], [null]])('refuses %j', async (value) => {
    expect(await router.route(turn, value)).toBe('invalid');
  });

  it('reports an unknown verb', async () => {
    expect(await router.route(turn, { verb: 'nope' })).toBe('unknown-verb');
  });

  it('refuses two handlers for one verb at construction', () => {
    const noop = cardAction('x', z.object({}), async () => undefined);
    expect(() => new CardActionRouter([noop, noop])).toThrow('verb "x"');
  });
});
