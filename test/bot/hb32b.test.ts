import type { Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile, expectDeclined } from '../helpers/conversation-runner';

/**
 * What the held-back set general-blind-95 showed (issue #13, session 32), as classes with their own sentences, through
 * the real bot.
 */
describe('hb32b: everyday errands declined, and a chat asked for answered with the lines', () => {
  const runner = conversationRunnerPerFile();

  // A birthday greeting to write for someone is an errand; a child kept from birthday parties stays a sign of control.
  it.each<[Lang, string]>([
    ['nb', 'Kan du skrive en bursdagshilsen til en kollega som fyller 50?'],
    ['nn', 'Kan du skrive ei bursdagshelsing til sjefen min?'],
    ['en', 'Can you write a short birthday message for my neighbour?'],
    ['ar', 'هل يمكنك أن تكتب لي رسالة عيد ميلاد لصديقتي؟'],
    ['so', 'Ma ii qori kartaa fariin maalin dhalasho oo saaxiibkay ah?'],
    ['fa', 'میشه برای همکارم یک پیام تولد کوتاه بنویسی؟'],
    ['ur', 'میری بہن کے لیے سالگرہ کی مبارکباد لکھ دیں'],
    ['uk', 'Напишіть, будь ласка, привітання з днем народження для колеги'],
    ['ru', 'Напишите поздравление с днем рождения для моей коллеги'],
    ['pl', 'Napisz proszę życzenia urodzinowe dla mojej koleżanki'],
    ['tr', 'Arkadaşım için kısa bir doğum günü mesajı yazar mısın?'],
    ['ti', 'ንዓርከይ ናይ ልደት መልእኽቲ ክትጽሕፈለይ ትኽእል ዶ?'],
  ])('a birthday greeting to write (%s) is declined', async (lang, message) => {
    expectDeclined(await runner.turn(lang, message), lang);
  });

  // Changing one's GP is an errand with the health service, not a matter of the domain.
  it.each<[Lang, string]>([
    ['nb', 'Jeg vil bytte fastlege, hvordan gjør jeg det?'],
    ['nn', 'Korleis kan eg byte fastlege?'],
    ['en', 'How do I change my GP in Norway?'],
    ['ar', 'كيف يمكنني تغيير طبيبي العام في النرويج؟'],
    ['so', 'Sideen u beddeli karaa dhakhtarkayga fastlege?'],
    ['fa', 'چطور میتوانم دکترم را عوض کنم؟ fastlege'],
    ['ur', 'میں اپنا fastlege کیسے تبدیل کروں؟'],
    ['uk', 'Як змінити свого сімейного лікаря в Норвегії?'],
    ['ru', 'Как сменить своего семейного врача в Норвегии?'],
    ['pl', 'Jak mogę zmienić lekarza rodzinnego w Norwegii?'],
    ['tr', 'Doktorumu nasıl değiştirebilirim?'],
    ['ti', 'ሓኪም ከመይ ክቕይር እኽእል?'],
  ])('changing one\'s GP (%s) is declined', async (lang, message) => {
    expectDeclined(await runner.turn(lang, message), lang);
  });

  // "What can I suggest to her?" beside a chat or a line she would rather use is the asker's own ask: the lines.
  const LINES = ['Røde Kors', 'rodekorstelefonen', 'ung.no', 'volinjen', '815 55 201'];
  it.each<[Lang, string]>([
    ['nb', 'En elev vil heller chatte enn å ringe om at broren passer på alt hun gjør. Hva kan jeg anbefale?'],
    ['nn', 'Ei elev vil heller chatte enn ringje om at faren styrer kven ho er med. Kva kan eg tilrå?'],
    ['en', 'A learner would rather chat than call about her family controlling her. What can I recommend?'],
  ])('a chat asked for, and what to suggest (%s): the lines', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, LINES)).toBe(true);
  });
});
