import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { containsFact } from '../../src/evaluation/conversation-eval';

/**
 * Facts asked by their kind or as the second need (issue #13, fact34): our own probes, typed as people type them, in
 * several languages. Each last turn answers in the item's language, with no "did you mean", no "cannot answer" and no
 * emergency card (none of them tells of danger), and shows every fact asked (each already in content with its source).
 */
describe('facts asked after a card, by their kind or beside another need (fact34)', () => {
  const runner = conversationRunnerPerFile();

  async function expectFacts(lang: Lang, turns: readonly string[], facts: readonly (readonly string[])[]): Promise<void> {
    const view = await runner.turn(lang, turns);
    expect({ didYouMean: view.didYouMean, cannotAnswer: view.cannotAnswer, emergency: view.emergency, language: view.replyLanguage }).toEqual({ didYouMean: false, cannotAnswer: false, emergency: false, language: lang });
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
  }

  describe('a number or someone to talk to, asked for another person (fa plural verbs, so "iyadoo aan …"), then a detail of that line', () => {
    it.each<[string, Lang, string[], string[][]]>([
      ['fa-kids-number', 'fa', ['شماره‌ای که بچه‌ها میتونن زنگ بزنن چیه؟'], [['116 111']]],
      ['fa-kids-number-spaced', 'fa', ['شماره ای که بچه ها میتونن زنگ بزنن کدومه؟'], [['116 111']]],
      ['fa-kids-then-email', 'fa', ['بچه‌ها به چه شماره‌ای زنگ بزنند؟', 'ایمیلشان چیست؟ دخترم روش نمیشه زنگ بزنه'], [['alarm@116111.no']]],
      ['fa-formal-plural', 'fa', ['کودکان به چه شماره‌ای می‌توانند زنگ بزنند؟'], [['116 111']]],
      ['so-anonymous-he', 'so', ['ma jiraa qof uu la hadli karo isagoo aan magaciisa sheegin?'], [['815 55 201']]],
      ['so-anonymous-then-hours', 'so', ['ardaygayga ayaa i weydiiyay: ma jiraa meel ay wici karto iyadoo aan magaceeda sheegin?', 'goorma ayay furan yihiin?'], [['17']]],
      ['so-asker-still-asks', 'so', ['waxaan rabaa inaan la hadlo qof, ma jiraa lambar aan wici karo?'], []],
    ])('%s', async (_id, lang, turns, facts) => expectFacts(lang, turns, facts));
  });

  describe('hours asked "at what hour" beside a number: the service card, not a figure (and a count stays a figure)', () => {
    it.each<[string, Lang, string[], string[][]]>([
      ['ti-number-hours', 'ti', ['ቁጽሪ ስልኪ Kompetanseteamet እንታይ እዩ? ኣብ ክንደይ ሰዓት ይኽፈቱ?'], [['478 09 050'], ['09:00', '15:00']]],
      ['tr-number-hours', 'tr', ["Kompetanseteamet'in numarasi ne, saat kacta aciliyorlar?"], [['478 09 050'], ['09:00', '15:00']]],
      ['ru-number-hours', 'ru', ['дайте номер Kompetanseteamet, во сколько они работают?'], [['478 09 050'], ['09:00', '15:00']]],
      ['fa-number-hours', 'fa', ['شماره Kompetanseteamet رو میدی؟ ساعت چند باز هستن؟'], [['478 09 050'], ['09:00', '15:00']]],
      ['ar-number-hours', 'ar', ['أعطني رقم Kompetanseteamet، الساعة كم يفتحون؟'], [['478 09 050'], ['09:00', '15:00']]],
      ['nn-hours-follow-up', 'nn', ['telefonnummeret til kompetanseteamet?', 'kva tid har dei ope, er dei opne i helga?'], [['9–15']]],
      ['nb-hours-follow-up', 'nb', ['nr til kompetanseteamet', 'nar har de apent'], [['9–15']]],
      // Calm twins: a count asked with the same words stays the figure.
      ['ti-count-twin', 'ti', ['ኣብ 2023 Kompetanseteamet ክንደይ ጉዳያት ነይሮም?'], [['1 137', '1137']]],
      ['tr-count-twin', 'tr', ["Kompetanseteamet 2023'te kac vaka aldi?"], [['1.137', '1 137', '1137']]],
    ])('%s', async (_id, lang, turns, facts) => expectFacts(lang, turns, facts));
  });

  describe("another campaign after a campaign's figure: the same figure for that campaign", () => {
    it.each<[string, Lang, string[], string[][]]>([
      ['nb-pride-after-summer', 'nb', ['hvor mange visninger fikk sommerkampanjen til imdi i 2023?', 'og pride kampanjen?'], [['4 millioner', '4 000 000']]],
      ['nn-pride-after-summer', 'nn', ['kor mange såg sommarferiekampanjen i 2023', 'enn pride-kampanjen?'], [['4 millionar', '4 000 000']]],
      ['en-pride-after-summer', 'en', ['views of the summer holiday campaign in 2023?', 'what about the pride one?'], [['4 million', '4 000 000']]],
      ['pl-pride-after-summer', 'pl', ['ile wyświetleń miała kampania wakacyjna IMDi w 2023?', 'a kampania Pride?'], [['4 mln', '4 000 000']]],
      ['tr-pride-after-summer', 'tr', ["IMDi'nin yaz tatili kampanyasi 2023'te kac goruntulenme aldi?", 'peki Pride kampanyasi?'], [['4 milyon', '4.000.000']]],
      // Twin: another count of the same campaign still changes what is counted, not the campaign.
      ['nb-summer-unique-twin', 'nb', ['hvor mange visninger fikk sommerferiekampanjen i 2023', 'og unike brukere?'], [['1 846 880']]],
    ])('%s', async (_id, lang, turns, facts) => expectFacts(lang, turns, facts));
  });

  describe('who runs a service, asked with "actually" or "det som": its article, which names the owner', () => {
    it.each<[string, Lang, string[], string[][]]>([
      ['en-actually-runs', 'en', ['who actually runs ung.no?'], [['Bufdir']]],
      ['en-really-behind', 'en', ['what do the diversity advisers answer on ung.no', 'who is really behind ung.no'], [['Bufdir']]],
      ['nb-det-som', 'nb', ['hvem er det som driver ung.no egentlig?'], [['Bufdir']]],
      ['nn-det-som', 'nn', ['kven er det som driv ung.no?'], [['Bufdir']]],
    ])('%s', async (_id, lang, turns, facts) => expectFacts(lang, turns, facts));
  });
});
