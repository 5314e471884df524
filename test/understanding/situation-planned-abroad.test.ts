import { loadSituationReader } from '../../src/understanding/situation-cues';

/**
 * A child's marriage planned abroad for a coming season ("this summer in Dagestan she will meet her future husband"),
 * a friend kept abroad with the phone off, a newborn girl to be "taken care of" back home, and a phone taken today
 * are emergencies even when a parent, a teacher or a caseworker tells them; the same places and words in a calm
 * question are not. Written for this test, not taken from an evaluation set.
 */
const reader = loadSituationReader();

describe('situation reader: a marriage or a stay abroad planned for a particular person', () => {
  it.each([
    ['en', 'My niece is 15. Her parents are taking her to Pakistan this summer and she will be married to a man there.'],
    ['nb', 'Min datter på 14 skal til Somalia i sommer, og faren sier hun skal gifte seg der.'],
    ['ru', 'Моей сестре 15 лет, этим летом в Чечне её познакомят с будущим мужем.'],
    ['tr', "Kuzenim 16 yaşında, bu yaz Dağıstan'da müstakbel kocasıyla tanıştıracaklar."],
    ['pl', 'Moja uczennica ma 14 lat, latem w Dagestanie ma poznać przyszłego męża.'],
    ['en', 'My friend has not come back from Somaliland after the holidays and her phone is off.'],
    ['so', 'saaxiibkay lama soo laaban, telefoonkiisu waa dansan yahay, wuxuu joogaa Puntland.'],
    ['en', "the nurse said a newborn girl will be 'taken care of' by the grandmother back home in Sudan"],
    ['en', 'I work at NAV. Today the client told me her in-laws took her passport and phone.'],
    ['ru', 'Новорожденную девочку хотят обрезать у бабушки в Дагестане.'],
    ['tr', "Yenidoğan kız bebeğimizi Sudan'da sünnet ettirmek istiyorlar."],
  ])('%s, danger: %s', (_lng, text) => {
    expect(reader.read(text).danger.length).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'My cousin got married in Iraq two years ago. How do we register the marriage in Norway?'],
    ['en', 'We are travelling to Somaliland this summer to visit my grandmother. Is the embassy in Nairobi responsible?'],
    ['en', 'Our newborn baby will be taken care of by my mother while I work.'],
    ['en', 'Dagestan: which envoy covers Russia?'],
    ['nb', 'Hvordan kan helsestasjonen snakke om omskjæring med foreldre til nyfødte?'],
    ['en', 'What does the law say about marriages of 16-year-olds abroad?'],
    ['en', 'My sister will be married in June, can I invite my colleagues from Norway?'],
    ['en', 'My daughter is 16 and will go to a wedding in Iraq this summer, her cousin is getting married.'],
    ['nb', 'Datteren min er 15 og skal i bryllupet til kusinen sin i Pakistan i sommer.'],
  ])('%s, no danger: %s', (_lng, text) => {
    expect(reader.read(text).danger).toEqual([]);
  });
});
