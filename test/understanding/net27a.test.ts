import { isDanger } from '../helpers/danger-alarm';

/**
 * Danger told without the harm's words (issue #13, net27a): others arrange, plan or decide a particular person's life
 * (her marriage, who she lives with, a husband chosen for her, "everything is settled") beside a journey, a country
 * abroad, a time and a child, or a sign of danger; a person abroad who is cut off ("not allowed to call", "they took
 * everything"); relatives who say they will find a person who left home. Sentences written for this test, in the
 * twelve languages; calm twins (a holiday all arranged, a family party, a flat found for a son) stay calm.
 */
describe('net27a: a life arranged, a person cut off abroad, a person hunted', () => {
  it.each([
    ['en', 'My niece is 16 and her parents have already chosen her husband. They fly to Lahore in the autumn break and she hasn\'t stopped crying.'],
    ['en', 'A colleague\'s daughter, 15: the family is arranging her engagement in Erbil over Christmas. What can we do?'],
    ['en', 'A pupil told me her father decided who she will marry and she must travel to Pakistan with them next week.'],
    ['en', 'My student says everything has been settled with her uncle in Baghdad for the wedding, and she begged me to keep it quiet.'],
    ['en', 'A girl in my class went to Eritrea in June. Her cousin says she is not allowed to call anyone and they took everything from her.'],
    ['en', 'I\'m 17. My parents have decided who I\'ll live with after we move to Somalia this summer, and I\'m scared of them.'],
    ['nb', 'Nevøen min på 17 sier familien har bestemt hvem han skal gifte seg med, og de reiser til Irak etter eksamen. Han er livredd.'],
    ['nb', 'Ei jente i klassen min fortalte at foreldrene planlegger ekteskapet hennes i Marokko i vinterferien. Hva gjør jeg?'],
    ['nb', 'Eleven min er i Pakistan nå. Hun sendte en melding om at hun ikke får lov til å ringe noen.'],
    ['nb', 'Venninna mi (16) sier alt er avtalt med tanta i Somalia, og hun gråt hele friminuttet.'],
    ['nn', 'Eleven min på 15 seier at foreldra har bestemt kven ho skal gifte seg med, og dei reiser til Syria i sommarferien.'],
    ['nn', 'Systera mi er i Afghanistan og får ikkje ringe oss lenger.'],
    ['ar', 'بنت أخي عمرها ١٦ وأهلها قرروا مين تتزوج، وسيسافرون إلى العراق الشهر القادم وهي تبكي كل يوم.'],
    ['ar', 'طالبة عندي في السودان منذ شهرين، صديقتها تقول إنها ممنوعة من الاتصال وأخذوا كل شيء منها.'],
    ['fa', 'دختر خواهرم ۱۵ سالشه، خانواده‌اش برایش شوهر پیدا کرده‌اند و تابستان می‌برندش ایران. خیلی می‌ترسه.'],
    ['fa', 'شاگردم الان در افغانستان است و اجازه ندارد زنگ بزند.'],
    ['ur', 'میری بھانجی ۱۶ سال کی ہے، گھر والوں نے اس کا رشتہ پکا کر دیا ہے اور اگلے ہفتے پاکستان جا رہے ہیں۔ وہ بہت ڈری ہوئی ہے۔'],
    ['ur', 'میری طالبہ پاکستان میں ہے اور اسے فون کرنے کی اجازت نہیں۔'],
    ['uk', 'Моя учениця, 16 років: батьки вирішили, за кого вона вийде, і влітку везуть її до Чечні. Вона плакала.'],
    ['uk', 'Моя подруга зараз у Туреччині, їй не дозволяють дзвонити, і все забрали.'],
    ['ru', 'Моей племяннице 15, родители уже выбрали ей жениха, и на каникулах они едут в Дагестан. Она очень боится.'],
    ['ru', 'Моя ученица сейчас в Чечне, ей не дают звонить никому.'],
    ['tr', 'Yeğenim 16 yaşında, ailesi kiminle evleneceğine karar vermiş ve bu yaz Türkiye\'ye götürecekler. Çok korkuyor.'],
    ['tr', 'Öğrencim şu an Irak\'ta, aramasına izin vermiyorlar.'],
    ['pl', 'Moja uczennica ma 15 lat, rodzice wybrali jej męża i w wakacje jadą do Czeczenii. Ona płakała.'],
    ['pl', 'Moja koleżanka jest teraz w Pakistanie, nie wolno jej dzwonić.'],
    ['so', 'Gabadhayda walaasheed oo 15 jir ah, qoyska ayaa u doortay nin, waxayna u socdaan Soomaaliya xagaagan. Way ooyday.'],
    ['so', 'Ardayaddayda hadda waxay joogtaa Soomaaliya, looma ogola inay wacdo.'],
    ['ti', 'ጓል ሓብተይ 15 ዓመታ፣ ስድራ ሰብኣይ ረኺቦምላ፣ ኣብ ክረምቲ ናብ ኤርትራ ክወስድዋ እዮም። በኸየት።'],
    ['ti', 'ተምሃሪተይ ሕጂ ኣብ ኤርትራ ኣላ፣ ክትድውል ኣይፍቀዳን።'],
    ['en', 'My daughter is 20 and moved in with her girlfriend. Her uncles told my husband they will track her down.'],
    ['nb', 'Sønnen min på 22 flyttet ut fordi han har kjæreste. Brødrene mine sier de skal finne ham.'],
    ['nn', 'Dottera mi (19) flytta ut i vår, og onklane hennar seier dei skal finne ho.'],
    ['ru', 'Моя дочь ушла из дома к парню, и её братья говорят, что найдут её.'],
    ['uk', 'Мій син гей, він переїхав від нас, а дядьки кажуть, що знайдуть його.'],
    ['pl', 'Moja córka wyprowadziła się z domu do chłopaka, a jej bracia mówią, że ją znajdą.'],
  ] as const)('%s: emergency: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['en', 'My niece is 24 and so happy: she chose her fiancé herself and the family is arranging her wedding in Lahore this summer.'],
    ['en', 'Our family is planning a big party for my grandmother\'s birthday in Turkey next month. Any tips for travelling with kids?'],
    ['en', 'Everything is arranged for our summer holiday in Somalia, the kids are excited to see their cousins.'],
    ['en', 'What are the signs that a family is planning a marriage abroad for a pupil? We want a staff meeting on it.'],
    ['nb', 'Alt er avtalt for sommerferien i Pakistan, ungene gleder seg til å se besteforeldrene.'],
    ['nb', 'Vi planlegger en stor fest for farmor i Somalia neste måned.'],
    ['nn', 'Alt er klart for ferien i Marokko, borna gler seg.'],
    ['fa', 'همه چیز برای سفر تابستانی به ایران آماده است، بچه‌ها خیلی خوشحالند.'],
    ['ar', 'كل شيء جاهز لرحلتنا الصيفية إلى المغرب، الأولاد متحمسون.'],
    ['ru', 'Все готово к нашей летней поездке в Турцию, дети очень рады.'],
    ['uk', 'Все готово до нашої літньої поїздки до Туреччини, діти дуже раді.'],
    ['tr', 'Yaz tatili için her şey hazır, çocuklar Türkiye\'ye gitmek için çok heyecanlı.'],
    ['pl', 'Wszystko jest zaplanowane na wakacje w Turcji, dzieci bardzo się cieszą.'],
    ['ur', 'پاکستان کی چھٹیوں کے لیے سب تیار ہے، بچے بہت خوش ہیں۔'],
    ['so', 'Wax walba waa la diyaariyay safarka xagaaga ee Soomaaliya, carruurtu way faraxsan yihiin.'],
    ['ti', 'ንናይ ክረምቲ ዕረፍቲ ናብ ኤርትራ ኩሉ ተዳልዩ፣ ቆልዑ ሕጉሳት እዮም።'],
    ['en', 'My son moved out to study in Bergen. We will find him a cheaper flat next year.'],
    ['nb', 'Datteren min flyttet ut i fjor. Vi skal finne henne en ny sykkel til bursdagen.'],
  ] as const)('%s: no emergency: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});
