import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * False alarms on calm questions (issue #13, hb27e): parents who refuse the relatives' plans and ask for support for
 * themselves, training asked with no new risk, and which embassy covers a country asked in general are answered without
 * the emergency block. Their danger twins (a time at hand, a person held now) keep it. Phrasings written for this test.
 */
describe('hb27e: calm questions beside a harm the writer says is refused or absent', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', 'Svigerfamilien i Irak maser om at sønnen vår skal forloves med en kusine. Vi er imot det, han skal fullføre skolen. Hvem kan gi oss foreldre råd?'],
    ['en', 'My brother-in-law in Somalia keeps saying our boy should be engaged to his daughter. We are against it and told him so. Is there anyone who advises parents like us?'],
    ['ar', 'أهل زوجي في العراق يضغطون علينا لنخطب ابننا لبنت عمه. نحن ضد هذا. هل في جهة تساعد الأهل؟'],
    ['uk', 'Я медсестра. Наші пацієнтки були обрізані в дитинстві на батьківщині, нових ризиків немає. Хто може провести навчання для персоналу?'],
    ['tr', "Polis memuruyum, genel olarak soruyorum: Irak'ta zorla alıkonulan bir kız için hangi büyükelçilik yetkili?"],
  ] as const)('%s: no emergency block', async (lng, message) => {
    const view = await runner.turn(lng, [message]);
    expect(view.emergency).toBe(false);
    expect(view.didYouMean).toBe(false);
  });

  it.each([
    ['en', 'We are against it, but the relatives will take her abroad tomorrow and we cannot stop them.'],
    ['nb', 'Vi er imot det, men onkelen tar henne med til Pakistan i morgen for å gifte henne bort.'],
    ['tr', "Kızım Türkiye'de zorla tutuluyor, hangi büyükelçilik yardım eder?"],
    ['en', 'My daughter is held in Turkey by her uncle and cannot come home.'],
  ] as const)('%s: the danger twin keeps the emergency block', async (lng, message) => {
    const view = await runner.turn(lng, [message]);
    expect(view.emergency).toBe(true);
  });
});
