import { asksCoverageOfNoOne, loadSituationReader } from '../../src/understanding/situation-cues';
import { createConversationRunner, readTurn } from '../../src/evaluation/conversation-eval';

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
  let runner: Awaited<ReturnType<typeof createConversationRunner>>;
  beforeAll(async () => {
    runner = await createConversationRunner();
  });
  afterAll(async () => {
    await runner.close();
  });

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
