import type { Lang } from '../../src/language/languages';
import { createHistoryRecognizer, HISTORY_ARTICLE } from '../../src/conversation/history-reader';
import { prepareUtterance } from '../../src/understanding/understand';
import { normalize } from '../../src/language/text';
import { readStatsServicesAndYears, readStatsSlots } from '../../src/stats/answers/stats-recognizer';

/**
 * Issue #13 (history asked directly): how the work began, the names before, and what a year of the history was like
 * reach the history article in any language, above a statistics card with one figure of that year; a number asked
 * about such a year, and questions about today, are left to the other readers.
 */
const reader = createHistoryRecognizer({ now: () => new Date('2026-06-01T12:00:00Z') });
const read = (text: string, lng: Lang) => reader.recognize(prepareUtterance(text, lng));

describe('history asked directly', () => {
  it.each<[Lang, string]>([
    ['nb', 'når startet minoritetsrådgiverordningen egentlig og hvor mange var de i starten?'],
    ['nb', 'Hvem satt i Kompetanseteamet i 2008 da IMDi tok over koordineringen?'],
    ['en', 'When did the embassy adviser scheme start and which embassies had them originally?'],
    ['uk', 'коли почали працювати перші радники з питань меншин (minoritetsrådgivere) і скільки їх було?'],
    ['uk', 'Як раніше називалися mangfoldsrådgivere і коли назву змінили?'],
    ['fa', 'در سال ۲۰۰۸ کدام سازمان‌ها عضو Kompetanseteamet بودند؟'],
    ['tr', "2008'de azınlık danışmanları kaç okulda ve hangi illerde başladı?"],
    ['tr', '2008 yılında uyum danışmanları hangi kentlerde görev yapıyordu?'],
    ['tr', "entegrasyon danışmanları 2008'de neredeydi, hangi büyükelçiliklerde?"],
    ['ti', 'ኣብ 2008 ጉዳያት ምብራቕ ኣፍሪቃን ቀርኒ ኣፍሪቃን ብኣየናይ ኤምባሲ ይሽፈኑ ነይሮም?'],
    ['en', 'back in 2008 what did the Colombo post cover?'],
    ['pl', 'Ile osób liczyła Forebyggingsenheten w 2008 i gdzie się mieściła?'],
    ['ur', '2008 میں انقرہ کا سفارت خانہ کون سے ممالک دیکھتا تھا؟'],
    ['ur', 'Amman embassy mein integreringsrådgiver kab se hain? shuru mein kon se mulk cover karte the?'],
    ['ru', 'Когда переименовали minoritetsrådgivere?'],
    ['uk', 'Коли перейменували minoritetsrådgivere і як вони тепер називаються?'],
  ])('[%s] %s → the history article', (lng, text) => {
    expect(read(text, lng)).toEqual([expect.objectContaining({ intent: HISTORY_ARTICLE })]);
    expect(read(text, lng)[0]?.score).toBeGreaterThan(0.995);
  });

  it.each<[Lang, string]>([
    ['nb', 'hvor mange henvendelser fikk Kompetanseteamet i 2006?'],
    ['en', 'how many cases did the advisers have in 2008?'],
    ['en', 'how many minority advisers were there in 2008'],
    ['nb', 'hvor mange integreringsrådgivere var det i 2008'],
    ['nb', 'i 2008, hvor mange av kompetanseteamets saker gjaldt tvangsekteskap, og hvor mange gjaldt frykt for tvangsekteskap?'],
    ['nb', 'hvor mange saker hadde mangfoldsrådgiverne i 2023?'],
    ['en', 'who are the members of Kompetanseteamet?'],
    ['nb', 'når ble koordineringen flyttet?'],
    ['en', 'when did the school year start?'],
    ['tr', "2023'te vakalar en çok hangi şehirlerden geldi?"],
  ])('[%s] %s → left to the other readers', (lng, text) => {
    expect(read(text, lng)).toEqual([]);
  });
});

describe('when a scheme was renamed, asked in the other languages', () => {
  it.each<[Lang, string]>([
    ['ru', 'Когда переименовали integreringsrådgivere?'],
    ['uk', 'Коли перейменували minoritetsrådgivere?'],
    ['pl', 'Kiedy przemianowano minoritetsrådgivere?'],
    ['tr', 'minoritetsrådgiver ne zaman yeniden adlandırıldı?'],
    ['ar', 'متى تم تغيير اسم minoritetsrådgivere؟'],
    ['fa', 'تغییر نام minoritetsrådgivere چه زمانی بود؟'],
  ])('%s: %s → the history', (lng, text) => {
    expect(read(text, lng)[0]?.intent).toEqual(HISTORY_ARTICLE);
  });
});

describe('the action plan of the history years, asked directly', () => {
  it.each<[Lang, string]>([
    ['nb', 'hva gikk handlingsplanen 2008–2011 ut på?'],
    ['nn', 'kva var handlingsplanen 2008-2011?'],
    ['en', 'What was the action plan 2008-2011?'],
    ['ar', 'ما هي خطة العمل 2008-2011؟'],
    ['so', 'maxay ahayd qorshaha hawlgalka 2008-2011?'],
    ['fa', 'پلان عمل ۲۰۰۸–۲۰۱۱ چه بود؟'],
    ['ur', 'ایکشن پلان 2008-2011 کیا تھا؟'],
    ['uk', 'Що таке план дій 2008–2011?'],
    ['ru', 'Что предусматривал план действий 2008–2011?'],
    ['tr', '2008-2011 eylem planı neydi?'],
    ['pl', 'Czym był plan działania 2008–2011?'],
    ['ti', 'ትልሚ ተግባር 2008-2011 እንታይ ነይሩ?'],
  ])('%s: %s → the history', (lng, text) => {
    expect(read(text, lng)[0]?.intent).toEqual(HISTORY_ARTICLE);
  });

  it.each<[Lang, string]>([
    ['en', 'what is the current action plan?'],
    ['en', 'action plan 2021-2024'],
    ['nb', 'når startet handlingsplanen Sjef i eget liv?'],
  ])('%s: %s → left to the action-plans article', (lng, text) => {
    expect(read(text, lng)).toEqual([]);
  });
});

/** Who coordinated Kompetanseteamet before IMDi, asked without a year: the history (UDI until 1 January 2008). */
describe('the move of Kompetanseteamet from UDI to IMDi, asked without a year', () => {
  it.each<[Lang, string]>([
    ['nb', 'hvem koordinerte Kompetanseteamet før IMDi tok over?'],
    ['nn', 'kven koordinerte Kompetanseteamet før IMDi?'],
    ['en', 'when did IMDi take over Kompetanseteamet from UDI?'],
    ['ar', 'متى انتقل تنسيق فريق الكفاءة من UDI إلى IMDi؟'],
    ['pl', 'kiedy IMDi przejęło koordynację Kompetanseteamet od UDI?'],
    ['ru', 'когда координация Kompetanseteamet перешла от UDI к IMDi?'],
    ['tr', "Kompetanseteamet'in koordinasyonunu IMDi ne zaman devraldı?"],
  ])('[%s] %s → the history article', (lng, text) => {
    expect(read(text, lng)).toEqual([expect.objectContaining({ intent: HISTORY_ARTICLE })]);
  });

  it.each<[Lang, string]>([
    ['en', 'I coordinated with Kompetanseteamet last week, what now?'],
    ['nb', 'kan Kompetanseteamet ta over saken?'],
  ])('[%s] %s → not history', (lng, text) => {
    expect(read(text, lng)).toEqual([]);
  });
});

/**
 * Issue #16: the history reader reads a message's services and years first, and what is counted and the split only
 * for a message about a service's past. Both come from the same reading of the slots, in either order. Own phrasings.
 */
describe('the services and years read before what is counted and the split', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const turnEnds = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  const messages: ReadonlyArray<readonly [string, Lang]> = [
    ['Hvor mange saker per fylke hadde minoritetsrådgiverne i 2009?', 'nb'],
    ['Kva slags saker fekk Kompetanseteamet mest av i fjor, fordelt på sakstype?', 'nn'],
    ['Which embassies had integration counsellors in 2010, and how many cases each?', 'en'],
    ['Ile spraw według województw mieli doradcy ds. integracji w 2011 roku?', 'pl'],
    ['Jeg lurer på hvordan vi snakker med en elev om ferien.', 'nb'],
  ];

  it.each(messages)('"%s" (%s): the same services and years alone, before and after the whole slots', async (text, lng) => {
    const normalized = normalize(text);
    await turnEnds();
    const alone = readStatsServicesAndYears(normalized, now, lng);
    const whole = readStatsSlots(normalized, now, lng);
    expect({ services: whole.services, ...(whole.years ? { years: whole.years } : {}) }).toEqual(alone);
    await turnEnds();
    const wholeFirst = readStatsSlots(normalized, now, lng);
    expect(readStatsServicesAndYears(normalized, now, lng)).toEqual(alone);
    expect(wholeFirst).toEqual(whole);
  });

  it('reads a year of the history with a split asked the same whether or not the slots were read before', async () => {
    const text = 'Hvem var minoritetsrådgivere i 2008, fordelt på fylke?';
    await turnEnds();
    const first = read(text, 'nb');
    await turnEnds();
    readStatsSlots(normalize(text), now, 'nb');
    expect(read(text, 'nb')).toEqual(first);
    expect(readStatsServicesAndYears(normalize(text), now, 'nb').years).toEqual({ fromYear: 2008, toYear: 2008 });
  });
});
