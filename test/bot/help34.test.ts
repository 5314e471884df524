import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { expectCalmByTheRules, isDanger } from '../helpers/danger-alarm';
import { compilePhrases } from '../../src/contacts/contact-recognizer';
import { fold } from '../../src/contacts/country-names';
import { tokenize } from '../../src/language/text';

/**
 * Someone to talk to and something to read (issue #13, help34): a calm parent or young person asks two things in one
 * message, whom they can talk to and where they can read about it (alone or together with their child). Our own
 * probes, typed as people type them in twelve languages: the answer names a line or the school's adviser and the sites
 * for reading (Nora, ung.no), with no "did you mean", no "cannot answer" and no emergency card. A danger twin of each
 * (a threat said, a marriage abroad planned) keeps the emergency card first.
 */
const LINE = ['815 55 201', '81555201', 'mangfoldsrådgiver', 'SEIF', '22 03 48 30', '116 111', '478 09 050'];
const READING = ['Nora', 'ung.no', 'imdi.no/nora'];

describe('someone to talk to and something to read (help34)', () => {
  const runner = conversationRunnerPerFile();

  describe('a calm parent or young person asks whom to talk to and where to read: a line and Nora/ung.no', () => {
    it.each<[string, Lang, string]>([
      ['nb-parent', 'nb', 'sonen min er 15 og faren hans lar han ikke bli med på fotballtur. jeg støtter sønnen min. hvem kan jeg snakke med, og hvor kan vi lese om sånt?'],
      ['nb-noaccent', 'nb', 'jeg er mor til ei jente pa 13. hvem kan jeg prate med om dette og hvor kan jeg lese mer?'],
      ['nn-parent', 'nn', 'dottera mi på 14 får ikkje vere med på overnatting med klassen for faren. kven kan eg snakke med, og kvar kan vi lese om dette?'],
      ['en-parent', 'en', 'my son is 15 and his dad wont let him join the class trip. im on my sons side. who can i talk to and where can we read about this stuff?'],
      ['ar-parent', 'ar', 'ابني عمره 15 وابوه ما يخليه يروح مع اصحابه. انا معاه. مين اقدر احكي معه؟ ووين اقدر اقرا عن هالشي؟'],
      ['ar-msa', 'ar', 'أنا أب لبنت عمرها 13 سنة. مع من يمكنني التحدث؟ وأين يمكننا أن نقرأ عن هذا الموضوع معاً؟'],
      ['ti-parent', 'ti', 'ወደይ 15 ዓመቱ እዩ፡ ኣቦኡ ምስ ክፍሊ ክኸይድ ኣይፈቕደሉን። ኣነ ምስኡ እየ። ምስ መን ክዛረብ እኽእል? ብዛዕባ እዚ ኣበይ ከንብብ እኽእል?'],
      ['fa-parent', 'fa', 'پسرم ۱۵ سالشه و باباش نمیذاره با کلاس بره اردو. من طرف پسرمم. با کی میتونم حرف بزنم؟ و کجا میتونیم در این باره بخونیم؟'],
      ['so-parent', 'so', 'wiilkayga 15 jir ah aabihiis uma ogola inuu fasalka la raaco. anigu waan taageerayaa. yaan la hadli karaa? xaggee baan arrintan wax ka akhrin karaa?'],
      ['tr-parent', 'tr', 'oğlum 15 yaşında, babası okul gezisine izin vermiyor. ben oğlumun yanındayım. kiminle konuşabilirim? bu konuda nereden okuyabilirim?'],
      ['ur-parent', 'ur', 'میرا بیٹا 15 سال کا ہے، اس کے ابو اسے اسکول ٹرپ پر جانے نہیں دیتے۔ میں بیٹے کے ساتھ ہوں۔ میں کس سے بات کر سکتی ہوں؟ اور اس بارے میں کہاں پڑھ سکتی ہوں؟'],
      ['pl-parent', 'pl', 'mój syn ma 15 lat, ojciec nie pozwala mu jechać na wycieczkę klasową. ja go wspieram. z kim mogę porozmawiać? i gdzie mogę o tym poczytać?'],
      ['ru-parent', 'ru', 'моему сыну 15, отец не пускает его на день рождения к другу. я на стороне сына. с кем я могу поговорить? и где можно почитать об этом?'],
      ['uk-parent', 'uk', 'моєму сину 15, батько не пускає його на екскурсію з класом. я на боці сина. з ким я можу поговорити? і де можна почитати про це?'],
    ])('%s', async (_id, lang, message) => {
      const view = await runner.turn(lang, message);
      expect({ didYouMean: view.didYouMean, cannotAnswer: view.cannotAnswer, language: view.replyLanguage }).toEqual({ didYouMean: false, cannotAnswer: false, language: lang });
      expectCalmByTheRules(view, message, lang);
      expect(['line', containsFact(view.texts, LINE)]).toEqual(['line', true]);
      expect(['reading', containsFact(view.texts, READING)]).toEqual(['reading', true]);
    });
  });

  describe('a young person asks for someone to talk to and somewhere to read about their rights: the lines and Nora/ung.no', () => {
    it.each<[string, Lang, string]>([
      ['nb-young', 'nb', 'jeg er 16 og foreldra mine bestemmer hvem jeg kan være venner med. finnes det noen jeg kan snakke med, og hvor kan jeg lese om rettighetene mine?'],
      ['en-young', 'en', 'im 16 and my parents decide who my friends are. is there anyone i can talk to, and where could i read about my rights?'],
      ['ar-young', 'ar', 'عمري 16 واهلي يقررون مين اصحابي. فيه احد اقدر احكي معه؟ ووين اقدر اقرا عن حقوقي؟'],
      ['fa-young', 'fa', 'من ۱۶ سالمه و خانوادم تعیین میکنن با کی دوست باشم. با کی میتونم حرف بزنم؟ کجا میتونم در مورد حقوقم بخونم؟'],
      ['tr-young', 'tr', '16 yaşındayım, ailem kimlerle arkadaş olacağıma karar veriyor. konuşabileceğim biri var mı? haklarımı nereden okuyabilirim?'],
      ['ur-young', 'ur', 'میں 16 سال کی ہوں اور میرے گھر والے طے کرتے ہیں کہ میری دوست کون ہوں۔ میں کس سے بات کر سکتی ہوں؟ اپنے حقوق کے بارے میں کہاں پڑھ سکتی ہوں؟'],
    ])('%s', async (_id, lang, message) => {
      const view = await runner.turn(lang, message);
      expect({ didYouMean: view.didYouMean, cannotAnswer: view.cannotAnswer, language: view.replyLanguage }).toEqual({ didYouMean: false, cannotAnswer: false, language: lang });
      // A young person writing of their own control is shown the children's lines on top (as on main); the rules read no danger.
      expect(isDanger(message, lang)).toBe(false);
      expect(['line', containsFact(view.texts, LINE)]).toEqual(['line', true]);
      expect(['reading', containsFact(view.texts, READING)]).toEqual(['reading', true]);
    });
  });

  describe("reading others' stories asked beside a line: Nora/ung.no", () => {
    it.each<[string, Lang, string]>([
      ['en-stories', 'en', 'my parents choose everything for me, even my clothes. who can i call, and where can i read stories from others like me?'],
      ['nb-stories', 'nb', 'foreldrene mine bestemmer alt for meg. hvem kan jeg ringe, og hvor kan jeg lese historier fra andre?'],
      ['pl-stories', 'pl', 'rodzice decydują o wszystkim za mnie. do kogo mogę zadzwonić i gdzie mogę poczytać historie innych?'],
      ['ru-stories', 'ru', 'родители всё решают за меня. куда я могу позвонить и где почитать истории других?'],
    ])('%s', async (_id, lang, message) => {
      const view = await runner.turn(lang, message);
      expect({ didYouMean: view.didYouMean, cannotAnswer: view.cannotAnswer, language: view.replyLanguage }).toEqual({ didYouMean: false, cannotAnswer: false, language: lang });
      expect(isDanger(message, lang)).toBe(false);
      expect(['line', containsFact(view.texts, LINE)]).toEqual(['line', true]);
      expect(['reading', containsFact(view.texts, READING)]).toEqual(['reading', true]);
    });
  });

  describe('the danger twins (a beating, a threat to kill) keep the emergency card first', () => {
    it.each<[string, Lang, string]>([
      ['nb-danger', 'nb', 'sønnen min er 15 og faren hans har slått ham og truer med å drepe ham. hvem kan jeg snakke med, og hvor kan vi lese om sånt?'],
      ['nn-danger', 'nn', 'dottera mi på 14 blir slått av faren sin og han truar med å drepe henne. kven kan eg snakke med, og kvar kan vi lese om dette?'],
      ['en-danger', 'en', 'my son is 15 and his dad beat him up and says he will kill him. who can i talk to and where can we read about this stuff?'],
      ['ar-danger', 'ar', 'ابني عمره 15 وابوه ضربه وهدده بالقتل. مين اقدر احكي معه؟ ووين اقدر اقرا عن هالشي؟'],
      ['fa-danger', 'fa', 'پسرم ۱۵ سالشه و باباش کتکش زده و تهدیدش کرده که میکشتش. با کی میتونم حرف بزنم؟ و کجا میتونیم در این باره بخونیم؟'],
      ['tr-danger', 'tr', 'oğlum 15 yaşında, babası onu dövdü ve öldürmekle tehdit ediyor. kiminle konuşabilirim? bu konuda nereden okuyabilirim?'],
      ['pl-danger', 'pl', 'mój syn ma 15 lat, ojciec go pobił i grozi, że go zabije. z kim mogę porozmawiać? i gdzie mogę o tym poczytać?'],
      ['ru-danger', 'ru', 'моему сыну 15, отец избил его и угрожает убить. с кем я могу поговорить? и где можно почитать об этом?'],
      ['uk-danger', 'uk', 'моєму сину 15, батько побив його і погрожує вбити. з ким я можу поговорити? і де можна почитати про це?'],
      ['ur-danger', 'ur', 'میرا بیٹا 15 سال کا ہے، اس کے ابو نے اسے مارا اور جان سے مارنے کی دھمکی دی۔ میں کس سے بات کر سکتی ہوں؟ اور اس بارے میں کہاں پڑھ سکتی ہوں؟'],
    ])('%s', async (_id, lang, message) => {
      expect(isDanger(message, lang)).toBe(true);
      const view = await runner.turn(lang, message);
      expect(view.emergency).toBe(true);
    });
  });
});

describe('" ... " in a contact phrase list: up to three other words between (help34)', () => {
  const read = compilePhrases(['where can ... read', 'hvor kan ... lese']);
  const has = (text: string): boolean => read.test(tokenize(fold(text)));
  it('matches the words either side with up to three words between', () => {
    expect(has('where can we read about it')).toBe(true);
    expect(has('where can she and I read')).toBe(true);
    expect(has('hvor kan jeg lese om det')).toBe(true);
  });
  it('matches no more than three words apart, nor the words alone', () => {
    expect(has('where can my daughter and her friends read')).toBe(false);
    expect(has('where can I call')).toBe(false);
    expect(has('I read a lot')).toBe(false);
  });
});
