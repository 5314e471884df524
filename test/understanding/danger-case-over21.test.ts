import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';
import type { Lang } from '../../src/language/languages';

/**
 * Session 21 (over21, issue #13: a case said to be over is calm). A threat told as long past, with the person calm or
 * safe now and nothing going on, is the derived reading 'caseOver': no emergency card (the threat rules without
 * 'general' in their "unless", threatened-client and leave-home-*, have it there). Its dangerous twins keep the card:
 * the harm again or still ('ongoing'), something lately ('recent'), someone coming, harm promised now.
 */
const situation = loadSituationReader();
const danger = createDangerReader(situation);
const read = (text: string, lng: Lang) => prepareUtterance(text, lng);
const isDanger = (text: string, lng: Lang) => danger.isDanger(read(text, lng));

describe('calm: a threat long past, the case over and the person fine now', () => {
  it.each([
    ['en', "Her ex-husband threatened her five years ago. They are divorced and she is fine now, she wants to know about SEIF."],
    ['en', "My client's brother threatened her years ago, it is over now and she lives safely. What can I tell her about support?"],
    ['nb', 'Eksmannen truet henne for fem år siden. Nå er de skilt og hun har det bra nå. Hva kan SEIF hjelpe med?'],
    ['nn', 'Eksmannen truga henne for fem år sidan, dei er skilde og alt er roleg no. Kven kan ho snakke med?'],
    ['ru', 'Бывший муж угрожал ей пять лет назад. Они развелись, сейчас всё спокойно, она хочет узнать про помощь.'],
    ['uk', "Колишній чоловік погрожував їй п'ять років тому, вони розлучилися, зараз усе добре. Де вона може отримати пораду?"],
    ['pl', 'Były mąż groził jej pięć lat temu, są po rozwodzie i teraz wszystko dobrze. Gdzie może dostać poradę?'],
    ['tr', 'Eski kocası beş yıl önce onu tehdit etti, boşandılar ve artık iyi. Nereden destek alabilir?'],
    ['ar', 'زوجها السابق هددها قبل سنوات، تطلقا والآن هي بخير. أين تحصل على استشارة؟'],
    ['fa', 'شوهر سابقش چند سال پیش او را تهدید کرد، طلاق گرفتند و الان حالش خوب است.'],
    ['ur', 'اس کے سابق شوہر نے پانچ سال پہلے اسے دھمکی دی تھی، طلاق ہو چکی اور اب سب ٹھیک ہے۔'],
    ['so', 'Ninkeedii hore ayaa u hanjabay sanado ka hor, way kala tageen, hadda way fiican tahay.'],
    ['ti', 'ቅድሚ ዓመታት ሰብኣያ ኣፈራሪሑዋ ነይሩ፣ ተፋቲሖም፣ ሕጂ ደሓን እያ።'],
  ] as const)('%s: %s', (lng, text) => {
    expect(situation.read(text).concepts.has('caseOver')).toBe(true);
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('still danger: a threat long past that goes on or came back', () => {
  it.each([
    ['en', 'He threatened her years ago and now he has found her address again.'],
    ['en', 'It was over years ago, she was fine, but yesterday he came back and threatened her.'],
    ['en', 'Her brother threatened her years ago; she is fine now but he still sends her threats.'],
    ['nb', 'Eksmannen truet henne for fem år siden, og i går kom han tilbake.'],
    ['nn', 'Eksmannen truga henne for fem år sidan, og no trugar han henne igjen.'],
    ['ru', 'Бывший муж угрожал ей пять лет назад, а сейчас снова угрожает.'],
    ['uk', "Колишній чоловік погрожував їй п'ять років тому, і досі погрожує."],
    ['pl', 'Były mąż groził jej pięć lat temu i znowu jej grozi.'],
    ['tr', 'Eski kocası beş yıl önce onu tehdit etti ve şimdi yine tehdit ediyor.'],
    ['ar', 'زوجها السابق هددها قبل سنوات، والآن يهددها مرة أخرى.'],
    ['fa', 'شوهر سابقش چند سال پیش او را تهدید کرد و دوباره تهدید می کند.'],
    ['ur', 'اس کے سابق شوہر نے پانچ سال پہلے اسے دھمکی دی تھی اور اب پھر سے دھمکی دے رہا ہے۔'],
    ['so', 'Ninkeedii hore ayaa u hanjabay sanado ka hor, hadda mar kale ayuu u hanjabay.'],
    ['ti', 'ቅድሚ ዓመታት ሰብኣያ ኣፈራሪሑዋ ነይሩ፣ ሕጂ እንደገና የፈራርሓ ኣሎ።'],
  ] as const)('%s: %s', (lng, text) => {
    expect(situation.read(text).concepts.has('caseOver')).toBe(false);
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['en', 'Her ex threatened her years ago. She is fine now, but he says he will kill her if she remarries.'],
    ['nb', 'Faren truet henne for to år siden. Hun har det bra nå, men de er på vei hit for å hente henne.'],
    ['ru', 'Брат угрожал ей год назад. Сейчас всё спокойно, но на этой неделе он пришёл к ней домой.'],
  ] as const)('harm promised, someone coming or something lately is no case over (%s): %s', (lng, text) => {
    expect(situation.read(text).concepts.has('caseOver')).toBe(false);
    expect(isDanger(text, lng)).toBe(true);
  });
});

describe('calm: the person herself back home long after is no harm come back', () => {
  it.each([
    ['en', 'A year ago one of our pupils was kept in Iraq for a whole term. She is back with us now and doing well. What could we have done better?'],
    ['nb', 'For to år siden ble en elev holdt igjen i Somalia i et halvt år. Hun er tilbake på skolen nå og trives. Hva kunne vi gjort annerledes?'],
    ['ru', 'Год назад ученицу оставили в Дагестане на полгода. Она вернулась в школу и сейчас всё хорошо. Что мы могли сделать иначе?'],
  ] as const)('%s: %s', (lng, text) => {
    expect(situation.read(text).concepts.has('ongoing')).toBe(false);
    expect(isDanger(text, lng)).toBe(false);
  });
});
