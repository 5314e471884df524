import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Statistics and history asked in ways the held-back sets showed (hb29b, issue #13): the total asked after a split
 * of the cases, the largest case type asked beside the count in dialect, a share of cases that is not published, the
 * headcount asked after a count of cases, and the 2008 schools counted with a classifier word. Phrasings written for
 * this test; the languages other than nb, nn and en are machine-assisted.
 */
describe('conversation: totals, largest types, shares and headcounts asked about the published figures', () => {
  const runner = conversationRunnerPerFile();

  // Kompetanseteamet's 2022 cases: 891 in all, threats and violence 368 the largest (domain.md §12, Bufdir).
  it.each([
    ['nb', ['Kan jeg få saksfordelingen hos Kompetanseteamet for 2022?', 'Hva blir det til sammen?']],
    ['nn', ['Kva var saksfordelinga hjå Kompetanseteamet i 2022?', 'kor mange vart det i alt?']],
    ['en', ['What was the case distribution for Kompetanseteamet in 2022?', 'and how many altogether?']],
  ] as const)('%s: the split by case type, then the total: %j', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect(view.didYouMean).toBe(false);
    expect(containsFact(view.texts, ['891'])).toBe(true);
  });

  it.each([
    ['nb', 'ka mange saker hadde kompetanseteamet i 2022, og ka e det mest av?'],
    ['nn', 'kor mange saker hadde kompetanseteamet i 2022 og kva va det mest av?'],
    ['nb', 'antall saker hos kompetanseteamet 2022, ka gjaldt de fleste?'],
  ] as const)('%s: the count and its largest case type, asked in dialect: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(containsFact(view.texts, ['891'])).toBe(true);
    expect(containsFact(view.texts, ['368'])).toBe(true);
  });

  // The envoys' 245 cases in 2023: most of the people helped were girls; no percentage is published (domain.md §2).
  it.each([
    ['nb', 'Hvilken prosentdel av utsendingenes saker i 2023 handlet om gutter?'],
    ['nb', 'hvor stor prosentdel av sakene til spesialutsendingene i 2023 gjaldt jenter?'],
    ['nn', 'Kor stor prosentdel av saker hjå spesialutsendingane i 2023 var om jenter?'],
  ] as const)('%s: a share of cases by gender, not of a grant: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(containsFact(view.texts, ['245'])).toBe(true);
    expect(view.texts.join(' ')).not.toMatch(/tilskot|tilskudd/u);
  });

  // 59 diversity advisers in 2023 (domain.md §1), asked after their cases (899 / 897).
  it.each([
    ['nb', ['Hvor mange saker hadde mangfoldsrådgiverne i 2023?', 'og hvor mange jobber det der?']],
    ['nn', ['Kor mange saker hadde mangfaldsrådgjevarane i 2023?', 'og kor mange jobbar der?']],
    ['en', ['How many cases did the diversity advisers have in 2023?', 'and how many of them are working overall?']],
    ['ru', ['Сколько дел было у советников по многообразию в 2023 году?', 'а сколько их всего работает?']],
    ['uk', ['Скільки справ мали радники з різноманіття у 2023 році?', 'а скільки їх усього працює?']],
    ['pl', ['Ile spraw mieli doradcy ds. różnorodności w 2023?', 'a ilu ich w ogóle pracuje?']],
    ['tr', ["Çeşitlilik danışmanlarının 2023'te kaç vakası vardı?", 'peki kaçı çalışıyor?']],
    ['ar', ['كم عدد القضايا لدى مستشاري التنوع في 2023؟', 'وكم منهم يعملون؟']],
    ['fa', ['مشاوران تنوع در سال ۲۰۲۳ چند پرونده داشتند؟', 'و چند تا از اونا کار می‌کنن؟']],
    ['ur', ['ڈائیورسٹی ایڈوائزرز کے پاس 2023 میں کتنے کیس تھے؟', 'اور ان میں سے کتنے کام کرتے ہیں؟']],
    ['so', ['Immisa kiis ayay lateen la-taliyayaasha kala duwanaanshaha 2023?', 'immisa ka mid ah ayaa shaqeeya?']],
    ['ti', ['ኣብ 2023 መማኸርቲ ብዙሕነት ክንደይ ጉዳያት ነይሮምዎም?', 'ክንደይ ካብኣቶም ይሰርሑ?']],
  ] as const)('%s: the headcount asked after the cases: %j', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect(containsFact(view.texts, ['59', '۵۹', '٥٩'])).toBe(true);
  });

  // 29 schools had minority advisers in 2008 (domain.md §9), counted with a classifier word.
  it.each([
    ['fa', 'در ۲۰۰۸ چند تا مکتب مشاور اقلیت داشتند؟'],
    ['tr', "2008'de kaç tane okulda azınlık danışmanı vardı?"],
  ] as const)('%s: the 2008 schools: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(containsFact(view.texts, ['29', '۲۹', '٢٩'])).toBe(true);
  });
});
