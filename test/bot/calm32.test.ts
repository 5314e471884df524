import type { Lang } from '../../src/language/languages';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Calm questions that got the emergency card (issue #13, session 32): a family's years in Norway read as a child's age,
 * and a happy, freely chosen wedding abroad asked about only to learn where an envoy sits. Each calm sentence has a
 * dangerous twin (a child's age, tears, force) that keeps its card.
 */
describe('calm32: a happy wedding abroad, told by a family long in Norway, is calm', () => {
  const runner = conversationRunnerPerFile();
  const situation = loadSituationReader();

  it.each<[Lang, string]>([
    ['nb', 'Vi har bodd i Norge i 14 år og trives godt.'],
    ['en', "We've been in Norway for 11 years now."],
    ['so', 'Norway joognay 9 sano.'],
    ['tr', "Norveç'te 13 yıldır yaşıyoruz."],
    ['pl', 'Mieszkamy w Norwegii od 10 lat.'],
    ['ru', 'Мы живём в Норвегии уже 12 лет.'],
  ])('%s: years lived in Norway are no child\'s age: %s', (lng, message) => {
    const read = situation.read(message, [], lng);
    expect(read.concepts.has('minor')).toBe(false);
    expect(read.concepts.has('selfAge')).toBe(false);
  });

  it('nb: a child\'s age said beside the years in Norway is still read', () => {
    expect(situation.read('Vi har bodd i Norge i 14 år. Datteren min er 15 år.', [], 'nb').concepts.has('minor')).toBe(true);
  });

  it.each<[Lang, string]>([
    ['nb', 'Vi har bodd i Norge i 14 år. Datteren min gifter seg med den hun elsker i Marokko i juli, og alle er kjempeglade. Hvilken ambassade har en spesialutsending for Marokko?'],
    ['en', "We've been in Norway for 11 years. My cousin is marrying the man she loves in Karachi this winter and she is over the moon. Which embassy has the envoy for Pakistan?"],
    ['so', 'Norway joognay 9 sano. Gabadhayda waxay guursanaysaa nin ay jeceshahay bisha dambe, qof walba waa faraxsan yahay. Safaaradee ayaa leh ergayga Itoobiya?'],
    ['tr', "Norveç'te 13 yıldır yaşıyoruz. Kızım sevdiği kişiyle yazın Antalya'da evleniyor, herkes mutlu. Türkiye için özel elçi hangi büyükelçilikte?"],
    ['pl', 'Mieszkamy w Norwegii od 10 lat. Moja córka wychodzi za mąż z ukochanym w Turcji latem, wszyscy są szczęśliwi. Która ambasada ma specjalnego wysłannika dla Turcji?'],
  ])('%s: a happy wedding of her own choice, envoy asked: no emergency card: %s', async (lng, message) => {
    const view = await runner.turn(lng, message);
    expect(view.emergency).toBe(false);
  });

  it.each<[Lang, string]>([
    ['nb', 'Vi har bodd i Norge i 14 år. Datteren min er 15 og skal gifte seg i Marokko i juli, hun gråter hver kveld. Hvem kan hjelpe?'],
    ['en', "We've been in Norway for 11 years. My cousin is 16 and they will marry her off in Karachi this winter, she cries every night. Which embassy can help?"],
    ['so', 'Norway joognay 9 sano. Gabadhayda waa 15 jir, waxaa lagu qasbayaa guur Itoobiya bisha dambe. Yaa caawin kara?'],
    ['tr', "Norveç'te 13 yıldır yaşıyoruz. Kızım 15 yaşında ve yazın Antalya'da zorla evlendirilecek, her gece ağlıyor. Kim yardım edebilir?"],
    ['pl', 'Mieszkamy w Norwegii od 10 lat. Moja córka ma 15 lat i latem w Turcji wydadzą ją za mąż wbrew jej woli, płacze. Kto może pomóc?'],
  ])('%s: the dangerous twin (a child, tears, force) keeps the emergency card: %s', async (lng, message) => {
    const view = await runner.turn(lng, message);
    expect(view.emergency).toBe(true);
  });
});
