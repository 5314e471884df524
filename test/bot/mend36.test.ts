import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { alarmed, isDanger, secondOpinionLine } from '../helpers/danger-alarm';
import { containsFact, normalizeTimeRanges } from '../../src/evaluation/conversation-eval';
import { loadSituationReader } from '../../src/understanding/situation-cues';

// ─── The scorer reads clock-time ranges as one fact (issue #13, mend36) ─────────────────────────────────────

describe('time ranges in the scorer (mend36)', () => {
  const card = ['Kompetanseteamet: 478 09 050 · Monday–Friday 09:00–15:00.'];
  it.each(['09–15', '9-15', '9–15', 'kl. 9-15', '09.00–15.00', '09:00-15:00', '09 - 15', '9—15', '09.00 – 15.00'])('"%s" is the card’s 09:00–15:00', (spelling) => {
    expect(containsFact(card, [spelling.replace(/^kl\. /u, '')])).toBe(true);
  });
  it('the same forms match each other in the reply too', () => {
    expect(containsFact(['Åpent kl. 9-15 på hverdager'], ['09:00–15:00'])).toBe(true);
    expect(containsFact(['Åpent kl. 09.00–15.00'], ['kl. 9-15'])).toBe(true);
    expect(containsFact(['weekdays 9–17'], ['09:00-17:00'])).toBe(true);
  });
  it('another range is another fact', () => {
    expect(containsFact(card, ['09–17'])).toBe(false);
    expect(containsFact(['weekdays 9–17'], ['9-15'])).toBe(false);
    expect(containsFact(['weekdays 09:00–17:30'], ['9-17'])).toBe(false);
  });
  it('leaves numbers that are no times as written', () => {
    expect(normalizeTimeRanges('ring 478 09 050')).toBe('ring 478 09 050');
    expect(normalizeTimeRanges('2019-2023 og 2024-05-01')).toBe('2019-2023 og 2024-05-01');
    expect(normalizeTimeRanges('25–30 saker')).toBe('25–30 saker');
    expect(containsFact(['Ring 478 09 050'], ['47809050'])).toBe(true);
    expect(containsFact(['Ring 02800'], ['2800'])).toBe(false);
  });
});

// ─── A supposition naming only a place or a time (issue #13, mend36) ─────────────────────────────────────────

/**
 * "And if she is already in Turkey?" after a question of which post covers a country, "and if something happens on a
 * Friday evening?" after a service's hours: the rules read no harm, and the model's 112 line is not asked for them.
 * Their twins with a taking, a sending or a held passport keep the attention block.
 */
describe('a supposition naming only where or when (mend36)', () => {
  const runner = conversationRunnerPerFile();

  const calm: ReadonlyArray<[Lang, string]> = [
    ['ru', 'а если она уже в Турции?'],
    ['ru', 'а если девочка сейчас в Турции?'],
    ['nb', 'og hvis hun allerede er i Tyrkia?'],
    ['nb', 'og hvis noe skjer en lordag kveld da?'],
    ['en', 'and what if the girl is already in Turkey?'],
    ['uk', 'а якщо дівчина вже в Туреччині?'],
    ['pl', 'a jeśli dziewczyna jest już w Turcji?'],
  ];
  it.each(calm)('%s: no line from the model: %s', (lng, text) => {
    expect(alarmed(text, lng)).toBe(false);
    expect(secondOpinionLine(text, lng)).toBe(false);
  });

  it.each<[Lang, string, string]>([
    ['ru', 'Кто из спецпредставителей отвечает за Россию?', 'а если она уже в Турции?'],
    ['ru', 'какое посольство помогает по Чечне?', 'а если девочка сейчас в Турции?'],
  ])('%s: the envoy answered, no emergency block: %s → %s', async (lng, first, next) => {
    const view = await runner.turn(lng, [first, next]);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['Анкар', 'Ankara'])).toBe(true);
  });

  it('nb: out of hours after the hours asked, no emergency block', async () => {
    const view = await runner.turn('nb', ['nummeret til kompetanseteamet', 'naar er de aapne?', 'og hvis noe skjer en lordag kveld da?']);
    expect(view.emergency).toBe(false);
  });

  it.each<[Lang, string, string]>([
    ['ru', 'Кто из спецпредставителей отвечает за Россию?', 'А если её уже увезли в Турцию и не отпускают обратно?'],
    ['nb', 'nummer til kompetanseteamet?', 'og hvis de sender henne til Tyrkia en fredag kveld da?'],
  ])('%s: the dangerous twin keeps the block: %s → %s', async (lng, first, next) => {
    const view = await runner.turn(lng, [first, next]);
    expect(view.emergency).toBe(true);
  });
});

// ─── "بنت عمري" is "a girl, my age", not a cousin (issue #13, mend36) ───────────────────────────────────────

describe('Arabic: a girl telling her age is no cousin marriage (mend36)', () => {
  const situation = loadSituationReader();
  it.each(['انا بنت عمري 20 سنه وبدي رقم احكي فيه بدون اسمي عن مشاكل مع اهلي', 'انا بنت عمري ٢٢، في حدا بقدر احكي معه بدون ما اعطي اسمي؟'])('no wedding read: %s', (text) => {
    expect(situation.read(text).concepts.has('wedding')).toBe(false);
    expect(alarmed(text, 'ar')).toBe(false);
    expect(secondOpinionLine(text, 'ar')).toBe(false);
  });
  it.each(['بدهم يجوزوني لابن عمي وانا ما بدي', 'بدهم يزوجوا بنت عمي وهي عمرها 15'])('the cousin marriage is still read: %s', (text) => {
    expect(situation.read(text).concepts.has('wedding')).toBe(true);
  });
  it('a forced marriage to a cousin told by a young girl stays danger', () => {
    expect(isDanger('انا بنت عمري 15 واهلي بدهم يجوزوني لابن عمي بالصيف بالعراق', 'ar')).toBe(true);
  });
});

// ─── "Who is member of <service>" asks about the service (issue #13, mend36) ─────────────────────────────────

/**
 * "Who is member of Kompetanseteamet …" read "member of" as the writer introducing their workplace, so the service was
 * not named and "their phone" beside it leaned on the history article: "did you mean". A question word before the
 * introduction's words makes it a question; "I am a member of …" still introduces the writer.
 */
describe('who is member of a service, beside its phone hours (mend36)', () => {
  const runner = conversationRunnerPerFile();
  const KT = ['478 09 050', '47809050'];
  it.each<[Lang, string]>([
    ['en', 'who is member of kompetanseteamet now and what are the phone hours of them?'],
    ['en', 'Who is a member of the Kompetanseteamet today, and when is their phone open?'],
    ['nb', 'hvem er medlem av kompetanseteamet i dag og når har telefonen deres åpent?'],
    ['nn', 'kven er medlem i kompetanseteamet no, og når er telefonen deira open?'],
  ])('%s: both parts answered: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.didYouMean).toBe(false);
    expect(view.answers).toBeGreaterThanOrEqual(1);
    expect(containsFact(view.texts, KT)).toBe(true);
    expect(containsFact(view.texts, ['09:00–15:00'])).toBe(true);
    expect(containsFact(view.texts, ['POD'])).toBe(true);
  });
  it('the writer introducing themselves as a member is still their workplace, not the service asked for', async () => {
    const view = await runner.turn('en', 'I am a member of Kompetanseteamet and wonder what VO-linjen’s number is');
    expect(containsFact(view.texts, ['116 006'])).toBe(true);
  });
});

// ─── Arabic: someone to consult without naming the person (issue #13, mend36) ────────────────────────────────

/**
 * A worker describing a controlled adult and asking, in Levantine or standard Arabic, whom they can consult without
 * naming her ("في حدا بقدر أستشيره بدون ما أذكر اسمها؟"): Kompetanseteamet's card, not "cannot answer".
 */
describe('Arabic: whom to consult without her name (mend36)', () => {
  const runner = conversationRunnerPerFile();
  const KT = ['478 09 050', '47809050'];
  it.each([
    'أنا موظفة في NAV، عندي مراجعة عمرها 30 وزوجها ما بيخليها تحكي وحدها. في جهة بقدر استشيرها بدون ما اذكر اسمها؟',
    'هل يوجد جهة أستطيع استشارتها دون ذكر اسم المراجعة؟',
    'بشتغل بمركز لاجئين وعندي ست زوجها ماسك كل مصاريها. مين بقدر استشير من غير ما اذكر اسمها؟',
  ])('answered with Kompetanseteamet: %s', async (text) => {
    const view = await runner.turn('ar', text);
    expect(view.cannotAnswer).toBe(false);
    expect(view.didYouMean).toBe(false);
    expect(containsFact(view.texts, KT)).toBe(true);
  });
});
