import { prepareUtterance } from '../../src/understanding/understand';
import type { Lang } from '../../src/language/languages';
import { createTriageRecognizer, TRIAGE_SCORE, TRIAGE_SCORE_WHEN_ASKING_WHO } from '../../src/triage';

const recognizer = createTriageRecognizer();
const score = (text: string, lng: Lang = 'nb'): number | undefined => recognizer.recognize(prepareUtterance(text, lng))[0]?.score;

describe('triage recognizer: "I\'m worried about a pupil" starts the triage', () => {
  it.each([
    ['nb', 'jeg er bekymret for en elev'],
    ['nb', 'Jeg er litt bekymra for ei av jentene i klassen'],
    ['nb', 'bekymret for en 14 år gammel gutt'],
    ['nb', 'jeg er bekymrt for en elev'],
    ['nn', 'eg er uroa for ein elev'],
    ['nn', 'eg er lærar og uroleg for ein gut'],
    ['en', "I'm worried about a pupil"],
    ['en', 'we are concerned about one of our students'],
    ['ar', 'أنا قلق على طالبة'],
    ['so', 'Waxaan ka welwelsanahay arday'],
    ['fa', 'من در مورد یک شاگرد نگران هستم'],
    ['ur', 'مجھے ایک طالبہ کی فکر ہے'],
    ['uk', 'Я хвилююся за ученицю'],
    ['ru', 'Я беспокоюсь за ученика'],
    ['tr', 'Bir öğrencim için endişeliyim'],
    ['pl', 'Martwię się o uczennicę'],
    ['ti', 'ብዛዕባ ሓንቲ ተምሃሪት ተሻቒለ ኣለኹ'],
  ] as const)('%s: %s', (lng, text) => {
    expect(score(text, lng)).toBe(TRIAGE_SCORE);
  });

  it.each([
    ['bekymret for at eleven skal sendes til hjemlandet', 'a worry about an event, not about a person'],
    ['foreldrene er bekymret for datteren', "someone else's worry"],
    ['en elev skal på ferie til Afghanistan og vi er bekymret', 'no person after the worry'],
    ['hva er meldeplikt når jeg er bekymret for en elev', 'a question about a duty'],
    ['Eleven er holdt tilbake i Somalia', 'a contact question'],
    ['hjelp', 'a command'],
  ])('leaves alone: %s (%s)', (text) => {
    expect(score(text)).toBeUndefined();
  });

  it('yields to the contact card when the message asks whom to call', () => {
    expect(score('hvem skal jeg ringe når jeg er bekymret for en elev')).toBe(TRIAGE_SCORE_WHEN_ASKING_WHO);
  });
});
