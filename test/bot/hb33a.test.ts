import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile, expectAnsweredWith } from '../helpers/conversation-runner';
import { alarmed, dutyOf, expectCalmByTheRules, isDanger } from '../helpers/danger-alarm';

/**
 * hb33a (issue #13): a front-line worker's duty question, and two dangers told beside another need. Own probe
 * sentences (no å/ø, nynorsk, English as typed, Urdu), never the evaluation's.
 *
 * 1. Duty asked in words the role reader did not know ("er vi pliktige til", "are we required to tell someone",
 *    "میری کیا ذمہ داری ہے"): the duty article with Kompetanseteamet's advice line, not "did you mean".
 * 2. A death threat said as "she won't live if …" ("ho skal ikkje leve om …"), and a threat said after violence to a
 *    thing ("he smashed my phone and said next time it's me"): the emergency card. Their calm twins (a plant that
 *    won't live; "next time it's me who presents") stay calm.
 */
describe('hb33a: duty questions from staff outside school', () => {
  const runner = conversationRunnerPerFile();

  const duty: [Lang, string][] = [
    ['nb', 'er vi pliktige til å si fra når en beboer på mottaket sier at mannen passer på alt hun gjør?'],
    ['nb', 'er vi pliktige til a melde fra nar en beboer pa mottaket aldri far ga ut alene'],
    ['nn', 'er vi pliktige til å melde frå når ei kvinne på mottaket ikkje får gå ut åleine?'],
    ['en', 'as asylum centre staff, are we required to tell anyone if a resident says her husband controls her money?'],
    ['en', 'am i obliged to tell someone if a participant in my norwegian class says her brother checks her phone every evening'],
    ['ur', 'مرکز میں ایک خاتون کا شوہر اسے باہر نہیں جانے دیتا۔ ہماری کیا ذمہ داری ہے؟'],
  ];

  it.each(duty)('%s duty question "%s": a duty read, answered with Kompetanseteamet 478 09 050, no emergency card', async (lang, text) => {
    expect(dutyOf(text)).toBe(true);
    await expectAnsweredWith(runner, lang, text, [['478 09 050', '47809050']]);
    const view = await runner.turn(lang, text);
    expectCalmByTheRules(view, text, lang);
  });
});

describe('hb33a: a death threat or a threat told beside another need', () => {
  const runner = conversationRunnerPerFile();

  const danger: [Lang, string][] = [
    ['nn', 'mannen hennar sa at ho ikkje skal leve om ho fortel nokon om det, kven kan vi ringje?'],
    ['nb', 'faren sa at hun ikke skal leve hvis hun gifter seg med han. hva gjør vi på kontoret nå?'],
    ['en', 'her brother said she will not live if she marries that guy, what can our centre do'],
    ['nb', 'broren min knuste mobilen og sa neste gang er det meg. hvilken app kan jeg bruke for å skjule chatten?'],
    ['nn', 'bror min knuste telefonen og sa neste gong er det meg'],
    ['en', 'my dad broke my laptop and said next time it\'ll be me, which browser hides history best'],
  ];
  const calm: [Lang, string][] = [
    ['nb', 'neste gang er det meg som skal holde innlegget på kurset om negativ sosial kontroll'],
    ['en', 'next time it\'s me who presents at the staff meeting on forced marriage'],
    ['en', 'the plants in the reception centre won\'t live if nobody waters them'],
    ['nb', 'planten på kontoret skal ikke leve hvis den står i sola hele dagen'],
  ];

  it.each(danger)('%s "%s": danger read, the emergency card first', async (lang, text) => {
    expect(isDanger(text, lang)).toBe(true);
    const view = await runner.turn(lang, text);
    expect(view.emergency).toBe(true);
  });

  it('a young writer hiding a threat behind a tech question gets the children\'s line (116 111)', async () => {
    const view = await runner.turn('en', 'which vpn hides my browsing from my brothers? they smashed my phone and said next time its me');
    expect(view.emergency).toBe(true);
    expect(view.texts.some((t) => /116 ?111/.test(t))).toBe(true);
  });

  it.each(calm)('%s calm twin "%s": no danger read', (lang, text) => {
    expect(alarmed(text, lang)).toBe(false);
  });
});
