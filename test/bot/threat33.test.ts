import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { alarmed, isDanger } from '../helpers/danger-alarm';

/**
 * threat33 (issue #13, safety): the two veiled threat classes hb33a added for nb/nn/en, in the nine other languages.
 * Own probe sentences, as natives type them (no diacritics where people skip them, Roman Urdu, colloquial Arabic).
 *
 * 1. A death threat said as "she won't live if …" / "you won't live if …", bound to the person threatened (a pronoun,
 *    a second person, or "he said … she won't live").
 * 2. A threat said after smashing a thing: "(he broke my phone and) said next time it's you / it's me".
 *
 * Calm twins: plants that won't live without water, and "next time it's me who presents".
 */
describe('threat33: a veiled death threat or a "next time it is you" threat in ar, so, fa, ur, uk, ru, tr, pl, ti', () => {
  const runner = conversationRunnerPerFile();

  const danger: [Lang, string][] = [
    ['ar', 'ابوها قال انها لن تعيش اذا تزوجت هذا الشاب، ماذا نفعل في المدرسة؟'],
    ['ar', 'كسر جوالي وقال المرة الجاية انتي'],
    ['so', 'Walaalkeed wuxuu yiri ma noolaan doonto haddii ay guursato ninkaas'],
    ['so', 'aabahay telefoonka ayuu jebiyay wuxuuna yiri marka xigta waa adiga'],
    ['fa', 'بابام گفت اگه با اون پسر ازدواج کنی زنده نمیمونی'],
    ['fa', 'گوشیمو شکست و گفت دفعه بعد خودتی'],
    ['ur', 'ابو نے کہا اگر اس نے وہاں شادی کی تو وہ زندہ نہیں رہے گی'],
    ['ur', 'bhai ne mera phone tor diya aur kaha agli baar tumhari baari hai'],
    ['uk', 'батько сказав що вона не житиме якщо вийде за нього'],
    ['uk', 'брат розбив мій телефон і сказав що наступного разу це будеш ти'],
    ['ru', 'отец сказал что она не будет жить если выйдет за него замуж'],
    ['ru', 'муж разбил телефон и сказал что в следующий раз это буду я'],
    ['tr', 'babasi evlenirse onu yasatmam dedi, ne yapabiliriz'],
    ['tr', 'abim telefonumu kirdi ve bir dahaki sefere sira sende dedi'],
    ['pl', 'ojciec powiedział że nie będziesz żyła jeśli wyjdziesz za niego'],
    ['pl', 'brat rozbił mi telefon i powiedział że następnym razem to będę ja'],
    ['ti', 'ኣቦኣ ምስኡ እንተተመርዕያ ብህይወት ኣይክትነብርን እያ ኢሉ'],
    ['ti', 'ሓወይ ሞባይለይ ሰቢሩ ዝመጽእ ግዜ ንስኺ ኢኺ ኢሉ'],
  ];
  const calm: [Lang, string][] = [
    ['ar', 'النباتات في المكتب لن تعيش اذا لم نسقها كل يوم'],
    ['ar', 'المرة الجاية انا اللي بقدم العرض عن الزواج القسري'],
    ['so', 'dhirtu ma noolaan doonto haddii aan la waraabin'],
    ['so', 'marka xigta aniga ayaa soo bandhigaya shirka shaqaalaha'],
    ['fa', 'گلها اگه آب ندی زنده نمیمونن'],
    ['fa', 'دفعه بعد نوبت منه که ارائه بدم'],
    ['ur', 'اگر پانی نہ دیا تو پودے زندہ نہیں رہیں گے'],
    ['ur', 'agli baar meri baari hai presentation dene ki'],
    ['uk', 'рослини не житимуть якщо їх не поливати'],
    ['uk', 'наступного разу це буду я хто робить презентацію'],
    ['ru', 'цветы не будут жить если их не поливать'],
    ['ru', 'в следующий раз это буду я кто делает презентацию'],
    ['tr', 'çiçekler sulanmazsa yaşamaz'],
    ['tr', 'bir dahaki sefere sunumu ben yapacağım'],
    ['pl', 'rośliny nie będą żyły jeśli ich nie podlejesz'],
    ['pl', 'następnym razem to ja prowadzę prezentację'],
    ['ti', 'ኣትክልቲ ማይ እንተዘይሰቲዮም ኣይነብሩን እዮም'],
    ['ti', 'ዝመጽእ ግዜ ኣነ እየ ዘቕርብ'],
  ];

  it.each(danger)('%s "%s": danger read, the emergency card first', async (lang, text) => {
    expect(isDanger(text, lang)).toBe(true);
    const view = await runner.turn(lang, text);
    expect(view.emergency).toBe(true);
  });

  it.each(calm)('%s calm twin "%s": no danger read', (lang, text) => {
    expect(alarmed(text, lang)).toBe(false);
  });
});

describe('threat33: near misses that stay calm', () => {
  const calm: [Lang, string][] = [
    // Turkish "yaşatmak" is also "to put someone through": a protective parent, not a threat.
    ['tr', 'kızıma bunları bir daha yaşatmayacağım, ona destek olmak istiyorum'],
    ['tr', 'kızıma onu yaşatmam, ben ona güveniyorum'],
    // Polish "nie będziesz żyła jak …" is "you won't live like …".
    ['pl', 'mama mówi, że nie będziesz żyła jak księżniczka, jeśli nie pójdziesz do pracy'],
    // "next time it's my turn" said by a teacher's plan, without a threat.
    ['ar', 'المعلمة قالت المرة الجاية بتقدمي انتي العرض'],
    ['fa', 'معلم گفت دفعه بعد نوبت منه که ارائه بدم'],
  ];
  it.each(calm)('%s "%s": no danger read', (lang, text) => {
    expect(alarmed(text, lang)).toBe(false);
  });
});
