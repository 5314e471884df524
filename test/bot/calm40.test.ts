import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { isDanger, alarmed } from '../helpers/danger-alarm';
import { conversationRunnerPerFile, expectDeclined } from '../helpers/conversation-runner';

/**
 * calm40 (issue #13, calm questions that got the emergency card). Our own probes, none of them a tuned set's sentence:
 *  1. a grown-up writing about their own life (18 or more) who asks whether they may contact Kompetanseteamet
 *     themselves, or who helps with housing when moving out, and tells of nothing but everyday control at home: the
 *     lines adults call themselves, with "call 112" as a plain sentence, not the "112 if acute" block
 *     (src/understanding/understand.ts, `adultLineAsked`);
 *  2. a young writer's follow-up that asks only whether a line is for them ("does it work if I am 16?"): a question of
 *     who may call, not a case (`eligibilityAsked`);
 *  3. a child-welfare legal measure named with the word "emergency" ("emergency placement", "emergency care order") is
 *     no danger word, as "emergency room" is not (content/understanding/danger/en.json, notUrgent);
 *  4. a professional's "what do I do?" about a grown-up client whose husband or in-laws hold her money or phone, or keep
 *     her from a course, in words the readers missed (ti: the money held, "does not allow her" spelt with ቅ; nn/nb: not
 *     let go to the course; ur: money kept, not let out, "must I report?"): everyday control, so advice with
 *     Kompetanseteamet and no block (content/understanding/situation/{ti,nn,nb,ur}.json control, scope/ur.json whatToDo);
 *  5. renewing one's own passport at one's embassy with a word between ("przedłużyć mój paszport"): an errand, declined
 *     (content/understanding/scope/pl.json unrelated);
 *  6. a professional asking whom to call if a pupil or patient were held back abroad, the person only supposed and
 *     nothing else told ('heldSupposed', src/understanding/situation-cues.ts): no block on it, so none is carried to the
 *     follow-up that asks for the service's e-mail. A relative, a time, a season, a threat, or the holding told as a fact
 *     keeps it.
 * Each class has danger twins that must keep the emergency card: a threat or a fear for moving out, a trip and a wedding
 * soon, a forced marriage this summer, a beating or a removal told beside the age, an emergency told plainly.
 */

const KOMPETANSETEAMET = ['478 09 050', '47809050', '٤٧٨ ٠٩ ٠٥٠', '۴۷۸ ۰۹ ۰۵۰'];

describe('calm40, class 1: a grown-up asks about contacting Kompetanseteamet herself or about housing, no threat told', () => {
  const runner = conversationRunnerPerFile();
  test.each<[Lang, string]>([
    ['en', 'I am 19 and my family controls everything I do. Can I contact Kompetanseteamet myself?'],
    ['nb', 'Jeg er 19 år og familien min bestemmer alt jeg gjør. Kan jeg ringe Kompetanseteamet selv?'],
    ['so', "Waxaan ahay 20 jir, qoyskaygu waxay go'aamiyaan wax walba oo aan sameeyo. Ma la xiriiri karaa Kompetanseteamet anigu?"],
    ['fa', 'من ۱۹ سالمه و خانواده‌ام همه کارهایم را کنترل می‌کنند. می‌توانم خودم با Kompetanseteamet تماس بگیرم؟'],
    ['ur', 'Main 19 saal ki hoon aur mera khandan har cheez control karta hai. Kya main khud Kompetanseteamet se rabta kar sakti hoon?'],
    ['uk', 'Мені 19 років, і родина контролює все, що я роблю. Чи можу я сама звернутися до Kompetanseteamet?'],
    ['ru', 'Мне 20 лет, я хочу съехать от родителей, они решают, с кем мне общаться. Можно получить помощь с жильём?'],
    ['tr', "20 yaşındayım ve ailem yaptığım her şeyi kontrol ediyor. Kompetanseteamet'i kendim arayabilir miyim?"],
    ['pl', 'Mam 19 lat i rodzina kontroluje wszystko, co robię. Czy mogę sama zadzwonić do Kompetanseteamet?'],
    ['ti', 'ኣነ 19 ዓመተይ እየ፣ ስድራይ ኩሉ ዝገብሮ ይቆጻጸሩ። ባዕለይ ንKompetanseteamet ክድውል ይኽእል ድየ?'],
  ])('%s: calm, with Kompetanseteamet: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.didYouMean, view.cannotAnswer]).toEqual([text, false, false, false]);
    expect(view.replyLanguage).toBe(lng);
    expect([text, containsFact(view.texts, KOMPETANSETEAMET)]).toEqual([text, true]);
  }, 120_000);

  // Danger twins: the same grown-up, with a threat, a fear, a trip or a wedding forced on them.
  test.each<[Lang, string]>([
    ['en', "I'm 19 and my father says he will kill me if I move out. Can I contact Kompetanseteamet myself?"],
    ['en', 'I am 20 and scared of what my family will do if I move out. Who can help me with housing?'],
    // The rules read no danger here; the second opinion does, and the calm reading does not keep it from being asked.
    ['en', "I'm 20 and want my own flat. My brother said that if I leave he will track me down wherever I go. Is there help with housing?"],
    ['en', "I'm 19 and my parents are taking me to Pakistan next week to marry my cousin. Can I call Kompetanseteamet myself?"],
    ['nb', 'Jeg er 19 og familien tvinger meg til å gifte meg i sommer. Kan jeg ringe Kompetanseteamet selv?'],
  ])('%s: danger twin keeps the emergency card: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, true]);
  }, 120_000);
});

describe('calm40, class 2: a young writer asks whether the line is for someone their age', () => {
  const runner = conversationRunnerPerFile();
  test.each<[Lang, readonly string[]]>([
    ['en', ['Is there a chat where young people can talk anonymously?', 'does it work if I am 16?']],
    ['nb', ['Finnes det en chat der unge kan snakke anonymt?', 'gjelder det hvis jeg er 15?']],
  ])('%s: calm follow-up: %j', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect([turns, view.emergency, view.didYouMean, view.cannotAnswer]).toEqual([turns, false, false, false]);
    expect(view.answers).toBeGreaterThan(0);
  }, 120_000);

  test.each<[Lang, readonly string[]]>([
    ['en', ['Is there a chat where young people can talk anonymously?', 'what if I am 16 and my dad hits me?']],
    ['en', ['Is there a chat where young people can talk anonymously?', "what if I'm 15 and they send me abroad next week?"]],
  ])('%s: danger twin keeps the emergency card: %j', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect([turns, view.emergency]).toEqual([turns, true]);
  }, 120_000);
});

describe('calm40, class 3: a child-welfare measure named with the word "emergency" is no danger', () => {
  test.each<string>([
    'when can child welfare make an emergency placement of a child?',
    'how long does an emergency care order last?',
    'who decides on emergency orders in child welfare cases?',
  ])('calm: %s', (text) => {
    expect([text, isDanger(text, 'en')]).toEqual([text, false]);
  });
  test.each<string>([
    'emergency! my uncle is beating my sister right now',
    'this is an emergency, they are taking her to the airport tonight',
  ])('danger twin: %s', (text) => {
    expect([text, isDanger(text, 'en')]).toEqual([text, true]);
  });
});

describe('calm40, class 4: a professional asks what to do about a grown-up client under everyday control', () => {
  const runner = conversationRunnerPerFile();
  test.each<[Lang, string]>([
    ['nn', 'Eg jobbar i vaksenopplæringa. Svigerfamilien til ei deltakar på 28 let ho ikkje gå på kurset. Kva gjer eg?'],
    ['ur', 'Main NAV mein kaam karti hoon. Ek client (32) ka shohar paise khud rakhta hai aur use bahar nahi jaane deta. Kya mujhe report karna zaroori hai?'],
    ['ti', 'ኣብ NAV እሰርሕ እየ። ሓንቲ ዓሚለይ 30 ዓመት ሰብኣያ ገንዘባ ይሕዘላ፡ ምስ ኣዕሩኽ ክትራኸብ ኣይፈቅደላን። እንታይ ክገብር ይግባእ?'],
  ])('%s: advice, no block: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.didYouMean, view.cannotAnswer]).toEqual([text, false, false, false]);
    expect([text, containsFact(view.texts, ['Kompetanseteamet', ...KOMPETANSETEAMET])]).toEqual([text, true]);
  }, 120_000);

  // Danger twins: the same client, threatened with death.
  test.each<[Lang, string]>([
    ['nn', 'Eg jobbar i vaksenopplæringa. Svigerfamilien til ei deltakar på 28 let ho ikkje gå på kurset, og mannen har truga med å drepe ho. Kva gjer eg?'],
    ['ur', 'Main NAV mein kaam karti hoon. Ek client ka shohar paise khud rakhta hai aur usne kaha hai ke woh use jaan se maar dega. Kya mujhe report karna zaroori hai?'],
  ])('%s: danger twin keeps the emergency card: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, true]);
  }, 120_000);
});

describe('calm40, class 5: renewing one\'s own passport at the embassy is an errand', () => {
  const runner = conversationRunnerPerFile();
  test('pl: declined, no card', async () => {
    expectDeclined(await runner.turn('pl', 'Jak przedłużyć mój paszport w ambasadzie w Oslo?'), 'pl');
  }, 120_000);
  test('pl danger twin: a passport taken and kept abroad keeps the emergency card', async () => {
    const view = await runner.turn('pl', 'Rodzina zabrała mi paszport i nie pozwala mi wrócić z Pakistanu do Norwegii, mam 17 lat');
    expect(view.emergency).toBe(true);
  }, 120_000);
});

describe('calm40, class 6: whom to call if a pupil or patient were held abroad, only supposed', () => {
  test.each<[Lang, string]>([
    ['nb', 'Hvem kontakter vi på natta hvis en pasient blir holdt tilbake i utlandet?'],
    ['nn', 'Kven kontaktar vi om natta dersom ein pasient blir halden tilbake i utlandet?'],
  ])('%s: calm: %s', (lng, text) => {
    expect([text, alarmed(text, lng)]).toEqual([text, false]);
  });
  // Danger twins: the holding told as a fact, a relative, a season, a threat.
  test.each<[Lang, string]>([
    ['nb', 'Hvem kontakter vi på natta? En elev blir holdt tilbake i utlandet.'],
    ['nb', 'Hvem kontakter vi hvis kusina mi blir holdt tilbake i utlandet?'],
    ['nb', 'Hvem kontakter vi hvis en elev blir holdt tilbake i utlandet i sommer?'],
    ['nb', 'Hvem ringer jeg hvis en elev blir holdt tilbake i utlandet og truet?'],
  ])('%s: danger twin: %s', (lng, text) => {
    expect([text, isDanger(text, lng)]).toEqual([text, true]);
  });

  const runner = conversationRunnerPerFile();
  test('nb: the e-mail asked after it carries no block', async () => {
    const turns = ['Hvem kontakter vi på natta hvis en pasient blir holdt tilbake i utlandet?', 'og e-postadressen deres?'];
    const view = await runner.turn('nb', turns);
    expect([view.emergency, view.didYouMean, view.cannotAnswer]).toEqual([false, false, false]);
    expect(containsFact(view.texts, ['UDops@mfa.no'])).toBe(true);
  }, 120_000);
  test('nb danger twin: after the holding told as a fact, the follow-up keeps the emergency card', async () => {
    const view = await runner.turn('nb', ['Hvem kontakter vi på natta? En elev blir holdt tilbake i utlandet.', 'og e-postadressen deres?']);
    expect(view.emergency).toBe(true);
  }, 120_000);
});
