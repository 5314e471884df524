import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';
import type { Lang } from '../../src/language/languages';

/**
 * Session 18: classes found by the lead's own probe messages (written here in our own words, not copied from an
 * evaluation set): (1) being sent home or abroad as the price of what the person does ("they will send me back if I
 * keep seeing him"), a threat when said beside control of her life, her own family or spouse, a country, or of the
 * writer herself — while "sent home if she has a fever" stays school speech; (2) "you will not live" said by a relative
 * (ru "тебе не жить", uk "тобі не жити") as a death threat.
 */
const situation = loadSituationReader();
const danger = createDangerReader(situation);
const isDanger = (text: string, lng: Lang) => danger.isDanger(prepareUtterance(text, lng));

describe('danger: sent home or abroad as the price of what she does', () => {
  it.each([
    ['nb', 'en deltaker på norskkurset sier mannen styrer pengene hennes og har sagt hun blir sendt tilbake til Somalia hvis hun snakker med noen om det'],
    ['nb', 'foreldrene mine sier de sender meg hjem hvis jeg fortsetter å treffe kjæresten min'],
    ['nn', 'faren min seier eg blir sendt heim viss eg ikkje sluttar å gå ut med venner'],
    ['en', 'my dad said they will send me back to pakistan if i keep seeing my boyfriend'],
    ['ru', 'муж проверяет её телефон и говорит, что отправят её домой если она пожалуется'],
    ['uk', 'батьки кажуть що відправлять мене додому якщо я не припиню зустрічатися з ним'],
    ['pl', 'rodzice mówią, że odeślą mnie do domu jeśli dalej będę się z nim spotykać'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['nb', 'eleven blir sendt hjem hvis hun har feber, hva sier reglene om fravær?'],
    ['nn', 'kva er reglane når ein elev blir sendt heim om ho er sjuk'],
    ['en', 'a pupil gets sent home if she has a fever, is that legal?'],
    ['uk', 'якщо дитина хворіє, її відправлять додому? які правила в школі'],
    ['pl', 'czy szkoła może odesłać ucznia do domu jeśli ma gorączkę'],
  ] as const)('calm: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('danger: "you will not live" from a relative', () => {
  it.each([
    ['ru', 'отец сказал если я не перестану встречаться с ним, то мне не жить'],
    ['ru', 'брат написал сестре: тебе не жить, если опозоришь семью'],
    ['uk', 'дядько сказав їй, що їй не жити, якщо вона піде з дому'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});
