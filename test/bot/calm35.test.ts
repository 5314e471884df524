import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { alarmed, isDanger, secondOpinionLine } from '../helpers/danger-alarm';

/**
 * Health talk, "just in general", and conditional death threats (issue #13, calm35): our own probes in the 12
 * languages, as people type them, each with its twin.
 *  1. A clinician's prognosis ("the doctor said she won't live if she doesn't get the operation") is calm: no card, no
 *     concern line, no second opinion's 112 line. Its threat twin, a relative foretelling a death on a marriage or
 *     dishonour condition ("her brother said she won't live if she marries him"), is danger by the rules.
 *  2. A question said to be asked only in general ("berre generelt", "pytam tylko ogólnie", "سؤال عام فقط") gets no
 *     second opinion's 112 line; a threat told beside "generally" stays danger.
 */
describe('health talk, "just in general", and threats told as a death foretold (calm35)', () => {
  const runner = conversationRunnerPerFile();

  const prognoses: ReadonlyArray<[Lang, string]> = [
    ['en', 'the doctor said she wont live if she doesnt get the operation'],
    ['en', 'the surgeon told my mum she will die if she doesnt get the transplant'],
    ['en', 'the nurse said he won’t survive without dialysis'],
    ['nb', 'legen sa at hun ikke kommer til å overleve hvis hun ikke får operasjonen'],
    ['nb', 'legen sa at mormor ikke kommer til a overleve hvis hun ikke far dialyse'],
    ['nn', 'legen sa at ho ikkje kjem til å overleve om ho ikkje får operasjonen'],
    ['uk', 'лікар сказав, що вона не виживе, якщо їй не зроблять операцію'],
    ['ru', 'врач сказал маме, что она умрёт, если не начнёт химиотерапию'],
    ['pl', 'lekarz mówi, że babcia nie przeżyje, jeśli nie będzie operacji'],
    ['ar', 'قال الطبيب إنها لن تعيش إذا لم تجر العملية'],
    ['tr', 'doktor ameliyat olmazsa yaşamayacağını söyledi'],
    ['tr', 'doktor babama ameliyat olmazsa öleceğini söyledi'],
    ['fa', 'دکتر گفت اگر عمل نکند زنده نمی‌ماند'],
    ['ur', 'ڈاکٹر نے کہا کہ اگر آپریشن نہ ہوا تو وہ زندہ نہیں رہے گی'],
    ['so', 'dhakhtarku wuxuu yiri ma noolaan doonto haddii aan qalliin loo samayn'],
    ['ti', 'ሓኪም ኦፕረሽን እንተዘይገይራ ብህይወት ኣይክትነብርን እያ ኢሉ'],
  ];

  const threats: ReadonlyArray<[Lang, string]> = [
    ['en', 'her brother said she won’t live if she marries him'],
    ['en', 'father said she will not survive if she shames the family'],
    ['nb', 'broren hennes sa at hun ikke kommer til å overleve hvis hun gifter seg med ham'],
    ['nb', 'faren sa hun skal dø hvis hun skammer familien'],
    ['nn', 'bror hennar sa at ho ikkje kjem til å overleve om ho giftar seg med han'],
    ['uk', 'її брат сказав, що вона не виживе, якщо вийде за нього заміж'],
    ['ru', 'отец сказал, что она не выживет, если опозорит семью'],
    ['pl', 'ojciec powiedział, że zginie, jeśli przyniesie wstyd rodzinie'],
    ['pl', 'jej brat powiedział, że nie przeżyje, jeśli wyjdzie za niego'],
    ['ar', 'قال أبوها إنها ستموت إذا جلبت العار للعائلة'],
    ['tr', 'abisi onunla evlenirse yaşamayacağını söyledi'],
    ['tr', 'babası aileyi utandırırsa öleceğini söyledi'],
    ['fa', 'برادرش گفت اگر با او ازدواج کند زنده نمی‌ماند'],
    ['fa', 'پدرش گفت اگر آبروی خانواده را ببرد خواهد مرد'],
    ['ur', 'باپ نے کہا کہ اگر اس نے خاندان کی عزت خراب کی تو وہ مر جائے گی'],
    ['so', 'aabaheed wuxuu yiri way dhiman doontaa haddii ay ceeb u keento qoyska'],
    ['ti', 'ሓዋ ምስኡ እንተተመርዓወት ብህይወት ኣይክትነብርን እያ ኢሉ'],
    // A clinician named beside the threat does not make it a prognosis.
    ['en', 'the nurse says her uncle told her she will die if she dishonours the family'],
  ];

  describe('1. a prognosis is calm; a relative foretelling a death on a condition is danger by the rules', () => {
    it.each(prognoses)('prognosis %s: %s', (lng, text) => {
      expect([text, alarmed(text, lng), secondOpinionLine(text, lng)]).toEqual([text, false, false]);
    });
    it.each(threats)('threat %s: %s', (lng, text) => {
      expect([text, isDanger(text, lng)]).toEqual([text, true]);
    });
    it.each<[Lang, string, string]>([
      ['en', 'the doctor said she wont live if she doesnt get the operation', 'her brother said she won’t live if she marries him'],
      ['ru', 'врач сказал маме, что она умрёт, если не начнёт химиотерапию', 'отец сказал, что она не выживет, если опозорит семью'],
      ['ar', 'قال الطبيب إنها لن تعيش إذا لم تجر العملية', 'قال أبوها إنها ستموت إذا جلبت العار للعائلة'],
      ['so', 'dhakhtarku wuxuu yiri ma noolaan doonto haddii aan qalliin loo samayn', 'aabaheed wuxuu yiri way dhiman doontaa haddii ay ceeb u keento qoyska'],
    ])('the bot, %s: no card on the prognosis, the card on its twin', async (lng, calm, threat) => {
      expect((await runner.turn(lng, [calm])).emergency).toBe(false);
      expect((await runner.turn(lng, [threat])).emergency).toBe(true);
    });
  });

  const general: ReadonlyArray<[Lang, string]> = [
    ['nn', 'kva gjer vi på skulen om vi trur ei elev kan bli send til heimlandet mot viljen sin i sommarferien? berre generelt'],
    ['nb', 'hva gjor vi pa skolen hvis en elev blir sendt til hjemlandet mot sin vilje? bare generelt sporsmal'],
    ['en', 'only asking generally, what does the school do if a pupil is taken abroad against her will in the summer?'],
    ['pl', 'pytam tylko ogólnie: co robi szkoła, jeśli uczennica zostanie wywieziona za granicę wbrew swojej woli?'],
    ['uk', 'питаю загалом: що робить школа, якщо ученицю вивезуть за кордон проти її волі?'],
    ['ru', 'спрашиваю в общем: что делает школа, если ученицу увезут за границу против её воли?'],
    ['ar', 'سؤال عام فقط: ماذا تفعل المدرسة إذا أُخذت طالبة إلى الخارج رغماً عنها؟'],
    ['tr', 'sadece genel olarak soruyorum: bir öğrenci iradesi dışında yurt dışına götürülürse okul ne yapar?'],
    ['fa', 'فقط به طور کلی می‌پرسم: اگر دانش‌آموزی را برخلاف میلش به خارج ببرند مدرسه چه کار می‌کند؟'],
    ['ur', 'صرف عمومی سوال ہے: اگر کسی طالبہ کو اس کی مرضی کے خلاف بیرون ملک لے جایا جائے تو اسکول کیا کرتا ہے؟'],
    ['so', "su'aal guud oo keliya: maxay dugsigu sameeyaa haddii arday laga qaado dibadda iyadoo aan rabin?"],
    ['ti', 'ብሓፈሻ ጥራይ እየ ዝሓትት፡ ተምሃሪት ብዘይ ፍቓዳ ናብ ወጻኢ እንተተወሲዳ ቤት ትምህርቲ እንታይ ይገብር?'],
  ];

  describe('2. a question asked only in general gets no 112 line; a threat told beside "generally" stays danger', () => {
    it.each(general)('general %s: %s', (lng, text) => {
      expect([text, alarmed(text, lng), secondOpinionLine(text, lng)]).toEqual([text, false, false]);
    });
    it.each<[Lang, string]>([
      ['nn', 'kva gjer vi på skulen om vi trur ei elev kan bli send til heimlandet mot viljen sin i sommarferien? berre generelt'],
      ['en', 'only asking generally, what does the school do if a pupil is taken abroad against her will in the summer?'],
      ['pl', 'pytam tylko ogólnie: co robi szkoła, jeśli uczennica zostanie wywieziona za granicę wbrew swojej woli?'],
    ])('the bot, %s: no card and no line', async (lng, text) => {
      expect((await runner.turn(lng, [text])).emergency).toBe(false);
    });
    it.each<[Lang, string]>([
      ['nb', 'bare generelt: broren hennes har truet med å drepe henne hvis hun ikke gifter seg'],
      ['en', 'generally speaking, her father said he will kill her if she leaves'],
    ])('threat beside "generally" %s: %s', async (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
      expect((await runner.turn(lng, [text])).emergency).toBe(true);
    });
  });
});
