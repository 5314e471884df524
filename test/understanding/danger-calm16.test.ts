import { dangerStrength } from '../../src/understanding/danger-detector';
import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadRoleReader } from '../../src/understanding/role-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';
import { normalize } from '../../src/language/text';
import type { Lang } from '../../src/language/languages';

/**
 * Calm messages that got the emergency card (issue #13, session 16), written for this test: a harm the writer denies
 * ("nobody hits me"), a woman's own cutting long past, the writer's own husband named beside a daughter's age, and
 * Ukrainian "ніж" as "than". Harm done, a cutting planned with a trip, a child who writes of her own husband, and a
 * knife in the hand stay danger (or the concern line).
 */
const situation = loadSituationReader();
const reader = createDangerReader(situation);
const roles = loadRoleReader();
const duty = (text: string) => roles.read(text).duties.length > 0;
const danger = (text: string, lng: Lang) => reader.isDanger(prepareUtterance(text, lng), duty(text));
const card = (text: string, lng: Lang) => {
  const u = prepareUtterance(text, lng);
  const d = duty(text);
  return reader.isDanger(u, d) || reader.isConcern?.(u, d) === true;
};

describe('a harm the writer denies is no harm at hand (session 16)', () => {
  it.each([
    ['nb', 'jeg er 16 og foreldrene mine leser alle meldingene mine. ingen slår meg, men jeg er lei av det. hvem kan jeg prate med?'],
    ['nn', 'eg er 15 og mamma les alt på mobilen min. eg er ikkje redd for at dei slår meg, men eg vil snakke med nokon'],
    ['en', 'im 15 and my parents decide who my friends are. nobody hits me but i hate it. who can i talk to?'],
    ['fa', 'من ۱۷ سالمه. بابام گوشیمو هر روز چک میکنه. کتکم نمیزنن ولی خیلی خسته‌ام. با کی حرف بزنم؟'],
    ['so', 'waxaan ahay 15 jir. aabahay telefoonkayga ayuu eegaa. qof i garaacay ma jiro laakiin waan daalay. yaan la hadlaa?'],
    ['tr', 'kızım 15 yaşında, amcası kıyafetlerine karışıyor. kimse şiddet kullanmıyor ama kızım mutsuz. kime danışabilirim?'],
    ['pl', 'mam 16 lat, rodzice sprawdzają mój telefon. nikt mnie nie bije, ale jest mi ciężko. z kim mogę porozmawiać?'],
    ['ru', 'мне 16, брат проверяет мой телефон. меня не бьют, но я устала. с кем можно поговорить?'],
  ] as const)('%s: control told with the harm denied is no emergency card: %s', (lng, text) => {
    expect(danger(text, lng)).toBe(false);
  });

  it.each([
    ['en', 'im 16, nobody hits me at school but my dad hits me every night'],
    ['nb', 'ingen slår meg på skolen, men faren min slår meg hjemme'],
    ['ar', 'ما حدا بيضربني بالمدرسة بس ابوي بيضربني كل يوم'],
  ] as const)('%s: a harm done beside a harm denied stays danger: %s', (lng, text) => {
    expect(danger(text, lng)).toBe(true);
  });
});

describe('a woman’s own cutting long past is no cutting at hand (session 16)', () => {
  it.each([
    ['nb', 'Jeg er jordmor. En pasient som venter barn forteller at hun selv ble omskåret som barn i Eritrea. Må jeg melde noe?'],
    ['nn', 'Jordmor her: ei kvinne som er kjønnslemlesta ventar sitt første barn. Kva plikter har eg?'],
    ['en', 'I am a midwife. My patient was cut as a child in Sudan and is expecting her first baby. What are my obligations?'],
    ['tr', 'Ebeyim. Çocukken sünnet edilmiş bir hastam hamile. Yasal olarak ne yapmam gerekir?'],
    ['pl', 'Jestem położną. Pacjentka po obrzezaniu jest w ciąży. Czy muszę coś zgłosić?'],
    ['ru', 'Я акушерка. Пациентка сама перенесла обрезание в детстве и ждёт ребёнка. Что я обязана сделать?'],
  ] as const)('%s: no emergency card and no "call 112" line: %s', (lng, text) => {
    expect(card(text, lng)).toBe(false);
  });

  it.each([
    ['nb', 'Jordmor: mora ble kjønnslemlestet som barn, og nå sier bestemor at babyen skal til Somalia i sommer for å bli omskåret'],
    ['en', 'A mother who was cut as a child says her daughter will be cut when they travel to Sudan next week'],
  ] as const)('%s: a daughter’s cutting planned with a trip stays danger: %s', (lng, text) => {
    expect(danger(text, lng)).toBe(true);
  });
});

describe('the writer’s own husband is no wedding at hand (session 16)', () => {
  it.each([
    ['en', 'my daughter is 14 and her aunts comment on everything she wears, and my husband agrees with them. where can i get advice as a mum?'],
    ['nb', 'datteren min er 15 og mannen min sier hun ikke får gå på svømming lenger. hvor kan jeg få råd som mor?'],
    ['ar', 'بنتي عمرها 15 وزوجي صار يمنعها من الرياضة بسبب كلام الأقارب. وين بقدر آخذ نصيحة كأم؟'],
    ['uk', 'Доньці 15, мій чоловік забороняє їй ходити на танці через родичів. Де мені як мамі отримати пораду?'],
  ] as const)('%s: a mother naming her husband gets no emergency card: %s', (lng, text) => {
    expect(danger(text, lng)).toBe(false);
  });

  it.each([
    ['en', 'im 16 and my husband does not let me go to school anymore'],
    ['en', 'my husband and his brother want to marry our 15 year old daughter to a cousin this summer'],
  ] as const)('%s: a child’s marriage, her own or arranged for a daughter, keeps the card or the line: %s', (lng, text) => {
    expect(card(text, lng)).toBe(true);
  });
});

describe('Ukrainian "ніж" is "than" after a comparative and before a year (session 16)', () => {
  it('comparisons are no knife, a knife is', () => {
    expect(dangerStrength(normalize('Скільки справ було у 2023 році і наскільки більше ніж у 2022?'))).toBeUndefined();
    expect(dangerStrength(normalize('вона старша ніж я, а брат молодший'))).toBeUndefined();
    expect(dangerStrength(normalize('у брата ніж, він стоїть під дверима'))).toBe('strong');
    expect(dangerStrength(normalize('він погрожував мені ножем'))).toBe('strong');
  });
});

describe('people of a kind asked about in general are no particular person (session 16)', () => {
  it.each([
    ['en', 'Which helpline can young people call anonymously about honour violence?'],
    ['en', 'Is there a chat for teenagers who are controlled by their family?'],
    ['nb', 'Hvor kan voksne beboere ringe anonymt om tvangsekteskap, og finnes det en chat?'],
    ['nn', 'Finst det ein chat for ungdom som blir kontrollert av familien?'],
    ['tr', "Türkiye'de zorla evlilik riski olan gençlere kim yardım eder?"],
    ['ru', 'Есть ли анонимная линия для молодёжи о принудительных браках?'],
  ] as const)('%s: a question for a helpline is no case and no emergency: %s', (lng, text) => {
    expect(card(text, lng)).toBe(false);
  });

  it.each([
    ['en', 'two teenagers at our school say their parents will marry them off this summer'],
    ['nb', 'en ungdom på 16 forteller om trusler fra broren, hvem kan vi ringe?'],
  ] as const)('%s: particular young people told of keep the card or the line: %s', (lng, text) => {
    expect(card(text, lng)).toBe(true);
  });
});

describe('a stay abroad put as a supposition, with no one named, asks for a contact (session 16)', () => {
  it.each([
    ['nb', 'hva er nummeret til UD hvis noen sitter fast i utlandet?'],
    ['en', 'is there a 24 hour number for Norwegians stuck abroad, and which envoy covers Kenya?'],
    ['en', 'who do we call at night if someone gets stuck abroad?'],
  ] as const)('%s: no emergency card: %s', (lng, text) => {
    expect(danger(text, lng)).toBe(false);
  });

  it.each([
    ['en', 'is there a 24 hour number if a pupil gets stuck abroad?'],
    ['nn', 'kva gjer vi om søstera mi ikkje får kome heim frå Irak?'],
    ['en', 'my niece is stuck in Iraq and they took her passport'],
    ['nb', 'eleven sitter fast i Somalia og får ikke reise hjem'],
  ] as const)('%s: a particular person kept abroad, even put as "if", stays danger: %s', (lng, text) => {
    expect(danger(text, lng)).toBe(true);
  });
});

describe('a marriage arranged, said in its own words beside a husband named, stays danger (session 16)', () => {
  it.each([
    ['en', "her husband's family will marry her little sister off tomorrow"],
    ['pl', 'chcą ją wydać za mąż w przyszłym tygodniu, ma 15 lat'],
  ] as const)('%s: still the emergency card: %s', (lng, text) => {
    expect(danger(text, lng)).toBe(true);
  });
});

describe('a friend kept abroad, or kept until she marries, is a case even put as "if" (session 16)', () => {
  it.each([
    ['en', 'my friend is in Somalia and says they will never let her come back if she refuses the marriage'],
    ['fa', 'دوستم در ایران است و میگوید اگر ازدواج نکند دیگر نمیگذارند برگردد'],
  ] as const)('%s: still the emergency card: %s', (lng, text) => {
    expect(danger(text, lng)).toBe(true);
  });
});
