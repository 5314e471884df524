import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { loadRoleReader } from '../../src/understanding/role-reader';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { contentPath } from '../../src/paths/content-root';
import { createSituationReader, cueFileSchema, situationRulesSchema } from '../../src/understanding/situation-cues';

/**
 * s39role (issue #13): our own probes (none a tuned set's sentence).
 *  1. a role said with a prefix or suffix ("كمعلمة", "macallin ahaan", "как учительница") is read, and a professional's
 *     own need beside a line for a pupil gets both: the children's line and Kompetanseteamet;
 *  2. "give me advice as a NAV caseworker, and a number my client (30) can call herself": an age in brackets between
 *     the person and "can call" makes a grown-up caller, so the lines for adults and Kompetanseteamet, no "did you mean";
 *  4. a NAV worker asking what she is allowed to do when a grown-up client's husband reads her phone is calm (ru, pl, ar,
 *     ur, ti); danger twins (a threat, being followed with fear) keep the card;
 *  5. "Я вчителька", "Я учительница" (a teacher) is no young writer.
 */
const KOMPETANSETEAMET = ['478 09 050'];
const CHILDRENS_LINE = ['116 111'];
const ADULT_LINES = ['815 55 201'];

describe('s39role, class 1: a role with a prefix or suffix, own advice beside a line for a pupil', () => {
  const roles = loadRoleReader();
  test.each<[string, string]>([
    ['كمعلمة ماذا أفعل؟', 'school'],
    ['كمرشدة ماذا يجب أن أفعل؟', 'school'],
    ['كطبيبة ماذا أفعل؟', 'health'],
    ['كشرطي ماذا أفعل؟', 'police'],
  ])('Arabic ka- "as a": %s', (text, role) => {
    expect(roles.read(text).role).toBe(role);
  });
  test('a title with no ka- inside a sentence names someone else', () => {
    expect(roles.read('المعلمة قالت لي أن أتصل').role).toBeUndefined();
  });

  const runner = conversationRunnerPerFile();
  test.each<[Lang, string]>([
    ['ar', 'كمعلمة ماذا يجب أن أفعل، وهل هناك رقم تتصل به الطالبة بنفسها؟'],
    ['ar', 'بصفتي معلمة ماذا يجب أن أفعل، وهل هناك رقم تتصل به الطالبة بنفسها؟'],
    ['so', 'macallin ahaan maxaan sameeyaa, oo ma jiraa lambar ay gabadhu iyadu wacan karto?'],
    ['ru', 'как учительница что мне делать, и есть ли номер, куда девочка может позвонить сама?'],
    ['pl', 'jako nauczycielka co mam zrobić i czy jest numer, pod który dziewczyna może sama zadzwonić?'],
    ['ti', 'ከም መምህርት እንታይ ክገብር ኣለኒ፣ እታ ጓል ባዕላ ክትድውለሉ እትኽእል ቁጽሪ ኣሎ ድዩ?'],
  ])('%s: both needs, no card: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.didYouMean]).toEqual([text, false, false]);
    expect(containsFact(view.texts, CHILDRENS_LINE)).toBe(true);
    expect(containsFact(view.texts, KOMPETANSETEAMET)).toBe(true);
  }, 120_000);
});

describe('s39role, class 2: advice for the caseworker and a line the grown-up client can call herself', () => {
  const runner = conversationRunnerPerFile();
  test.each<[Lang, string]>([
    ['nb', 'gi meg råd som saksbehandler i NAV, og et nummer klienten min (30) kan ringe selv'],
    ['en', 'give me advice as a caseworker at NAV, and a number my client (30) can call herself'],
  ])('%s: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([view.emergency, view.didYouMean, view.cannotAnswer]).toEqual([false, false, false]);
    expect(containsFact(view.texts, ADULT_LINES)).toBe(true);
    expect(containsFact(view.texts, KOMPETANSETEAMET)).toBe(true);
    // A grown-up's lines, not the children's line first.
    const first = view.texts.find((t) => /^1\. /.test(t.trim())) ?? '';
    expect(first.includes('116 111')).toBe(false);
  }, 120_000);
  test('an age under 18 in brackets makes a young caller', async () => {
    const view = await runner.turn('en', 'give me advice as her teacher, and a number my pupil (14) can call herself');
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, CHILDRENS_LINE)).toBe(true);
  }, 120_000);
});

describe('s39role, class 4: a grown-up client whose husband reads her phone, asked by NAV', () => {
  const runner = conversationRunnerPerFile();
  test.each<[Lang, string]>([
    ['ru', 'Я работаю в NAV. Клиентка говорит, что муж каждый день читает её телефон. Что мне можно делать?'],
    ['pl', 'Pracuję w NAV. Klientka mówi, że mąż codziennie czyta jej telefon. Co wolno mi zrobić?'],
    ['ar', 'أعمل في NAV. عميلة تقول إن زوجها يقرأ تلفونها كل يوم. ماذا يُسمح لي أن أفعل؟'],
    ['ur', 'Main NAV mein kaam karti hoon. Ek client ne bataya ke uska shohar roz uska phone parhta hai. Mujhe kya karne ki ijazat hai?'],
    ['ti', 'ኣብ NAV እሰርሕ። ሓንቲ ዓሚልቲ ሰብኣያ መዓልቲ መዓልቲ ተሌፎና ከም ዘንብብ ነጊራትኒ። እንታይ ክገብር ይፍቀደለይ?'],
  ])('calm (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, false]);
    expect(view.answers).toBeGreaterThan(0);
  }, 120_000);
  test.each<[Lang, string]>([
    ['ru', 'Я работаю в NAV. Клиентка говорит, что муж читает её телефон и грозится убить её, если она уйдёт. Что мне можно делать?'],
    ['pl', 'Pracuję w NAV. Klientka mówi, że mąż czyta jej telefon i grozi, że ją zabije, jeśli odejdzie. Co wolno mi zrobić?'],
    ['ar', 'أعمل في NAV. عميلة تقول إن زوجها يقرأ تلفونها وهددها بالقتل إذا تركته. ماذا يُسمح لي أن أفعل؟'],
    ['ur', 'Main NAV mein kaam karti hoon. Ek client ne bataya ke uska shohar uska phone parhta hai aur usay jaan se maarne ki dhamki deta hai. Mujhe kya karne ki ijazat hai?'],
    ['ru', 'Я работаю в NAV. Клиентка говорит, что муж и его братья следят за ней повсюду и она очень боится. Что мне можно делать?'],
    ['pl', 'Pracuję w NAV. Klientka mówi, że mąż chce ją wywieźć do Pakistanu w tym miesiącu i czyta jej telefon. Co wolno mi zrobić?'],
  ])('danger twin keeps the card (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, true]);
  }, 120_000);
});

describe('s39role, class 4: Turkish "karne" (a report card, the end of term) is no Urdu "karne" (to do)', () => {
  const dir = contentPath('understanding', 'situation');
  const rules = situationRulesSchema.parse(JSON.parse(readFileSync(path.join(dir, 'rules.json'), 'utf8')));
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'rules.json')
    .map((f) => cueFileSchema.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))));
  const reader = createSituationReader(files, rules);
  test.each<[string, boolean]>([
    ['mujhe kya karne ki ijazat hai?', false],
    ['karne günü ailesiyle Pakistan\'a gidecek', true],
    ['karneler dağıtılınca memlekete gidiyorlar', true],
    ['karnesini aldıktan sonra yurt dışına gidecek', true],
  ])('%s → season %s', (text, season) => {
    expect(reader.read(text).concepts.has('season')).toBe(season);
  });
});

describe('s39role, class 5: a teacher is no young writer (uk, ru)', () => {
  const dir = contentPath('understanding', 'situation');
  const rules = situationRulesSchema.parse(JSON.parse(readFileSync(path.join(dir, 'rules.json'), 'utf8')));
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'rules.json')
    .map((f) => cueFileSchema.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))));
  const reader = createSituationReader(files, rules);
  test.each<[string, boolean]>([
    ['Я вчителька. Що мені робити?', false],
    ['Я учительница. Что мне делать?', false],
    ['як вчителька я хочу знати більше про примусовий шлюб', false],
    ['как учительница я хочу узнать больше о принудительном браке', false],
    // A young writer's own teacher stays theirs.
    ['моя вчителька сказала, що мені треба з кимось поговорити', true],
    ['моя учительница сказала, что мне надо с кем-то поговорить', true],
  ])('%s → young writer %s', (text, young) => {
    expect(reader.read(text).youngWriter).toBe(young);
  });
  const runner = conversationRunnerPerFile();
  test.each<[Lang, string]>([
    ['uk', 'як вчителька що мені робити, і чи є номер, куди дівчина може подзвонити сама?'],
    ['ru', 'как учительница что мне делать, и есть ли номер, куда девочка может позвонить сама?'],
  ])('%s: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, false]);
    expect(containsFact(view.texts, KOMPETANSETEAMET)).toBe(true);
  }, 120_000);
});

describe('s39role, class 3: danger told beside a duty question: the card, and the duty answer under it', () => {
  const runner = conversationRunnerPerFile();
  test.each<[Lang, string]>([
    ['ru', 'Ученица рассказала, что отец избил её и угрожает убить. Я учительница, обязана ли я сообщить в опеку?'],
    ['ru', 'Ученица рассказала, что отец избил её и угрожает убить. Я учитель, должен ли я сообщить в службу защиты детей?'],
    ['uk', 'Учениця розповіла, що батько побив її і погрожує вбити. Я вчителька, чи зобов’язана я повідомити службу захисту дітей?'],
    ['pl', 'Uczennica powiedziała, że ojciec ją pobił i grozi, że ją zabije. Jestem nauczycielką, czy mam obowiązek zgłosić to do barnevernet?'],
    ['ar', 'طالبة قالت إن أباها ضربها ويهدد بقتلها. أنا معلمة، هل يجب علي أن أبلغ حماية الطفل؟'],
  ])('%s: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, true]);
    expect(view.cards[0]?.kind).toBe('emergency');
    expect([text, containsFact(view.texts, ['opplysningsplikt'])]).toEqual([text, true]);
  }, 120_000);
  test.each<[Lang, string]>([
    ['ru', 'Я учительница. Обязана ли я сообщить в службу защиты детей, если ученица часто пропускает уроки физкультуры?'],
    ['uk', 'Я вчителька. Чи зобов’язана я повідомити службу захисту дітей, якщо учениця часто пропускає уроки фізкультури?'],
  ])('calm twin (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, false]);
    expect([text, containsFact(view.texts, ['opplysningsplikt'])]).toEqual([text, true]);
  }, 120_000);
});
