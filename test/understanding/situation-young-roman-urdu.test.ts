import { loadSituationReader } from '../../src/understanding/situation-cues';

/**
 * A young person writing Urdu in Latin letters puts the possessive after the noun as often as before it ("bhai mera",
 * "ammi meri"): their own family either way, so the lines for young people (and "call 112 if acute") come first.
 * Written for this test.
 */
const reader = loadSituationReader();

describe('situation reader: roman Urdu, own family with the possessive after the noun', () => {
  it.each(['bhai mera har waqt mera phone dekhta hai aur mujhe doston se milne nahi deta', 'ammi meri kehti hain mujhe school ke baad seedha ghar aana hai warna abbu mujhe maarenge'])(
    'a young writer about their own family: %s',
    (text) => {
      expect(reader.read(text).youngWriter).toBe(true);
    },
  );

  it('a friendly "bhai" addressing someone is no family', () => {
    expect(reader.read('bhai mera dost hai, kya haal hai').youngWriter).toBe(false);
  });
});
