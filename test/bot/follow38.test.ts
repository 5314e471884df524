import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * follow38 (issue #13): follow-up turns that lost their context, fixed as classes with our own probes:
 *  1. A contact's detail asked after its card ("and the e-mail?", "do they have chat?") in a case form of the word
 *     (uk "чату", ru "чата", pl "czatu"), or with Tigrinya "ኣለዎም" ("do they have"); the Russian genitive "МИДа"
 *     names UD's operations centre, so its e-mail follow-up has a card to follow.
 *  2. A country switch typed with Turkish lower-case dotless ı ("ırak'tan kim sorumlu?"): Iraq, so Amman.
 *  3. After a plan for a case in a country (child welfare, Kompetanseteamet), "which other countries does the envoy in
 *     Ankara cover?" gives that post's coverage (Russia, mostly Chechnya), also typed without Turkish letters.
 * Twins: the same words without the earlier turn are not read as a follow-up of anything.
 */
type Probe = readonly [Lang, readonly string[], readonly (readonly string[])[]];

const probes: ReadonlyArray<readonly [string, Probe]> = [
  // 1. a contact's detail
  ['detail', ['ru', ['Какой номер у оперативного центра МИДа для норвежцев за рубежом?', 'а электронная почта?'], [['UDops@mfa.no']]]],
  ['detail', ['ru', ['дайте номер оперативного центра МИДа', 'и адрес почты?'], [['UDops@mfa.no']]]],
  ['detail', ['uk', ['який номер VO-linjen?', 'а чату в них немає?'], [['volinjen.no']]]],
  ['detail', ['pl', ['jaki jest numer do VO-linjen?', 'a czatu nie mają?'], [['volinjen.no']]]],
  ['detail', ['ti', ['ቁጽሪ VO-linjen ሃበኒ', 'chat ኣለዎም?'], [['volinjen.no']]]],
  ['detail', ['ru', ['номер VO-linjen?', 'а в чате можно написать?'], [['volinjen.no']]]],
  // 2. Turkish lower-case dotless ı
  ['ırak', ['tr', ["ankara'daki özel temsilci hangi ülkelerden sorumlu?", "peki ırak'tan kim sorumlu?"], [['Amman']]]],
  ['ırak', ['tr', ['nairobideki özel temsilci neye bakıyor?', 'ırak için kime gidiyoruz?'], [['Amman']]]],
  ['ırak', ['tr', ['ıraklı bir kız için hangi büyükelçilik?'], [['Amman']]]],
  // 3. an envoy's coverage after a plan for a case
  ['coverage', ['tr', ["barnevern: Türkiye'de tutulan norveçli bir kız için kime başvuralım?", "Ankara'daki elçi başka hangi ülkelere bakıyor?"], [['Rusya']]]],
  ['coverage', ['tr', ['okul: turkiyede alikonulan bir ogrenci icin kimi arayalim?', 'ankaradaki elci baska hangi ulkelerden sorumlu?'], [['Rusya']]]],
  ['coverage', ['en', ['child welfare here: who do we call about a Norwegian girl kept in Turkey?', 'which other countries does the envoy in Ankara cover?'], [['Russia']]]],
  ['coverage', ['nb', ['barnevernet: hvem kontakter vi om en norsk gutt som holdes igjen i Tyrkia?', 'hvilke andre land har utsendingen i Ankara ansvar for?'], [['Russland']]]],
];

describe('follow38: follow-ups that lost their context (a contact detail, dotless ı, an envoy post after a plan)', () => {
  const runner = conversationRunnerPerFile();

  it.each(probes)('%s: %j', async (_class, [lng, turns, facts]) => {
    const view = await runner.turn(lng, turns);
    // Someone kept abroad is danger: the emergency card may come first; the answer must still follow the question.
    if (_class !== 'coverage') expect(view.emergency).toBe(false);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
  });

  describe('twins: the same words without the earlier turn', () => {
    it.each<readonly [Lang, string, readonly string[]]>([
      ['ru', 'а электронная почта?', ['UDops@mfa.no']],
      ['pl', 'a czatu nie mają?', ['volinjen.no']],
      ['uk', 'а чату в них немає?', ['volinjen.no']],
      ['tr', "peki ırak'tan kim sorumlu?", ['Ankara özel görevlisi']],
    ])('%s %j alone is no follow-up', async (lng, text, notShown) => {
      const view = await runner.turn(lng, [text]);
      expect(view.emergency).toBe(false);
      expect(containsFact(view.texts, notShown)).toBe(false);
    });
    it('after the plan for Turkey, a question about the figures is no envoy coverage', async () => {
      const view = await runner.turn('en', ['child welfare here: who do we call about a Norwegian girl kept in Turkey?', 'how many cases did the envoys have in 2023?']);
      expect(containsFact(view.texts, ['245'])).toBe(true);
    });
    it('a coverage question after an envoy answer stays with that envoy', async () => {
      const view = await runner.turn('tr', ["Amman'daki özel temsilci hangi ülkelerden sorumlu?", 'başka hangi ülkelere bakıyor?']);
      expect(containsFact(view.texts, ['Amman'])).toBe(true);
    });
  });
});
