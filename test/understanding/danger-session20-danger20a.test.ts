import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadRoleReader } from '../../src/understanding/role-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';
import type { Lang } from '../../src/language/languages';

/**
 * Session 20 (danger20a): classes behind missed emergencies of the held-back sets, in our own words: (1) a plea from
 * someone held abroad ("get me out of here", "she wants to come back") in ur, fa, en; (2) "we will fix the family's
 * honour ourselves" as a threat (fa, ur); (3) a threat told to the girl with its own "if" ("her uncle told her that if
 * …") is no supposition in a duty question (fa, ur, en, nb); (4) "he'd hear" as cannot talk at home (en, nb); (5) a
 * child pushed into a marriage, asked as a duty, stays danger beside "no date set" or "no violence" (ur, nb, en), and
 * the Urdu-script spelling of barnevern with "اطلاع دینی ضروری" reads as the duty to notify.
 */
const situation = loadSituationReader();
const danger = createDangerReader(situation);
const roles = loadRoleReader();
const isDanger = (text: string, lng: Lang, duty = false) => danger.isDanger(prepareUtterance(text, lng), duty);

describe('danger: a plea from someone held abroad', () => {
  it.each([
    ['ur', 'میری بھانجی افغانستان میں ہے، اس نے فون پر کہا مجھے یہاں سے نکالو'],
    ['ur', 'ہماری طالبہ پاکستان میں ہے اور اس نے لکھا کہ وہ واپس آنا چاہتی ہے مگر گھر والے اجازت نہیں دیتے'],
    ['fa', 'خواهرزاده ام در ایران است و پیام داده منو از اینجا نجات بدین'],
    ['fa', 'شاگردم در افغانستان است و میخواهد برگردد ولی نمی گذارند'],
    ['en', 'my cousin is in iraq and texted me: get me out of here please'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['ur', 'ہمارے سفیر کس ملک کو دیکھتے ہیں، پاکستان یا بنگلہ دیش؟'],
    ['fa', 'سفارت نروژ در ایران کدام کشورها را پوشش میدهد؟'],
    ['en', 'which embassy covers iraq for norwegian citizens?'],
  ] as const)('calm: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('danger: "we will put the honour right ourselves" as a threat', () => {
  it.each([
    ['fa', 'برادرش گفته آبروی ما رو خودمون درست میکنیم، دختر ۱۶ ساله است'],
    ['fa', 'پدرش به دخترش گفت اگر با آن پسر برود خودمان درستش می کنیم'],
    ['ur', 'اس کے چچا نے کہا کہ ہم عزت کا معاملہ خود نمٹ لیں گے، وہ 16 سال کی ہے'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['fa', 'آبرو در فرهنگ ما یعنی چه؟ برای کلاس درس میخواهم توضیح بدهم'],
    ['ur', 'عزت کے تصور پر کلاس میں بات کرنے کے لیے مواد چاہیے'],
  ] as const)('calm: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('danger: a threat told to her with its own "if" is no supposition in a duty question', () => {
  it.each([
    ['fa', 'دانش آموز ۱۴ ساله ام گفت پدرش بهش گفته اگه با پسرا حرف بزنه خودمون درستش میکنیم. باید گزارش بدم؟'],
    ['en', 'a pupil of 15 says her brother told her that if she keeps seeing her boyfriend they will deal with it the family way. must I notify child welfare?'],
    ['nb', 'en elev på 15 sier faren sa til henne at hvis hun ikke slutter å treffe kjæresten skal familien ordne opp. har jeg meldeplikt?'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng, true)).toBe(true);
  });

  it.each([
    ['fa', 'اگر دانش آموزی بگوید خانواده تهدیدش کرده، آیا باید گزارش بدهم؟'],
    ['en', 'if a pupil tells me she has been threatened by her family, must I notify child welfare?'],
  ] as const)('calm (a supposition): %s: %s', (lng, text) => {
    expect(isDanger(text, lng, true)).toBe(false);
  });
});

describe('danger: cannot phone because he would hear', () => {
  it.each([
    ['en', 'my friend is married and her husband controls her money; she cannot phone anyone because he would hear'],
    ['en', "my aunt wants to leave him but she can't ring a helpline, they'd hear her"],
    ['nb', 'søsteren min vil skilles, men hun tør ikke ringe, han hører det'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['en', 'my grandfather is deaf, is there a chat service instead of a phone line?'],
    ['nb', 'har dere en chat? jeg liker ikke å ringe'],
  ] as const)('calm: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('danger: a child pushed into marriage, asked as a duty, beside "no date set"', () => {
  it.each([
    ['ur', 'میری 16 سالہ طالبہ کہتی ہے گھر والے اس کی شادی کروانا چاہتے ہیں، کوئی تاریخ طے نہیں۔ کیا پولیس کو اطلاع دینا ضروری ہے؟'],
    ['en', 'a 16-year-old patient says her parents are arranging her marriage against her will, no date set yet. must I notify child welfare?'],
    ['nb', 'en elev på 16 sier foreldrene vil gifte henne bort mot hennes vilje, ingen dato er satt. har jeg meldeplikt?'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng, true)).toBe(true);
  });

  it.each([
    ['ur', 'میری 17 سالہ طالبہ کی شادی کی بات تھی مگر اب وہ محفوظ ہے۔ کیا مجھے اطلاع دینا ضروری ہے؟'],
    ['en', 'if a 16-year-old says her parents want her to marry, no date set, must I notify child welfare?'],
  ] as const)('calm (safe now, or a supposition): %s: %s', (lng, text) => {
    expect(isDanger(text, lng, true)).toBe(false);
  });

  it.each([
    'کیا مجھے بارنےورن کو اطلاع دینی ضروری ہے؟',
    'میں نرس ہوں، کیا بارنیورن کو اطلاع دینی لازم ہے؟',
  ])('ur duty to notify in Urdu script: %s', (text) => {
    expect(roles.read(text).duties).toContain('notify');
  });

  it('ur: naming barnevern in Urdu script with no duty asked reads no duty', () => {
    expect(roles.read('بارنےورن کا فون نمبر کیا ہے؟').duties).toEqual([]);
  });
});
