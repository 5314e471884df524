import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Envoy coverage beside its history, several countries in one question, and Kompetanseteamet's members (issue #13,
 * envoy36). Our own probes in the 12 languages, as people type them, each class with a calm twin.
 *  1. "Was Iran always under Amman?" after the envoy of Iran: not always, Ankara covered it in 2008 (IMDi annual report
 *     2008; domain.md §9), Amman today (§12); the answer stays Amman's. A country the same post covered then (Syria,
 *     Amman) gets no such line.
 *  2. Two to four countries named in one question: each post's card, one card for the countries a post's main line
 *     names; a country covered only loosely ("other African countries") says so.
 *  3. Kompetanseteamet's members asked beside its number or hours, or after its card: the six member agencies and
 *     478 09 050, Mon–Fri 09–15; the 2022 case count (891) beside the hours.
 */
describe('envoy coverage and history, country lists, Kompetanseteamet members (envoy36)', () => {
  const runner = conversationRunnerPerFile();
  const has = (texts: readonly string[], ...spellings: string[]) => containsFact(texts, spellings);

  // [lang, first turn, follow-up, Ankara as written, "not always" as written]
  const always: ReadonlyArray<[Lang, string, string, string, string]> = [
    ['en', 'Which embassy covers Iran?', 'Was Iran always under Amman?', 'Ankara', 'not always'],
    ['nb', 'Hvilken ambassade dekker Iran?', 'Har Iran alltid ligget under Amman?', 'Ankara', 'ikke alltid'],
    ['nn', 'Kva ambassade har ansvar for Iran?', 'har det alltid vore slik?', 'Ankara', 'ikkje alltid'],
    ['fa', 'کدام سفارت مسئول ایران است؟', 'آیا ایران همیشه زیر امان بوده؟', 'آنکارا', 'نه همیشه'],
    ['ar', 'أي سفارة مسؤولة عن إيران؟', 'هل كانت إيران دائما تابعة لعمّان؟', 'أنقرة', 'ليس دائمًا'],
    ['ur', 'ایران کس سفارت خانے کے تحت ہے؟', 'کیا ایران ہمیشہ عمان کے تحت تھا؟', 'انقرہ', 'ہمیشہ نہیں'],
    ['ru', 'Какое посольство занимается Ираном?', 'а раньше тоже Амман?', 'Анкар', 'не всегда'],
    ['uk', 'Хто відповідає за Іран?', 'це завжди було так?', 'Анкар', 'не завжди'],
    ['so', "Yaa mas'uul ka ah Iiraan?", 'weligii ma sidaas ahaa?', 'Ankara', 'mar walba maaha'],
  ];
  it.each(always)('[%s] "%s" then "%s": Ankara in 2008, Amman today', async (lng, first, then, ankara, notAlways) => {
    const view = await runner.turn(lng, [first, then]);
    expect(view.emergency).toBe(false);
    expect(view.cannotAnswer).toBe(false);
    expect(view.replyLanguage).toBe(lng);
    expect(has(view.texts, notAlways)).toBe(true);
    expect(has(view.texts, '2008')).toBe(true);
    expect(has(view.texts, ankara)).toBe(true);
  });

  it('calm twin: Syria was Amman\'s in 2008 too, so no "not always" line', async () => {
    const view = await runner.turn('en', ['Which embassy covers Syria?', 'Was Syria always under Amman?']);
    expect(view.emergency).toBe(false);
    expect(has(view.texts, 'Amman')).toBe(true);
    expect(has(view.texts, 'not always')).toBe(false);
  });

  it('a "before" that asks no history ("what should I prepare before calling?") gets no history line', async () => {
    const view = await runner.turn('en', ['Which embassy covers Iran?', 'what should I prepare before calling?']);
    expect(has(view.texts, 'not always')).toBe(false);
  });

  // Coverage and where a country moved, asked in one question.
  const coverageAndMove: ReadonlyArray<[Lang, string, string[]]> = [
    ['en', 'Which countries does the envoy in Ankara handle, and where did Iran go?', ['Russia', 'Amman']],
    ['nn', 'Kva land dekkjer utsendinga i Ankara no, og kvar vart Iran flytta?', ['Russland', 'Amman']],
    ['ru', 'Какие страны покрывает посольство в Анкаре и куда перенесли Иран?', ['Росси', 'Амман']],
    ['nb', 'Hva dekker Islamabad, og hvor ble Sri Lanka flyttet etter Colombo ble stengt?', ['Sri Lanka', 'Colombo']],
  ];
  it.each(coverageAndMove)('[%s] "%s": the post\'s countries and where the country is now', async (lng, text, facts) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency || view.cannotAnswer).toBe(false);
    for (const fact of facts) expect([fact, has(view.texts, fact)]).toEqual([fact, true]);
  });

  // [lang, question, post names as written that must all be shown, least answers]
  const lists: ReadonlyArray<[Lang, string, string[], number]> = [
    ['nb', 'hvem dekker somalia, iran og pakistan?', ['Nairobi', 'Amman', 'Islamabad'], 3],
    ['fa', 'برای افغانستان، ایران و ترکیه کدام سفارت مسئول است؟', ['اسلام', 'عمّان', 'آنکارا'], 3],
    ['uk', 'Яке посольство відповідає за Кенію, Уганду та Танзанію?', ['Найробі', 'африк'], 2],
    ['en', 'Which embassy handles Ethiopia, Sudan and Eritrea?', ['Nairobi', 'African'], 2],
    ['so', "Safaaradee ayaa mas'uul ka ah Soomaaliya, Itoobiya iyo Jabuuti?", ['Nairobi'], 1],
  ];
  it.each(lists)('[%s] "%s": each country with its post', async (lng, text, posts, least) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency || view.cannotAnswer).toBe(false);
    expect(view.replyLanguage).toBe(lng);
    expect(view.answers).toBeGreaterThanOrEqual(least);
    for (const post of posts) expect([post, has(view.texts, post)]).toEqual([post, true]);
  });

  it('countries on one post\'s main line share its card (Syria, Lebanon and Egypt: no card per country)', async () => {
    const view = await runner.turn('en', 'Which embassy covers Syria, Lebanon and Egypt?');
    expect(view.answers).toBeLessThan(3);
    expect(has(view.texts, 'Amman')).toBe(true);
  });

  // Kompetanseteamet's members beside its number or hours, or after its card.
  const members: ReadonlyArray<[Lang, string[]]> = [
    ['nb', ['Hva er nummeret til Kompetanseteamet og hvem er med i teamet?']],
    ['pl', ['Jaki jest numer do Kompetanseteamet i jakie instytucje są w zespole?']],
    ['ar', ['ما هي الجهات الأعضاء في Kompetanseteamet وما رقم هاتفه؟']],
    ['uk', ['Хто входить до Kompetanseteamet і за яким номером їм дзвонити?']],
    ['nb', ['Hvordan kontakter jeg Kompetanseteamet?', 'og hvem er med i teamet?']],
    ['en', ['How do I reach Kompetanseteamet?', 'which agencies are part of it?']],
    ['so', ['Sidee ayaan ula xiriiri karaa Kompetanseteamet?', 'yaa ka mid ah kooxdaas?']],
  ];
  it.each(members)('[%s] %j: the member agencies and the number', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect(view.emergency || view.cannotAnswer).toBe(false);
    for (const fact of ['AVdir', 'Hdir', '478 09 050']) expect([fact, has(view.texts, fact)]).toEqual([fact, true]);
  });

  it.each([
    ['ru', 'Сколько дел было у Kompetanseteamet в 2022 году и в какие часы им можно позвонить?'],
    ['en', 'How many cases did Kompetanseteamet have in 2022, and what are its phone hours?'],
  ] as ReadonlyArray<[Lang, string]>)('[%s] "%s": 891 cases in 2022 and the hours', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    for (const fact of ['891', '478 09 050', '15']) expect([fact, has(view.texts, fact)]).toEqual([fact, true]);
  });
});
