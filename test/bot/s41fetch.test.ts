import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { loadSituationReader } from '../../src/understanding/situation-cues';

/**
 * s41fetch (issue #13, safety). s41safe made 'cameToFetch' (a relative who has come to take a person) a concept with
 * rules, but its words held mostly pronouns ("came for her", "przyjechał po nią", "приехал за ней"). Our own probes,
 * none of them a tuned set's sentence. The classes:
 *  (1) the same with a NOUN for the child ("came for the girl / for his niece", "przyszedł po dziewczynkę",
 *      "приехал за дочерью", "kom for å hente jenta"), and with the verbs of arriving on foot as well as by vehicle
 *      ("przyszedł", "пришёл", "прийшов", "showed up", "dukket opp"): cameToFetch, with a 'fetchWhom41' class of
 *      pronouns and nouns now in en, nb, nn, pl, ru and uk (content/understanding/situation/<lang>.json), and noun
 *      forms in ar, fa, ur, so, tr, ti;
 *  (2) a relative who watches, guards or keeps an eye on the girl in the home ('guarded': "keeps an eye on her all
 *      the time", "pilnuje jej", "стережёт её", "passer på jenta hele tiden", "يحرسها", "پہرہ دیتا").
 * Calm twins: a father who came to pick his daughter up from school, a grandmother come for the girl's birthday, a
 * babysitter who watches the children, a case long over, a general question for a training.
 */
type Probe = readonly [Lang, string];

/** (1)+(2) A relative come to take the child, named by a noun, often watching her at home. */
const fetchNoun: readonly Probe[] = [
  ['nb', 'Jeg er kontaktlærer. Morbroren kom hit i går for å hente jenta, og nå vokter han henne hjemme.'],
  ['nb', 'Faren til eleven har kommet fra Somalia for å hente datteren og følger med på henne hele tiden.'],
  ['nn', 'Farbroren kom frå Irak for å hente jenta, og held auge med henne heile tida.'],
  ['en', 'A relative of my pupil came for the girl on Sunday and now keeps an eye on her day and night.'],
  ['en', "The student's uncle showed up from Iraq to take his niece back and is staying in their flat."],
  ['pl', 'Jestem nauczycielką. Wujek uczennicy przyszedł po dziewczynkę i cały czas jej pilnuje.'],
  ['pl', 'Brat ojca przyjechał z Pakistanu po córkę i nie spuszcza jej z oka.'],
  ['ru', 'Дядя ученицы пришёл за девочкой и теперь сторожит её дома.'],
  ['ru', 'Её брат приехал из Дагестана за сестрой и не спускает с неё глаз.'],
  ['uk', 'Дядько учениці прийшов за дівчинкою і пильнує її вдома.'],
  ['uk', 'Її батько приїхав з Чечні за донькою і стереже її.'],
  ['ar', 'خالها أتى ليأخذ البنت وهو يراقبها طوال الوقت في البيت.'],
  ['fa', 'دایی‌اش از ایران آمده دنبال دختر و همیشه مراقبش است.'],
  ['ur', 'اس کا ماموں بھانجی کو لینے آیا ہے اور ہر وقت اس پر نظر رکھتا ہے۔'],
  ['so', 'Abtigeed wuxuu u yimid inuu gabadha qaado, mar walba ilaaliyaa.'],
  ['tr', 'Dayısı kızı götürmeye geldi, evde gözünü ondan ayırmıyor.'],
  ['ti', 'ኣኮኣ ንጓል ክወስዳ መጺኡ፣ ኩሉ ግዜ ይሕልዋ።'],
];

/** (2) The 'guarded' words read by themselves, as the situation reader's concept. */
const guardedWords: readonly Probe[] = [
  ['en', 'her uncle keeps an eye on her all the time'],
  ['nb', 'broren passer på jenta hele tiden'],
  ['nn', 'onkelen vaktar ho'],
  ['pl', 'brat pilnuje jej'],
  ['ru', 'отец стережёт её'],
  ['uk', 'брат пильнує її'],
  ['ar', 'أخوها يحرسها'],
  ['fa', 'برادرش مدام مراقبش است'],
  ['ur', 'بھائی اس پر پہرہ دیتا ہے'],
  ['tr', 'abisi sürekli gözetliyor'],
];

/** Calm twins: a pickup at school, a birthday, a babysitter, a case over, a training question. */
const calmTwins: readonly Probe[] = [
  ['en', 'Her dad came to pick up his daughter from school at two. Where do parents sign out a pupil?'],
  ['en', "Her grandmother came for the girl's birthday and stayed a week. Lovely party!"],
  ['en', 'Our babysitter watches the children on Friday evenings. Any tips for a first-time sitter?'],
  ['nb', 'Faren kom for å hente datteren på SFO klokka fire.'],
  ['nb', 'Barnevakten passer på barna hele tiden når vi er på jobb.'],
  ['pl', 'Tata przyszedł po córkę do przedszkola.'],
  ['pl', 'Babcia przyjechała na urodziny wnuczki.'],
  ['ru', 'Папа пришёл за дочкой в садик.'],
  ['ru', 'Бабушка приехала на день рождения внучки.'],
  ['uk', 'Батько прийшов за донькою до школи.'],
  ['en', 'Two years ago an uncle came for the girl from Iraq; the case is closed and she is safe now.'],
  ['nb', 'Generelt spørsmål til et kurs: hva gjør skolen hvis en slektning kommer for å hente jenta ut av landet?'],
];

describe('s41fetch: the situation reader', () => {
  const reader = loadSituationReader();
  it.each(fetchNoun)('(1) a relative come for the child named by a noun fires a came-to-fetch rule (%s): %s', (_lng, text) => {
    const danger = reader.read(text).danger;
    expect([text, danger.some((id) => id === 'relative-came-to-fetch' || id.startsWith('came-to-fetch-'))]).toEqual([text, true]);
  });
  it.each(guardedWords)('(2) guarded (%s): %s', (_lng, text) => {
    expect([text, reader.read(text).concepts.has('guarded')]).toEqual([text, true]);
  });
  it.each(calmTwins)('calm twin: no came-to-fetch rule (%s): %s', (_lng, text) => {
    const danger = reader.read(text).danger;
    expect([text, danger.filter((id) => id === 'relative-came-to-fetch' || id.startsWith('came-to-fetch-'))]).toEqual([text, []]);
  });
});

describe('s41fetch: what the bot shows', () => {
  const runner = conversationRunnerPerFile();
  it.each(fetchNoun)('danger: the emergency card first (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, true]);
  });
  it.each(calmTwins)('calm twin: no emergency card (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, false]);
  });
});
