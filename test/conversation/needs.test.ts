import { TestAdapter, type TurnContext } from 'botbuilder';
import { CONVERSATION_TTL_MS, type ConversationFacts, createConversationStore } from '../../src/conversation/conversation-state';
import { createNeedsReader, splitClauses } from '../../src/conversation/needs';
import { compileNeedsWords, loadNeedsWords, needsWordsFileSchema } from '../../src/conversation/needs-words';
import type { Lang } from '../../src/language/languages';
import { statsIntentSchema } from '../../src/stats/intents';
import { ExpiringMemoryStorage } from '../../src/storage/expiring-memory-storage';
import type { Role } from '../../src/understanding/role-reader';
import type { Candidate, IntentBase, Understanding } from '../../src/understanding/types';
import type { ReadingStages } from '../../src/understanding/understand';

// (was needs.test.ts)

const words = loadNeedsWords();
const clausesOf = (lng: Lang, text: string): string[] => {
  const w = words.get(lng);
  if (!w) throw new Error(`no needs words for ${lng}`);
  return splitClauses(text, w);
};

describe('needs words', () => {
  it('has a reviewed-or-machine-assisted file for each of the twelve languages', () => {
    expect([...words.keys()].sort()).toEqual(['ar', 'en', 'fa', 'nb', 'nn', 'pl', 'ru', 'so', 'ti', 'tr', 'uk', 'ur']);
  });

  it('rejects a file without join words', () => {
    expect(needsWordsFileSchema.safeParse({ lang: 'nb', review: 'machine-assisted', join: [], marks: ['?'] }).success).toBe(false);
  });
});

describe('splitClauses: where a message may ask two things', () => {
  /** [language, message, its clauses]. */
  const CASES: ReadonlyArray<readonly [Lang, string, readonly string[]]> = [
    ['nb', 'hvor mange saker hadde spesialutsendingene i 2023, og hvem dekker Etiopia?', ['hvor mange saker hadde spesialutsendingene i 2023', 'hvem dekker Etiopia?']],
    ['nb', 'hva er negativ sosial kontroll og så hvem kan jeg ringe?', ['hva er negativ sosial kontroll', 'hvem kan jeg ringe?']],
    ['nb', 'Hva er tvangsekteskap? Hvem kan hjelpe?', ['Hva er tvangsekteskap?', 'Hvem kan hjelpe?']],
    ['nb', 'telefonnummeret til politiet; og til Kompetanseteamet', ['telefonnummeret til politiet', 'til Kompetanseteamet']],
    ['nn', 'Kven dekkjer Somalia, og kva er nummeret til UD?', ['Kven dekkjer Somalia', 'kva er nummeret til UD?']],
    ['en', 'how many cases did the envoys have, and who covers Ethiopia?', ['how many cases did the envoys have', 'who covers Ethiopia?']],
    ['en', 'threats and violence in 2022 – how many of the cases?', ['threats', 'violence in 2022', 'how many of the cases?']],
    ['en', 'what is forced marriage and also who can I call', ['what is forced marriage', 'who can I call']],
    ['ar', 'ما هو الزواج القسري؟ ومن يمكنني الاتصال به؟', ['ما هو الزواج القسري؟', 'من يمكنني الاتصال به؟']],
    ['ar', 'كم عدد الحالات في 2023 وكم مستشارا هناك', ['كم عدد الحالات في 2023', 'كم مستشارا هناك']],
    ['so', 'Waa maxay lambarka Alarmtelefonen, iyo lambarka booliska?', ['Waa maxay lambarka Alarmtelefonen', 'lambarka booliska?']],
    ['fa', 'ازدواج اجباری چیست و با چه کسی تماس بگیرم؟', ['ازدواج اجباری چیست', 'با چه کسی تماس بگیرم؟']],
    ['ur', 'جبری شادی کیا ہے اور میں کس کو فون کروں؟', ['جبری شادی کیا ہے', 'میں کس کو فون کروں؟']],
    ['uk', 'Який номер поліції і який номер швидкої допомоги?', ['Який номер поліції', 'який номер швидкої допомоги?']],
    ['uk', 'Що таке примусовий шлюб, а також кому подзвонити?', ['Що таке примусовий шлюб', 'кому подзвонити?']],
    ['ru', 'Какой номер у Alarmtelefonen и у VO-linjen?', ['Какой номер у Alarmtelefonen', 'у VO-linjen?']],
    ['tr', 'Kaç danışman var ve hangi okullarda çalışıyorlar?', ['Kaç danışman var', 'hangi okullarda çalışıyorlar?']],
    ['pl', 'Ile spraw miał zespół w 2022 roku oraz ile dotyczyło małżeństwa?', ['Ile spraw miał zespół w 2022 roku', 'ile dotyczyło małżeństwa?']],
    ['ti', 'ናይ ፖሊስ ቍጽሪ እንታይ እዩ እና ናይ Kompetanseteamet ቍጽሪ እንታይ እዩ?', ['ናይ ፖሊስ ቍጽሪ እንታይ እዩ', 'ናይ Kompetanseteamet ቍጽሪ እንታይ እዩ?']],
    ['ti', "ናይ ፖሊስ ቍጽሪ እንታይ እዩ ከምኡ'ውን ናይ Alarmtelefonen ቍጽሪ፧", ['ናይ ፖሊስ ቍጽሪ እንታይ እዩ', 'ናይ Alarmtelefonen ቍጽሪ፧']],
  ];
  it.each(CASES)('%s: %s', (lng, text, clauses) => {
    expect(clausesOf(lng, text)).toEqual(clauses);
  });

  it('cuts only whole words: "og" inside a word, an Arabic word that starts with و, a year range', () => {
    expect(clausesOf('nb', 'hvem dekker Togo')).toEqual(['hvem dekker Togo']);
    expect(clausesOf('en', 'the Sandberg branch')).toEqual(['the Sandberg branch']);
    expect(clausesOf('ar', 'ما رقم وزارة الخارجية؟')).toEqual(['ما رقم وزارة الخارجية؟']);
    expect(clausesOf('nb', 'saker 2022–2023')).toEqual(['saker 2022–2023']);
    expect(clausesOf('ru', 'Кто принимает решение?')).toEqual(['Кто принимает решение?']);
  });

  it('compiles a reviewer\'s phrase with any spacing', () => {
    const w = compileNeedsWords({ lang: 'nb', review: 'machine-assisted', join: ['og så'], marks: ['?'] });
    expect(splitClauses('hva er det og   så hvem hjelper', w)).toEqual(['hva er det', 'hvem hjelper']);
  });
});

describe('asks: a clause that asks, with or without its question mark', () => {
  const asks = (lng: Lang, clause: string): boolean => {
    const w = words.get(lng);
    if (!w) throw new Error(`no needs words for ${lng}`);
    return w.asks(clause);
  };
  /** [language, clause, whether it asks]. */
  const CASES: ReadonlyArray<readonly [Lang, string, boolean]> = [
    ['nb', 'og legg gjerne ved nummeret deres', true],
    ['nb', 'Hvor mange saker var det?', true],
    ['nb', 'Skal ha foreldremøte i morgen', false],
    ['nn', 'Ta med e-postadressa òg', true],
    ['nn', 'Vi hadde ei sak i fjor', false],
    ['en', 'And please send me their e-mail', true],
    ['en', 'their opening hours', true],
    ['en', 'We met the family last week', false],
    ['ru', 'и их номер телефона', true],
    ['ru', 'Мы говорили с семьёй', false],
    ['ar', 'وكمان رقم خط الصليب الأحمر', true],
    ['pl', 'oraz ich adres e-mail', true],
    ['tr', 've telefon numaraları', true],
    // A question opened by its verb, written without its mark.
    ['nb', 'og finnes det noen fra IMDi som kan holde kurs', true],
    ['nn', 'og kan eg få e-posten deira', true],
    ['en', 'and is there a course for the staff', true],
  ];
  it.each(CASES)('%s: %s → %s', (lng, clause, expected) => {
    expect(asks(lng, clause)).toBe(expected);
  });
});

describe('withoutReason: a question before the clause giving its reason', () => {
  const cut = (lng: Lang, part: string): string | undefined => {
    const w = words.get(lng);
    if (!w) throw new Error(`no needs words for ${lng}`);
    return w.withoutReason(part)?.trim();
  };
  /** [language, part, the question before its reason, or undefined]. */
  const CASES: ReadonlyArray<readonly [Lang, string, string | undefined]> = [
    ['en', 'can someone hold a course for us because none of us has met such a case', 'can someone hold a course for us'],
    ['nb', 'kan noen holde kurs for oss, siden ingen her kjenner temaet', 'kan noen holde kurs for oss'],
    ['ru', 'кто может провести семинар, потому что у нас нет советника', 'кто может провести семинар'],
    // Too little before the reason word to be a question of its own; no reason word at all.
    ['en', 'because we have no adviser', undefined],
    ['en', 'is there training for the staff', undefined],
  ];
  it.each(CASES)('%s: %s', (lng, part, expected) => {
    expect(cut(lng, part)).toBe(expected);
  });
});

describe('createNeedsReader: each part a question of its own', () => {
  /** Any intent as the understanding step hands it on: a kind and its own fields. */
  const intent = (fields: { readonly kind: string } & Record<string, unknown>): IntentBase => fields;
  const stats = (service: string, metric: string): IntentBase => intent({ kind: 'stats', query: { service, services: [service], metric, mode: 'value' } });
  const contact = (query: object): IntentBase => intent({ kind: 'contact', query });
  const article = (articleId: string, askerRole?: string): IntentBase => intent({ kind: 'article', articleId, ...(askerRole ? { askerRole } : {}) });

  /** A stand-in understanding: each known text has one reading and a score; anything else is not understood. */
  function fakeUnderstand(readings: Record<string, readonly [IntentBase, number]>) {
    return (text: string): Understanding => {
      const known = readings[text];
      const candidates: Candidate[] = known ? [{ intent: known[0], score: known[1], source: 'fake' }] : [];
      return { danger: false, intent: known && known[1] >= 0.35 ? known[0] : { kind: 'unknown' }, candidates };
    };
  }
  const readerFor = (readings: Record<string, readonly [IntentBase, number]>) => {
    const understand = fakeUnderstand(readings);
    return { understand, needs: createNeedsReader({ words, understand }) };
  };

  it('reads a part for the role the whole message says the asker has', () => {
    const whole = 'I work at NAV. A woman of 30 is controlled by her family. Who can we talk to, and how many cases did the envoys have?';
    const understand = fakeUnderstand({
      'Who can we talk to': [article('talking-with-young-person'), 0.9],
      'how many cases did the envoys have?': [stats('special-envoys', 'cases'), 0.95],
    });
    const wholeReading: Understanding = { danger: false, role: 'nav', intent: { kind: 'unknown' }, candidates: [] };
    const needs = createNeedsReader({ words, understand, forRole: (i, role) => (role === 'nav' && i.kind === 'article' ? article('adults-over-18') : i) });
    expect(needs(whole, 'en', wholeReading, undefined)).toEqual([article('adults-over-18'), stats('special-envoys', 'cases')]);
  });

  it('answers a figure and a contact asked together', () => {
    const whole = 'how many cases did the envoys have, and who covers Ethiopia?';
    const { understand, needs } = readerFor({
      [whole]: [stats('special-envoys', 'cases'), 0.95],
      'how many cases did the envoys have': [stats('special-envoys', 'cases'), 0.95],
      'who covers Ethiopia?': [contact({ country: 'ET' }), 0.99],
    });
    expect(needs(whole, 'en', understand(whole), undefined)).toEqual([stats('special-envoys', 'cases'), contact({ country: 'ET' })]);
  });

  it('accepts a part read below "clear" when it is exactly what the whole message is read as', () => {
    const whole = 'hva er negativ sosial kontroll og hvem kan jeg ringe?';
    const { understand, needs } = readerFor({
      [whole]: [contact({}), 0.75],
      'hva er negativ sosial kontroll': [article('negative-social-control'), 0.94],
      'hvem kan jeg ringe?': [contact({}), 0.75],
    });
    expect(needs(whole, 'nb', understand(whole), undefined)).toEqual([article('negative-social-control'), contact({})]);
  });

  it('answers a second part read only "probably" when the other part asks what the whole (clear) reading answers', () => {
    const whole = 'what is the number of Kompetanseteamet, and may people over 18 contact them themselves?';
    const { understand, needs } = readerFor({
      [whole]: [contact({ serviceId: 'kompetanseteamet' }), 0.99],
      'what is the number of Kompetanseteamet': [contact({ serviceId: 'kompetanseteamet' }), 0.99],
      'may people over 18 contact them themselves?': [article('adults-over-18'), 0.6],
    });
    expect(needs(whole, 'en', understand(whole), undefined)).toEqual([contact({ serviceId: 'kompetanseteamet' }), article('adults-over-18')]);
  });

  it('keeps one answer when the "probable" part is a fragment, or no part asks what the whole reading answers', () => {
    const fragment = 'what is the number of Alarmtelefonen for children and young';
    const first = readerFor({
      [fragment]: [contact({ serviceId: 'alarmtelefonen' }), 0.99],
      'what is the number of Alarmtelefonen for children': [contact({ serviceId: 'alarmtelefonen' }), 0.99],
      young: [contact({ youngSelf: true }), 0.6],
    });
    expect(first.needs(fragment, 'en', first.understand(fragment), undefined)).toBeUndefined();
    const unanchored = 'how many envoys are there, and may people over 18 call themselves?';
    const second = readerFor({
      [unanchored]: [contact({ serviceId: 'kompetanseteamet' }), 0.99],
      'how many envoys are there': [stats('special-envoys', 'staff'), 0.95],
      'may people over 18 call themselves?': [article('adults-over-18'), 0.6],
    });
    expect(second.needs(unanchored, 'en', second.understand(unanchored), undefined)).toBeUndefined();
  });

  it('answers a plain "who advises us?" beside a named service the whole message reads clearly as', () => {
    const whole = 'hvem gir råd til barnehager om kjønnslemlestelse, og hva er nummeret til politiet når det ikke haster';
    const { understand, needs } = readerFor({
      [whole]: [contact({ serviceId: 'police' }), 0.99],
      'hvem gir råd til barnehager om kjønnslemlestelse': [contact({}), 0.75],
      'hva er nummeret til politiet når det ikke haster': [contact({ serviceId: 'police' }), 0.99],
    });
    expect(needs(whole, 'nb', understand(whole), undefined)).toEqual([contact({}), contact({ serviceId: 'police' })]);
  });

  it('reads a part that names a service of its own as that service, not as a follow-up of the part before', () => {
    const whole = 'who advises kindergartens on FGM, and the police number when it is not urgent';
    const readings: Record<string, readonly [IntentBase, number]> = {
      [whole]: [contact({ serviceId: 'police' }), 0.99],
      'who advises kindergartens on FGM': [contact({}), 0.75],
      'the police number when it is not urgent': [contact({ serviceId: 'police' }), 0.99],
    };
    const understand = fakeUnderstand(readings);
    // "not urgent" read as "and after hours?" about the part before, which would drop the police.
    const followUp = () => ({ intent: { kind: 'contact' as const, query: {} }, reason: 'after-hours' as const });
    const needs = createNeedsReader({ words, understand, followUp });
    expect(needs(whole, 'en', understand(whole), undefined)).toEqual([contact({}), contact({ serviceId: 'police' })]);
  });

  it('answers the parts of a message not understood whole when one part reads clearly and the other probably', () => {
    const whole = 'what is the number of Kompetanseteamet, and is there a course for the staff here';
    const { understand, needs } = readerFor({
      'what is the number of Kompetanseteamet': [contact({ serviceId: 'kompetanseteamet' }), 0.99],
      'is there a course for the staff here': [article('service-expert-team'), 0.7],
    });
    expect(needs(whole, 'en', understand(whole), undefined)).toEqual([contact({ serviceId: 'kompetanseteamet' }), article('service-expert-team')]);
    // Neither part clear: the suggestions stay.
    const unsure = readerFor({
      'what is the number of Kompetanseteamet': [contact({ serviceId: 'kompetanseteamet' }), 0.7],
      'is there a course for the staff here': [article('service-expert-team'), 0.7],
    });
    expect(unsure.needs(whole, 'en', unsure.understand(whole), undefined)).toBeUndefined();
  });

  it('answers whom to consult beside who trains the staff with one plan, the case\'s advice with it', () => {
    const whole = 'who trains our team, and who advises in specific cases?';
    const { understand, needs } = readerFor({
      'who trains our team': [contact({ training: true }), 0.75],
      'who advises in specific cases?': [contact({}), 0.75],
    });
    expect(needs(whole, 'en', understand(whole), undefined)).toEqual([contact({ training: true, caseAdvice: true })]);
  });

  it('keeps one answer when a part is not understood clearly', () => {
    const whole = 'what is forced marriage and who can I call?';
    const { understand, needs } = readerFor({
      [whole]: [article('forced-marriage'), 0.6],
      'what is forced marriage': [article('forced-marriage'), 0.9],
      'who can I call?': [contact({}), 0.5],
    });
    expect(needs(whole, 'en', understand(whole), undefined)).toBeUndefined();
  });

  it('reads a part that only points back to the story ("Hva innebærer det") as the whole message, not as a need of its own', () => {
    const whole = 'Lederen min nevnte en felles årsrapport for de fire særskilte tjenestene. Hva innebærer det, og når er fristen?';
    const { understand, needs } = readerFor({
      [whole]: [article('allocation-letter-2024'), 0.6],
      'Hva innebærer det': [article('negative-social-control'), 0.7],
      'når er fristen?': [article('allocation-letter-2024'), 0.6],
    });
    expect(needs(whole, 'nb', understand(whole), undefined)).toBeUndefined();
  });

  it('reads a part that only points back together with the story, and a figure after it as the whole message\'s figure', () => {
    const story = "I'm a special envoy in Amman and I'm preparing for the new reporting. We were told the joint annual report replaces the separate counts.";
    const whole = `${story} When is it due, and was it 245 cases for us in 2023?`;
    const envoysAmman = intent({ kind: 'stats', query: { service: 'special-envoys', services: ['special-envoys'], metric: 'cases', fromYear: 2023, toYear: 2023, breakdown: 'embassy', category: 'amman', mode: 'value' } });
    const noService = intent({ kind: 'stats', query: { services: [], metric: 'cases', fromYear: 2023, toYear: 2023, mode: 'value' } });
    const { understand, needs } = readerFor({
      [whole]: [envoysAmman, 0.92],
      [`${story} When is it due`]: [article('allocation-letter-2024'), 0.65],
      'When is it due': [article('negative-social-control'), 0.4],
      'was it 245 cases for us in 2023?': [noService, 0.6],
    });
    // The figure is the whole message's service, without the embassy the story named in passing.
    expect(needs(whole, 'en', understand(whole), undefined)).toEqual([
      article('allocation-letter-2024'),
      intent({ kind: 'stats', query: { service: 'special-envoys', services: ['special-envoys'], metric: 'cases', fromYear: 2023, toYear: 2023, mode: 'value' } }),
    ]);
  });

  it('does not take who is asking ("Jeg er mangfoldsrådgiver og …") as a question of its own', () => {
    const whole = 'Jeg er mangfoldsrådgiver og hva er strategien for å gjøre tjenestene bedre kjent?';
    const readings: Record<string, readonly [IntentBase, number]> = {
      [whole]: [article('allocation-letter-2024'), 0.84],
      'Jeg er mangfoldsrådgiver': [article('service-diversity-advisers'), 0.7],
      'hva er strategien for å gjøre tjenestene bedre kjent?': [article('allocation-letter-2024'), 0.9],
    };
    const base = fakeUnderstand(readings);
    const understand = (text: string): Understanding => (text === 'Jeg er mangfoldsrådgiver' ? { ...base(text), role: 'diversity-adviser' } : base(text));
    const needs = createNeedsReader({ words, understand });
    expect(needs(whole, 'nb', understand(whole), undefined)).toBeUndefined();
  });

  it('keeps one answer when both parts ask about the same subject', () => {
    const whole = 'the number for Kompetanseteamet and the e-mail of Kompetanseteamet';
    const { understand, needs } = readerFor({
      [whole]: [contact({ serviceId: 'kompetanseteamet' }), 0.99],
      'the number for Kompetanseteamet': [contact({ serviceId: 'kompetanseteamet' }), 0.99],
      'the e-mail of Kompetanseteamet': [contact({ serviceId: 'kompetanseteamet', askerRole: 'school' }), 0.99],
    });
    expect(needs(whole, 'en', understand(whole), undefined)).toBeUndefined();
  });

  it('a part asking the duty the whole message asks takes the whole reading (it saw the story), beside a part of its own', () => {
    const whole = 'En deltaker på 30 forteller at mannen styrer alt. Hvilken plikt har jeg, og hvor kan hun selv ringe?';
    const adults = article('adults-over-18', 'nav');
    const readings: Record<string, readonly [IntentBase, number]> = {
      [whole]: [adults, 0.75],
      'Hvilken plikt har jeg': [article('duty-to-notify'), 0.52],
      'hvor kan hun selv ringe?': [contact({ helpline: true }), 0.75],
    };
    const base = fakeUnderstand(readings);
    const understand = (text: string): Understanding => (text === whole || text === 'Hvilken plikt har jeg' ? { ...base(text), duties: ['notify'] } : base(text));
    const needs = createNeedsReader({ words, understand });
    expect(needs(whole, 'nb', understand(whole), undefined)).toEqual([adults, contact({ helpline: true })]);
  });

  it('keeps one answer when both parts read as one article, one of them opened for the asker\'s role', () => {
    const whole = 'Hva er tvangsekteskap, og hva bør vi i politiet vite om det?';
    const { understand, needs } = readerFor({
      [whole]: [article('forced-marriage', 'police'), 0.9],
      'Hva er tvangsekteskap': [article('forced-marriage'), 0.95],
      'hva bør vi i politiet vite om det?': [article('forced-marriage', 'police'), 0.9],
    });
    expect(needs(whole, 'nb', understand(whole), undefined)).toBeUndefined();
  });

  it('keeps one answer when the whole reading draws on both parts (one figure, not an article and a figure)', () => {
    const whole = 'threats and violence in 2022 – how many cases?';
    const { understand, needs } = readerFor({
      [whole]: [intent({ kind: 'stats', query: { service: 'kompetanseteamet', services: ['kompetanseteamet'], metric: 'cases', category: 'threats' } }), 0.95],
      'threats and violence in 2022': [article('threats'), 0.9],
      'how many cases?': [stats('kompetanseteamet', 'cases'), 0.85],
    });
    expect(needs(whole, 'en', understand(whole), undefined)).toBeUndefined();
  });

  it('answers an article and a figure asked with a pronoun for its service, the figure as the whole message reads it', () => {
    const whole = 'Hva gjør spesialutsendingene? Hvor mange oppdrag hadde de i 2023?';
    const figure = intent({ kind: 'stats', query: { service: 'special-envoys', services: ['special-envoys'], metric: 'assignments', fromYear: 2023, toYear: 2023, mode: 'value' } });
    const { understand, needs } = readerFor({
      [whole]: [figure, 0.99],
      'Hva gjør spesialutsendingene?': [article('service-special-envoys'), 0.94],
      'Hvor mange oppdrag hadde de i 2023?': [intent({ kind: 'stats', query: { services: [], metric: 'assignments', fromYear: 2023, toYear: 2023, mode: 'value' } }), 0.85],
    });
    expect(needs(whole, 'nb', understand(whole), undefined)).toEqual([article('service-special-envoys'), figure]);
  });

  it('never splits a help command, a young writer or a story of several sentences', () => {
    const help = 'help and contacts';
    const a = readerFor({ [help]: [{ kind: 'help' }, 0.99], help: [{ kind: 'help' }, 0.99], contacts: [contact({}), 0.99] });
    expect(a.needs(help, 'en', a.understand(help), undefined)).toBeUndefined();

    const young = 'what is forced marriage and who covers Iraq?';
    const b = readerFor({ [young]: [contact({ youngSelf: true }), 0.99], 'what is forced marriage': [article('forced-marriage'), 0.94], 'who covers Iraq?': [contact({ country: 'IQ' }), 0.99] });
    expect(b.needs(young, 'en', { ...b.understand(young), youngWriter: true }, undefined)).toBeUndefined();

    const story = 'I work at a school. A pupil told me about Iraq and who covers Iraq?';
    const c = readerFor({ [story]: [contact({ country: 'IQ' }), 0.99], 'I work at a school. A pupil told me about Iraq': [article('school'), 0.9], 'who covers Iraq?': [contact({ country: 'IQ' }), 0.99] });
    expect(c.needs(story, 'en', c.understand(story), undefined)).toBeUndefined();
  });

  it('keeps one answer when a question is followed by a statement, or the whole reading is only a guess', () => {
    const told = 'What does negative social control mean? I heard it at a parents\' meeting';
    const a = readerFor({ [told]: [article('parents-role'), 0.81], 'What does negative social control mean?': [article('negative-social-control'), 0.9], "I heard it at a parents' meeting": [article('parents-role'), 0.81] });
    expect(a.needs(told, 'en', a.understand(told), undefined)).toBeUndefined();

    const guess = 'Which embassies have advisers? Amman and Ankara?';
    const b = readerFor({ [guess]: [article('service-special-envoys'), 0.43], 'Which embassies have advisers?': [article('service-special-envoys'), 0.43], 'Amman and Ankara?': [contact({ country: 'JO' }), 0.99] });
    expect(b.needs(guess, 'en', b.understand(guess), undefined)).toBeUndefined();
  });

  it('answers both questions after a short opening that says who asks ("I work at NAV.", "Two things:")', () => {
    const whole = 'I work at NAV. What is negative social control, and who can give our office training on it?';
    const { understand, needs } = readerFor({
      [whole]: [article('negative-social-control'), 0.6],
      'What is negative social control': [article('negative-social-control'), 0.94],
      'who can give our office training on it?': [contact({ serviceId: 'expert-team' }), 0.9],
    });
    expect(needs(whole, 'en', understand(whole), undefined)).toEqual([article('negative-social-control'), contact({ serviceId: 'expert-team' })]);

    const listed = 'Two things: the number for Kompetanseteamet, and who covers Iraq?';
    const b = readerFor({
      [listed]: [contact({ serviceId: 'kompetanseteamet' }), 0.6],
      'the number for Kompetanseteamet': [contact({ serviceId: 'kompetanseteamet' }), 0.99],
      'who covers Iraq?': [contact({ country: 'IQ' }), 0.99],
    });
    expect(b.needs(listed, 'en', b.understand(listed), undefined)).toEqual([contact({ serviceId: 'kompetanseteamet' }), contact({ country: 'IQ' })]);
  });

  it("splits a story's closing question, a part asking what the whole reading answers taking that reading (it saw the story)", () => {
    const whole = 'A client says her husband keeps her bank card. She is 28. Is this negative social control, and is there a number she can call herself?';
    const story = contact({ adultCaller: true });
    const { understand, needs } = readerFor({
      [whole]: [story, 0.75],
      'Is this negative social control': [article('negative-social-control'), 0.9],
      'is there a number she can call herself?': [contact({ helpline: true }), 0.75],
    });
    expect(needs(whole, 'en', understand(whole), undefined)).toEqual([article('negative-social-control'), story]);

    // Questions one after another are not a story: both are answered as asked.
    const asked = 'Who covers Somalia? And who covers Iraq?';
    const b = readerFor({ [asked]: [contact({ country: 'SO' }), 0.99], 'Who covers Somalia?': [contact({ country: 'SO' }), 0.99], 'who covers Iraq?': [contact({ country: 'IQ' }), 0.99] });
    expect(b.needs(asked, 'en', b.understand(asked), undefined)).toEqual([contact({ country: 'SO' }), contact({ country: 'IQ' })]);
  });

  it('reads a part that leans on the one before with the follow-up resolver', () => {
    const whole = 'how many advisers and how many schools?';
    const advisers = stats('diversity-advisers', 'staff');
    const schools = stats('diversity-advisers', 'schools');
    const understand = fakeUnderstand({ [whole]: [schools, 0.95], 'how many advisers': [advisers, 0.95], 'how many schools?': [intent({ kind: 'stats', query: { services: [], metric: 'schools', mode: 'value' } }), 0.85] });
    const needs = createNeedsReader({
      words,
      understand,
      followUp: (text, _lng, _u, previous) => (text === 'how many schools?' && previous?.kind === 'stats' ? { intent: statsIntentSchema.parse(schools), reason: 'same-subject' } : undefined),
    });
    expect(needs(whole, 'en', understand(whole), undefined)).toEqual([advisers, schools]);
  });
  it('answers a figure and a contact asked after it without a question mark, and keeps one answer for a statement', () => {
    const whole = 'Hvor mange saker hadde Kompetanseteamet i 2021? Og send meg e-posten deres';
    const figure = stats('kompetanseteamet', 'cases');
    const email = contact({ serviceId: 'kompetanseteamet' });
    const understand = fakeUnderstand({ [whole]: [figure, 0.99], 'Hvor mange saker hadde Kompetanseteamet i 2021?': [figure, 0.99], 'send meg e-posten deres': [contact({}), 0.5] });
    const followUp = (text: string) => (text === 'send meg e-posten deres' ? { intent: { kind: 'contact' as const, query: { serviceId: 'kompetanseteamet' as const } }, reason: 'same-subject' as const } : undefined);
    expect(createNeedsReader({ words, understand, followUp })(whole, 'nb', understand(whole), undefined)).toEqual([figure, email]);

    const told = 'Hvor mange saker hadde Kompetanseteamet i 2021? Vi skriver en rapport om det';
    const b = readerFor({ [told]: [figure, 0.99], 'Hvor mange saker hadde Kompetanseteamet i 2021?': [figure, 0.99], 'Vi skriver en rapport om det': [article('negative-social-control'), 0.9] });
    expect(b.needs(told, 'nb', b.understand(told), undefined)).toBeUndefined();
  });

  it("splits a story's closing questions, and leaves a wish before them that is no need of its own to the story", () => {
    const story = 'I coordinate a refugee service. We had a case last spring that is closed now.';
    const wish = "I'd like to show the figures to my team.";
    const whole = `${story} ${wish} How many cases did Kompetanseteamet have in 2021? And their e-mail please`;
    const figure = stats('kompetanseteamet', 'cases');
    const email = contact({ serviceId: 'kompetanseteamet' });
    const { understand, needs } = readerFor({
      [whole]: [figure, 0.99],
      [wish]: [article('negative-social-control'), 0.2],
      'How many cases did Kompetanseteamet have in 2021?': [figure, 0.99],
      'their e-mail please': [email, 0.9],
    });
    expect(needs(whole, 'en', understand(whole), undefined)).toEqual([figure, email]);
  });

  it('answers a figure beside a contact when the whole reading drew a split from the story that the question does not ask', () => {
    const whole = 'We had a meeting on forced marriage. How many cases did Kompetanseteamet have in 2021? And their phone number?';
    const split = intent({ kind: 'stats', query: { service: 'kompetanseteamet', services: ['kompetanseteamet'], metric: 'cases', breakdown: 'case-type', category: 'forced-marriage', mode: 'value' } });
    const figure = stats('kompetanseteamet', 'cases');
    const phone = contact({ serviceId: 'kompetanseteamet' });
    const { understand, needs } = readerFor({ [whole]: [split, 0.99], 'How many cases did Kompetanseteamet have in 2021?': [figure, 0.99], 'their phone number?': [phone, 0.9] });
    expect(needs(whole, 'en', understand(whole), undefined)).toEqual([figure, phone]);

    // Beside a part that asks more of the figure (read alone as some article), the split is what was asked: one answer.
    const more = 'How many cases did Kompetanseteamet have in 2021? And what were most of them about?';
    const b = readerFor({ [more]: [split, 0.99], 'How many cases did Kompetanseteamet have in 2021?': [figure, 0.99], 'what were most of them about?': [article('action-plans'), 0.55] });
    expect(b.needs(more, 'en', b.understand(more), undefined)).toBeUndefined();
  });
});

describe('createNeedsReader: a part read only as far as the split needs', () => {
  const intent = (fields: { readonly kind: string } & Record<string, unknown>): IntentBase => fields;
  const contact = (query: object): IntentBase => intent({ kind: 'contact', query });
  const article = (articleId: string): IntentBase => intent({ kind: 'article', articleId });

  interface Known {
    readonly intent: IntentBase;
    readonly score: number;
    readonly role?: Role;
  }

  /**
   * A stand-in understanding that can also be read stage by stage, noting each stage it was asked (`role:`,
   * `candidates:`, `whole:` and the text); anything it does not know is not understood.
   */
  function stagedFake(readings: Record<string, Known>) {
    const asked: string[] = [];
    const whole = (text: string): Understanding => {
      const known = readings[text];
      const candidates: Candidate[] = known ? [{ intent: known.intent, score: known.score, source: 'fake' }] : [];
      return { danger: false, ...(known?.role ? { role: known.role } : {}), intent: known && known.score >= 0.35 ? known.intent : { kind: 'unknown' }, candidates };
    };
    const inStages = (text: string): ReadingStages => ({
      role: () => (asked.push(`role:${text}`), readings[text]?.role),
      candidates: () => (asked.push(`candidates:${text}`), whole(text).candidates),
      understanding: () => (asked.push(`whole:${text}`), whole(text)),
    });
    return { asked, whole, staged: Object.assign((text: string) => whole(text), { inStages }) };
  }

  /** The answers of the reader that reads in stages, and of one that reads every part whole (as before): they must agree. */
  function bothReaders(readings: Record<string, Known>, text: string, lng: Lang) {
    const fake = stagedFake(readings);
    const staged = createNeedsReader({ words, understand: fake.staged })(text, lng, fake.whole(text), undefined);
    const wholeOnly = createNeedsReader({ words, understand: fake.whole })(text, lng, fake.whole(text), undefined);
    return { staged, wholeOnly, asked: fake.asked };
  }

  it('decides an opening that says who writes on the role alone', () => {
    const text = 'Jeg er helsesykepleier på en ungdomsskole. Hva er æresrelatert vold, og hva er e-posten til Kompetanseteamet?';
    const { staged, wholeOnly, asked } = bothReaders(
      {
        [text]: { intent: contact({ serviceId: 'kompetanseteamet' }), score: 0.9, role: 'school-health' },
        'Jeg er helsesykepleier på en ungdomsskole.': { intent: contact({ serviceId: 'kompetanseteamet' }), score: 0.9, role: 'school-health' },
        'Hva er æresrelatert vold': { intent: article('honour-related-violence'), score: 0.95 },
        'hva er e-posten til Kompetanseteamet?': { intent: contact({ serviceId: 'kompetanseteamet' }), score: 0.99 },
      },
      text,
      'nb',
    );
    expect(staged).toEqual([article('honour-related-violence'), contact({ serviceId: 'kompetanseteamet' })]);
    expect(staged).toEqual(wholeOnly);
    expect(asked.filter((a) => a.endsWith('Jeg er helsesykepleier på en ungdomsskole.'))).toEqual(['role:Jeg er helsesykepleier på en ungdomsskole.']);
  });

  it('decides an opening read less than clearly on its candidates, without reading it whole', () => {
    const text = 'Gjelder en elev. Hvem dekker Pakistan, og hva er tvangsekteskap?';
    const { staged, wholeOnly, asked } = bothReaders(
      {
        [text]: { intent: contact({ country: 'PK' }), score: 0.9 },
        'Gjelder en elev.': { intent: article('talking-with-young-person'), score: 0.4 },
        'Hvem dekker Pakistan': { intent: contact({ country: 'PK' }), score: 0.99 },
        'hva er tvangsekteskap?': { intent: article('forced-marriage'), score: 0.95 },
      },
      text,
      'nb',
    );
    expect(staged).toEqual([contact({ country: 'PK' }), article('forced-marriage')]);
    expect(staged).toEqual(wholeOnly);
    expect(asked.filter((a) => a.endsWith('Gjelder en elev.'))).toEqual(['role:Gjelder en elev.', 'candidates:Gjelder en elev.']);
  });

  it('reads whole an opening that asks clearly for a named service, which is then the first need', () => {
    const text = "The expert team's e-mail. And how do we get training on forced marriage?";
    const { staged, wholeOnly, asked } = bothReaders(
      {
        [text]: { intent: contact({ serviceId: 'expert-team' }), score: 0.9 },
        "The expert team's e-mail.": { intent: contact({ serviceId: 'expert-team' }), score: 0.95 },
        'how do we get training on forced marriage?': { intent: contact({ training: true }), score: 0.8 },
      },
      text,
      'en',
    );
    expect(staged).toEqual([contact({ serviceId: 'expert-team' }), contact({ training: true })]);
    expect(staged).toEqual(wholeOnly);
    expect(asked.slice(0, 3)).toEqual(["role:The expert team's e-mail.", "candidates:The expert team's e-mail.", "whole:The expert team's e-mail."]);
  });

  it("reads a caller's part whole only when it is read as surely as a plain 'whom do we contact'", () => {
    const text = 'Как мать, куда я могу обратиться, кому может позвонить сама дочь?';
    const plan = contact({ askerRole: 'parent' });
    const { staged, wholeOnly, asked } = bothReaders(
      {
        [text]: { intent: plan, score: 0.8, role: 'parent' },
        'куда я могу обратиться': { intent: contact({}), score: 0.6 },
        'кому может позвонить сама дочь?': { intent: contact({ youngCaller: true }), score: 0.8 },
      },
      text,
      'ru',
    );
    expect(staged).toEqual([contact({ askerRole: 'parent', youngCaller: true })]);
    expect(staged).toEqual(wholeOnly);
    expect(asked).toContain('whole:кому может позвонить сама дочь?');
    expect(asked).not.toContain('whole:куда я могу обратиться');
  });
});

// (was conversation-state.test.ts)

/** The one conversation state: loaded once and saved once per turn, categorical, forgotten after 30 minutes. */
describe('conversation state', () => {
  // A real clock never reads 0 (lru-cache treats a start time of 0 as "no TTL").
  let now = Date.parse('2026-12-03T09:00:00Z');
  const storage = new ExpiringMemoryStorage(CONVERSATION_TTL_MS, 3, () => now);
  const store = createConversationStore(storage);
  const seen: ConversationFacts[] = [];

  /** A turn: load, record what was remembered, apply the change the message names, save. */
  const turn = (change: (text: string) => ConversationFacts) => async (context: TurnContext) => {
    await store.load(context);
    seen.push(store.facts(context));
    store.update(context, change(context.activity.text ?? ''));
    await store.save(context);
    await context.sendActivity('ok');
  };
  const chat = (id: string, change: (text: string) => ConversationFacts) =>
    new TestAdapter(turn(change), { conversation: { id, isGroup: false, name: 'x', conversationType: 'personal' } });

  beforeEach(() => {
    seen.length = 0;
  });

  it('remembers the language and the last answer into the next turn, and clears the answer when told', async () => {
    const lastAnswered: ConversationFacts['lastAnswered'] = { kind: 'stats', query: { service: 'kompetanseteamet', services: ['kompetanseteamet'], fromYear: 2023, toYear: 2023, mode: 'value' } };
    const adapter = chat('keep-clear', (text) => (text === 'answer' ? { lng: 'nn', lastAnswered } : text === 'other' ? { lastAnswered: undefined } : {}));
    await adapter.send('answer').assertReply('ok').send('next').assertReply('ok').send('other').assertReply('ok').send('after').assertReply('ok').startTest();
    expect(seen[0]).toEqual({});
    expect(seen[1]).toEqual({ lng: 'nn', lastAnswered });
    expect(seen[2]).toEqual({ lng: 'nn', lastAnswered });
    expect(seen[3]).toEqual({ lng: 'nn' });
  });

  it('forgets a conversation 30 minutes after its last turn', async () => {
    const adapter = chat('ttl', () => ({ lng: 'en' }));
    await adapter.send('one').assertReply('ok').startTest();
    now += CONVERSATION_TTL_MS - 1;
    await adapter.send('two').assertReply('ok').startTest();
    now += CONVERSATION_TTL_MS + 1;
    await adapter.send('three').assertReply('ok').startTest();
    expect(seen.map((f) => f.lng)).toEqual([undefined, 'en', undefined]);
  });

  it('keeps only categorical fields: whatever else is in the store is not read back', async () => {
    const adapter = chat('categorical', () => ({ lng: 'nb', welcomed: true }));
    await adapter.send('Fatima på Hellerud').assertReply('ok').startTest();
    const stored = storage.snapshot().join('\n');
    expect(stored).not.toContain('Fatima');
    expect(stored).not.toContain('Hellerud');
    await adapter.send('again').assertReply('ok').startTest();
    expect(Object.keys(seen[1] ?? {}).sort()).toEqual(['lng', 'welcomed']);
  });

  it('a notice sent before the state was loaded neither reads nor writes it', async () => {
    const adapter = new TestAdapter(async (context) => {
      expect(store.facts(context)).toEqual({});
      store.update(context, { lng: 'ar' });
      await store.save(context);
      await context.sendActivity('ok');
    });
    const before = storage.size;
    await adapter.send('x').assertReply('ok').startTest();
    expect(storage.size).toBe(before);
  });
});
