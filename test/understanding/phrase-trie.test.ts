import { PhraseTrie } from '../../src/understanding/phrase-trie';
import { compileParts, leadingWords } from '../../src/understanding/situation-cues';

/** The trie only narrows which phrases are tried at a token: every phrase that could match is among them, in the order added. */
describe('PhraseTrie', () => {
  const trie = new PhraseTrie<string>();
  const phrases = ['jeg er rektor', 'jeg er', 'jeg jobber som rektor', 'jeg er en rektor*', 'jeg ... rektor', 'jeg er # år', 'jeg er helsesykepleier'];
  for (const p of phrases) trie.add(leadingWords(compileParts(p, 'test')), p);
  const tokens = (text: string) => text.split(' ');

  it('gives the phrases whose leading words follow the token, in the order they were added', () => {
    expect(trie.candidates(tokens('hei jeg er en rektorinne'), 1)).toEqual(['jeg er', 'jeg er en rektor*', 'jeg ... rektor', 'jeg er # år']);
    expect(trie.candidates(tokens('jeg er rektor'), 0)).toEqual(['jeg er rektor', 'jeg er', 'jeg ... rektor', 'jeg er # år']);
  });

  it('never offers a phrase whose leading words are not there, and nothing for a word no phrase starts with', () => {
    expect(trie.candidates(tokens('jeg jobber som'), 0)).toEqual(['jeg ... rektor']);
    expect(trie.candidates(tokens('er jeg'), 0)).toEqual([]);
    expect(trie.candidates(tokens('jeg'), 1)).toEqual([]);
  });

  it('refuses a phrase that does not start with a word', () => {
    expect(() => trie.add([], 'nothing')).toThrow('starts with a word');
  });
});
