import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Classes from general-blind-87 and the development sets' leftovers (hb30b, issue #13). Phrasings written for this test.
 */
describe('conversation: a hunting-weapon or gun licence is an everyday errand, declined politely', () => {
  const runner = conversationRunnerPerFile();

  // A weapon licence is a licence like the driving licence: outside the field, and no emergency card for the word "gun".
  it.each([
    ['tr', 'Av tüfeği için ruhsat almak istiyorum, nereye başvurmalıyım?'],
    ['tr', 'silah ruhsati icin hangi belgeler gerekiyor?'],
    ['en', 'What do I need to apply for a firearms licence in Norway?'],
    ['en', 'how long does a rifle licence take to get approved?'],
    ['nb', 'Hvor lang tid tar det å få våpenkort til hagle?'],
    ['nn', 'Korleis søkjer eg om våpenkort for jakt?'],
    ['uk', 'Як отримати дозвіл на зброю для полювання в Норвегії?'],
    ['ru', 'Сколько стоит охотничье ружьё и разрешение на него в Норвегии?'],
    ['pl', 'Jak dostać pozwolenie na broń myśliwską w Norwegii?'],
    ['ar', 'كيف أحصل على رخصة صيد في النرويج؟'],
    ['fa', 'برای گرفتن مجوز شکار در نروژ چه مدارکی لازم است؟'],
    ['ur', 'ناروے میں شکار کا لائسنس کیسے ملتا ہے؟'],
  ] as const)('%s: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.cannotAnswer).toBe(true);
  });
});
