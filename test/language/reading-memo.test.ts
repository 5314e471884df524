import { ReadingMemo } from '../../src/language/reading-memo';

describe('ReadingMemo', () => {
  it('works a text out once while its message is read, and forgets it on the next turn of the event loop', async () => {
    const memo = new ReadingMemo<string>();
    let calls = 0;
    const upper = (k: string) => (calls++, k.toUpperCase());
    expect(memo.get('hvor mange saker', upper)).toBe('HVOR MANGE SAKER');
    expect(memo.get('hvor mange saker', upper)).toBe('HVOR MANGE SAKER');
    expect(calls).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(memo.get('hvor mange saker', upper)).toBe('HVOR MANGE SAKER');
    expect(calls).toBe(2);
  });

  it('keeps at most `max` texts, even when the event loop does not turn', () => {
    const memo = new ReadingMemo<number>(3);
    let calls = 0;
    for (const key of ['a', 'b', 'c', 'd', 'a']) memo.get(key, (k) => (calls++, k.length));
    // 'd' found the memo full and emptied it, so 'a' was worked out again.
    expect(calls).toBe(5);
  });

});
