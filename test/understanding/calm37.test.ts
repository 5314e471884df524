import type { Lang } from '../../src/language/languages';
import { alarmed, secondOpinionLine } from '../helpers/danger-alarm';

/**
 * Session 37 (calm37, issue #13): calm messages that got the emergency card or the "112 if acute" line. The sentences
 * are this file's own; none is in the evaluation sets. Each class has calm probes in several languages and danger twins
 * that share their words and must still alarm.
 */

/** Calm by the rules and by the second opinion: no attention block at all. */
const calm = (text: string, lng: Lang): void => {
  expect(alarmed(text, lng)).toBe(false);
  expect(secondOpinionLine(text, lng)).toBe(false);
};

describe('a case long past that the writer says is closed or going well now (calmNow beside longAgo: caseOver)', () => {
  it.each<[Lang, string]>([
    ['en', 'Two years ago a pupil of ours was taken to Pakistan against her will. She came home that autumn, the case is already closed and she is doing great. Where can I find material about the special envoys for a staff meeting?'],
    ['en', 'My aunt was married off against her will years ago, but she s divorced now and it all worked out. Is there a site where I can read about forced marriage for a school project?'],
    ['nb', 'I fjor hadde vi en elev som ble kontrollert hardt av familien og som de ville gifte bort. Saken er allerede avsluttet og hun har det kjempebra. Hvem kan holde kurs for lærerne?'],
    ['nn', 'For to år sidan var det ei jente i klassen som familien ville sende til utlandet mot viljen hennar. Saka er allereie avslutta, og det enda godt. Kvar finn eg undervisningsopplegg om negativ sosial kontroll?'],
    ['pl', 'Rok temu mieliśmy uczennicę, którą rodzina mocno kontrolowała i chciała wydać za mąż. Sprawa jest już zamknięta i wszystko jest w porządku. Gdzie znajdę materiały dla nauczycieli?'],
    ['tr', 'Geçen yıl bir öğrencimizi ailesi zorla evlendirmek istedi. Dosya artık kapandı, her şey yolunda. Öğretmenler için eğitim veren bir kurum var mı?'],
    ['ru', 'Три года назад мою соседку выдали замуж против её воли. Дело уже закрыто, у неё всё отлично. Где можно почитать о специальных посланниках?'],
    ['uk', 'Рік тому ученицю хотіли відправити за кордон проти її волі. Справу вже закрито, у неї все чудово. Де знайти матеріали для вчителів?'],
    ['so', 'Laba sano ka hor ina adeerkay waxaa lagu qasbay guur. Kiiska waa la xiray, wax walba hadda way fiican yihiin. Xagee ka akhrin karaa guurka qasabka ah?'],
    ['ar', 'قبل سنتين بنت خالتي تجوزت غصب عنها. القضية انتهت وكل شي تمام. وين بقدر اقرأ عن الزواج القسري؟'],
    ['fa', 'دو سال پیش دخترخاله‌ام را به زور شوهر دادند. پرونده بسته شد و الان همه چی خوبه. کجا می‌تونم درباره ازدواج اجباری بخونم؟'],
  ])('%s: %s', (lng, text) => calm(text, lng));

  // The same past told beside something happening now or soon: the case is not over.
  it.each<[Lang, string]>([
    ['en', 'Two years ago a pupil of ours was taken to Pakistan against her will. The case is already closed, but yesterday she told me they are sending her back next week and she is scared.'],
    ['nb', 'I fjor ville familien gifte bort en elev hos oss. Saken er allerede avsluttet, men i går sa hun at faren slo henne og at de reiser til Pakistan neste uke.'],
    ['pl', 'Rok temu rodzina chciała wywieźć uczennicę za granicę. Sprawa jest już zamknięta, ale wczoraj powiedziała, że ojciec ją bije i w przyszłym tygodniu ją wywiozą.'],
    ['tr', 'Geçen yıl ailesi onu zorla evlendirmek istedi. Dosya artık kapandı ama dün babası onu dövdü ve gelecek hafta Türkiye\'ye götürecekler.'],
    ['ru', 'Три года назад её выдали замуж против её воли. Дело уже закрыто, но вчера муж её избил и угрожает её убить.'],
    ['uk', 'Рік тому її хотіли відправити за кордон. Справу вже закрито, але вчора батько її побив, і завтра її відправляють.'],
    ['so', 'Laba sano ka hor waxaa lagu qasbay guur. Kiiska waa la xiray, laakiin shalay ninkeeda ayaa garaacay oo wuu u hanjabay inuu dili doono.'],
  ])('twin %s: %s', (lng, text) => expect(alarmed(text, lng)).toBe(true));
});

describe('a wedding the couple decided on themselves (wanted masks the "decided" of a decision taken for someone)', () => {
  it.each<[Lang, string]>([
    ['tr', 'Oğlum 27 yaşında, nişanlısıyla bu yaz Antalya\'da evlenecek, kendileri karar verdiler. Yurtdışında evlilik hakkında resmi bilgi nereden alabiliriz?'],
    ['tr', 'Kızım 24 yaşında, sevgilisiyle Konya\'da düğün yapacaklar, kendileri karar verdi. Bir komşu endişelendi, nereden bilgi alabiliriz?'],
    ['en', 'My sister is 24 and marries her boyfriend in Turkey this summer, they decided it themselves. Where can we read about the rules for weddings abroad?'],
    ['nb', 'Dattera mi på 25 skal gifte seg i Marokko i juli, de bestemte det selv. Hvem hjelper norske borgere der hvis noe skulle skje?'],
    ['ru', 'Моей дочери 25, летом она выходит замуж в Дагестане, они сами решили. Кто помогает норвежцам за границей, если что-то случится?'],
    ['pl', 'Moja córka ma 26 lat i w sierpniu bierze ślub w Turcji, sami zdecydowali. Gdzie znajdę informacje o ślubie za granicą?'],
  ])('%s: %s', (lng, text) => calm(text, lng));

  // A child's wedding, or one decided for someone against her will, stays danger or a concern.
  it.each<[Lang, string]>([
    ['tr', 'Kızım 15 yaşında, babası karar verdi, bu yaz Türkiye\'de kuzeniyle evlendirecekler, o istemiyor.'],
    ['en', 'My sister is 16 and our parents decided she marries our cousin in Turkey this summer, she cries every night.'],
    ['nb', 'Dattera mi på 15 skal giftes bort i Marokko i juli, faren bestemte det og hun gråter hver kveld.'],
    ['ru', 'Моей дочери 15, летом её выдают замуж в Дагестане против её воли, отец так решил.'],
    ['pl', 'Moja córka ma 15 lat, ojciec zdecydował, że w sierpniu wyda ją za mąż w Turcji wbrew jej woli.'],
  ])('twin %s: %s', (lng, text) => expect(alarmed(text, lng)).toBe(true));
});
