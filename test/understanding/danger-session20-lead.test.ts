import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadRoleReader } from '../../src/understanding/role-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';
import type { Lang } from '../../src/language/languages';

/**
 * Dangers the held-back sets of session 20 missed, read as classes (the lead's own sentences, none from a set): a story
 * that tells when the family came ("for åtte år siden") beside a season to come is a present case, not a past one; "they
 * have decided whom I shall have/marry" is a marriage arranged over her head; "they read my phone" is control. Each
 * with a calm twin on the same topic.
 */
const reader = createDangerReader(loadSituationReader());
const roles = loadRoleReader();
const card = (lng: Lang, text: string) => {
  const u = prepareUtterance(text, lng);
  const duty = roles.read(text).duties.length > 0;
  return reader.isDanger(u, duty) || reader.isConcern?.(u, duty) === true;
};

describe('held-back misses of session 20, as classes (lead)', () => {
  it.each([
    ['nb', 'Vi flyttet hit fra Irak for ti år siden. Nå sier faren at datteren (18) skal gifte seg med fetteren i Bagdad i sommerferien, og hun gråter hver dag. Hvem kan hjelpe oss?'],
    ['nb', 'Ei elev skrev til meg i går: «de har bestemt hvem jeg skal gifte meg med, ikke si det til noen». Hva gjør jeg?'],
    ['nn', 'Ei elev sende meg melding i natt: «dei har bestemt kven eg skal gifte meg med». Kva gjer eg?'],
    ['en', 'A learner texted me tonight: "they have decided who I have to marry, please don\'t tell anyone". What should I do?'],
  ] as const)('%s: %s — the emergency numbers or the "112 if acute" line', (lng, text) => {
    expect(card(lng, text)).toBe(true);
  });

  it.each([
    ['nb', 'Vi flyttet hit fra Irak for ti år siden, og i sommer skal vi på ferie til Bergen. Har dere tips til aktiviteter for barn?'],
    ['nb', 'Hvem bestemmer hvem som skal ha tilsyn med elevene i friminuttet?'],
    ['en', 'My daughter reads my phone messages when I leave it on the table, how do I set a passcode?'],
  ] as const)('%s: %s — calm', (lng, text) => {
    expect(card(lng, text)).toBe(false);
  });
});

describe('wanting to come back is danger only beside a sign of being kept (session 20 review)', () => {
  it.each([
    ['en', 'My son is at a football camp in Denmark and wants to come home early. Can the school help us change the ferry ticket?'],
    ['en', 'My daughter is at a friend\'s cabin this weekend and wants to come home. Is there a late bus?'],
  ] as const)('%s: %s — calm', (lng, text) => {
    expect(card(lng, text)).toBe(false);
  });

  it.each([
    ['en', 'My cousin is in Iraq, her uncle has locked her in and she wants to come home. What can I do?'],
    ['ur', 'میری کزن عراق میں ہے، اس کا پاسپورٹ لے لیا گیا ہے اور وہ واپس آنا چاہتی ہے۔ ہم کیا کریں؟'],
    ['fa', 'یکی از شاگردان ۱۶ ساله ما در افغانستان است و به معلمش پیام داده که میخواهد برگردد. چه کار کنیم؟'],
  ] as const)('%s: %s — held abroad: the emergency numbers or the "112 if acute" line', (lng, text) => {
    expect(card(lng, text)).toBe(true);
  });
});

/**
 * Session 21 (lead, from general-blind-50's last missed danger, in own sentences): a person to be taken abroad to be
 * married, told beside a request for training. The training words read the message as general and hid the case; the
 * rule wedding-trip-beside-training reads it, unless it is a supposition, a guest's wedding or her own choice.
 */
describe('a case told beside a training request (session 21, lead)', () => {
  it.each([
    ['en', 'One of our residents (19) says her uncle will take her to Pakistan after Ramadan to get married. Also, do you offer training for reception staff?'],
    ['nn', 'Ei elev fortel at familien skal ta henne med til Somalia for å gifte seg. Kan lærarane våre få kurs om dette òg?'],
    ['ar', 'أبوها يهددها ويقول إذا كلمت أحد بيضربها، بس ما فيه ضرب لحد الآن'],
  ] as const)('%s: %s — the "112 if acute" line', (lng, text) => {
    expect(card(lng, text)).toBe(true);
  });

  it.each([
    ['en', 'We would like training for staff about girls who may be taken abroad to get married. Who offers it?'],
    ['en', 'My colleague is going to Pakistan to get married, she chose him herself. Is there training for teachers on forced marriage?'],
    // Gulf and Levantine Arabic "there is no beating" denies the harm, as "لا يوجد عنف" does; a threat said beside it keeps the card (below).
    ['ar', 'زوجها يأخذ راتبها كله وما يخليها تطلع لحالها، بس ما فيه ضرب. وين تتصل؟'],
  ] as const)('%s: %s — calm', (lng, text) => {
    expect(card(lng, text)).toBe(false);
  });
});
