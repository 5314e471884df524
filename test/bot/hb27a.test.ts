import { alarmed, isDanger } from '../helpers/danger-alarm';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Concepts matched by stems within a window (issue #13, hb27a): a fear of going home in any word order ("ikke tør å
 * dra hjem", "doesn't dare to go back home"), an injury named with a body part and done by a relative ("kutt på armen
 * … faren gjorde det"), a girl's cutting told as a purification ("rensefest", "nadiifin", "الطهارة") and the end of the
 * school year as a coming season. Phrasings written for this test; calm twins share the words.
 */
describe('hb27a: afraid to go home, in either word order', () => {
  it.each([
    ['nb', 'Eleven min sier at hun ikke tør å reise hjem etter trening i kveld.'],
    ['nb', 'Hun tør ikke lenger å gå hjem til faren sin.'],
    ['nn', 'Guten seier at han ikkje tør å dra heim etter skulen i dag.'],
    ['en', 'My student says she doesn\'t dare to go back home tonight.'],
    ['en', 'He is terrified to walk home after practice because of his uncle.'],
    ['pl', 'Uczennica mówi, że boi się dziś wrócić do domu.'],
    ['ru', 'Ученица говорит, что боится сегодня идти домой.'],
    ['uk', 'Учениця каже, що боїться сьогодні йти додому.'],
    ['tr', 'Öğrencim eve dönmeye cesaret edemiyor.'],
    ['ar', 'البنت تخاف أن تعود إلى المنزل اليوم.'],
    ['fa', 'شاگردم می ترسد امروز به خانه برگردد.'],
    ['so', 'Ardayda waxay ka baqaysaa inay guriga aado maanta.'],
    ['ti', 'ናብ ገዛ ክኸይድ እፈርህ እየ ትብል።'],
    ['ur', 'وہ آج گھر جانے سے ڈرتی ہے۔'],
  ] as const)('%s: emergency: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  // Daring to go home is no fear of home.
  it.each([
    ['nb', 'Hun tør å gå hjem alene nå, sier hun.'],
    ['en', 'She now dares to walk home on her own after school.'],
  ] as const)('%s: no alarm: %s', (lng, text) => {
    expect(alarmed(text, lng)).toBe(false);
  });

  // Decided: a fear of going home is read as danger even when the writer gives a harmless reason. The reader cannot
  // weigh the reason, and recall matters more than precision here (main read this phrasing the same way before).
  it('a harmless reason does not take back the fear of going home', () => {
    expect(isDanger('jeg tør ikke å gå hjem i mørket fordi det er glatt', 'nb')).toBe(true);
  });
});

describe('hb27a: an injury named with a body part, done by a relative', () => {
  it.each([
    ['nb', 'Eleven har et langt kutt på armen og sier at faren gjorde det.'],
    ['nn', 'Pasienten har eit djupt kutt over handa, og ho seier at broren gjorde det.'],
    ['en', 'She came in with a deep cut on her forearm and says her brother did it.'],
    ['pl', 'Uczennica ma ranę na ręce i mówi, że zrobił to ojciec.'],
    ['ru', 'У девушки порез на руке, она говорит, что это сделал брат.'],
    ['uk', 'У дівчини поріз на руці, вона каже, що це зробив брат.'],
    ['tr', 'Kızın kolunda derin bir kesik var, ağabeyi yapmış.'],
    ['ar', 'جاءت مع جرح في ذراعها وتقول إن أخوها فعل ذلك.'],
    ['fa', 'با زخم روی دستش آمد و گفت برادرش این کار را کرد.'],
    ['ur', 'اس کے بازو پر زخم ہے اور وہ کہتی ہے کہ بھائی نے کیا۔'],
    ['so', 'Gabadhu waxay leedahay nabar gacanta ah, walaalkeed ayaa sameeyay.'],
    ['ti', 'ኣብ ኢዳ ቑስሊ ኣለዋ፣ ሓዋ እዩ ገይሩ ትብል።'],
  ] as const)('%s: emergency: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it('a duty-to-avert question about it keeps the alarm', () => {
    expect(isDanger('Har jeg avvergeplikt? En kvinne på 19 har kutt i ansiktet og sier mannen hennes gjorde det.', 'nb')).toBe(true);
  });

  // A sports or kitchen injury with no relative named stays calm.
  it.each([
    ['nb', 'Jeg fikk et kutt i armen på håndballkampen i går.'],
    ['nn', 'Eg fekk eit kutt i handa på fotballtreninga.'],
    ['en', 'I got a cut on my hand in the school kitchen today.'],
  ] as const)('%s: no alarm: %s', (lng, text) => {
    expect(alarmed(text, lng)).toBe(false);
  });
});

describe('hb27a: a girl\'s cutting told as a purification', () => {
  it.each([
    ['nb', 'Ei jente på 10 sier hun skal på rensefest hos mormor i sommerferien.'],
    ['nn', 'Ei jente på 9 fortel at ho skal på reinsefest hos tanta i Gambia.'],
    ['en', 'Her aunt will take the 8-year-old to Sierra Leone this summer to be purified.'],
    ['so', 'Hooyadeed waxay leedahay gabadha 8 jirka ah waa lagu nadiifin doonaa Itoobiya xagaagan.'],
    ['ar', 'قالت الأم إن ابنتها ذات التسع سنوات ستسافر إلى مصر في الصيف من أجل الطهارة.'],
  ] as const)('%s: emergency: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['nb', 'Jenta på 12 skal hjelpe tanta å rense teppene i sommer.'],
    ['so', 'Gabadha 12 jirka ah waxay nadiifisaa guriga xagaagan.'],
  ] as const)('%s: no alarm: %s', (lng, text) => {
    expect(alarmed(text, lng)).toBe(false);
  });
});

describe('hb27a: the end of the school year is a coming season', () => {
  it.each([
    ['nb', 'Eleven på 15 skal sendes til Pakistan ved skoleslutt.'],
    ['nn', 'Eleven på 14 skal sendast til Somalia etter skuleslutt.'],
    ['en', 'My pupil, 14, will be sent to Somalia at the end of the school year.'],
    ['pl', 'Uczennica (14) ma zostać wysłana do Pakistanu pod koniec roku szkolnego.'],
    ['ru', 'Ученицу 14 лет отправят в Дагестан в конце учебного года.'],
    ['tr', 'Öğrencim 14 yaşında, okul bitince Türkiye\'ye gönderilecek.'],
  ] as const)('%s: alarm: %s', (lng, text) => {
    expect(alarmed(text, lng)).toBe(true);
  });
});

describe('hb27a: the answer to a purification told of a pupil names child welfare', () => {
  const runner = conversationRunnerPerFile();

  it('nb: emergency card and child welfare', async () => {
    const view = await runner.turn('nb', ['ei jente i 4. klasse sier at hun skal på rensefest hos bestemor i sommerferien, slik som kusinene. hva bør jeg gjøre?']);
    expect(view.emergency).toBe(true);
    expect(view.texts.join(' ')).toMatch(/barnevern/i);
  });
});
