import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * s41lost (issue #13): three tuned items lost in session 41, mended as classes with our own probes (no set's sentence):
 *  (1) research asked on control through social media ("is there a study on families controlling through Instagram?")
 *      is the online article (content/knowledge/articles/online-social-control.json, which names Proba 2023): a
 *      research phrasing of that article in the twelve languages; before, the research words split the reading between
 *      the general article, the online one and the research networks ("did you mean");
 *  (2) "where can she ask/turn" is asking who to contact (content/understanding/triage/words.json asksWho, as nb
 *      'hvor' and en 'where' were): a parent's story with someone else's worry and a "where can she ask anonymously"
 *      got the worry triage instead of the lines (the Red Cross line 815 55 201, ung.no). Calm (a freely chosen
 *      wedding); its danger twin (taken abroad against her will next week) keeps the emergency card;
 *  (3) the advisers' name pushback ("are you sure? I thought they were called …") restates both names (renamed 2024):
 *      already mended on main at 83cd74ad; guarded here with our own words.
 */
type Probe = readonly [Lang, string];

const PROBA = ['Proba'];
const ANONYMOUS_LINE = ['815 55 201', '81555201', 'ung.no'];

describe('s41lost', () => {
  const runner = conversationRunnerPerFile();

  describe('(1) research on control through social media is the online article (Proba 2023)', () => {
    const probes: readonly Probe[] = [
      ['fa', 'آیا مطالعه‌ای درباره کنترل خانواده‌ها از راه اینستاگرام انجام شده؟'],
      ['fa', 'مشاور مدرسه هستم. پدر یک دانش‌آموز ۱۷ ساله همه پیام‌هایش را در تلگرام می‌خواند. الان خطری نیست. آیا تحقیقی درباره کنترل از طریق شبکه‌های اجتماعی هست؟'],
      ['nb', 'finnes det noen forskning på kontroll gjennom sosiale medier?'],
      ['en', 'is there any research on families controlling young people through social media?'],
      ['tr', 'sosyal medya üzerinden aile kontrolü hakkında bir araştırma var mı?'],
      ['ar', 'هل توجد دراسة عن سيطرة الأهل عبر وسائل التواصل الاجتماعي؟'],
      ['ru', 'есть ли исследования о контроле семьи через социальные сети?'],
      ['pl', 'czy są jakieś badania o kontroli rodziny przez media społecznościowe?'],
    ];
    it.each(probes)('%s: %s', async (lang, text) => {
      const view = await runner.turn(lang, text);
      expect(view.didYouMean || view.cannotAnswer).toBe(false);
      expect(view.emergency).toBe(false);
      expect(view.replyLanguage).toBe(lang);
      expect(containsFact(view.texts, PROBA)).toBe(true);
    });
  });

  describe('(2) "where can she ask" in a calm parent story gets the anonymous line, not the worry triage', () => {
    const calm: readonly Probe[] = [
      ['tr', 'Oğlum 19 yaşında, sevdiği kızla Norveç’te evlenecek, kendi kararı. Komşular endişeli. Zorla evlilik nedir, oğlum isterse nereye anonim danışabilir?'],
      ['fa', 'دخترم ۱۹ ساله است و خودش با کسی که دوست دارد ازدواج می‌کند. دوستانش نگران هستند. اگر بخواهد کجا می‌تواند ناشناس مشورت بگیرد؟'],
      ['ru', 'Моей дочери 19, она сама выбрала жениха, свадьба летом. Подруги волнуются. Куда она может анонимно обратиться, если захочет?'],
    ];
    it.each(calm)('%s calm: %s', async (lang, text) => {
      const view = await runner.turn(lang, text);
      expect(view.emergency).toBe(false);
      expect(view.didYouMean || view.cannotAnswer).toBe(false);
      expect(containsFact(view.texts, ANONYMOUS_LINE)).toBe(true);
    });

    it('danger twin: taken abroad against her will next week still gets the emergency card', async () => {
      const view = await runner.turn('tr', 'Kızım 16 yaşında, ailem onu gelecek hafta zorla Türkiye’de evlendirecek. Nereye başvurabilir?');
      expect(view.emergency).toBe(true);
    });
  });

  describe('(3) the advisers renamed: a pushback with the old name gets both names', () => {
    it('nb', async () => {
      const view = await runner.turn('nb', ['hva kalles rådgiverne på videregående skoler som hjelper elever med tvang og kontroll?', 'stemmer det? var det ikke minoritetsrådgivere de het?']);
      expect(view.didYouMean || view.cannotAnswer).toBe(false);
      expect(containsFact(view.texts, ['mangfoldsrådgiver'])).toBe(true);
      expect(containsFact(view.texts, ['minoritetsrådgiver'])).toBe(true);
    });
  });
});
