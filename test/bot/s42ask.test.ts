/**
 * s42ask (issue #13, clear questions that got "did you mean" or "I can't answer that"). Our own probes, written for
 * this file, none of them a tuned or blind set's sentence. The classes:
 *  (1) a service's number asked by a professional who first says who they are ("I'm a nurse at …, what's the number
 *      for Kompetanseteamet?"): the number, never "did you mean";
 *  (2) whether staff (health, NAV, school) may consult Kompetanseteamet anonymously, without names: the contact card
 *      that says so, with the number;
 *  (3) which embassy's envoy helps with a country, the country written in the asker's own script (Iran → Amman,
 *      Afghanistan and Pakistan → Islamabad, Somalia → Nairobi): the envoy card;
 *  (4) a calm parent or young adult asking where to get support ("where can we parents get help to talk with our
 *      teenagers?", "what does the school's diversity adviser do?", "I'm 18, my family controls me, nothing acute, I
 *      just want someone to talk to"): the Red Cross line, the diversity advisers or Kompetanseteamet, no emergency
 *      card. Fixed here: Arabic control said of the family in the feminine ("عائلتي تتحكم بي") and "someone to talk
 *      to" in Arabic ("شخصا أتحدث معه") read as a contact ask (situation/ar.json, other-language-words.json);
 *  (5) out of scope near the field, declined politely in the twelve languages: the bot asked to look up earlier cases
 *      of a named family (there is no case register; privacy: scope 'caseLookup', rule case-register-lookup) and to
 *      proofread or edit a text (scope 'task' words in ar, fa, ru, ti, pl, tr, uk, so, ur, nb, nn, en).
 * Twins that must not be declined: the published case figures, asking to register an anonymised case count, a lookup
 * asked beside a present danger (the emergency card stays) or a worry, a question with a correcting verb about the
 * field ("how to improve cooperation with the school about control").
 */
import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile, expectDeclined } from '../helpers/conversation-runner';

type Probe = readonly [Lang, string];

const KOMPETANSETEAMET = ['478 09 050', '47809050'];
const RED_CROSS = ['815 55 201', '81555201'];

/** (1) A professional says who they are, then asks a service's number. */
const roleThenNumber: readonly Probe[] = [
  ['en', 'I work on a hospital ward and need the phone number for Kompetanseteamet'],
  ['en', "I'm a nurse at a maternity clinic, what's the phone number for Kompetanseteamet?"],
  ['nb', 'Jeg er sykepleier på legevakten, hva er telefonnummeret til Kompetanseteamet?'],
  ['nn', 'Eg jobbar på ein sjukehusavdeling og treng nummeret til Kompetanseteamet'],
  ['ar', 'أنا ممرضة في مستشفى، ما هو رقم هاتف Kompetanseteamet؟'],
  ['pl', 'Pracuję w NAV, jaki jest numer telefonu do Kompetanseteamet?'],
  ['uk', 'Я медсестра в лікарні, який номер телефону Kompetanseteamet?'],
  ['tr', "Hastanede hemşireyim, Kompetanseteamet'in telefon numarası nedir?"],
];

/** (2) May staff consult Kompetanseteamet without names? */
const consultAnonymously: readonly Probe[] = [
  ['en', 'Can we, as health staff, consult Kompetanseteamet anonymously about a patient without giving names?'],
  ['pl', 'Czy jako pracownik NAV mogę anonimowo skonsultować sprawę z Kompetanseteamet bez podawania nazwisk?'],
];

/** (3) Which embassy helps with a country, named in the asker's script; the envoy's city answers. */
const envoyAsked: readonly (readonly [Lang, string, readonly string[]])[] = [
  ['fa', 'کدام سفارت در مورد ایران کمک می کند؟', ['عمّان', 'عمان', 'Amman']],
  ['fa', 'برای ایران به کدام سفارت باید زنگ بزنم؟', ['عمّان', 'عمان', 'Amman']],
  ['fa', 'کدام سفیر یا سفارت برای افغانستان کمک می کند؟', ['اسلام‌آباد', 'اسلام آباد', 'Islamabad']],
  ['ar', 'أي سفارة تساعد في قضايا العراق؟', ['عمّان', 'عمان', 'Amman']],
  ['so', 'Safaaradee ayaa ka caawisa Soomaaliya?', ['Nairobi']],
  ['ur', 'پاکستان کے لیے کون سا سفارت خانہ مدد کرتا ہے؟', ['اسلام آباد', 'اسلام‌آباد', 'Islamabad']],
];

/** (4) A calm young adult who wants someone to talk to: the Red Cross line, no emergency card. */
const youngAdultTalk: readonly Probe[] = [
  ['en', "I'm 18, my family controls me but nothing acute, I just want someone to talk to"],
  ['nb', 'Jeg er 18 år og familien min kontrollerer meg mye, men det er ikke akutt. Jeg vil bare snakke med noen.'],
  ['ar', 'عمري 18 سنة وعائلتي تتحكم بي كثيرا لكن لا يوجد خطر الآن، أريد فقط شخصا أتحدث معه'],
  ['ar', 'عمري 19 سنة. أسرتي تتحكم في حياتي، ليس أمرا طارئا، أبحث فقط عن أحد أتكلم معه'],
];

/** (4) Parents asking where to get support, and what the diversity adviser does: answered, calm. */
const parentsAndAdvisers: readonly Probe[] = [
  ['nb', 'Hvor kan vi foreldre få hjelp til å snakke med tenåringene våre om frihet og kontroll?'],
  ['ar', 'أين يمكننا نحن الآباء الحصول على مساعدة للحديث مع أبنائنا المراهقين عن الحرية والسيطرة؟'],
  ['so', "Waalidiinta xaggee ka heli karaan caawimaad si ay ula hadlaan caruurtooda da'da yar ee ku saabsan xorriyadda iyo xakamaynta?"],
  ['nb', 'Hva gjør mangfoldsrådgiveren på skolen?'],
  ['ar', 'ماذا يفعل مستشار التنوع في المدرسة؟'],
  ['ar', 'أنا معلمة، أبحث عن شخص أتحدث معه عن طالبة أخاف عليها'],
];

/** (5) The bot asked to look up a named family's earlier cases: no case register. */
const caseLookup: readonly Probe[] = [
  ['nb', 'Kan du slå opp tidligere saker om familien Hussein?'],
  ['nn', 'Kan du sjå opp tidlegare saker om familien Ahmadi?'],
  ['en', 'Could you check whether the Ali family has had cases with you before?'],
  ['ar', 'هل يمكنك البحث عن قضايا سابقة لعائلة حسين؟'],
  ['so', 'Ma eegi kartaa kiisaskii hore ee qoyska Cali?'],
  ['fa', 'می‌توانی پرونده‌های قبلی خانواده احمدی را جستجو کنی؟'],
  ['ur', 'کیا آپ خان خاندان کے پچھلے کیس تلاش کر سکتے ہیں؟'],
  ['uk', 'Можеш знайти попередні справи родини Петренко?'],
  ['ru', 'Можешь найти прежние дела семьи Ивановых?'],
  ['tr', 'Yılmaz ailesinin önceki vakalarını arayabilir misin?'],
  ['pl', 'Czy możesz sprawdzić wcześniejsze sprawy rodziny Kowalskich?'],
  ['ti', 'ናይ ስድራ ቤት ተስፋይ ናይ ቀደም ጉዳያት ክትደሊ ትኽእል ዶ?'],
];

/** (5) The bot asked to proofread or edit a text. */
const proofread: readonly Probe[] = [
  ['nb', 'Kan du korrekturlese teksten min?'],
  ['nn', 'Kan du lese korrektur på brevet mitt?'],
  ['en', 'Please proofread this text for me'],
  ['ar', 'هل يمكنك تدقيق هذا النص لي؟'],
  ['so', 'Ma ii saxi kartaa qoraalkan?'],
  ['fa', 'می‌توانی این متن را برایم ویرایش کنی؟'],
  ['ur', 'کیا آپ میرے خط کی پروف ریڈنگ کر سکتے ہیں؟'],
  ['uk', 'Можеш вичитати мій текст?'],
  ['ru', 'Можешь вычитать мой текст?'],
  ['tr', 'Metnimi düzeltebilir misin?'],
  ['pl', 'Czy możesz poprawić mój tekst?'],
  ['ti', 'ነዚ ጽሑፍ ከተረምለይ ትኽእል ዶ?'],
];

/** (5) In-scope twins: figures, registering a count, the field asked with a correcting verb. Answered, calm. */
const inScopeTwins: readonly Probe[] = [
  ['en', 'How many cases did Kompetanseteamet have in 2023?'],
  ['pl', 'Ile spraw miał Kompetanseteamet w 2023?'],
  ['ru', 'Сколько дел было у Kompetanseteamet в 2023 году?'],
  ['en', 'How do I register an anonymised case count?'],
  ['en', 'I work at a child welfare office and we want to register an anonymised case count'],
  ['pl', 'Jak poprawić współpracę ze szkołą w sprawie kontroli społecznej?'],
];

describe('s42ask (1)–(3): contacts asked plainly get the contact, never "did you mean"', () => {
  const runner = conversationRunnerPerFile();

  test.each(roleThenNumber)('(1) role, then the number (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.didYouMean, view.cannotAnswer, view.emergency]).toEqual([text, false, false, false]);
    expect(view.replyLanguage).toBe(lng);
    expect([text, containsFact(view.texts, KOMPETANSETEAMET)]).toEqual([text, true]);
  });

  test.each(consultAnonymously)('(2) consult anonymously (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.didYouMean, view.cannotAnswer, view.emergency]).toEqual([text, false, false, false]);
    expect([text, containsFact(view.texts, KOMPETANSETEAMET)]).toEqual([text, true]);
  });

  test.each(envoyAsked)('(3) the envoy for a country in the asker\'s script (%s): %s', async (lng, text, city) => {
    const view = await runner.turn(lng, text);
    expect([text, view.didYouMean, view.cannotAnswer, view.emergency]).toEqual([text, false, false, false]);
    expect([text, containsFact(view.texts, city)]).toEqual([text, true]);
  });
});

describe('s42ask (4): a calm parent or young adult asking where to get support', () => {
  const runner = conversationRunnerPerFile();

  test.each(youngAdultTalk)('a young adult who wants someone to talk to gets the Red Cross line (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.didYouMean, view.cannotAnswer, view.emergency]).toEqual([text, false, false, false]);
    expect([text, containsFact(view.texts, RED_CROSS)]).toEqual([text, true]);
  });

  test.each(parentsAndAdvisers)('answered, calm (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.didYouMean, view.cannotAnswer, view.emergency]).toEqual([text, false, false, false]);
    expect(view.answers).toBeGreaterThan(0);
  });

  it('calm twin: a father asking how to control his own anger is no case of control (ar)', async () => {
    const view = await runner.turn('ar', 'أب يسأل: كيف أتحكم في غضبي مع ابني المراهق؟');
    expect(view.emergency).toBe(false);
  });
});

describe('s42ask (5): errands near the field are declined politely', () => {
  const runner = conversationRunnerPerFile();

  test.each(caseLookup)('a named family\'s earlier cases looked up (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expectDeclined(view, lng);
    expect([text, view.cannotAnswer]).toEqual([text, true]);
  });

  test.each(proofread)('a text to proofread (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expectDeclined(view, lng);
    expect([text, view.cannotAnswer]).toEqual([text, true]);
  });

  test.each(inScopeTwins)('in-scope twin, answered (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.didYouMean, view.cannotAnswer, view.emergency]).toEqual([text, false, false, false]);
    expect(view.answers).toBeGreaterThan(0);
  });

  it('a lookup asked beside a present danger keeps the emergency card (nb)', async () => {
    const view = await runner.turn('nb', 'Kan du slå opp tidligere saker om familien? Jenta er redd faren skal slå henne i kveld');
    expect(view.emergency).toBe(true);
    expect(view.cannotAnswer).toBe(false);
  });

  it('a lookup asked beside a worry is not declined (en)', async () => {
    const view = await runner.turn('en', 'Can you look up earlier cases about the Ali family? I am worried the daughter will be sent abroad');
    expect(view.cannotAnswer).toBe(false);
  });
});
