import { alarmed, isDanger } from '../helpers/danger-alarm';

/**
 * Veiled threats (issue #13, threat26): a relative who says he "will take care of her if she…" or "knows what to do
 * with her", told without a violence word, in phrasings written for this test; and a threat a named child told of,
 * asked as a duty question, is a case at hand, not a supposition. Calm twins that share the words stay calm.
 */
describe('threat26: a veiled threat on a condition of the girl\'s behaviour', () => {
  it.each([
    ['en', 'A pupil of 14 told me her brothers will take care of her if she goes to the party. Who do I call?'],
    ['en', 'My student says her dad knows what to do with her if she talks to boys.'],
    ['nb', 'En elev sier at onkelen skal ta seg av henne hvis hun fortsetter med kjæresten. Hvem kan jeg ringe?'],
    ['nb', 'Eleven min sier faren vet hva han skal gjøre med henne om hun går ut.'],
    ['nn', 'Ei elev seier at onkelen skal ta seg av ho viss ho held fram med kjærasten.'],
    ['nn', 'Eleven min seier faren veit kva han skal gjere med ho.'],
    ['fa', 'شاگردم می‌گوید برادرش گفته حسابش را می‌رسد.'],
    ['ar', 'طالبتي تقول إن أباها يعرف ماذا يفعل بها إذا خرجت.'],
    ['ur', 'میری طالبہ کہتی ہے کہ اس کا باپ جانتا ہے اس کے ساتھ کیا کرنا ہے۔'],
    ['tr', 'Öğrencim, babasının "onun icabına bakarız" dediğini anlattı.'],
    ['ti', 'ተምሃሪተይ ኣቦኣ እንታይ ከምዝገብራ ይፈልጥ ኢሉ በለትኒ።'],
    ['pl', 'Uczennica mówi, że bracia zajmą się nią jeśli dalej będzie się spotykać z chłopakiem.'],
    ['ru', 'Ученица говорит, что братья разберутся с ней если она будет встречаться с парнем.'],
    ['uk', 'Учениця каже, що брати розберуться з нею якщо вона зустрічатиметься з хлопцем.'],
    ['so', 'Ardaydaydu waxay sheegtay in walaalaheed ay la xisaabtami doonaan.'],
  ] as const)('%s: emergency: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['en', 'We are child welfare: must we call the police before the competence team when a 13-year-old says her cousins will take care of her if she keeps dating?'],
    ['nb', 'Vi er barnevernet. Skal vi kontakte politiet først når en 14-åring sier at brødrene skal ta seg av henne hvis hun ikke slutter å treffe kjæresten?'],
  ] as const)('%s: a threat a named child told of, asked as a duty, is danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['en', 'Grandma will take care of her while I am at work. Where can I find a course on social control?'],
    ['en', 'The new teacher knows what to do with the class. Do you have teaching material for lower secondary?'],
    ['nb', 'Bestemor skal ta seg av henne mens jeg er på jobb. Finnes det kurs om negativ sosial kontroll?'],
    ['nn', 'Læraren veit kva han skal gjere med klassen. Finst det undervisningsopplegg?'],
    ['en', 'General question for our routines: if a patient tells us her brother will deal with her if she leaves, must we report it?'],
  ] as const)('%s: no alarm: %s', (lng, text) => {
    expect(alarmed(text, lng)).toBe(false);
  });
});

describe('threat26: a person told of as afraid of a relative now', () => {
  it.each([
    ['en', 'My pupil is 15 and she is afraid of her brothers. Who can I call?'],
    ['nb', 'Dattera mi på 15 sier at hun er redd for faren sin.'],
    ['nn', 'Dottera mi på 16 seier at ho er redd for brørne.'],
    ['fa', 'دخترم ۱۵ ساله است، می ترسد و میترسد برادرانش چه کنند'],
    ['ar', 'ابنتي عمرها ١٥ وهي خائفة، خايفة شو رح يعملوا أخوتها'],
    ['ur', 'میری بیٹی ڈری ہوئی ہے کہ گھر والے اس کے ساتھ کیا کریں گے'],
    ['pl', 'Moja uczennica bardzo się boi, boi się co jej zrobią bracia.'],
    ['ru', 'Моя ученица очень боится, она боится что с ней сделают братья.'],
    ['uk', 'Моя учениця дуже боїться, боїться що з нею зроблять брати.'],
  ] as const)('%s: emergency: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['en', 'General question for a course: what if a girl is afraid of how her parents will react? What does the law say?'],
    ['nb', 'Hva om en elev er redd for faren sin? Vi lager et kurs for lærere.'],
  ] as const)('%s: a supposed or general fear stays calm: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});
