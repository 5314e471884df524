import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { readServicesFile } from '../../src/contacts/directory';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { alarmed, isDanger } from '../helpers/danger-alarm';

/**
 * third39 (issue #13): our own probes (none a tuned set's sentence) for three classes of a message whose every need must
 * be answered:
 *  1. a professional's own need beside a line for another person ("what should I do as her nurse, and which number can
 *     the girl call herself?"): the lines for her AND Kompetanseteamet, which advises services in a case, in view;
 *  2. where she can stay tonight, asked beside danger: the emergency card first, and the asked answer (the child welfare
 *     emergency service, the crisis centres) under it in the same turn, not an unrelated article;
 *  3. "who runs X?": the owner line of X's card, set only where shared/domain.md says who runs the service.
 */

const KOMPETANSETEAMET = ['Kompetanseteamet', '478 09 050'];
const CHILDRENS_LINE = ['116 111'];
const CRISIS_CENTRES = ['krisesenter', 'krisesentre', 'crisis centre', 'crisis centres', 'ośrodki kryzysowe', 'مراكز الأزمات', 'مراکز بحران', 'кризов', 'кризис'];
const CHILD_WELFARE_EMERGENCY = ['barnevernvakt', 'barnevernsvakt', 'child welfare emergency', 'dyżur służby ochrony dzieci', 'خدمة الطوارئ لرعاية الطفل', 'خدمات عاجل حمایت از اطفال', 'чергова служба', 'Adeegga gurmadka'];

/** The names of the services a contact card lists in view ("1. …", "2. …", "3. …"), in order. */
const listed = (texts: readonly string[]): string[] => texts.filter((t) => /^\d\. /.test(t.trim()));

describe('third39, class 1: a professional asks what to do, and for a line the other person can call herself', () => {
  const runner = conversationRunnerPerFile();

  // A young person to call: the children's line and Kompetanseteamet (the professional's advice) both among the first three.
  test.each<[Lang, string]>([
    ['nb', 'hva bør jeg gjøre som helsesykepleier, og hvilket nummer kan jenta ringe selv?'],
    ['nn', 'kva bør eg gjere som helsesjukepleiar, og kva nummer kan jenta ringje sjølv?'],
    ['en', 'what should I do as a school nurse, and which number can the girl call herself?'],
    ['tr', 'öğretmen olarak ne yapmalıyım ve kızın kendisinin arayabileceği bir numara var mı?'],
    ['ur', 'بطور استاد مجھے کیا کرنا چاہیے، اور کیا کوئی نمبر ہے جس پر لڑکی خود فون کر سکے؟'],
  ])('%s: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.replyLanguage).toBe(lng);
    expect(listed(view.texts).length).toBeGreaterThanOrEqual(3);
    expect(containsFact(view.texts, CHILDRENS_LINE)).toBe(true);
    // Kompetanseteamet in view: its number comes before the fourth entry, which waits behind "More contacts".
    const kt = view.texts.findIndex((t) => t.includes('478 09 050'));
    const fourth = view.texts.findIndex((t) => /^4\. /.test(t.trim()));
    expect(kt).toBeGreaterThanOrEqual(0);
    if (fourth >= 0) expect(kt).toBeLessThan(fourth);
  }, 120_000);

  // Already answered both ways before: the guidance article with the lines, or an adult's lines with Kompetanseteamet.
  test.each<[Lang, string, readonly string[]]>([
    ['nb', 'hva gjør jeg som kontaktlærer, og hvor kan moren hennes få hjelp?', KOMPETANSETEAMET],
    ['en', "give me advice as her social worker, and a helpline my client (she's 24) can call herself", ['815 55 201']],
    ['fa', 'به عنوان معلم چه کار کنم و آیا شماره‌ای هست که دختر خودش بتواند زنگ بزند؟', CHILDRENS_LINE],
  ])('%s keeps both needs: %s', async (lng, text, line) => {
    const view = await runner.turn(lng, text);
    expect(view.answers).toBeGreaterThanOrEqual(1);
    expect(containsFact(view.texts, line)).toBe(true);
    expect(containsFact(view.texts, KOMPETANSETEAMET)).toBe(true);
  }, 120_000);

  // A parent asking for themselves keeps the lines for parents: Kompetanseteamet's case advice is for services.
  test('a parent asking what to do is not sent to Kompetanseteamet as a service', async () => {
    const view = await runner.turn('en', 'I am her mother, what should I do, and which number can my daughter call herself?');
    expect(containsFact(view.texts, CHILDRENS_LINE)).toBe(true);
    expect(view.texts.some((t) => t.includes('For advice in a specific case'))).toBe(false);
  }, 120_000);
});

describe('third39, class 2: danger and a concrete question, "where can she stay tonight?"', () => {
  const runner = conversationRunnerPerFile();

  test.each<[Lang, string]>([
    ['en', 'she is afraid to go home tonight because her brothers will beat her, where can she stay tonight?'],
    ['nb', 'hun tør ikke gå hjem i kveld fordi faren har truet med å drepe henne, hvor kan hun sove i natt?'],
    ['nn', 'ho tør ikkje dra heim i kveld, broren har truga henne, kvar kan ho bu i natt?'],
    ['pl', 'boi się wrócić do domu dziś wieczorem, ojciec grozi jej śmiercią. gdzie może dziś przenocować?'],
    ['ar', 'تخاف أن تعود إلى البيت الليلة لأن أباها هددها بالقتل، أين يمكنها أن تبيت الليلة؟'],
    ['uk', 'батько побив доньку і погрожує вбити її, де вона може переночувати сьогодні?'],
    ['fa', 'پدرش او را لت و کوب کرده و تهدید به کشتن کرده، امشب کجا می‌تواند بماند؟'],
  ])('%s: the card first, then where she can stay: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
    expect(view.cards[0]?.kind).toBe('emergency');
    expect(containsFact(view.texts, ['112'])).toBe(true);
    // The asked answer comes in the same turn: a safe place now, not an article on another subject.
    expect([text, containsFact(view.texts, CRISIS_CENTRES) || containsFact(view.texts, CHILD_WELFARE_EMERGENCY)]).toEqual([text, true]);
  }, 120_000);

  // Calm twins: the same words with no danger told get the contacts for a safe place, and no emergency card.
  test.each<[Lang, string]>([
    ['en', 'where can she stay tonight?'],
    ['pl', 'gdzie może dziś przenocować?'],
    ['ar', 'أين يمكنها أن تبيت الليلة؟'],
    ['fa', 'امشب کجا می‌تواند بماند؟'],
  ])('%s calm twin: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(alarmed(text, lng)).toBe(false);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, CRISIS_CENTRES)).toBe(true);
  }, 120_000);

  // The danger readers are untouched: the dangers above are read by the rules, not only by the shelter question.
  test.each<[Lang, string]>([
    ['en', 'she is afraid to go home tonight because her brothers will beat her, where can she stay tonight?'],
    ['nb', 'hun tør ikke gå hjem i kveld fordi faren har truet med å drepe henne, hvor kan hun sove i natt?'],
  ])('%s: the rules read the danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  // Sleeping over told, not asked: no contacts for a safe place.
  test('a sleepover told in a story is no shelter question', async () => {
    const view = await runner.turn('nb', 'eleven skal overnatte hos en venninne i natt, og lurer på hva negativ sosial kontroll er');
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['Barnevernvakten'])).toBe(false);
  }, 120_000);
});

describe('third39, class 3: who runs a service', () => {
  const runner = conversationRunnerPerFile();
  const services = readServicesFile().services;
  const owner = (id: string) => services.find((s) => s.id === id)?.owner;

  test('an owner only where shared/domain.md says who runs the service, each with its sources', () => {
    const withOwner = services.filter((s) => s.owner).map((s) => s.id).sort();
    expect(withOwner).toEqual(
      ['diversity-advisers', 'dinutvei', 'envoy-amman', 'envoy-ankara', 'envoy-islamabad', 'envoy-nairobi', 'expert-team', 'kompetanseteamet', 'nora', 'special-envoys', 'ud-operations-centre', 'ung-no'].sort(),
    );
    expect(owner('ung-no')?.text.nb).toContain('Bufdir');
    expect(owner('ung-no')?.sources).toContain('seed-ung-no');
    expect(owner('dinutvei')?.text.en).toContain('NKVTS');
    expect(owner('nora')?.text.nb).toContain('IMDi');
    expect(owner('diversity-advisers')?.text.nb).toContain('IMDi');
    expect(owner('special-envoys')?.text.en).toMatch(/Foreign Affairs.*IMDi/);
    for (const member of ['Bufdir', 'IMDi', 'UDI', 'POD', 'AVdir', 'Hdir']) expect(owner('kompetanseteamet')?.text.nb).toContain(member);
    // Nothing said where domain.md does not say who runs it.
    for (const id of ['rode-kors-telefonen', 'alarmtelefonen', 'vo-linjen', 'rvts', 'seif', 'police', 'crisis-centres', 'child-welfare']) expect(owner(id)).toBeUndefined();
  });

  test.each<[Lang, string, readonly string[]]>([
    ['nb', 'hvem står bak ung.no?', ['Bufdir']],
    ['nn', 'kven driv Nora eigentleg?', ['IMDi']],
    ['en', 'who runs dinutvei.no?', ['NKVTS']],
    ['en', 'who is behind the special envoys?', ['Ministry of Foreign Affairs']],
    ['pl', 'kto prowadzi ung.no?', ['Bufdir']],
    ['ar', 'من يدير موقع ung.no؟', ['Bufdir']],
    ['ru', 'кто управляет Nora?', ['IMDi']],
    ['tr', 'mangfoldsrådgiver kime bağlı?', ['IMDi']],
    ['so', 'yaa maamula ung.no?', ['Bufdir']],
    ['ti', 'ung.no መን የካይዶ?', ['Bufdir']],
    ['fa', 'چه کسی ung.no را اداره می‌کند؟', ['Bufdir']],
    ['ur', 'ung.no کون چلاتا ہے؟', ['Bufdir']],
    ['uk', 'хто керує сайтом ung.no?', ['Bufdir']],
  ])('%s: %s', async (lng, text, who) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.replyLanguage).toBe(lng);
    expect(containsFact(view.texts, who)).toBe(true);
  }, 120_000);

  test('a service without an owner in the directory is answered with its card and no owner line', async () => {
    const view = await runner.turn('nb', 'hvem eier Røde Kors-telefonen?');
    expect(containsFact(view.texts, ['815 55 201'])).toBe(true);
    expect(view.texts.some((t) => t.includes('Drives av') || t.includes('står bak tjenesten'))).toBe(false);
  }, 120_000);
});
