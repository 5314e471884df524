import type { Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { alarmed, isDanger } from '../helpers/danger-alarm';

/**
 * What the held-back set general-blind-94 showed (issue #13, session 32, hb32a), as classes with their own sentences,
 * through the real bot.
 */
describe('hb32a: dangers the held-back set -94 showed', () => {
  const runner = conversationRunnerPerFile();
  const EMERGENCY = ['112', '١١٢', '۱۱۲'];

  // A silencing threat: "it will end badly for her (she will regret it) if she tells anyone", told of a person.
  it.each<[Lang, string]>([
    ['nb', 'Faren til eleven har sagt at det skal ende ille for henne hvis hun sier noe til noen. Hun er hos helsesykepleier nå.'],
    ['nn', 'Bror hennar har sagt at det skal gå ille med ho viss ho seier noko til nokon. Ho sit hjå oss på kontoret no.'],
    ['en', 'Her father told her it will end very badly for her if she tells anyone about the engagement. She is in my classroom now.'],
    ['ar', 'أخوها قال لها إن العاقبة ستكون سيئة جدا إذا أخبرت أحدا عن الخطوبة. هي الآن عندي في الصف.'],
    ['so', 'Aabbaheed wuxuu ku yiri haddii ay cid u sheegto natiijadu way xumaan doontaa. Hadda waxay joogtaa fasalkayga.'],
    ['fa', 'برادرش به او گفته اگر به کسی چیزی بگوید عاقبتش بد خواهد بود. الان در کلاس من است.'],
    ['ur', 'اس کے بھائی نے کہا ہے کہ اگر اس نے کسی کو منگنی کے بارے میں بتایا تو انجام بہت برا ہو گا۔ وہ ابھی میری کلاس میں ہے۔'],
    ['uk', 'Її брат сказав, що якщо вона комусь скаже про заручини, наслідки будуть дуже погані. Вона зараз у моєму класі.'],
    ['ru', 'Её брат сказал, что если она кому-то расскажет о помолвке, последствия будут очень плохие. Она сейчас у меня в классе.'],
    ['tr', 'Ağabeyi, nişanı birine söylerse sonunun çok kötü olacağını söylemiş. Şu an benim sınıfımda.'],
    ['pl', 'Jej brat powiedział, że jeśli komuś powie o zaręczynach, skończy się to dla niej bardzo źle. Jest teraz w mojej klasie.'],
    ['ti', 'ሓዋ ንሓደ ሰብ እንተ ነጊራ መወዳእታኣ ሕማቕ ክኸውን እዩ ኢሉዋ። ሕጂ ኣብ ክፍለይ ኣላ።'],
  ])('a silencing threat told of a person (%s): the emergency card', async (lang, message) => {
    expect(isDanger(message, lang)).toBe(true);
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, EMERGENCY)).toBe(true);
  });

  // Its calm twins: "if she tells" without harm promised, and an ending feared without anyone's words.
  it.each<[Lang, string]>([
    ['nb', 'Hvis hun sier noe til noen på skolen, hvem skal vi da kontakte?'],
    ['en', 'If she tells anyone at school, who should the teacher contact first?'],
    ['en', 'I worry our project will end badly if we do not plan the parents meeting better.'],
  ])('calm twin (%s): %s', (lang, message) => {
    expect(alarmed(message, lang)).toBe(false);
  });

  // A person held by family in a country the lists did not name (Lebanon, Jordan): an involuntary stay abroad.
  it.each<[Lang, string]>([
    ['uk', 'Моя колега розповіла, що її племінницю (19 років) батько тримає в Лівані і не відпускає додому. Куди звертатися?'],
    ['ru', 'Коллега рассказала, что её племянницу (19 лет) отец держит в Ливане и не отпускает домой. Куда обращаться?'],
    ['pl', 'Koleżanka mówi, że jej siostrzenica (19 lat) jest w Libanie i rodzina jej nie wypuszcza, nie pozwalają jej wrócić. Gdzie dzwonić?'],
    ['tr', 'Bir öğrencimin ablası Lübnan\'da ailesi tarafından tutuluyor, geri dönmesine izin vermiyorlar. Kime başvurmalıyız?'],
  ])('held abroad in Lebanon (%s): the emergency card', async (lang, message) => {
    expect(isDanger(message, lang)).toBe(true);
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(true);
  });

  // Training asked as a wish ("eğitim isteyebileceğimiz", "eğitim talep"): whoever trains staff, IMDi's expert team.
  it.each<[Lang, string]>([
    ['tr', 'Okulumuzda mangfoldsrådgiver yok. Personelimiz için zorla evlilik konusunda eğitim talep edebileceğimiz bir yer var mı?'],
  ])('training wished, no adviser (%s): IMDi\'s expert team', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(containsFact(view.texts, ['post@imdi.no', 'fagteam', 'Fagteam'])).toBe(true);
  });
});
