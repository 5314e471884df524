import type { Activity } from 'botbuilder';
import { oneAppPerFile } from '../helpers/test-app';
import { isEmergencyReply } from '../helpers/emergency-reply';

/**
 * Follow-ups that keep the context of the service last answered (issue #13): the envoys after a country (a person of
 * another nationality in Turkey is Ankara's, "how many envoys are there?"), where the diversity advisers work and how
 * many they were in a year, and a detail asked after a topic's article (the service its card says to call first).
 */
const body = (reply: Partial<Activity>): string => JSON.stringify(reply.attachments?.[0]?.content ?? {});
const bodies = (replies: readonly Partial<Activity>[]): string => replies.map(body).join('\n');

describe('conversation: follow-ups about the envoys, the advisers and a service named on an article', () => {
  const { chat } = oneAppPerFile();

  it.each([
    ['nb', 'hvilken spesialutsending dekker Tyrkia?', 'gjelder det også syrere som bor i Tyrkia?'],
    ['en', 'which envoy covers Turkey?', 'does that include Syrians living in Turkey?'],
    ['tr', "Türkiye'den hangi özel temsilci sorumlu?", "Türkiye'de yaşayan Iraklılar için de mi?"],
  ])('%s: after Turkey, a person of another nationality living in Turkey is still the envoy in Ankara', async (_lng, first, second) => {
    await chat()
      .send(first)
      .assertReply((reply) => expect(body(reply)).toContain('Ankara'))
      .send(second)
      .assertReply((reply) => {
        expect(body(reply)).toContain('Ankara');
        expect(body(reply)).not.toContain('Amman');
      })
      .startTest();
  });

  it('ru: after Russia, a girl from Chechnya taken to Turkey is the envoy in Ankara, not "did you mean"', async () => {
    await chat()
      .send('какой посол отвечает за Россию?')
      .assertReply(() => undefined)
      .send('а если девочку из Чечни отвезли в Турцию?')
      .assertReply((reply) => expect(body(reply)).toMatch(/Анкар/))
      .startTest();
  });

  it.each([
    ['nb', 'hvilken ambassade dekker Somalia?', 'hvor mange slike utsendinger finnes det?'],
    ['en', 'which envoy covers Kenya?', 'how many envoys are there altogether?'],
  ])('%s: after a country\'s envoy, "how many envoys are there?" counts the envoys', async (_lng, first, second) => {
    await chat()
      .send(first)
      .assertReply((reply) => expect(body(reply)).toContain('Nairobi'))
      .send(second)
      .assertReply((reply) => {
        expect(body(reply)).toMatch(/spesialutsending|special envoys/i);
        expect(body(reply)).toContain('"4"');
        expect(body(reply)).not.toContain('245');
      })
      .startTest();
  });

  it('uk: after the advisers\' card, "how many were there in 2023?" is their headcount that year', async () => {
    await chat({ locale: 'uk-UA' })
      .send('як зв’язатися з радником з питань різноманіття?')
      .assertReply((reply) => expect(body(reply)).toContain('imdi.no'))
      .send('а скільки їх було в 2023 році?')
      .assertReply((reply) => {
        expect(body(reply)).toContain('59');
        expect(body(reply)).not.toContain('899');
      })
      .startTest();
  });

  it.each([
    ['nb', 'hva er en mangfoldsrådgiver?', 'finnes de på ungdomsskoler også?', 'ungdomsskoler'],
    ['nn', 'kven er mangfaldsrådgivarane', 'kvar jobbar dei?', 'ungdomsskular'],
    ['en', 'who are the diversity advisers', 'where are they based?', 'lower-secondary'],
    ['pl', 'czym zajmuje się mangfoldsrådgiver?', 'czy pracują też w ośrodkach kształcenia dorosłych?', 'kształcenia dorosłych'],
    ['tr', 'mangfoldsrådgiver ne yapar?', 'ortaokullarda da var mı?', 'ortaokul'],
  ])('%s: after the advisers, where they work is told by their article', async (_lng, first, second, place) => {
    await chat()
      .send(first)
      .assertReply(() => undefined)
      .send(second)
      .assertReply((reply) => {
        expect(body(reply)).toContain(place);
        expect(body(reply)).toContain('59');
      })
      .startTest();
  });

  it('uk: after the advisers\' headcount, "are they at adult-education centres too?" is that figure again, which says where they work', async () => {
    await chat()
      .send('скільки радників з різноманіття працює в Норвегії?')
      .assertReply((reply) => expect(body(reply)).toContain('59'))
      .send('а в центрах освіти для дорослих вони теж є?')
      .assertReply((reply) => expect(body(reply)).toMatch(/освіти (для )?дорослих/))
      .startTest();
  });

  it('after the advisers, their phone number is still their card (numbers per school on imdi.no), not the article', async () => {
    await chat()
      .send('hva gjør mangfoldsrådgiverne')
      .assertReply(() => undefined)
      .send('hvor finner jeg telefonnummeret til rådgiveren?')
      .assertReply((reply) => expect(body(reply)).toContain('imdi.no'))
      .startTest();
  });

  it.each([
    ['nb', 'hva er kjønnslemlestelse?', 'har de e-post?', 'kompetanseteamet@bufdir.no'],
    ['en', 'what is honour-related violence?', 'are they open on saturdays?', '09:00–15:00'],
    ['ru', 'что такое принудительный брак?', 'а электронная почта у них есть?', 'kompetanseteamet@bufdir.no'],
  ])('%s: after a topic\'s article, a detail asked is the service its card says to call first', async (_lng, first, second, detail) => {
    const replies: Partial<Activity>[] = [];
    await chat()
      .send(first)
      .assertReply(() => undefined)
      .send(second)
      .assertReply((reply) => {
        replies.push(reply);
        expect(isEmergencyReply(reply)).toBe(false);
      })
      .startTest();
    expect(bodies(replies)).toContain(detail);
    expect(bodies(replies)).toContain('478 09 050');
  });
});
