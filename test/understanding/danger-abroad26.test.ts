import { alarmed } from '../helpers/danger-alarm';

/**
 * Issue #13 (abroad26): a person abroad who pleads to be helped home, or wants back to Norway, told in contact words
 * ("which embassy?", "who can help?"), is held there now: the emergency numbers come first, in all twelve languages.
 * A stay meant to bring someone "to her senses" is a long stay against her will. Sentences written for this test.
 */
describe('abroad26: held abroad, told in contact words', () => {
  it.each([
    ['nb', 'Eleven min er hos slekta i Irak og ber om å få komme hjem. Hvem kan hjelpe henne?'],
    ['nn', 'Eleven min er hos slekta i Irak og skriv: hjelp meg heim. Kven kan hjelpe?'],
    ['en', 'My niece is in Somalia with her uncle and texted me: help me get home. Which embassy do we call?'],
    ['so', 'walaashay waxay joogtaa Kenya, waxay rabtaa inay Norway ku soo noqoto. yaa caawin kara?'],
    ['ru', 'Моя дочь в Дагестане у родственников и хочет вернуться в Норвегию. Куда звонить?'],
    ['ar', 'ابنتي في اليمن عند أهل زوجي وتريد العودة إلى النرويج، من يساعدنا؟'],
    ['fa', 'دخترم در ایران است و می خواهد به نروژ برگردد، به کجا زنگ بزنیم؟'],
    ['pl', 'Moja córka jest w Pakistanie u rodziny ojca i chce wrócić do Norwegii. Kto może pomóc?'],
    ['ti', 'ጓለይ ኣብ ሱዳን ኣላ፡ ናብ ኖርወይ ክትምለስ ትደሊ። መን ይሕግዘና?'],
    ['tr', 'Kızım babasının ailesiyle Irak ta kaldı ve Norveç e dönmek istiyor. Kim yardım edebilir?'],
    ['uk', 'Моя донька в Чечні у родичів батька і хоче повернутися до Норвегії. Куди дзвонити?'],
    ['ur', 'میری بیٹی پاکستان میں ہے اور ناروے واپس آنا چاہتی ہے، کون مدد کرے گا؟'],
    // A stay abroad meant to bring the writer "to her senses".
    ['ru', 'Родители хотят отвезти меня в Дагестан к тёте, чтобы я одумалась. Кому писать?'],
    ['en', 'My parents are sending me to Iraq so I come to my senses. Who do I contact?'],
    ['nb', 'Foreldrene vil sende meg til Somalia så jeg skal komme til fornuft. Hvem kontakter jeg?'],
  ] as const)('%s: alarm: %s', (lng, text) => {
    expect(alarmed(text, lng)).toBe(true);
  });

  it.each([
    ['en', 'Which embassy covers Somalia? We are planning a family visit.'],
    ['en', 'I lost my passport on holiday in Turkey, please help me get home.'],
    ['nb', 'Jeg mistet passet på ferie i Pakistan, kan noen hjelpe meg hjem?'],
    ['nb', 'Datteren min skal på utveksling i Tyrkia et år, hvilken ambassade dekker det?'],
    ['ru', 'Я еду на год учиться в Турцию, какое посольство за это отвечает?'],
    ['ar', 'أي سفارة نرويجية تغطي العراق؟ نخطط لزيارة عائلية.'],
  ] as const)('%s: no alarm: %s', (lng, text) => {
    expect(alarmed(text, lng)).toBe(false);
  });
});
