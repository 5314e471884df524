import { loadSituationReader, asksCoverageOfNoOne } from '../../src/understanding/situation-cues';
import { readTurn } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Session 31, hb31b (issue #13): a child's veiled word for a cutting ("what happens to girls") with a grandmother or a
 * journey in a coming season; a child to be sent abroad by a relative, told in a message that also asks a statistic or a
 * course; the 2008 embassy posts asked in colloquial Persian; the dialect's "e du sikker?" doubting an envoy's answer.
 * The sentences are this file's own; none is in the evaluation sets.
 */
const situation = loadSituationReader();
const danger = (text: string) => situation.read(text).danger;

describe('the unnamed thing done to girls, with an elder or a journey in a coming season, is danger', () => {
  it.each([
    ['nb', 'Ei jente på 9 spurte meg om det de gjør med jenter hos mormor i sommerferien.'],
    ['nn', 'Ei jente på 10 spurde meg om det dei gjer med jenter hjå bestemor i sommarferien.'],
    ['en', 'My pupil (9) asked me about what they do to girls at her grandma’s this summer.'],
    ['ar', 'بنتي عمرها 9 سألتني عن اللي بيصير للبنات عند ستها بالصيف'],
    ['so', 'Gabadhayda (9) waxay i weydiisay waxa gabdhaha lagu sameeyo marka ay xagaaga u tagto ayeeyadeed.'],
    ['fa', 'دخترم ۹ ساله است و پرسید کاری که با دخترها میکنن تابستان پیش مادربزرگش چیست'],
    ['ur', 'میری بیٹی (9) نے پوچھا کہ گرمیوں میں نانی کے گھر لڑکیوں کے ساتھ جو ہوتا ہے وہ کیا ہے'],
    ['tr', 'Kızım (9) bu yaz anneannesinde kızlara yapılan şey ne diye sordu.'],
    ['ru', 'Девочка (9) спросила, что делают с девочками у бабушки летом.'],
    ['uk', 'Дівчинка (9) спитала, що роблять з дівчатками у бабусі влітку.'],
    ['pl', 'Dziewczynka (9) pyta, co robią z dziewczynkami u babci w wakacje.'],
  ] as const)('%s: "%s"', (_lng, text) => {
    expect(danger(text).some((id) => id.startsWith('girls-thing-'))).toBe(true);
  });

  it.each([
    ['nb', 'Hva skjer med jenter som rømmer hjemmefra? Vi har det som tema i sommer.'],
    ['nn', 'Kva skjer med jenter som rømmer heimanfrå? Vi har det som tema i sommar.'],
    ['en', 'What happens to girls who drop out of school? I am planning a lesson this summer.'],
  ] as const)('%s, calm: "%s"', (_lng, text) => {
    expect(danger(text).some((id) => id.startsWith('girls-thing-'))).toBe(false);
  });
});

describe('a child to be sent abroad by a relative stays danger beside a statistic or a course asked', () => {
  it.each([
    ['nb', 'En far er redd eksmannen hennes skal sende datteren deres (14) til Irak i sommerferien. Hvor mange slike saker var det i fjor?'],
    ['nn', 'Vi har ei kursdeltakar på 16, og onkelen hennar vil at ho skal sendast til Somalia etter skuleåret. Kan vi få kurs for lærarane?'],
  ] as const)('%s: "%s"', (_lng, text) => {
    expect(danger(text).some((id) => id.startsWith('minor-sent-away-season'))).toBe(true);
  });

  it('nb, calm: a statistic alone names no relative and no writer', () => {
    expect(danger('Hvor mange jenter på 15 blir sendt til Somalia i sommerferien hvert år?')).toEqual([]);
  });
});

describe('the embassy posts of 2008 and today', () => {
  const runner = conversationRunnerPerFile();

  it('fa: which embassy had Iran in 2008, asked in everyday Persian, names Ankara', async () => {
    const run = await runner.converse({ lang: 'fa', turns: ['تو ۲۰۰۸ مشاور کدوم سفارت کارهای ایران رو انجام میداد؟'] });
    const view = readTurn(run.replies, runner.markers);
    expect(view.emergency).toBe(false);
    expect(view.texts.join(' ')).toContain('Ankara');
  });

  it('nb: the dialect’s "e du sikker?" doubts the answer, and the card says Ankara was right before', async () => {
    const run = await runner.converse({ lang: 'nb', turns: ['hvilken utsending har ansvar for iran?', 'e du sikker, var det ikke ankara?'] });
    const view = readTurn(run.replies, runner.markers);
    const text = view.texts.join(' ');
    expect(text).toContain('Amman');
    expect(text).toContain('2008');
  });
});

// (was calm30b.test.ts)
{
  /**
   * Session 30, calm30b (issue #13): a question of which post covers a country for a person held there, asked of no one
   * the writer knows, marks the conversation a coverage question; its follow-ups that only name another country ("and
   * Somalia?") ask which post covers that one and get no emergency card. The sentences are this file's own; none is in the
   * evaluation sets.
   */
  const situation = loadSituationReader();
  const coverageOfNoOne = (text: string) => asksCoverageOfNoOne(situation.read(text).concepts);

  describe('a coverage question asked of no one is told from a case of the writer’s own', () => {
    it.each([
      ['nb', 'Hvilken ambassade dekker Pakistan hvis en elev blir holdt tilbake der?'],
      ['nn', 'Kva ambassade dekkjer Somalia dersom ein elev blir halden tilbake der?'],
      ['en', 'Which embassy covers Iraq if a student is kept there against her will?'],
      ['ar', 'أي سفارة تغطي العراق إذا احتجزت طالبة هناك؟'],
      ['so', 'Safaaraddee ayaa masuul ka ah Itoobiya haddii arday lagu hayo halkaas?'],
      ['fa', 'اگر دانش‌آموزی در افغانستان نگه داشته شود، کدام سفارت مسئول افغانستان است؟'],
      ['ur', 'اگر کسی طالبہ کو پاکستان میں روک لیا جائے تو کون سا سفارت خانہ پاکستان دیکھتا ہے؟'],
      ['uk', 'Яке посольство відповідає за Туреччину, якщо учениця затримана там?'],
      ['ru', 'Какое посольство отвечает за Ирак, если ученицу удерживают там?'],
      ['tr', "Eğer bir öğrenci Irak'ta zorla tutulursa hangi büyükelçilik ilgileniyor?"],
      ['pl', 'Która ambasada odpowiada za Pakistan, jeśli uczennica jest tam przetrzymywana?'],
      ['ti', 'ተምሃሪት ኣብ ኤርትራ እንተ ተታሒዛ ኣየናይ ኤምባሲ እዩ ዝሕግዝ?'],
    ] as const)('%s: a coverage question: "%s"', (_lng, text) => {
      expect(coverageOfNoOne(text)).toBe(true);
    });

    it.each([
      ['nb', 'Min datter blir holdt tilbake i Pakistan, hvilken ambassade dekker Pakistan?'],
      ['nn', 'Dottera mi vert halden att i Somalia, kva ambassade dekkjer Somalia?'],
      ['en', 'My daughter is being kept in Iraq against her will, which embassy covers Iraq?'],
      ['ar', 'ابنتي محتجزة في العراق، أي سفارة تغطي العراق؟'],
      ['so', 'Waxaan ku xiran ahay Itoobiya, safaaraddee ayaa i caawin karta?'],
      ['fa', 'دخترم را در افغانستان نگه داشته‌اند، کدام سفارت مسئول افغانستان است؟'],
      ['ur', 'میری بیٹی کو پاکستان میں روک لیا گیا ہے، کون سا سفارت خانہ پاکستان دیکھتا ہے؟'],
      ['uk', 'Мою доньку тримають у Туреччині, яке посольство відповідає за Туреччину?'],
      ['ru', 'Мою дочь удерживают в Ираке, какое посольство отвечает за Ирак?'],
      ['tr', "Ben Irak'ta zorla tutuluyorum, hangi büyükelçilik bana yardım eder?"],
      ['pl', 'Moja córka jest przetrzymywana w Pakistanie, która ambasada odpowiada za Pakistan?'],
      ['ti', 'ጓለይ ኣብ ኤርትራ ተታሒዛ ኣላ፡ ኣየናይ ኤምባሲ እዩ ዝሕግዝ?'],
    ] as const)('%s: a case of the writer’s own, not a coverage question: "%s"', (_lng, text) => {
      expect(coverageOfNoOne(text)).toBe(false);
    });
  });

  describe('the follow-up that only names another country gets no emergency card', () => {
    const runner = conversationRunnerPerFile();

    it.each([
      ['nb', 'Hvilken ambassade dekker Pakistan hvis en elev blir holdt tilbake der?', 'og Afghanistan?'],
      ['en', 'Which embassy covers Iraq if a student is kept there against her will?', 'and Syria?'],
      ['tr', "Eğer bir öğrenci Irak'ta zorla tutulursa hangi büyükelçilik ilgileniyor?", 'Peki Suriye?'],
    ] as const)('%s: "%s" then "%s"', async (lng, first, second) => {
      const run = await runner.converse({ lang: lng, turns: [first, second] });
      expect(readTurn(run.replies, runner.markers).emergency).toBe(false);
    });

    it.each([
      ['nb', 'Min datter blir holdt tilbake i Pakistan, hvilken ambassade dekker Pakistan?', 'og Afghanistan?'],
      ['en', 'My daughter is being kept in Iraq against her will, which embassy covers Iraq?', 'and Syria?'],
    ] as const)('%s: a case of the writer’s own keeps the numbers: "%s" then "%s"', async (lng, first, second) => {
      const run = await runner.converse({ lang: lng, turns: [first, second] });
      expect(readTurn(run.replies, runner.markers).emergency).toBe(true);
    });
  });
}
