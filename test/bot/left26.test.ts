import type { Lang } from '../../src/language/languages';
import { isDanger } from '../helpers/danger-alarm';

/**
 * Issue #13, classes session 25 left open: a beating the writer denies, and a boy's circumcision, are no emergency;
 * a beating told beside the denial ("not only…", or a later one in the same message) and a girl's cutting still are.
 */
type Twin = readonly [Lang, string];

describe('a beating the writer denies', () => {
  const calm: readonly Twin[] = [
    ['nb', 'Faren slo henne ikke, men han bestemmer hvem hun får være venn med. Hvem kan gi oss råd?'],
    ['nn', 'Faren slo ho ikkje, men han bestemmer kven ho får vere venn med. Kven kan gi oss råd?'],
    ['en', "Her dad didn't hit her, but he decides who she is allowed to see. Who can advise us?"],
    ['en', 'The coach did not hit him; he only shouted at the boys. Who can we talk to about control at home?'],
    ['tr', 'Babası onu dövmedi ama kiminle arkadaş olacağına o karar veriyor. Kime danışabiliriz?'],
    ['ur', 'اس کے والد نے اسے نہیں مارا، لیکن وہ طے کرتے ہیں کہ وہ کس سے ملے۔ ہم کس سے مشورہ لیں؟'],
    ['ar', 'أبوها لم يضربها، لكنه يقرر مع من تخرج. من يمكنه أن ينصحنا؟'],
    ['fa', 'پدرش او را نزد، اما تصمیم می‌گیرد با چه کسی دوست باشد. از چه کسی مشورت بگیریم؟'],
    ['so', 'aabaheed ma garaacin, laakiin wuxuu go\'aamiyaa cidda ay la saaxiibto. yaan la tashan karnaa?'],
    ['uk', 'Батько її не бив, але вирішує, з ким їй дружити. До кого звернутися по пораду?'],
    ['ru', 'Отец её не бил, но решает, с кем ей дружить. К кому обратиться за советом?'],
    ['pl', 'Ojciec jej nie bił, ale decyduje, z kim może się przyjaźnić. Kto może nam doradzić?'],
  ];
  const danger: readonly Twin[] = [
    ['nb', 'Faren slo henne ikke bare, han sparket henne også. Hvem kan gi oss råd?'],
    ['nb', 'Læreren slo ham ikke, men faren slo ham i går kveld. Hva gjør vi?'],
    ['nn', 'Faren slo ho ikkje berre éin gong, han slår ho kvar veke.'],
    ['en', "Her dad didn't just hit her, he kicked her too. Who can advise us?"],
    ['en', 'He hit her not only once, but every weekend.'],
    ['en', "The teacher didn't hit him, but his father hit him yesterday. What do we do?"],
    ['tr', 'Öğretmen onu dövmedi ama babası dün onu dövdü. Ne yapmalıyız?'],
    ['tr', 'Babası onu sadece dövmedi, tekmeledi de.'],
  ];
  it.each(calm)('%s: "%s" is no emergency', (lng, text) => expect(isDanger(text, lng)).toBe(false));
  it.each(danger)('%s: "%s" is still an emergency', (lng, text) => expect(isDanger(text, lng)).toBe(true));
});

describe("a boy's circumcision", () => {
  const calm: readonly Twin[] = [
    ['nb', 'Sønnen min skal omskjæres neste uke, hvor kan vi få det gjort på sykehus?'],
    ['nn', 'Sonen min skal omskjerast neste veke, kvar kan vi få det gjort?'],
    ['en', 'Our son will be circumcised next week. Where can we have it done safely?'],
    ['tr', 'Oğlum yarın sünnet olacak, hangi hastaneye gidebiliriz?'],
    ['tr', "Oğlumun sünnet düğünü bu yaz Türkiye'de, akrabalar davetli."],
    ['ar', 'ختان ابني الأسبوع القادم، أين يمكن أن نجريه؟'],
    ['fa', 'ختنه پسرم هفته آینده است، کجا بریم؟'],
    ['ur', 'بیٹے کا ختنہ اگلے ہفتے ہے، کہاں کروائیں؟'],
    ['so', 'wiilkayga la gudi doonaa usbuuca dambe, xagee ayaan geyn karnaa?'],
    ['uk', 'Обрізання сина наступного тижня, куди звернутися?'],
    ['ru', 'Обрезание сына на следующей неделе, куда обратиться?'],
    ['pl', 'Syn zostanie obrzezany w przyszłym tygodniu, gdzie to zrobić?'],
    ['ti', 'ግዝረት ወደይ ኣብ ዝመጽእ ሰሙን እዩ፣ ኣበይ ክንከይድ?'],
  ];
  const danger: readonly Twin[] = [
    ['nb', 'Datteren min skal omskjæres neste uke i Somalia.'],
    ['nn', 'Dottera mi skal omskjerast neste veke i Somalia.'],
    ['en', 'My daughter will be circumcised next week in Somalia.'],
    ['tr', 'Kızım yarın sünnet olacak, çok korkuyorum.'],
    ['tr', 'Oğlum sünnet olacak, kızımı da sünnet ettirecekler.'],
    ['ar', 'سيختنون ابنتي الأسبوع القادم في السودان'],
    ['fa', 'می‌خواهند دخترم را ختنه کنند، هفته آینده'],
    ['ur', 'وہ اگلے ہفتے میری بیٹی کا ختنہ کروائیں گے'],
    ['so', 'gabadhayda la gudi doonaa usbuuca dambe'],
    ['uk', 'Доньці зроблять обрізання наступного тижня.'],
    ['ru', 'Дочери сделают обрезание на следующей неделе.'],
    ['pl', 'Córka zostanie obrzezana w przyszłym tygodniu.'],
    ['ti', 'ጓለይ ክግዝርዋ ይደልዩ ኣብ ዝመጽእ ሰሙን'],
  ];
  it.each(calm)('%s: "%s" is no emergency', (lng, text) => expect(isDanger(text, lng)).toBe(false));
  it.each(danger)('%s: "%s" is still an emergency', (lng, text) => expect(isDanger(text, lng)).toBe(true));
});
