import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadRoleReader } from '../../src/understanding/role-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';
import type { Lang } from '../../src/language/languages';

/**
 * A service named by what it is about (issue #13, session 18): "Røde Kors-telefonen om tvangsekteskap", "the helpline
 * on violence in close relationships", "خط المساعدة بشأن العنف في العلاقات القريبة". The harm in a service's name is
 * not the writer's danger: no emergency card, no "call 112" block. A danger told beside the request still gets the
 * emergency card first, and so does a harm parted from the service by a clause mark. Phrasings written for this test.
 */
const situation = loadSituationReader();
const reader = createDangerReader(situation);
const roles = loadRoleReader();
const read = (text: string, lng: Lang) => {
  const u = prepareUtterance(text, lng);
  const duty = roles.read(text).duties.length > 0;
  return { danger: reader.isDanger(u, duty), concern: reader.isConcern?.(u, duty) === true };
};

describe('a service named by its topic is no danger and no case (session 18)', () => {
  it.each([
    ['nb', 'Hei, jeg jobber på NAV. Hva er nummeret til telefonen om tvangsekteskap? En bruker lurte på det i dag.'],
    ['nb', 'Har dere tlf til Røde Kors om negativ sosial kontroll og æresrelatert vold? Trenger det til et møte i morgen'],
    ['nn', 'Kva er nummeret til hjelpetelefonen om vald i nære relasjonar? Ein kollega spurde meg i dag.'],
    ['en', 'Could you send me the number of the Red Cross line about forced marriage and honour-related violence? A client asked me today.'],
    ['en', 'I need the domestic violence hotline number for a colleague, she asked this morning'],
    ['ar', 'ما رقم خط المساعدة بشأن العنف في العلاقات القريبة؟ سألني أحد الزملاء اليوم'],
    ['so', 'Waa maxay lambarka khadka ku saabsan guurka qasabka ah? Qof ayaa i waydiiyay maanta'],
    ['fa', 'شماره خط کمک خشونت خانگی را لطفاً بدهید، همکارم امروز پرسید'],
    ['ur', 'جبری شادی کے بارے میں ہیلپ لائن کا نمبر کیا ہے؟ ایک کولیگ نے آج پوچھا'],
    ['uk', 'Який номер гарячої лінії з питань домашнього насильства? Колега запитала сьогодні'],
    ['ru', 'Подскажите номер линии по вопросам принудительного брака, коллега спрашивала сегодня'],
    ['tr', 'Aile içi şiddet hattının numarası nedir? Bir meslektaşım bugün sordu'],
    ['pl', 'Jaki jest numer telefonu w sprawie przemocy domowej? Koleżanka pytała dziś'],
    ['ti', 'ቁጽሪ መስመር ሓገዝ ብዛዕባ ብግዲ ምምርዓው እንታይ እዩ?'],
    ['tr', 'Danışanıma vermek için Kızılhaç namus şiddeti hattının numarasını öğrenebilir miyim?'],
    ['ar', 'هل يوجد رقم لخط الصليب الأحمر عن السيطرة الاجتماعية؟'],
  ] as const)('%s: no emergency, no concern: %s', (lng, text) => {
    expect(read(text, lng)).toEqual({ danger: false, concern: false });
  });

  it('keeps the harm words of the service from starting a harm, and says which words they are', () => {
    const named = situation.read('hva er nummeret til telefonen om tvangsekteskap og æresrelatert vold?');
    expect(named.concepts.has('harm')).toBe(false);
    expect(named.concepts.has('wedding')).toBe(false);
    // "tvangsekteskap og æresrelatert vold": the topic and the one listed after it.
    expect(named.namedTopics).toEqual([6, 8, 9]);
    const told = situation.read('hun er redd for tvangsekteskap');
    expect(told.concepts.has('harm')).toBe(true);
    expect(told.namedTopics).toEqual([]);
  });

  it.each([
    ['nb', 'Faren min sier han dreper meg hvis jeg nekter å gifte meg. Hva er nummeret til Røde Kors-telefonen om tvangsekteskap?'],
    ['nb', 'Ring Røde Kors-telefonen, tvangsekteskapet skal skje i morgen!'],
    ['en', 'My brother hit me last night and I am scared to go home. What is the number of the helpline on forced marriage?'],
    ['en', 'They are taking me to Pakistan tomorrow to marry my cousin. What is the number for the forced marriage line?'],
    ['ar', 'أبي ضربني اليوم وهددني بالقتل. ما رقم خط الصليب الأحمر بشأن الزواج القسري؟'],
    ['ru', 'Отец избил меня и грозится убить. Какой номер линии по вопросам принудительного брака?'],
    ['fa', 'پدرم مرا زد و گفت مرا می‌کشد. شماره خط کمک خشونت خانگی چند است؟'],
  ] as const)('%s: danger beside the request still gets the emergency card: %s', (lng, text) => {
    expect(read(text, lng).danger).toBe(true);
  });

  it.each([
    ['nb', 'Hva er det vanlige nummeret til politiet, altså ikke 112?'],
    ['nn', 'Kva nummer har politiet når det ikkje er 112 vi skal ringje, men vanleg nummer?'],
    ['en', "What's the police number for ordinary matters, not 112?"],
    ['ur', 'police ka aam number kya hai jo emergency na ho?'],
  ] as const)('%s: the police number that is not 112 is asked for, not an emergency: %s', (lng, text) => {
    expect(read(text, lng).danger).toBe(false);
  });
});
