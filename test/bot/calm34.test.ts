import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { isDanger } from '../helpers/danger-alarm';

/**
 * Calm messages that got the emergency card (issue #13, calm34): our own probes, each with a danger twin worded alike
 * that must keep the card.
 * - A writer's courtesy about their own question ("I don't want to insult anyone", "jeg vil ikke overreagere",
 *   "не хочу никого обидеть", "kimseyi kırmak istemem") read as a will overridden ('againstWill'), beside a wanted
 *   wedding: the masking concept 'courtesy' in all twelve languages. An own choice said as "they decided it all
 *   themselves" ("сами всё решили", "de har bestemt alt selv") read as "they decided" over her head: now 'wanted'.
 * - A teacher's words for the lesson ("in class", "derste") read as the writer's own age beside a wanted wedding and a
 *   time word: beside an adult role they are the role's words (danger-reader.ts wantedCalm).
 * - The danger twin "my daughter is getting married in August against her will" was missed (no danger rule read
 *   'getting married'): rule marrying-against-will-planned.
 */
describe('calm34: a wanted wedding told with a courtesy or in a lesson, and its danger twin', () => {
  describe('the reader: calm probes read calm, danger twins read danger', () => {
    it.each<[Lang, string, boolean]>([
      ["en", "my daughter is getting married in lahore in august, they met at work and planned it all themselves. a neighbour says i should tell the embassy. i dont want to insult anyone, is that a thing?", false],
      ["en", "my daughter is getting married in lahore in august against her will, she cries every night. i dont want to insult anyone, but who do i call?", true],
      ["nb", "sønnen min skal gifte seg i tyrkia i juli, de har planlagt alt selv og begge familiene gleder seg. jeg vil ikke fornærme noen, men bør jeg si fra til ambassaden?", false],
      ["nb", "datteren min skal giftes bort i tyrkia i juli, hun er tvunget. jeg vil ikke fornærme noen, men hva gjør jeg?", true],
      ["nn", "dottera mi skal gifte seg i irak i sommar med ein ho har valt sjølv. eg vil ikkje overreagere, men kven kan eg ringe om noko skjer der?", false],
      ["nn", "dottera mi skal giftast bort i irak i sommar mot viljen sin. eg vil ikkje overreagere, men kven kan eg ringe?", true],
      ["ru", "мой сын женится летом в Дагестане, они сами всё решили, все рады. не хочу никого обидеть, но куда обратиться если что-то случится?", false],
      ["ru", "мою дочь летом выдают замуж в Дагестане, её заставляют. не хочу никого обидеть, но куда обратиться?", true],
      ["pl", "moja córka wychodzi za mąż w lipcu w Turcji, sama wybrała narzeczonego. nie chcę nikogo urazić, ale czy mam coś zgłosić?", false],
      ["pl", "moja córka ma wyjść za mąż w lipcu w Turcji wbrew jej woli. nie chcę nikogo urazić, ale co robić?", true],
      ["tr", "oğlum temmuzda Konya'da evleniyor, kendileri seçti, herkes çok mutlu. kimseyi kırmak istemem ama bir yere bildirmem gerekir mi?", false],
      ["tr", "kızımı temmuzda Konya'da zorla evlendirecekler. kimseyi kırmak istemem ama ne yapmalıyım?", true],
      ["uk", "мій син одружується влітку в Туреччині, вони самі все вирішили. не хочу нікого образити, але чи треба когось попередити?", false],
      ["uk", "мою доньку влітку видають заміж у Туреччині проти її волі. не хочу нікого образити, але що робити?", true],
      ["ar", "ابني سيتزوج في الصيف في الأردن من فتاة اختارها بنفسه. لا أريد أن أسيء لأحد، لكن هل يجب أن أبلغ السفارة؟", false],
      ["ar", "ابنتي سيزوجونها غصبا عنها في الصيف في العراق. لا أريد أن أسيء لأحد، لكن ماذا أفعل؟", true],
      ["fa", "پسرم تابستان در ایران ازدواج می‌کند، خودشان همدیگر را انتخاب کردند. نمیخوام به کسی توهین کنم، ولی باید به سفارت خبر بدهم؟", false],
      ["fa", "دخترم را تابستان در ایران به زور شوهر می‌دهند. نمیخوام به کسی توهین کنم، ولی چه کار کنم؟", true],
      ["ur", "میرے بیٹے کی شادی گرمیوں میں پاکستان میں ہے، اس نے لڑکی خود پسند کی ہے۔ کسی کو ناراض نہیں کرنا چاہتی لیکن کیا سفارت خانے کو بتانا چاہیے؟", false],
      ["ur", "میری بیٹی کی شادی گرمیوں میں پاکستان میں زبردستی کر رہے ہیں۔ کسی کو ناراض نہیں کرنا چاہتی لیکن کیا کروں؟", true],
      ["so", "wiilkayga wuxuu guursanayaa xagaaga Soomaaliya, gabadha isagaa doortay. ma rabo inaan qofna ka xumeeyo, laakiin ma u sheegaa safaaradda?", false],
      ["so", "gabadhayda waxay ku qasbayaan inay guursato xagaaga Soomaaliya. ma rabo inaan qofna ka xumeeyo, laakiin maxaan sameeyaa?", true],
      ["ti", "ወደይ ኣብ ክረምቲ ኣብ ኤርትራ ክምርዖ እዩ፡ ንሳ ባዕሉ መሪጽዋ። ንሓደ ሰብ ከቐይም ኣይደልን፡ ግን ንኤምባሲ ክሕብር ኣለኒ ዶ?", false],
      ["ti", "ጓለይ ኣብ ክረምቲ ኣብ ኤርትራ ብግዲ ክምርዕዋ እዮም። ንሓደ ሰብ ከቐይም ኣይደልን፡ እንታይ ክገብር?", true],
      ["nb", "vi er lærere og sønnen til en kollega skal gifte seg i sommer i marokko, de har bestemt alt selv. jeg vil ikke overreagere, men trenger vi å gjøre noe?", false],
      ["nb", "en elev skal gifte seg i sommer i marokko, familien har bestemt alt og hun vil ikke. jeg vil ikke overreagere, men hva gjør vi?", true],
      ["en", "my niece is getting married this summer in iraq, she has no choice and is terrified. i dont want to overreact but what do i do", true],
      ["en", "my niece is getting married this summer in iraq, they met at uni and she is really happy. i dont want to overreact but should i tell anyone", false],
    ])('courtesy (%s): %s → danger %s', (lang, text, danger) => {
      expect(isDanger(text, lang)).toBe(danger);
    });

    it.each<[Lang, string, boolean]>([
      ["en", "I teach adult education. next week I have a lesson on marriage and rights. in class a woman told us her daughter's wedding in Konya is coming and everyone is very happy. is there an anonymous helpline I can hand out?", false],
      ["en", "I teach adult education. in class a woman told us her daughter (15) will be married in Konya next week and she is scared. is there a helpline?", true],
      ["nb", "jeg er lærer på voksenopplæringen. neste uke har jeg en time om ekteskap og rettigheter. i timen fortalte en kvinne at datteren gifter seg i Konya og at alle gleder seg. finnes det en anonym hjelpelinje jeg kan dele ut?", false],
      ["nb", "jeg er lærer på voksenopplæringen. i timen fortalte en kvinne at datteren på 15 skal giftes i Konya neste uke og hun er redd. hva gjør jeg?", true],
      ["tr", "yetişkin eğitiminde öğretmen olarak çalışıyorum. derste bir kadın oğlunun gelecek ay Ankara'da düğünü olacağını, herkesin çok mutlu olduğunu anlattı. dağıtabileceğim bir yardım hattı var mı?", false],
      ["tr", "yetişkin eğitiminde öğretmen olarak çalışıyorum. derste bir kadın 15 yaşındaki kızının gelecek hafta Ankara'da zorla evlendirileceğini anlattı, çok korkuyor. ne yapmalıyım?", true],
    ])('a lesson told by an adult (%s): %s → danger %s', (lang, text, danger) => {
      expect(isDanger(text, lang)).toBe(danger);
    });
  });

  describe('the bot: no emergency card for the calm probe, the card for its twin', () => {
    const runner = conversationRunnerPerFile();
    it.each<[Lang, string, boolean]>([
      ["en", "my daughter is getting married in lahore in august, they met at work and planned it all themselves. a neighbour says i should tell the embassy. i dont want to insult anyone, is that a thing?", false],
      ["en", "my daughter is getting married in lahore in august against her will, she cries every night. i dont want to insult anyone, but who do i call?", true],
      ["nn", "dottera mi skal gifte seg i irak i sommar med ein ho har valt sjølv. eg vil ikkje overreagere, men kven kan eg ringe om noko skjer der?", false],
      ["nn", "dottera mi skal giftast bort i irak i sommar mot viljen sin. eg vil ikkje overreagere, men kven kan eg ringe?", true],
      ["ru", "мой сын женится летом в Дагестане, они сами всё решили, все рады. не хочу никого обидеть, но куда обратиться если что-то случится?", false],
      ["ru", "мою дочь летом выдают замуж в Дагестане, её заставляют. не хочу никого обидеть, но куда обратиться?", true],
    ])('%s: %s → emergency card %s', async (lang, text, emergency) => {
      const view = await runner.turn(lang, [text]);
      expect(view.emergency).toBe(emergency);
    });
  });
});
