import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadRoleReader } from '../../src/understanding/role-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';
import type { Lang } from '../../src/language/languages';

/**
 * A case its writer says is not dangerous now (issue #13, session 17), written for this test: "she is not in danger",
 * "is safe at the shelter now", "nothing said about violence". No emergency card and no "call 112" block; the reading
 * still knows it is a case (`saidSafe`), so the answer is advice with "call 112" as a plain sentence. A time, a killing,
 * an injury or someone coming outweighs the writer's word and stays danger.
 */
const situation = loadSituationReader();
const reader = createDangerReader(situation);
const roles = loadRoleReader();
const duty = (text: string) => roles.read(text).duties.length > 0;
const read = (text: string, lng: Lang) => {
  const u = prepareUtterance(text, lng);
  const d = duty(text);
  return { danger: reader.isDanger(u, d), concern: reader.isConcern?.(u, d) === true, safe: reader.saidSafe?.(u) === true };
};

describe('a case the writer says is not dangerous now is a worry, not an emergency (session 17)', () => {
  it.each([
    ['nb', 'Jeg er lærer. Ei elev på 15 får ikke gå på svømming og faren har tatt mobilen hennes. Hun sier selv at hun ikke er i fare. Hvem kan vi spørre om råd?'],
    ['nn', 'Eg jobbar i barnehagen. Ei mor fortel at mannen har passet hennar og bestemmer alt, men ho er ikkje i fare seier ho. Kven kan vi ringe for råd?'],
    ['en', 'NAV adviser here. My client, 26, says her brothers watch everything she does and took her bank card. She is not in any danger, she says, but wants someone to talk to. Who can I refer her to?'],
    ['en', 'Police officer. A woman of 22 left home after threats from her uncle and is safe at the shelter now. Who coordinates long-term housing for adults?'],
    ['nb', 'Jobber i flyktningtjenesten. En deltaker på 30 sier mannen styrer pengene hennes. Hun har ikke sagt noe om vold. Hvem kan gi oss råd?'],
    ['ru', 'Я работаю в школе. Брат ученицы (16) проверяет её телефон и ждёт её у школы. Она говорит, что сейчас в безопасности. К кому обратиться за советом?'],
    ['uk', 'Я соціальна працівниця. Чоловік клієнтки забрав її паспорт, але вона каже, що не в небезпеці. Хто може порадити?'],
    ['pl', 'Pracuję w szkole. Brat uczennicy czeka na nią pod szkołą, ale ona mówi, że nie jest w niebezpieczeństwie. Kto może nam doradzić?'],
    ['tr', 'Öğretmenim. Bir öğrencimin ağabeyi telefonunu kontrol ediyor; kız şu an güvende olduğunu söylüyor. Kime danışabiliriz?'],
    ['ar', 'أعمل في مدرسة. أخو الطالبة يأخذ هاتفها كل يوم، لكنها تقول إنها ليست في خطر. بمن نتصل للاستشارة؟'],
  ] as const)('%s: no emergency card, no "112" block, read as a calm case: %s', (lng, text) => {
    expect(read(text, lng)).toEqual({ danger: false, concern: false, safe: true });
  });

  it.each([
    ['nb', 'Hun sier hun ikke er i fare, men faren har kjøpt flybillett til Pakistan og de reiser i morgen.'],
    ['en', 'She says she is not in danger, but her uncle threatened to kill her yesterday.'],
    ['en', 'He is not in danger he says, but he has bruises on his arms and his father is coming to the school to take him.'],
    ['nn', 'Ho seier ho ikkje er i fare, men dei reiser til Somalia neste veke og ho skal bli verande der.'],
    ['ru', 'Она говорит, что не в опасности, но отец грозится её убить.'],
  ] as const)('%s: a time, a killing, an injury or someone coming outweighs the writer’s word: %s', (lng, text) => {
    expect(read(text, lng).danger).toBe(true);
  });
});
