import type { Lang } from '../../src/language/languages';
import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadScopeReader } from '../../src/understanding/scope-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';

/**
 * Session 21 (hb21b, issue #13, the held-back sets' classes), in this file's own phrasings: (1) a cutting told as an
 * old woman who will "fix" a girl, or having her fixed, on a trip abroad is danger; a bike fixed before a trip is not;
 * (2) a parent's own "I am not a violent man" / "I never hit my children" denies the harm (no concern), while "I hit my
 * daughter" is a beating; (3) drink-driving penalties, registering for the Norwegian test and municipal housing
 * applications are everyday errands, declined; a threat beside them keeps them in scope.
 */
const situation = loadSituationReader();
const danger = createDangerReader(situation);
const scope = loadScopeReader();
const isDanger = (lng: Lang, text: string) => danger.isDanger(prepareUtterance(text, lng));
const concerns = (lng: Lang, text: string) => danger.signals?.(prepareUtterance(text, lng)) ?? new Set<string>();
const outOfScope = (lng: Lang, text: string): readonly string[] => scope.read(text, concerns(lng, text)).outOfScope;

describe('a cutting said as "fixing" a girl abroad is danger', () => {
  it.each([
    ['en', 'a girl in my class says an old woman will fix her when the family visits Guinea in the summer holidays'],
    ['en', 'her grandmother wants to get her fixed when they travel to Somalia in July'],
    ['nb', 'eleven forteller at en gammel dame skal fikse henne når familien reiser til Gambia i sommerferien'],
    ['nn', 'ho seier at ei gammal dame skal fikse ho når dei reiser til Sudan i sommar'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(lng, text)).toBe(true);
  });

  it.each([
    ['en', 'my pupil asked me to fix her bike before her trip to Sudan this summer'],
    ['en', 'we fixed her laptop before the family went to Egypt in July'],
    ['nb', 'faren skal fikse sykkelen hennes før de reiser til Tyrkia i sommer'],
  ] as const)('calm: %s: %s', (lng, text) => {
    expect(isDanger(lng, text)).toBe(false);
  });
});

describe('a parent who says he is not violent tells no harm; a parent who says he hit his child does', () => {
  it.each([
    ['en', "I'm not a violent man and I never hit my kids, but my son (14) wants to stay out late. Who at school can I talk to?"],
    ['nb', 'Jeg er ikke voldelig og har aldri slått barna mine, men datteren min på 15 vil på fest. Hvem på skolen kan jeg snakke med?'],
    ['nn', 'Eg er ikkje valdeleg og eg slår aldri borna, men sonen min på 14 vil vere ute seint. Kven kan eg snakke med?'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(lng, text)).toBe(false);
    expect(danger.isConcern?.(prepareUtterance(text, lng), false) ?? false).toBe(false);
  });

  it('"I hit my daughter yesterday" is a beating', () => {
    expect(isDanger('en', 'I am not a violent man, but yesterday I hit my daughter because she came home late')).toBe(true);
  });
});

describe('everyday errands near the field are declined', () => {
  it.each([
    ['nb', 'hvor lang fengselsstraff kan man få for å kjøre i fylla?'],
    ['nb', 'hva er straffen for promillekjøring første gang?'],
    ['nn', 'kva er straffa for promillekøyring?'],
    ['en', 'what is the fine for drink driving in Norway?'],
    ['nn', 'korleis melder eg elevane mine opp til norskprøva i haust?'],
    ['nb', 'når er fristen for oppmelding til norskprøven?'],
    ['en', 'how do I register my students for the Norwegian test in spring?'],
    ['en', "I'm 25, how do I apply for municipal housing in Oslo?"],
    ['nb', 'jeg er 30 år, hvordan søker jeg kommunal bolig?'],
  ] as const)('%s: %s', (lng, text) => {
    expect(outOfScope(lng, text).length).toBeGreaterThan(0);
  });

  it('a threat beside the Norwegian test keeps it in scope', () => {
    expect(outOfScope('nb', 'faren truer med å slå henne hvis hun ikke består norskprøven')).toEqual([]);
  });
});
