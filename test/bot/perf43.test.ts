import { type Lang } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { requiredLiterals, WORD_END, WORD_START } from '../../src/stats/answers/required-literals';
import { allRewrites, englishCuesOfText, loadStatsWords, workedOutRewriteFacts } from '../../src/stats/answers/stats-words';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * perf43 (issue #16, throughput on new messages). The profile of a whole turn (docs/performance.md, "Session 43,
 * perf43") put the statistics words' `rewrittenByAll` first among our own functions (~3 % self), nearly all of it at
 * its `text.replace` line. A rewrite runs when the text holds one of the strings every match contains
 * (`requiredLiterals`); a run of three or four characters at the top of a pattern ("en " of Turkish "en (?:çok|cok) …",
 * "ile " of Polish, "کم " of Arabic, "не " of Russian) is in most texts of other languages. The cut tried (commit
 * d1844380: such a short run weighed against the whole pattern read, the stronger set kept) halved the rewrite runs
 * (9,418 → 4,436 over the 1,543 evaluation questions, the same 1,109 changes) and 93 of the 420 patterns V8 compiled,
 * with the same cues; neither `turn-cpu` A B B A nor the cue reading alone resolved it at load 20–39, so it is not
 * kept (reverted in 2612e20a; revert the revert if a quiet machine shows it). These tests hold what any such cut must
 * keep, and pass on both:
 *  (1) the strings are required: for every rewrite of the file, every match of it in our own messages of the twelve
 *      languages holds one of its strings; a long run at the top is taken as it is;
 *  (2) the English cues of our own messages (whole and each sentence) in the twelve languages are those of every
 *      rewrite tried in order, ungated (the gate skips only runs that cannot match);
 *  (3) through the bot: statistics questions in the twelve languages answered calm in their language; a danger told
 *      with the words those short runs carry ("en", "ile", "کم", "не") keeps the emergency card (nb, en, tr, pl, ar,
 *      ru); calm twins (a past case, a general question, staff training, statistics, a supposition) do not get it.
 */

const wrapped = (inner: string) => `${WORD_START}${inner}${WORD_END}`;

/** Our own messages in the twelve languages: statistics questions, and texts with the short words in other senses. */
const MESSAGES: readonly (readonly [Lang, string])[] = [
  ['nb', 'Hvor mange saker om tvangsekteskap fikk Kompetanseteamet i 2023? Og en ting til: hvor mange i 2022?'],
  ['nb', 'Jeg er lærer og har en elev som er bekymret for sommeren.'],
  ['nn', 'Kor mange saker om æresvald hadde Kompetanseteamet i fjor? Eg treng tala til ein rapport.'],
  ['en', 'How many cases of negative social control did the expert team handle in 2021 and 2022?'],
  ['en', 'Is there a special envoy for these matters, and how many advisers are there in the country?'],
  ['tr', 'Kompetanseteamet 2023 yılında en çok hangi tür vakalarla ilgilendi? Kaç vaka vardı?'],
  ['tr', 'Geçen yıl en büyük grup hangisiydi, 2022 yılına göre arttı mı?'],
  ['pl', 'Ile spraw miał zespół kompetencyjny w 2023 roku? Ile osób tam pracuje?'],
  ['pl', 'Ile więcej spraw było w 2023 niż w 2022? Ile jest nas w zespole?'],
  ['ar', 'كم عدد الحالات في 2023؟ كم شخصا يعمل في الفريق في كل النرويج؟'],
  ['ar', 'من أين جاءت أغلب الحالات العام الماضي؟'],
  ['ur', 'پورے ملک میں 2023 میں کتنے کیس آئے؟ ہم کل کتنے ہیں؟'],
  ['fa', 'در سال 2023 چند مورد بود؟ بیشتر از کجا آمدند؟'],
  ['so', 'Immisa kiis ayaa la soo gudbiyay sannadkii 2023? Yaa soo diray?'],
  ['uk', 'Скільки справ було у 2023 році? Скільки їх загалом працює?'],
  ['ru', 'Сколько дел было в 2023 году? Сколько всего нас? Почему она не вернулась после каникул?'],
  ['ti', 'ኣብ 2023 ክንደይ ጉዳያት ነይሮም? ክንደይ ሚእታዊ ደቂ ኣንስትዮ እየን?'],
];

/** The texts of a message the readers rewrite: the whole and each sentence. */
const textsOf = (message: string): string[] => {
  const n = normalize(message);
  return [n, ...n.split(/(?<=[.?!؟])\s+/u).filter((s) => s.length > 0)];
};

describe('perf43 (1): every string kept is required; a long run at the top is taken as it is', () => {
  const facts = workedOutRewriteFacts();
  it.each(MESSAGES)('%s: every match of every rewrite in "%s" holds one of its strings', (lng, message) => {
    let matches = 0;
    for (const text of textsOf(message)) {
      for (const [pattern] of allRewrites()) {
        const literals = facts.get(pattern.source)?.[1];
        if (!literals) continue;
        for (const match of text.matchAll(pattern)) {
          matches++;
          expect([pattern.source, literals.some((literal) => match[0].includes(literal))]).toEqual([pattern.source, true]);
        }
      }
    }
    // Each message of the nine other languages meets some rewrite (the probes are statistics words of their language;
    // the rewrites are for those languages, nb, nn and en are read as they are).
    if (!['nb', 'nn', 'en'].includes(lng)) expect(matches).toBeGreaterThan(0);
  }, 120_000);
  it('a run of five or more characters at the top stays the one string', () => {
    expect(requiredLiterals(wrapped('sannadkii hore'))).toEqual(['sannadkii hore']);
    expect(requiredLiterals(wrapped('geçen (?:yıl|sene)'))).toEqual(['geçen ']);
    expect(requiredLiterals(wrapped('mangfold\\p{L}*[- ]?(?:doradc|danışman)\\p{L}*'))).toEqual(['mangfold']);
  });
  it('a pattern the reader cannot follow keeps its short run (never "no string" where there was one)', () => {
    expect(requiredLiterals(wrapped('abc (\\w)\\1'))).toEqual(['abc ']);
  });
});

describe('perf43 (2): the English cues are those of every rewrite tried in order', () => {
  const words = loadStatsWords();
  const ungated = (text: string, lng: Lang): string => {
    let t = text;
    for (const [pattern, english] of allRewrites()) t = t.replace(pattern, english);
    for (const [pattern, english] of words.languageRewrites.get(lng) ?? []) t = t.replace(pattern, english);
    return t.replace(/\s+/gu, ' ').trim();
  };
  it.each(MESSAGES)('%s: %s', (lng, message) => {
    for (const text of textsOf(message)) expect(englishCuesOfText(text, lng, false)).toBe(ungated(text, lng));
    expect(englishCuesOfText(textsOf(message)[0] ?? '', lng, true)).toBe(ungated(textsOf(message)[0] ?? '', lng));
  }, 120_000);
});

const runner = conversationRunnerPerFile();

/** Statistics questions, one a language: answered calm, in the language. */
const STATS: readonly (readonly [Lang, string])[] = [
  ['nb', 'Hvor mange saker om tvangsekteskap hadde Kompetanseteamet i 2023?'],
  ['nn', 'Kor mange saker om tvangsekteskap hadde Kompetanseteamet i 2022?'],
  ['en', 'How many cases did Kompetanseteamet handle in 2023?'],
  ['tr', 'Kompetanseteamet 2023 yılında kaç vaka aldı?'],
  ['pl', 'Ile spraw miał Kompetanseteamet w 2023 roku?'],
  ['ar', 'كم عدد الحالات لدى Kompetanseteamet في 2023؟'],
  ['ur', 'Kompetanseteamet کے پاس 2023 میں کتنے کیس آئے؟'],
  ['fa', 'Kompetanseteamet در سال 2023 چند مورد داشت؟'],
  ['so', 'Immisa kiis ayuu Kompetanseteamet helay sannadkii 2023?'],
  ['uk', 'Скільки справ мав Kompetanseteamet у 2023 році?'],
  ['ru', 'Сколько дел было у Kompetanseteamet в 2023 году?'],
  ['ti', 'Kompetanseteamet ኣብ 2023 ክንደይ ጉዳያት ተቐቢሉ?'],
];

/** A danger at hand, told with the words the short runs were ("en", "ile", "کم", "не"). */
const DANGERS: readonly (readonly [Lang, string])[] = [
  ['nb', 'En elev på 15 sier at faren skal sende henne til Pakistan i morgen for å gifte henne bort med en fetter. Hva gjør vi nå?'],
  ['en', 'A 15-year-old pupil says her father is sending her to Pakistan tomorrow to marry a cousin. What do we do now?'],
  ['tr', '15 yaşındaki öğrencim, babasının onu yarın kuzeniyle evlendirmek için Pakistan’a göndereceğini söyledi. Şimdi ne yapmalıyım?'],
  ['pl', 'Uczennica, 15 lat, mówi, że ojciec jutro wysyła ją do Pakistanu, żeby wydać ją za kuzyna. Co mamy teraz zrobić?'],
  ['ar', 'طالبة عمرها 15 سنة تقول إن والدها سيرسلها غدا إلى باكستان لتزويجها من ابن عمها. ماذا نفعل الآن؟'],
  ['ru', 'Ученица 15 лет говорит, что отец завтра отправляет её в Пакистан, чтобы выдать замуж за двоюродного брата. Что нам делать сейчас?'],
];

/** Calm twins: the same topic with no one at risk now. */
const CALM_TWINS: readonly (readonly [Lang, string, string])[] = [
  ['nb', 'a past case', 'For mange år siden hadde vi en elev som ble giftet bort i Pakistan. Saken ble avsluttet for lenge siden. Hva lærte vi av den?'],
  ['en', 'a general question', 'In general, what should a teacher know about forced marriage and trips abroad?'],
  ['tr', 'staff training', 'Öğretmenler için zorla evlendirme hakkında bir kurs arıyoruz. Kim böyle kurslar veriyor?'],
  ['pl', 'statistics', 'Ile spraw dotyczących przymusowych małżeństw było w Norwegii w 2022 roku?'],
  ['nb', 'a supposition', 'Hvis en elev noen gang forteller at familien planlegger et ekteskap for henne i utlandet, hvilke rutiner bør skolen ha på plass?'],
  ['en', 'a supposition', 'Suppose a pupil one day tells us she might be married off abroad: what routines should a school have in place?'],
];

describe('perf43 (3): through the bot', () => {
  it.each(STATS)('%s: a statistics question, answered calm in its language', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    expect(view.answers).toBeGreaterThanOrEqual(1);
  });
  it.each(DANGERS)('%s: a danger told in one message keeps the emergency card', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(true);
  });
  it.each(CALM_TWINS)('%s (%s): no emergency card', async (lang, _kind, message) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(false);
    expect(view.replyLanguage).toBe(lang);
  });
});
