import { PhraseTrie } from '../../src/understanding/phrase-trie';
import { compileParts, leadingWords } from '../../src/understanding/situation-cues';

/** The trie only narrows which phrases are tried at a token: every phrase that could match is among them, in the order added. */
describe('PhraseTrie', () => {
  const trie = new PhraseTrie();
  const phrases = ['jeg er rektor', 'jeg er', 'jeg jobber som rektor', 'jeg er en rektor*', 'jeg ... rektor', 'jeg er # år', 'jeg er helsesykepleier'];
  // Entries are numbers (a reader's phrase numbers): here each phrase's place in the list, shown as the phrase.
  phrases.forEach((p, i) => trie.add(leadingWords(compileParts(p, 'test')), i));
  const tokens = (text: string) => text.split(' ');
  const candidates = (text: string, at: number) => trie.candidates(tokens(text), at).map((i) => phrases[i]);

  it('gives the phrases whose leading words follow the token, in the order they were added', () => {
    expect(candidates('hei jeg er en rektorinne', 1)).toEqual(['jeg er', 'jeg er en rektor*', 'jeg ... rektor', 'jeg er # år']);
    expect(candidates('jeg er rektor', 0)).toEqual(['jeg er rektor', 'jeg er', 'jeg ... rektor', 'jeg er # år']);
  });

  it('never offers a phrase whose leading words are not there, and nothing for a word no phrase starts with', () => {
    expect(candidates('jeg jobber som', 0)).toEqual(['jeg ... rektor']);
    expect(candidates('er jeg', 0)).toEqual([]);
    expect(candidates('jeg', 1)).toEqual([]);
  });

  it('refuses a phrase that does not start with a word', () => {
    expect(() => trie.add([], 99)).toThrow('starts with a word');
  });

  it('gives entries added in any order back in the order added, and takes no more phrases after its first look-up', () => {
    const other = new PhraseTrie();
    other.add(['a', 'b'], 7);
    other.add(['a'], 3);
    other.add(['a', 'b', 'c'], 5);
    other.add(['a', 'b'], 1);
    expect(other.candidates(['a', 'b', 'c'], 0)).toEqual([7, 3, 5, 1]);
    expect(other.candidates(['x', 'a', 'b'], 1)).toEqual([7, 3, 1]);
    expect(other.candidates(['b'], 0)).toEqual([]);
    expect(() => other.add(['a'], 2)).toThrow('after its first look-up');
  });

  it('restored from its laid-out arrays (as the build writes it) gives the same candidates, and refuses arrays that do not fit', () => {
    const restored = PhraseTrie.restore(trie.laidOut());
    for (const text of ['hei jeg er en rektorinne', 'jeg er rektor', 'jeg jobber som', 'er jeg', 'jeg']) {
      for (let at = 0; at < tokens(text).length; at++) expect(restored.candidates(tokens(text), at)).toEqual(trie.candidates(tokens(text), at));
    }
    expect(() => restored.add(['jeg'], 9)).toThrow('after its first look-up');
    const laidOut = trie.laidOut();
    expect(() => PhraseTrie.restore({ ...laidOut, childNode: laidOut.childNode.map(() => laidOut.hereStart.length) })).toThrow('does not add up');
    expect(() => PhraseTrie.restore({ ...laidOut, words: [] })).toThrow('does not add up');
    expect(() => PhraseTrie.restore({ ...laidOut, words: laidOut.words.map(() => 'jeg') })).toThrow('names a word twice');
  });
});
