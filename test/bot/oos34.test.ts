import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile, expectDeclined } from '../helpers/conversation-runner';
import { isDanger } from '../helpers/danger-alarm';

/**
 * Errands next to the field (issue #13, oos34): the bot asked to write, proofread, translate or fill in a letter, a
 * text or a form, or to give a recipe, whose text tells of a class trip, a wedding, a holiday or the family. Our own
 * probes in nb, nn, en and eight other languages, typed as people type them. Each is declined politely in the
 * asker's language (no answer, no emergency card); its twin carries a need of the field (a child welfare service,
 * a pupil who is afraid, a marriage against someone's will, a beating) and keeps its answer, the danger ones the
 * emergency card first.
 */
describe('errands next to the field (oos34)', () => {
  const runner = conversationRunnerPerFile();

  const errands: [Lang, string][] = [
    // a letter about a class trip
    ['nb', 'kan du skrive et brev til foreldrene om klasseturen til Lillehammer neste uke?'],
    ['nn', 'kan du skrive eit brev til føresette om skuleturen til Bergen?'],
    ['fa', 'می‌توانید یک نامه برای والدین درباره سفر کلاس به اسلو بنویسید؟'],
    ['ar', 'هل يمكنك أن تكتب رسالة لأولياء الأمور عن رحلة المدرسة إلى أوسلو؟'],
    ['pl', 'napisz list do rodziców o wycieczce klasowej do Bergen w przyszłym tygodniu'],
    ['tr', 'sınıf gezisi hakkında velilere bir mektup yazar mısın?'],
    ['uk', 'напишіть лист батькам про шкільну екскурсію до Бергена'],
    ['ru', 'напишите письмо родителям о школьной экскурсии в Осло'],
    ['so', 'ma ii qori kartaa warqad waalidiinta ku saabsan socdaalka fasalka?'],
    // a text to proofread that tells of a holiday with the family
    ['nb', 'kan du rette denne teksten for meg: "i sommer var vi på hytta med familien og badet hver dag"'],
    ['en', 'could you proofread this text: "last summer I went to Spain with my family and we swam a lot"'],
    ['pl', 'popraw mój tekst: "w wakacje byłam z rodziną w Hiszpanii"'],
    ['uk', 'виправте мій текст: "влітку я була з родиною в Польщі"'],
    // an invitation, a leave application or a recipe for a family wedding
    ['nb', 'hjelp meg å skrive en invitasjon til bryllupet til broren min i juni'],
    ['nn', 'hjelp meg å skrive ein søknad om permisjon, vi skal i bryllaup til systera mi'],
    ['en', "help me write the invitation for my brother's wedding party"],
    ['ar', 'ترجم هذه الرسالة عن حفل زفاف أخي إلى النرويجية من فضلك'],
    ['tr', 'kardeşimin düğünü için davetiye yazabilir misin?'],
    ['ru', 'помогите написать приглашение на свадьбу моего брата'],
    ['nb', 'kan du lage en oppskrift på kake til bryllupet til søsteren min?'],
    ['nn', 'kan du gi meg ei oppskrift på kake til bryllaupet til søstera mi?'],
    // a translation or a form
    ['nb', 'kan du oversette denne lappen om turdagen til engelsk for meg'],
    ['en', 'can you translate the note about the school trip into Arabic for me'],
    ['ar', 'ترجم هذه الجملة إلى النرويجية: اجتماع أولياء الأمور يوم الخميس'],
    ['tr', 'şu metni norveççeye çevirir misin: "ailemle tatile gidiyoruz"'],
    ['pl', 'przetłumacz na norweski: "jedziemy z rodziną na wakacje"'],
    ['nb', 'kan du fylle ut skjemaet for familieinnvandring for meg'],
    ['en', 'can you fill in the family immigration form for my husband for me'],
    // a participants' letter in Persian: "شرکت‌کنندگان" (participants) holds the letters of "کتک" (a beating)
    ['fa', 'می‌توانی یک نامه برای شرکت‌کنندگان درباره گردش کلاس به برگن بنویسی؟'],
  ];
  it.each(errands)('an errand asked of the bot (%s): %s → declined', async (lang, text) => {
    expectDeclined(await runner.turn(lang, text), lang);
  });

  /** The same errands with a need of the field in them: answered (an article, a contact or the card), never declined. */
  const needs: [Lang, string][] = [
    ['nn', 'kan du skrive eit brev til barnevernet om ei elev som er redd familien'],
    ['en', 'can you fill in the form for my sister, she is 16 and they are forcing her to marry'],
    ['ar', 'هل يمكنك أن تكتب رسالة للمدرسة؟ أبي سيأخذني إلى بلدنا لأتزوج وأنا خائفة'],
    ['fa', 'لطفا این متن را تصحیح کنید: من تابستان با خانواده‌ام به ترکیه رفتم و پدرم گفت دیگر برنمی‌گردیم'],
  ];
  it.each(needs)('the errand with a need of the field (%s): %s → answered', async (lang, text) => {
    const view = await runner.turn(lang, text);
    expect(view.replyLanguage).toBe(lang);
    expect(view.answers > 0 || view.emergency).toBe(true);
  });

  /** A danger hidden in the errand: the emergency card first. */
  const dangers: [Lang, string][] = [
    ['nb', 'kan du skrive et brev til skolen om at datteren min på 14 ikke skal på klassetur fordi faren vil sende henne til Pakistan'],
    ['nb', 'kan du skrive et brev til barnevernet om en elev som er redd for å bli giftet bort i sommer'],
    ['nb', 'hjelp meg å skrive en søknad om permisjon, jeg blir tvunget til å gifte meg i bryllupet i juni'],
    ['en', 'can you write a letter to school for a girl who fears she will not come back from the trip to Somalia'],
    ['en', 'help me write a letter to child welfare about a pupil whose father beats her'],
    ['fa', 'می‌توانید یک نامه به بارنه‌ورن درباره دختری بنویسید که پدرش او را کتک می‌زند؟'],
    ['pl', 'napisz list do szkoły, ojciec chce mnie wysłać do Pakistanu i wydać za mąż'],
    ['tr', 'okula mektup yazar mısın, babam beni zorla evlendirmek istiyor'],
    ['uk', 'напишіть лист у школу, батько погрожує відправити мене за кордон і видати заміж'],
    ['ru', 'напишите письмо в школу, отец бьёт меня и хочет выдать замуж'],
    ['so', 'ma ii qori kartaa warqad, aabbahay wuxuu doonayaa inuu igu qasbo guur'],
  ];
  it.each(dangers)('a danger hidden in the errand (%s): %s → the emergency card first', async (lang, text) => {
    expect(isDanger(text, lang)).toBe(true);
    const view = await runner.turn(lang, text);
    expect(view.emergency).toBe(true);
  });
});
