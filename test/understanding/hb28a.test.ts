import { isDanger } from '../helpers/danger-alarm';

/**
 * Danger the held-back sets showed missed (issue #13, session 28, hb28a), in sentences written for this test: a harm
 * promised with its own "if" as it was told; a parent who refuses to bring a child back; a coverage question about
 * one's own daughter or son; a stay with an aunt abroad without a phone; a girl's trip with what her sister had and was
 * ill after; papers kept and a person waited for beside a training question; a younger sister told in a sentence of
 * her own after a supposition. Each class has calm twins that stay calm.
 */
describe('hb28a: a harm promised with its own condition', () => {
  it.each([
    ['en', 'A girl of 14 at our centre says her dad said that if she sees her friends after school again he will beat her.'],
    ['nb', 'Ei jente på 14 sier at faren har sagt at hvis hun går på fest igjen, skal han banke henne. Hvem varsler jeg?'],
    ['nn', 'Ei jente på 15 seier at onkelen har sagt at viss ho går ut med venninnene, skal han skade henne.'],
    ['fa', 'یک دختر ۱۴ ساله در مدرسه ما می‌گوید برادرش گفته اگر دوباره دیر به خانه بیاید کتکش میزند.'],
    ['fa', 'شاگردم گفت عمویش گفته اگر با آن پسر دیده شود خودش میداند چه کار کند.'],
    ['ru', 'Ученица (15) рассказала, что отец сказал, что если она ещё раз придёт поздно, убьёт её если узнает правду.'],
  ] as const)('%s: danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['en', 'Her teacher said that if she finishes the course she will get a certificate.'],
    ['nb', 'Læreren har sagt at hvis hun består eksamen, får hun begynne på videregående.'],
  ] as const)('%s: calm: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('hb28a: a parent who refuses to bring the child back', () => {
  it.each([
    ['en', 'My son (13) is with his father in Pakistan and the father refuses to bring him back. Who can help?'],
    ['nb', 'Dattera mi på 12 er hos faren i Irak, og han nekter å sende henne hjem. Hva gjør jeg?'],
    ['nn', 'Dottera mi på 11 er hos faren i Somalia, og han nektar å sende ho heim.'],
    ['ru', 'Бывший муж увёз дочь (11) в Дагестан и отказывается её возвращать. Куда обращаться?'],
    ['tr', 'Kızım 12 yaşında, babası onu Irak\'ta tutuyor ve geri getirmeyi reddediyor.'],
    ['so', 'Gabadhayda 12 jir ah waxay joogtaa Kenya, aabaheed wuu diiday inuu soo celiyo.'],
    ['pl', 'Moja córka (12) jest u ojca w Iraku i on odmawia przywiezienia jej z powrotem.'],
  ] as const)('%s: danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

describe('hb28a: a coverage question about one\'s own daughter or son', () => {
  it.each([
    ['ru', 'Какое посольство поможет, если дочь удерживают родственники в Ингушетии?'],
    ['uk', 'Яке посольство допоможе, якщо доньку утримують родичі в Чечні?'],
    ['en', 'Which embassy helps if my son is not allowed to come back from Iraq?'],
  ] as const)('%s: danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['ru', 'Какое посольство помогает, если девушку удерживают в Чечне?'],
    ['nb', 'Hvilken ambassade hjelper hvis en elev blir holdt igjen i Somalia?'],
  ] as const)('%s: a kind of person, calm: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('hb28a: a stay with an aunt abroad, a phone she may not take', () => {
  it.each([
    ['en', 'My niece (15) told me she will live with an aunt in Iraq after the summer and she is not allowed to bring her phone.'],
    ['nb', 'Naboens jente på 13 gråt og sa at hun skal bo hos tanta i Pakistan etter ferien og får ikke ta med seg telefonen.'],
    ['nn', 'Venninna til dottera mi (14) gret og sa ho skal bu hjå ei tante i Irak etter ferien og får ikkje ta med seg mobilen.'],
  ] as const)('%s: danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['en', 'My pupil is so excited: she will visit her aunt in Spain for two weeks this summer!'],
    ['nb', 'Eleven min gleder seg til å besøke tanta si i Tyrkia i to uker i sommer.'],
  ] as const)('%s: a happy trip, calm: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('hb28a: a girl\'s trip with what her sister had and was ill after', () => {
  it.each([
    ['en', 'A pupil of mine (12) says the family will celebrate her in Ethiopia in July, the same way her older sister was celebrated, and the sister was ill for weeks afterwards.'],
    ['nb', 'Ei jente i 6. klasse sier at hun skal ha en stor fest i Sudan i sommerferien, slik storesøstera hadde, og storesøstera var syk i flere uker etterpå.'],
    ['nn', 'Ei jente i 5. klasse seier ho skal ha ein stor fest i Somalia i sommar, som storesystera hadde, og storesystera var sjuk i fleire veker etter.'],
  ] as const)('%s: danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['en', 'My pupil is going to Somalia this summer for her cousin\'s wedding; her big sister went last year and loved it.'],
  ] as const)('%s: calm: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('hb28a: papers kept and waited for, beside a training question', () => {
  it.each([
    ['en', 'We want a course for our staff on social control. Also, a participant (28) says her husband keeps her passport and waits outside the school every day.'],
    ['nb', 'Vi ønsker kurs for ansatte om negativ sosial kontroll. Og en deltaker hos oss sier at mannen har passet hennes og venter utenfor skolen hver dag.'],
  ] as const)('%s: danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['en', 'We would like training for staff on negative social control: what signs should we look for, like a husband who keeps the passport or waits outside?'],
  ] as const)('%s: a training question, calm: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('hb28a: a younger sister told apart from a supposition', () => {
  it.each([
    ['nb', 'Hva gjør vi hvis ei elev på 9 sier at hun ble omskåret i Etiopia for to år siden? Hun har ei lillesøster på 4 år.'],
    ['en', 'What should we do if a girl of 8 tells us she was cut in Sudan last summer? Her little sister is 3.'],
  ] as const)('%s: danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['nb', 'Hva gjør vi hvis ei elev sier at hun ble omskåret for mange år siden og har en lillesøster?'],
  ] as const)('%s: all of it supposed, calm: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('hb28a: ti, a sister kept in and threatened tonight', () => {
  it('reads the house she may not leave, the phone taken and "you will see"', () => {
    expect(isDanger('ሓብተይ (16) ኣቦና ካብ ገዛ ክትወጽእ ኣይፈቐደላን፣ ስልካ ወሲዱዋ።', 'ti')).toBe(true);
  });
});
