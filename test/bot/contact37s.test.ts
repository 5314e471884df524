import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

// ─── The envoy's other countries asked after whom to call for someone held there (issue #13, contact37s) ───────

/**
 * "Which other countries does the envoy in Ankara cover?" after a question about someone held in Turkey: the city names
 * the post just answered (Ankara is in Turkey), not another country asked about, and the card about whom to call for
 * the person (which lists no coverage) gives way to the post's own card, which names Russia (mostly Chechnya) too.
 * The emergency card stays first (the person is held). Twins: another post's city asks that post, never Ankara's
 * countries; the coverage asked without a person held keeps answering as before.
 */
describe('envoy coverage after someone held abroad (contact37s)', () => {
  const runner = conversationRunnerPerFile();
  const RUSSIA = ['Rusya', 'Russia', 'Russland', 'Росси', 'Chechnya', 'Tsjetsjenia', 'Çeçen', 'Чечн'];

  it.each<[Lang, string, string]>([
    ['tr', "Norveç vatandaşı 19 yaşındaki kızımız Türkiye'de akrabaları tarafından zorla tutuluyor. Ne yapabiliriz?", 'Ankaradaki elçi başka hangi ülkelere bakıyor'],
    ['tr', "Norveçli 17 yaşındaki kuzenim Türkiye'de ailesi tarafından tutuluyor, kime başvurabiliriz?", "Ankara'daki elçi başka hangi ülkelerden sorumlu?"],
    ['tr', "Norveçli 17 yaşındaki kuzenim Türkiye'de ailesi tarafından tutuluyor, kime başvurabiliriz?", "Ankara'daki özel görevli başka hangi ülkeleri kapsıyor?"],
    ['en', 'My Norwegian cousin, 17, is held by her family in Turkey, who can we contact?', 'Which other countries does the envoy in Ankara cover?'],
    ['ru', 'Мою сестру, гражданку Норвегии, держат родственники в Турции. Куда обращаться?', 'А какие ещё страны курирует посланник в Анкаре?'],
  ])('%s: %s → %s names Russia', async (lng, first, next) => {
    const view = await runner.turn(lng, [first, next]);
    expect(view.emergency).toBe(true);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, RUSSIA)).toBe(true);
  });

  it('tr: another post named after Turkey is not Ankara\'s coverage', async () => {
    const view = await runner.turn('tr', ["Norveç vatandaşı kızımız Türkiye'de akrabaları tarafından zorla tutuluyor. Ne yapabiliriz?", "Amman'daki elçi hangi ülkelere bakıyor?"]);
    expect(containsFact(view.texts, ['Amman'])).toBe(true);
    expect(containsFact(view.texts, RUSSIA)).toBe(false);
  });

  it('nb: the coverage asked after a calm envoy question stays calm and names the post', async () => {
    const view = await runner.turn('nb', ['Hvilken spesialutsending dekker Tyrkia?', 'hvilke andre land har hun ansvar for?']);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['Ankara'])).toBe(true);
  });
});

// ─── The e-mail asked as a follow-up (issue #13, contact37s) ───────────────────────────────────────────────────

/** "And the e-mail?" after Kompetanseteamet or UD's operations centre: that service's published address. */
describe('the e-mail as a follow-up (contact37s)', () => {
  const runner = conversationRunnerPerFile();

  it.each<[Lang, string, string, string]>([
    ['nb', 'Kan barnehager bruke Kompetanseteamet?', 'og e-posten?', 'kompetanseteamet@bufdir.no'],
    ['nb', 'Kan barnehager bruke Kompetanseteamet?', 'har de epost?', 'kompetanseteamet@bufdir.no'],
    ['ru', 'Какой номер у оперативного центра МИД Норвегии?', 'А электронная почта?', 'UDops@mfa.no'],
    ['ru', 'Какой номер у оперативного центра МИД Норвегии?', 'И какой у них e-mail?', 'UDops@mfa.no'],
  ])('%s: %s → %s', async (lng, first, next, address) => {
    const view = await runner.turn(lng, [first, next]);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, [address])).toBe(true);
  });
});
