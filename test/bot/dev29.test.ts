import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * This session's development sets (dev29, issue #13): the classes behind their failures. Phrasings written for this
 * test.
 */
describe('conversation: dev29 classes', () => {
  const runner = conversationRunnerPerFile();

  // The domestic-violence helpline named by its topic in a declined form (dative, locative, instrumental, suffixes).
  it.each([
    ['ru', 'Куда можно позвонить, если речь идёт о домашнем насилии?'],
    ['ru', 'Мне нужен номер телефона по семейному насилию.'],
    ['uk', 'Чи є в Норвегії телефон довіри щодо насильства в родині?'],
    ['uk', 'Куди дзвонити з питань домашнього насильства?'],
    ['pl', 'Jaki jest numer telefonu zaufania w sprawie przemocy w rodzinie?'],
    ['tr', 'Aile içi şiddete maruz kalanlar için bir telefon hattı var mı?'],
  ] as const)('%s: VO-linjen for %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['116 006', '116006'])).toBe(true);
  });

  // A website with no article of its own, asked about: its card (who runs it), beside the article of the one that has.
  it.each([
    ['nb', 'hva slags side er dinutvei.no?', ['NKVTS']],
    ['nn', 'kven driv dinutvei.no?', ['NKVTS']],
    ['en', 'what is dinutvei.no and who is behind it?', ['NKVTS']],
    ['nb', 'hvem driver ung.no og dinutvei.no?', ['Bufdir']],
  ] as const)('%s: %s', async (lng, text, fact) => {
    const view = await runner.turn(lng, text);
    expect(view.didYouMean).toBe(false);
    expect(containsFact(view.texts, [...fact])).toBe(true);
  });

  // "Which county had the most", asked with 'kva/hva' alone: the split by county (Oslo's 13 among them).
  it.each([
    ['nn', 'i 2008, kva fylke hadde flest skular med minoritetsrådgjevarar?'],
    ['nb', 'hva fylke hadde flest skoler med minoritetsrådgiver i 2008?'],
  ] as const)('%s: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(containsFact(view.texts, ['Oslo'])).toBe(true);
  });

  // "How many persons did the cases cover": a number asked, not the history's 'which countries did a post cover'.
  it.each([
    ['tr', '2008 yılında azınlık danışmanlarının davaları toplam kaç kişiyi kapsıyordu?'],
    ['tr', 'azinlik danismanlarinin 2008 vakalari kac kisiyi kapsiyordu acaba'],
  ] as const)('%s: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(containsFact(view.texts, ['391'])).toBe(true);
  });

  // A young writer told she is to marry her cousin, against her will: the emergency card first (a cousin is kin, 'my
  // cousin' is her own family), also when she asks whom to talk to at school.
  it.each([
    ['ur', 'امی ابو چاہتے ہیں کہ میں اپنے چچا زاد سے شادی کروں، میں نہیں چاہتی۔ اسکول میں کس سے بات کروں؟'],
    ['ur', 'میرے کزن سے میری شادی کی بات چل رہی ہے اور میں نہیں چاہتی۔ کیا کروں؟'],
    ['tr', 'Ailem kuzenimle evlenmemi istiyor ama ben istemiyorum. Okulda kiminle konuşabilirim?'],
    ['ru', 'Родители хотят выдать меня за моего двоюродного брата, а я не хочу. С кем поговорить в школе?'],
    ['en', 'My parents want me to marry my cousin and I do not want to. Who can I talk to at school?'],
    ['nb', 'Foreldrene mine vil at jeg skal gifte meg med fetteren min, og jeg vil ikke. Hvem på skolen kan jeg snakke med?'],
  ] as const)('%s: danger: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });

  // A lesson at school about forced marriage, told in Urdu, stays a general question.
  it('ur: a talk at school that happened is no case', async () => {
    const view = await runner.turn('ur', 'ہمارے اسکول میں جبری شادی کے بارے میں بات ہوئی۔ کیا یہ غیر قانونی ہے؟');
    expect(view.emergency).toBe(false);
  });
});
