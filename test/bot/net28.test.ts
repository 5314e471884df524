import { isDanger } from '../helpers/danger-alarm';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Danger told in everyday words (issue #13, net28): a threat of bodily harm ("break her legs"), a threat that carries its
 * own "if" in a duty question, an adult whose money is taken and who is never let out alone, relatives who will come and
 * take a person back home, a child with a spouse now, a person not back from abroad told in either word order, a marriage
 * planned for her, a girl's "cleaning" told by herself, a son to be "fixed" abroad, a relative coming to "solve the
 * matter himself", a family's shame over a girlfriend, a marriage to a cousin the family has decided; and follow-ups
 * whose first turn told the danger. Sentences written for this test; calm twins (a broken leg, a wanted wedding, a
 * training day, a car fixed abroad, a grandmother fetching a child, a past case) stay calm.
 */
describe('net28: danger told in everyday words', () => {
  it.each([
    ['en', 'Her older brother told her he will break her legs if she talks to that boy again. She is 15.'],
    ['nb', 'Broren sa til henne at han skal knekke beina hennes hvis hun snakker med den gutten igjen. Hun er 15.'],
    ['nn', 'Bror hennar sa at han skal knekke beina hennar viss ho møter kjærasten igjen. Ho er 16.'],
    ['ar', 'أخوها قال إنه راح يكسر رجليها إذا طلعت مع صاحباتها. عمرها ١٥.'],
    ['fa', 'برادرش گفته اگر دوباره با آن پسر ببیندش پاهاشو میشکنه. دخترم ۱۵ سالشه.'],
    ['ur', 'اس کے بھائی نے کہا ہے کہ اگر وہ اس لڑکے سے ملی تو اس کی ٹانگیں توڑ دے گا۔'],
    ['uk', 'Її брат сказав, що зламає їй ноги, якщо вона ще раз зустрінеться з тим хлопцем.'],
    ['ru', 'Её брат сказал, что сломает ей ноги, если она ещё раз встретится с этим парнем.'],
    ['tr', 'Ağabeyi o çocukla bir daha görüşürse bacaklarını kıracağını söylemiş.'],
    ['pl', 'Jej brat powiedział, że połamie jej nogi, jeśli jeszcze raz spotka się z tym chłopakiem.'],
    ['so', 'Walaalkeed ayaa ku yiri lugaha ayaan ka jebin doonaa haddii aad wiilkaas la kulanto.'],
    ['en', 'I\'m a nurse. A patient, 24, says her uncles will deal with her if she moves in with her partner. Do I have a duty to report it?'],
    ['nb', 'Jeg er sykepleier. En pasient (25) sier brødrene skal ta seg av henne hvis hun flytter til kjæresten. Har jeg meldeplikt?'],
    ['en', 'A woman in our Norwegian class, 28, says her husband takes all her money and never lets her go out alone. What must I do?'],
    ['nb', 'En deltaker på kurset, 31 år, forteller at mannen tar alle pengene hennes og at han ikke lar henne gå ut alene. Hva gjør jeg?'],
    ['nn', 'Ei kvinne på kurset vårt seier at mannen styrer alle pengane og let ho ikkje gå ut åleine.'],
    ['ru', 'Участница курса говорит, что муж контролирует её деньги и не отпускает её одну никуда.'],
    ['ar', 'مريضة عندي عمرها ٢٨، زوجها يتحكم بكل فلوسها وما بيخليها تطلع لحالها أبداً.'],
    ['en', 'One of our residents says her brothers phoned again and they will come and take her back to Iraq.'],
    ['nb', 'En beboer forteller at familien ringer hver dag og sier de skal komme og hente henne tilbake til Irak.'],
    ['ru', 'Жительница центра говорит, что родственники звонят и говорят, что приедут и заберут её домой в Дагестан.'],
    ['pl', 'Mieszkanka ośrodka mówi, że rodzina dzwoni i że przyjadą po nią i zabiorą ją do domu.'],
    ['en', 'My pupil is 16 and she is married to a man of 35, the wedding was last year in Iraq.'],
    ['pl', 'Uczennica ma 16 lat, jej mąż ma 40 lat, ślub był w zeszłym roku.'],
    ['nb', 'Eleven min er 16 og er gift med en mann på 30, bryllupet var i fjor i Syria.'],
    ['nb', 'En elev på 14 dro til Somalia i påsken og som ikke har kommet tilbake ennå. Hvem ringer jeg?'],
    ['nn', 'Ein elev på 15 som reiste til Irak i juni, og som ikkje har kome tilbake, kva gjer vi?'],
    ['en', 'My nephew is 15. His dad took him to Somalia in July and never brought him back, school has started and he is still there.'],
    ['ar', 'بنتي عمرها ١٤، أبوها أخذها على سوريا وما رجعها، وهي لسا هناك.'],
    ['ru', 'Моему сыну 15, отец увёз его в Чечню летом и так и не вернул, он до сих пор там.'],
    ['en', 'My colleague\'s patient, 23, says her parents are planning her marriage to a cousin in Pakistan and she does not want it.'],
    ['nb', 'Barnehagen: en far sa at de skal rense jentene i hjemlandet, og datteren på 4 skal dit i sommerferien.'],
    ['ar', 'عمري ١٢ وأمي تقول لازم أتطهر لما نروح على مصر بالصيف. أنا خايفة كتير.'],
    ['en', 'My brother is 16 and gay, our father says he\'ll be fixed in Iraq this summer.'],
    ['nb', 'Sønnen min er 16 og homofil. Onklene sier han skal bli kurert i Tyrkia i sommer.'],
    ['ar', 'أخوي ساكن في ألمانيا وقال إنه جاي الأسبوع الجاي عشان يحل الموضوع بنفسه مع بنتي، عمرها ١٥.'],
    ['en', 'My brother-in-law says he is coming next week to sort it out himself with my daughter, she is 15.'],
    ['nb', 'Onkelen sier han kommer neste uke for å ordne opp selv med datteren min på 15.'],
    ['fa', 'پسرم ۱۶ سالشه، پدرش فهمیده که دوست دختر داره و میگه آبروی خانواده رو برده.'],
    ['nb', 'hvem kan jeg snakke med? foreldrene sier jeg skal gifte meg med en kusine etter sommeren'],
    ['en', 'my parents say i have to marry my cousin after graduation, who can i call'],
    ['en', 'The brothers keep sending messages that he will regret shaming the family, and one of them waited outside his flat yesterday.'],
  ] as const)('%s: emergency: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['en', 'My daughter broke her leg skiing last winter. Who pays for the physiotherapy?'],
    ['nb', 'Datteren min brakk beinet i fjor. Hvem betaler fysioterapien?'],
    ['en', 'My daughter is 24 and we are planning her wedding in Lahore this summer; she chose him herself and is so happy.'],
    ['en', 'We are planning a staff day on forced marriage. Who can give a talk about adults who are controlled?'],
    ['nb', 'Vi vil ha et kurs for ansatte om negativ sosial kontroll. Hvem kan holde det?'],
    ['en', 'My son\'s car is being fixed in Turkey while we are on holiday this summer.'],
    ['nb', 'Bestemor kommer og henter henne i barnehagen i morgen.'],
    ['nb', 'Vi skal rense teppene før sommerferien.'],
    ['en', 'A patient, 30, was married against her will twelve years ago; she is divorced and safe now. Can she get counselling?'],
    ['nb', 'Eleven min er 17 og har kjæreste, foreldrene er glade for det.'],
    ['en', 'My son is 17 and has a girlfriend, we are happy for him.'],
    ['ar', 'عمري ١٥ ورايحين على تركيا بالصيف عند جدتي، متحمسة كتير.'],
    ['nb', 'Hvor lenge er Røde Kors-telefonen åpen om kvelden?'],
  ] as const)('%s: calm: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('net28: a follow-up asking a contact keeps the danger told before', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', 'Hvilken ambassade har ansvar for Irak? En elev på 14 reiste dit i påsken og ikke har kommet tilbake.', 'og Syria, er det samme ambassade?'],
    ['en', 'A client of mine, 23, says her parents are planning her marriage in Pakistan this summer and she does not want it. Who helps over there?', 'is that really the embassy in Islamabad?'],
    ['nb', 'hva er nummeret til Røde Kors-telefonen?', 'når har de åpent? foreldrene sier jeg skal gifte meg med en fetter etter sommeren'],
  ] as const)('%s: the danger card stays on the follow-up', async (lng, first, second) => {
    const view = await runner.turn(lng, [first, second]);
    expect(view.emergency).toBe(true);
  });
});
