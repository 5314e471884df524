import type { Activity } from 'botbuilder';
import { cardMarkers, readTurn } from '../../src/evaluation/conversation-eval';
import { oneAppPerFile } from '../helpers/test-app';

/**
 * Issue #13 (session 16): a need asked beside another, or after it, that the answer used to drop:
 * - whether the exposed person may contact Kompetanseteamet herself (people over 18 may; someone under 18 has the
 *   children's line and the Red Cross line), asked in the same message as its number or right after its card;
 * - Kompetanseteamet's opening hours, asked in the first message in another language than Norwegian or English;
 * - how many advisers there are, after their case count;
 * - an envoy asked for by the embassy in Urdu, then how to reach them;
 * - somewhere to talk without giving one's name, in Somali, then the number;
 * - whether a named line may be called without giving a name, beside its number;
 * - how many advisers there are after their card ("in all of Norway") or their case count ("in total");
 * - the names the advisers had before, beside how many there are; FGM's Norwegian term beside whom to call.
 */
describe('needs that used to be dropped (conversations)', () => {
  const { chat } = oneAppPerFile();
  const markers = cardMarkers();
  const text = (reply: Partial<Activity>) => readTurn([reply], markers).texts.join(' | ');

  it.each([
    ['nb-NO', 'Hva er nummeret til Kompetanseteamet?', 'Kan kvinnen ta kontakt med dem selv?'],
    ['nn-NO', 'Kva er telefonnummeret til Kompetanseteamet?', 'Kan ein vaksen brukar ringje dei sjølv?'],
    ['en-US', "What is Kompetanseteamet's phone number?", 'Can an adult woman call them herself?'],
  ] as const)('[%s] after Kompetanseteamet\'s card, whether she may call it herself is answered: over 18 she may', async (locale, first, second) => {
    await chat({ locale })
      .send(first)
      .assertReply((reply) => expect(text(reply)).toContain('478 09 050'))
      .send(second)
      .assertReply((reply) => {
        expect(text(reply)).toContain('478 09 050');
        expect(text(reply)).toMatch(/\b18\b/u);
      })
      .startTest();
  });

  it.each([
    ['nb-NO', 'Hva er nummeret til Kompetanseteamet?', 'Kan eleven ringe dem selv? Hun er 15.'],
    ['ur-PK', 'Kompetanseteamet کا فون نمبر کیا ہے؟', 'کیا طالبہ خود ان کو فون کر سکتی ہے؟ اس کی عمر 15 سال ہے'],
  ] as const)('[%s] for a pupil under 18 the answer says the age rule and gives the children\'s line', async (locale, first, second) => {
    await chat({ locale })
      .send(first)
      .assertReply((reply) => expect(text(reply)).toContain('478 09 050'))
      .send(second)
      .assertReply((reply) => {
        expect(text(reply)).toMatch(/\b18\b/u);
        expect(text(reply)).toContain('116 111');
      })
      .startTest();
  });

  it.each([
    ['nb-NO', 'Hva er e-posten til Kompetanseteamet, og kan en bruker på 24 ringe dem selv?', 'kompetanseteamet@bufdir.no'],
    ['nb-NO', 'Hvilken spesialutsending dekker Somalia, og kan brukere over 18 kontakte Kompetanseteamet selv?', 'Nairobi'],
  ] as const)('[%s] %j: both needs in one answer', async (locale, message, first) => {
    const adapter = chat({ locale });
    await adapter.receiveActivity(message);
    const shown = readTurn(adapter.activeQueue.splice(0), markers).texts.join(' | ');
    expect(shown).toContain(first);
    expect(shown).toMatch(/\b18\b/u);
  });

  it.each([
    ['nb-NO', 'Når har Kompetanseteamet åpent, og hva er nummeret?', '09.00–15.00'],
    ['tr-TR', 'Kompetanseteamet cumartesi açık mı?', '09:00–15:00'],
    ['pl-PL', 'W jakich godzinach Kompetanseteamet jest czynne?', '09:00–15:00'],
  ] as const)('[%s] %j shows Kompetanseteamet\'s hours', async (locale, message, hours) => {
    await chat({ locale })
      .send(message)
      .assertReply((reply) => {
        expect(text(reply)).toContain('478 09 050');
        expect(text(reply)).toContain(hours);
      })
      .startTest();
  });

  it.each([
    ['pl-PL', 'Ile spraw mieli doradcy ds. różnorodności w 2023 roku?', 'A ilu jest tych doradców?'],
    ['en-US', 'How many cases did the diversity advisers have in 2023?', 'and how many of these advisers are there?'],
  ] as const)('[%s] after the advisers\' case count, how many advisers there are is their headcount (59 in 2023)', async (locale, first, second) => {
    await chat({ locale })
      .send(first)
      .assertReply((reply) => expect(text(reply)).toContain('899'))
      .send(second)
      .assertReply((reply) => expect(text(reply)).toMatch(/\b59\b/u))
      .startTest();
  });

  it('[ur] an adviser at the embassy in Somalia is the envoy covering it; "how do I reach them?" gives UD\'s 24-hour number', async () => {
    await chat({ locale: 'ur-PK' })
      .send('کیا صومالیہ کے لیے ناروے کی ایمبیسی میں جبری شادی کے معاملات کا کوئی مشیر ہے؟')
      .assertReply((reply) => expect(text(reply)).toContain('Nairobi'))
      .send('ان تک کیسے پہنچوں، نمبر کیا ہے؟')
      .assertReply((reply) => expect(text(reply)).toContain('23 95 00 00'))
      .startTest();
  });

  it('[so] someone to talk to without giving one\'s name is the anonymous Red Cross line; then its number', async () => {
    await chat({ locale: 'so-SO' })
      .send('ma jiraa cid aan la hadli karo oo aan magacayga sheegin?')
      .assertReply((reply) => expect(text(reply)).toContain('815 55 201'))
      .send('lambarka fadlan?')
      .assertReply((reply) => expect(text(reply)).toContain('815 55 201'))
      .startTest();
  });

  it.each([
    ['en-US', "What's the number of the Red Cross line, and can a client ring them without giving her name?", 'Anonymous'],
    ['ar-SA', 'ما رقم خط الصليب الأحمر؟ وهل تستطيع الفتاة الاتصال بدون ما تذكر اسمها؟', 'مجهولة'],
  ] as const)('[%s] a line\'s number and whether she may stay anonymous: the card says it is anonymous', async (locale, message, anonymous) => {
    const adapter = chat({ locale });
    await adapter.receiveActivity(message);
    const shown = readTurn(adapter.activeQueue.splice(0), markers).texts.join(' | ');
    expect(shown).toContain('815 55 201');
    expect(shown).toContain(anonymous);
  });

  it.each([
    ['nb-NO', 'Hva er nummeret til mangfoldsrådgiverne?', 'Hvor mange finnes det i hele Norge?'],
    ['ar-SA', 'ما رقم مستشاري التنوع في المدارس؟', 'وكم عددهم في النرويج كلها؟'],
  ] as const)('[%s] after the advisers\' card, how many there are in all of Norway is their headcount', async (locale, first, second) => {
    await chat({ locale })
      .send(first)
      .assertReply(() => undefined)
      .send(second)
      .assertReply((reply) => expect(text(reply)).toMatch(/\b59\b/u))
      .startTest();
  });

  it('[uk] after the advisers\' cases in 2023 (899, not a country Mali), how many advisers in total is 59', async () => {
    await chat({ locale: 'uk-UA' })
      .send('Скільки справ мали радники з питань різноманіття у 2023?')
      .assertReply((reply) => {
        expect(text(reply)).toContain('899');
        expect(text(reply)).not.toMatch(/Малі/u);
      })
      .send('А скільки всього цих радників?')
      .assertReply((reply) => expect(text(reply)).toMatch(/\b59\b/u))
      .startTest();
  });

  it('[nb] how many advisers there are and what they were called before: both answered', async () => {
    const adapter = chat({ locale: 'nb-NO' });
    await adapter.receiveActivity('Hvor mange mangfoldsrådgivere har vi i Norge, og hva het de før?');
    const shown = readTurn(adapter.activeQueue.splice(0), markers).texts.join(' | ');
    expect(shown).toMatch(/\b59\b/u);
    expect(shown).toMatch(/minoritetsrådgiver/iu);
  });

  it('[en] the Norwegian word for FGM and whom to ask about a case: the term and Kompetanseteamet', async () => {
    const adapter = chat({ locale: 'en-US' });
    await adapter.receiveActivity('What is FGM in Norwegian, and who can advise us on a case?');
    const shown = readTurn(adapter.activeQueue.splice(0), markers).texts.join(' | ');
    expect(shown).toContain('kjønnslemlestelse');
    expect(shown).toContain('478 09 050');
  });

  it("[en] the VO line's number beside the Red Cross line's", async () => {
    const adapter = chat({ locale: 'en-US' });
    await adapter.receiveActivity('could I have the numbers of the VO line and of the Red Cross line?');
    const shown = readTurn(adapter.activeQueue.splice(0), markers).texts.join(' | ');
    expect(shown).toContain('116 006');
    expect(shown).toContain('815 55 201');
  });

  it.each([
    ['nb-NO', 'Hva er oppgaven til en mangfoldsrådgiver, og hvor mange av dem er det i hele landet?'],
    ['en-US', 'What does a diversity adviser do, and how many advisers are there in the whole country?'],
  ] as const)('[%s] "in the whole country" is nationwide, not a split by country of origin: the headcount beside the article', async (locale, message) => {
    const adapter = chat({ locale });
    await adapter.receiveActivity(message);
    const shown = readTurn(adapter.activeQueue.splice(0), markers).texts.join(' | ');
    expect(shown).toMatch(/\b59\b/u);
  });

  it('[nb] a figure and, at some length, how to find the nearest one\'s phone: the headcount and where the numbers are', async () => {
    const adapter = chat({ locale: 'nb-NO' });
    await adapter.receiveActivity('Hvor mange mangfoldsrådgivere har IMDi, og hvordan finner jeg tlf til rådgiveren som er nærmest oss her i Bergen?');
    const shown = readTurn(adapter.activeQueue.splice(0), markers).texts.join(' | ');
    expect(shown).toMatch(/\b59\b/u);
    expect(shown).toContain('imdi.no');
  });
});
