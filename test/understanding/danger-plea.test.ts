import { signalsDanger } from '../../src/understanding/danger-detector';
import { normalize } from '../../src/language/text';

/**
 * Two false alarms of the plain danger words (issue #13): "help me" before an everyday task is a request, not a plea;
 * "våren" (spring) is a word, not a typo of "våpen" (weapon). Pleas and typos of the danger words still count.
 */
const danger = (text: string) => signalsDanger(normalize(text));

describe('danger detector: requests and ordinary words are not pleas or weapons', () => {
  it.each(['can you help me translate a letter from school into Norwegian', 'kan du hjelpe meg oversette et brev', 'help me fill in the form please', 'hva skjedde våren 2019 med handlingsplanen?'])(
    'calm: %s',
    (text) => {
      expect(danger(text)).toBe(false);
    },
  );

  it.each(['help me please', 'hjelp meg, han har kniv', 'can you help me, I am scared he will hurt me', 'han har et vpåen', 'help me translate – no, help me, he is here'])('danger: %s', (text) => {
    expect(danger(text)).toBe(true);
  });
});
