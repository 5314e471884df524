import { PhraseBook, PhraseBookBuilder, isAge } from '../../src/understanding/phrase-book';
import { compileParts } from '../../src/understanding/situation-cues';

/** A book of one phrase (the cue syntax of situation-cues.ts), and whether it matches `text` at its first word. */
function matches(phrase: string, text: string, at = 0): boolean {
  const builder = new PhraseBookBuilder();
  const p = builder.add(0, 0, compileParts(phrase, 'test'));
  return builder.build().matchesAt(p, text.split(' '), at);
}

describe('PhraseBook: compiled phrases as flat arrays, and their matching', () => {
  it.each([
    ['jeg er rektor', 'jeg er rektor', true],
    ['jeg er rektor', 'jeg er rektoren', false],
    ['jeg er rektor*', 'jeg er rektoren', true],
    ['jeg ... rektor', 'jeg rektor', true],
    ['jeg ... rektor', 'jeg er en rektor', true],
    ['jeg ... rektor', 'jeg er ikke lenger rektor', true],
    ['jeg ... rektor', 'jeg er ikke lenger her som rektor', false],
    ['she is # years', 'she is 15 years', true],
    ['she is # years', 'she is 18 years', false],
    ['she is # years', 'she is 9 years', false],
    ['reise ...', 'reise', true],
    ['jeg er rektor', 'jeg er', false],
  ])('"%s" on "%s": %s', (phrase, text, expected) => {
    expect(matches(phrase, text)).toBe(expected);
  });

  it('matches from the token it is asked at', () => {
    expect(matches('er rektor', 'jeg er rektor', 1)).toBe(true);
    expect(matches('er rektor', 'jeg er rektor', 0)).toBe(false);
  });

  it('reads an age as a number from 10 to 17, as two digits', () => {
    expect(['10', '13', '17'].every(isAge)).toBe(true);
    expect(['9', '18', '19', '015', '1a', '٥١'].some(isAge)).toBe(false);
  });

  it('keeps each phrase’s value, list and parts, and each distinct part once', () => {
    const builder = new PhraseBookBuilder();
    builder.add(0, 3, compileParts('jeg er lærer*', 'test'));
    builder.add(2, 1, compileParts('jeg ... #', 'test'));
    const book = builder.build();
    expect(book.size).toBe(2);
    expect([...book.values]).toEqual([3, 1]);
    expect([...book.lists]).toEqual([0, 2]);
    expect(book.texts).toEqual(['jeg', 'er', 'laerer', '', '']);
    expect(book.partsOf(1)).toEqual([{ kind: 'word', word: 'jeg' }, { kind: 'gap' }, { kind: 'age' }]);
    expect(book.leadingWords(0)).toEqual(['jeg', 'er']);
    expect(book.length(1)).toBe(3);
  });

  it('refuses a value or list it cannot keep in a byte (a concept missing from the reader’s list is -1)', () => {
    const parts = compileParts('jeg', 'test');
    expect(() => new PhraseBookBuilder().add(0, -1, parts)).toThrow('not a number from 0 to 255');
    expect(() => new PhraseBookBuilder().add(256, 0, parts)).toThrow('not a number from 0 to 255');
  });

  it('refuses arrays that do not fit together', () => {
    const ok = { kinds: Uint8Array.of(0), texts: ['a'], starts: Uint32Array.of(0, 1), parts: Uint32Array.of(0), values: Uint8Array.of(0), lists: Uint8Array.of(0) };
    expect(() => new PhraseBook(ok)).not.toThrow();
    expect(() => new PhraseBook({ ...ok, starts: Uint32Array.of(0, 2) })).toThrow('do not add up');
    expect(() => new PhraseBook({ ...ok, parts: Uint32Array.of(1) })).toThrow('not in the table');
    expect(() => new PhraseBook({ ...ok, starts: Uint32Array.of(0, 0, 1), values: Uint8Array.of(0, 0), lists: Uint8Array.of(0, 0) })).toThrow('has no parts');
    expect(() => new PhraseBook({ ...ok, kinds: Uint8Array.of(7) })).toThrow('not a kind of part');
  });
});
