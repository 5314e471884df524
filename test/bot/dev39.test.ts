import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { normalize } from '../../src/language/text';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { isDanger, alarmed } from '../helpers/danger-alarm';

/**
 * dev39 (issue #13): session 39's development sets, read as classes. Our own probes, none of them a set's sentence.
 *  1. A cutting told by euphemism ("made clean", "purified", the custom) of the daughter a pregnant woman expects is
 *     danger, also when told as "if it is a girl" in a duty question: the "if" is the baby's sex, not a supposed case.
 *     Calm twins: a pregnant woman cut herself long ago; a general question about the custom.
 *  2. A parent's "which embassy helps a girl held in Turkey? I'm only asking in general" and its follow-up for a
 *     second country ("and Syria?") are calm in every language's words for "I ask in general"; a follow-up that tells
 *     of a person held there now keeps the card.
 *  3. "How many envoys for integration matters (spesialutsendingar for integreringssaker) are there?": the envoys'
 *     full title is a name, not the cases counted; the answer names their posts, and so does "where are they?".
 */
type Probe = readonly [Lang, string];

const unbornCutting: readonly Probe[] = [
  ['nb', 'Jeg er jordmor. En gravid pasient sier at blir det ei jente, skal hun renses som de andre i familien. Hva plikter jeg?'],
  ['nn', 'Eg er jordmor. Ei gravid kvinne seier at om det blir jente, skal ho bli rein som dei andre i familien. Kva plikt har eg?'],
  ['en', 'A pregnant client told me if she has a daughter the girl will be purified like her sisters were. What is my duty?'],
  ['so', 'Waxaan ahay kalkaaliso. Haweeney uur leh ayaa tiri haddii ay gabar noqoto waa in la nadiifiyaa sida dhaqankeena. Maxaa i saaran?'],
  ['ar', 'أنا قابلة. امرأة حامل قالت إذا كانت بنتا يجب أن تتطهر حسب العادة. ما واجبي؟'],
  ['fa', 'من قابله هستم. یک زن باردار گفت اگر دختر باشد طبق رسم پاکش میکنند. وظیفه من چیست؟'],
  ['ur', 'میں دائی ہوں۔ ایک حاملہ عورت نے کہا کہ اگر بیٹی ہوئی تو رسم کے مطابق پاک کریں گے۔ میری کیا ذمہ داری ہے؟'],
  ['tr', 'Ebeyim. Hamile bir kadın kız olursa geleneğe göre temizletecekmiş dedi. Görevim nedir?'],
  ['pl', 'Jestem położną. Kobieta w ciąży powiedziała, że jeśli urodzi się dziewczynka, zostanie oczyszczona zgodnie z tradycją. Jaki mam obowiązek?'],
  ['ru', 'Я акушерка. Беременная пациентка сказала, что если родится девочка, её очистят по традиции. Какая у меня обязанность?'],
  ['uk', "Я акушерка. Вагітна пацієнтка сказала, що якщо народиться дівчинка, її очистять за традицією. Який мій обов'язок?"],
];

const unbornCalm: readonly Probe[] = [
  ['nb', 'Jeg er jordmor. En gravid pasient ble selv kjønnslemlestet som barn og trenger oppfølging ved fødselen. Hvem kan gi råd?'],
  ['so', "Su'aal guud: haweeney uur leh ma loo baahan yahay in la wargeliyo haddii iyada la guday markii ay yarayd?"],
  ['en', 'A pregnant patient asked in general whether our custom of cleansing girls is legal in Norway.'],
  ['tr', 'Genel soruyorum: hamile bir kadın çocukken sünnet edilmişse doğumda neye dikkat etmeliyiz?'],
];

describe('dev39: a cutting planned for a daughter not yet born, told by euphemism', () => {
  it.each(unbornCutting)('danger %s: %s', (lng, text) => {
    expect([text, isDanger(text, lng)]).toEqual([text, true]);
  });
  it.each(unbornCalm)('calm twin %s: %s', (lng, text) => {
    expect([text, alarmed(text, lng)]).toEqual([text, false]);
  });

  const runner = conversationRunnerPerFile();
  it.each<Probe>([unbornCutting[3]!, unbornCutting[6]!, unbornCutting[0]!])('%s: the emergency card first: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  }, 120_000);
  it.each<Probe>([unbornCalm[0]!, unbornCalm[1]!])('%s: no card on the calm twin: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
  }, 120_000);
});

describe('dev39: which envoy covers a second country, after a question asked in general', () => {
  const runner = conversationRunnerPerFile();
  const AMMAN = ['Amman', 'عمان', 'عمّان'];
  it.each<readonly [Lang, string, string]>([
    ['tr', "Pakistan'da ailesi tarafından alıkonulan Norveçli bir kıza hangi elçilik yardım eder? genel soruyorum", "peki Irak'ta olursa?"],
    ['ur', 'ترکی میں پھنسی ہوئی ناروے کی لڑکی کی مدد کون سا سفارت خانہ کرتا ہے؟ بس ویسے ہی پوچھ رہی ہوں', 'اور شام میں ہو تو؟'],
    ['so', "Safaaradda Norway ee Ankara ma leedahay qof caawiya gabdhaha lagu hayo Turkiga? su'aal guud", 'Suuriya-na?'],
    ['ru', 'Какое посольство помогает норвежской девушке, которую семья удерживает в Турции? спрашиваю вообще', 'а если в Сирии?'],
  ])('%s: calm, with the post that covers it', async (lng, first, second) => {
    const opening = await runner.turn(lng, first);
    expect(opening.emergency).toBe(false);
    const view = await runner.turn(lng, [first, second]);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, AMMAN)).toBe(true);
  }, 240_000);
  it.each<readonly [Lang, string, string]>([
    ['tr', "Pakistan'da ailesi tarafından alıkonulan Norveçli bir kıza hangi elçilik yardım eder? genel soruyorum", 'kızım şu an orada, pasaportunu aldılar, dönemiyor'],
    ['en', 'Which embassy helps a Norwegian girl kept in Turkey? just asking in general', 'my sister is in Syria right now and they took her passport'],
  ])('%s: a person held there now keeps the card', async (lng, first, second) => {
    const view = await runner.turn(lng, [first, second]);
    expect(view.emergency).toBe(true);
  }, 240_000);
});

describe("dev39: the envoys' full title is a name, not the cases counted", () => {
  const now = new Date('2026-12-07T09:00:00Z');
  it.each<Probe>([
    ['nb', 'hvor mange spesialutsendinger for integreringssaker har vi'],
    ['nn', 'kor mange spesialutsendingar for integreringssaker har UD'],
  ])('%s: a headcount: %s', (lng, text) => {
    expect(parseStatsQuestion(normalize(text), now, lng)?.query.metric).toBe('staff');
  });
  it.each<Probe>([
    ['nb', 'hvor mange saker hadde spesialutsendingene for integreringssaker i 2023'],
    ['nn', 'kor mange integreringssaker hadde spesialutsendingane i 2023'],
  ])('%s: their cases, still: %s', (lng, text) => {
    expect(parseStatsQuestion(normalize(text), now, lng)?.query.metric).toBe('cases');
  });

  const runner = conversationRunnerPerFile();
  it('nn: how many there are, then where they are: the four posts', async () => {
    const view = await runner.turn('nn', ['kor mange spesialutsendingar for integreringssaker har vi i Noreg', 'kvar held dei til']);
    for (const post of ['Amman', 'Ankara', 'Islamabad', 'Nairobi']) expect([post, containsFact(view.texts, [post])]).toEqual([post, true]);
  }, 240_000);
});
