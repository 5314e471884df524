import { unicodeWords } from '../../src/language/word-boundary';

describe('word boundaries for every script', () => {
  it('finds no boundary inside a word with ø, å or æ', () => {
    expect(/\bkt\b/u.test('søkt')).toBe(true); // JavaScript's own \b: why this exists
    expect(unicodeWords(/\bkt\b/u).test('søkt')).toBe(false);
    expect(unicodeWords(/\bkt\b/u).test('ring kt nå')).toBe(true);
  });

  it('finds the boundary after a word ending in å', () => {
    expect(/\bbistå\b/.test('kan de bistå meg')).toBe(false);
    expect(unicodeWords(/\bbistå\b/).test('kan de bistå meg')).toBe(true);
    expect(unicodeWords(/\bbistå\b/).test('bistånd')).toBe(false);
  });

  it('knows words of other scripts', () => {
    expect(unicodeWords(/\bмы\b/u).test('мы здесь')).toBe(true);
    expect(unicodeWords(/\bмы\b/u).test('мыло')).toBe(false);
  });

  it('leaves an escaped backslash before b alone, and keeps the flags', () => {
    expect(unicodeWords(/a\\b/u).test('a\\b')).toBe(true);
    const global = unicodeWords(/\bx\b/g);
    expect(global.flags).toBe('gu');
    expect(unicodeWords(/\bx\b/g)).not.toBe(global);
    expect(unicodeWords(/\by\b/)).toBe(unicodeWords(/\by\b/));
  });
});
