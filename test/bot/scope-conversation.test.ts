import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { LOCALE_OF } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { isEmergencyReply } from '../helpers/emergency-reply';
import { oneAppPerFile } from '../helpers/test-app';

/**
 * What a message is about decides whether the bot answers it (issue #13, understanding that holds on questions nobody
 * tuned for; src/understanding/scope-reader.ts, content/understanding/scope/):
 * - an everyday matter with nothing of the domain in it (a driving licence, one's own passport, a residence or
 *   family-reunification application, tax, a benefit, a Teams password, the weather, a recipe) gets the polite
 *   "I can't answer that: it is outside what I know about", not an article or an emergency card that shares a word
 *   with it;
 * - the same words inside a story of control, marriage or danger stay in scope;
 * - a professional's "what do I do?" about a case whose own verb is in no word list gets the advice for their role
 *   (Kompetanseteamet's line) with "call 112 if acute" on top, not "I can't answer that".
 * The sentences are this file's own, in several languages; none is in the evaluation sets.
 */
type Json = Record<string, unknown>;

const cannotTitle = (lng: Lang): string => {
  const file = path.join(__dirname, '..', '..', 'locales', lng, 'guidance.json');
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { cannot: { title: string } };
  return parsed.cannot.title;
};

function card(reply: Partial<Activity>): Json {
  const content = reply.attachments?.[0]?.content as Json | undefined;
  if (!content || !Array.isArray(content['body'])) throw new Error('the reply has no Adaptive Card');
  return content;
}
const text = (reply: Partial<Activity>): string => JSON.stringify(card(reply));

/** The card's first element, when it is the "is someone in danger now? call 112" block. */
function acuteBlock(reply: Partial<Activity>): Json | undefined {
  const first = (card(reply)['body'] as Json[])[0];
  return first?.['type'] === 'Container' && first['style'] === 'attention' ? first : undefined;
}

describe('conversation: an everyday matter outside the domain is declined politely', () => {
  const { chat } = oneAppPerFile();

  const EVERYDAY: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Hvordan søker jeg om nytt førerkort etter at det gamle ble borte?'],
    ['nb', 'Jeg har glemt passordet til Teams på jobben, hvordan får jeg et nytt?'],
    ['nn', 'Korleis søkjer eg om bustøtte frå Husbanken?'],
    ['en', 'How do I renew my passport at the police station?'],
    ['en', 'What documents do I need to renew my residence permit?'],
    ['ar', 'كيف أجدد رخصة القيادة في النرويج؟'],
    ['ar', 'كيف أقدم طلب إقامة دائمة في النرويج؟'],
    ['tr', 'Ehliyet sınavına nasıl başvurabilirim?'],
    ['tr', 'Pasaportumu nasıl yenileyebilirim?'],
    ['pl', 'Jak odnowić paszport w ambasadzie w Oslo?'],
    ['uk', "Як подати заяву на возз'єднання сім'ї з батьками?"],
    ['ru', 'Как получить вид на жительство в Норвегии?'],
    ['fa', 'چطور برای اقامت دائم در نروژ درخواست بدهم؟'],
    ['so', 'Sidee baan u cusboonaysiiyaa baasaboorkayga?'],
    ['ur', 'میں اپنا پاسپورٹ کیسے رینیو کروں؟'],
    ['ti', 'ፓስፖርተይ ከመይ ገይረ ከሐድሶ እኽእል?'],
    // A passport for one's own child is an everyday errand too (a taken passport, below, is not).
    ['nb', 'Hva må jeg ha med når jeg skal søke om pass til den minste datteren min?'],
    ['en', 'Where do I apply for a first passport for my baby?'],
  ];

  it.each(EVERYDAY)('%s: "%s" gets "I can\'t answer that", no article and no emergency card', async (lng, message) => {
    await chat({ locale: LOCALE_OF[lng] })
      .send(message)
      .assertReply((reply) => {
        expect(isEmergencyReply(reply)).toBe(false);
        expect(text(reply)).toContain(cannotTitle(lng));
      })
      .startTest();
  });
});

describe('conversation: homework, IT trouble and one\'s own income tax are declined in every language, asked as a plea or by a professional', () => {
  const { chat } = oneAppPerFile();

  // "Help" in these is help with a task ("помогите с домашкой"), and "won't" is said of a machine: no emergency card.
  const TASKS: ReadonlyArray<readonly [Lang, string]> = [
    ['uk', 'Допоможіть, будь ласка, з домашнім завданням з математики: як розвʼязати рівняння 2x + 3 = 11?'],
    ['ru', 'Помогите с домашкой по математике, как решить уравнение 2x + 3 = 11?'],
    ['so', 'Ma iga caawin kartaa casharka xisaabta? Ma fahmin jajabka.'],
    ['nb', 'Jeg jobber i politiet og skriveren på kontoret vil ikke skrive ut, hva gjør jeg?'],
    ['nn', 'Eg jobbar i politiet, og skrivaren på kontoret skriv ikkje ut. Kva gjer eg?'],
    ['ar', 'أعمل في الشرطة والطابعة في المكتب لا تطبع، ماذا أفعل؟'],
    ['ti', 'ኣብ ፖሊስ እየ ዝሰርሕ፣ እቲ ፕሪንተር ኣይሕትምን ዘሎ፣ እንታይ ክገብር?'],
    // A bare plea before an everyday subject, with no person named, is the same request.
    ['en', 'Help! my printer is jammed'],
    ['pl', 'Pomocy! Nie umiem rozwiązać zadania z matematyki'],
    ['tr', 'Yardım edin, matematik ödevimi yapamıyorum'],
    // "skatt" is no misspelt "skutt" (shot).
    ['nb', 'Må jeg betale skatt av overtidsbetaling?'],
    // An amount in kroner asked about no service of ours is no statistics question.
    ['en', 'How much income tax will I pay on a salary of 500,000 kroner?'],
    ['ar', 'كم ضريبة الدخل التي سأدفعها على راتبي في النرويج؟'],
  ];

  it.each(TASKS)('%s: "%s" gets "I can\'t answer that", no answer and no emergency card', async (lng, message) => {
    await chat({ locale: LOCALE_OF[lng] })
      .send(message)
      .assertReply((reply) => {
        expect(isEmergencyReply(reply)).toBe(false);
        expect(text(reply)).toContain(cannotTitle(lng));
      })
      .startTest();
  });

  const IN_SCOPE: ReadonlyArray<readonly [Lang, string]> = [
    ['ru', 'Помогите с ситуацией: ученицу хотят выдать замуж летом'],
    ['nb', 'Eleven får ikke gjøre lekser fordi hun må jobbe hjemme hele tiden og får ikke gå ut'],
    ['nb', 'Faren vil ikke at hun skal ta lappen, er det negativ sosial kontroll?'],
    ['ar', 'أعمل في الشرطة، ما هو رقم فريق الكفاءات Kompetanseteamet؟'],
  ];

  it.each(IN_SCOPE)('%s: school, police or a plea in a question of the domain is answered: "%s"', async (lng, message) => {
    await chat({ locale: LOCALE_OF[lng] })
      .send(message)
      .assertReply((reply) => expect(text(reply)).not.toContain(cannotTitle(lng)))
      .startTest();
  });
});

describe('conversation: the same words in a story of the domain stay in scope', () => {
  const { chat } = oneAppPerFile();

  const DANGER: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Faren min har tatt passet mitt og sier jeg skal gifte meg i sommer'],
    ['en', "My father took my passport and I'm scared he'll send me abroad"],
    ['tr', 'Babam pasaportumu aldı, beni evlendirmek istiyorlar'],
    ['pl', 'Ojciec zabrał mi paszport i nie mogę wrócić do Norwegii'],
  ];

  it.each(DANGER)('%s: a passport taken by the family is danger: "%s"', async (lng, message) => {
    await chat({ locale: LOCALE_OF[lng] })
      .send(message)
      .assertReply((reply) => expect(isEmergencyReply(reply)).toBe(true))
      .startTest();
  });

  const CASES: ReadonlyArray<readonly [Lang, string]> = [
    ['en', 'My client was forced into marriage abroad and is afraid of what happens if the family reunification for her husband is approved.'],
    ['nb', 'Hun ble tvangsgiftet i fjor og er redd for at mannen skal få familiegjenforening hit.'],
    ['ar', 'زوجوها بالغصب وهي خايفة من طلب لم الشمل لزوجها، شو لازم نعمل؟'],
  ];

  it.each(CASES)('%s: family reunification in a forced-marriage story is answered: "%s"', async (lng, message) => {
    await chat({ locale: LOCALE_OF[lng] })
      .send(message)
      .assertReply((reply) => expect(text(reply)).not.toContain(cannotTitle(lng)))
      .startTest();
  });
});

describe("conversation: a professional's \"what do I do?\" about a case gets the advice for their role", () => {
  const { chat } = oneAppPerFile();

  // The case's own verb is in no word list (a future form, an engagement arranged, "to wed"): only the ask is read.
  const ASKS: ReadonlyArray<readonly [Lang, string]> = [
    ['pl', 'Jestem pielęgniarką. Pacjentka mówi, że rodzina zaręczy ją z kuzynem. Co mam zrobić?'],
    ['ru', 'Я учитель. Ученица сказала, что родители собираются выдать её за двоюродного брата. Что мне делать?'],
    ['ur', 'main school nurse hoon. ek 13 saal ki bachi kehti hai ke uske abbu usko Pakistan mein rishta pakka karenge. kis se mashwara karun?'],
    ['uk', 'Я медсестра. Пацієнтка каже, що батьки засватають її за родича. Що мені робити?'],
  ];

  it.each(ASKS)('%s: "%s" gets Kompetanseteamet with the 112 line on top, not "I can\'t answer that"', async (lng, message) => {
    await chat({ locale: LOCALE_OF[lng] })
      .send(message)
      .assertReply((reply) => {
        expect(text(reply)).not.toContain(cannotTitle(lng));
        expect(JSON.stringify(acuteBlock(reply) ?? {})).toContain('tel:112');
        expect(text(reply)).toMatch(/478\s?09\s?050/u);
      })
      .startTest();
  });

  it('an everyday question from a professional is still declined: a teacher asking about their tax return', async () => {
    await chat({ locale: LOCALE_OF.nb })
      .send('Jeg er lærer. Hva gjør jeg når skattemeldingen min er feil?')
      .assertReply((reply) => expect(text(reply)).toContain(cannotTitle('nb')))
      .startTest();
  });
});
