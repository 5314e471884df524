import type { Activity } from 'botbuilder';
import { containsFact } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { isEmergencyReply } from '../helpers/emergency-reply';
import { expectCalmByTheRules } from '../helpers/danger-alarm';
import { loadTransliterator } from '../../src/language/transliterate';
import { cardJson, cardTextOf, talk } from '../helpers/replies';
import { oneAppPerFile } from '../helpers/test-app';

/** The bot's transliteration of Latin-typed Russian and Ukrainian, to read a message as the bot reads it. */
const TRANSLITERATOR = loadTransliterator();

/**
 * Follow-ups through the real bot: what a next message means after the last answer (its subject, country, figures,
 * service, the age band). One app for the file (test/helpers/test-app.ts, oneAppPerFile); a describe per class, each
 * the former file named in its first line. The follow-up readers alone: test/conversation/.
 */

// (was follow-up-conversation.test.ts)
describe('conversation: follow-ups keep the last answer’s subject', () => {
  function cardText(activity: Partial<Activity>): string {
    const attachment = activity.attachments?.[0];
    expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    return JSON.stringify(attachment?.content);
  }

  const { chat } = oneAppPerFile();

  it('"og i 2008?" after the diversity advisers’ cases in 2023 asks the same for 2008', async () => {
    await talk(
      chat(),
      ['hvor mange saker hadde mangfoldsrådgiverne i 2023?', (reply) => expect(cardText(reply)).toContain('2023')],
      ['og i 2008?', (reply) => {
        const text = cardText(reply);
        expect(text).toContain('2008');
        expect(text).toMatch(/[Mm]angfoldsrådgiver|[Mm]inoritetsrådgiver/);
      }],
    );
  });

  it('"who covers Iraq?" → "and Somalia?" routes Somalia: Nairobi', async () => {
    await talk(
      chat({ locale: 'en-US' }),
      ['who covers Iraq?', (reply) => expect(cardText(reply)).toContain('Amman')],
      ['and Somalia?', (reply) => {
        const text = cardText(reply);
        expect(text).toContain('Nairobi');
        expect(text).not.toContain('Amman');
      }],
    );
  });

  it('pushback after Iran → Amman restates Amman, not the city the user guessed', async () => {
    await talk(
      chat(),
      ['hvem dekker Iran?', (reply) => expect(cardText(reply)).toContain('Amman')],
      ['er du sikker? jeg trodde det var Ankara', (reply) => expect(cardText(reply)).toContain('Amman')],
    );
  });

  it('"når har de åpent?" after the Kompetanseteamet card shows that service again', async () => {
    await talk(
      chat(),
      ['telefonnummer til Kompetanseteamet', (reply) => expect(cardText(reply)).toContain('478 09 050')],
      ['når har de åpent?', (reply) => expect(cardText(reply)).toContain('478 09 050')],
    );
  });

  it('"og i 2021?" after a question about FGM cases stays about FGM cases', async () => {
    await talk(
      chat(),
      ['hvor mange saker om kjønnslemlestelse hadde Kompetanseteamet i 2022?', (reply) => expect(cardText(reply)).toContain('kjønnslemlestelse')],
      ['og i 2021?', (reply) => {
        const text = cardText(reply);
        expect(text).toContain('2021');
        expect(text).toContain('kjønnslemlestelse');
      }],
    );
  });

  it('"w jakich godzinach działa?" after the Kompetanseteamet card shows that service again', async () => {
    await talk(
      chat({ locale: 'pl-PL' }),
      ['Jaki jest numer do Kompetanseteamet?', (reply) => expect(cardText(reply)).toContain('478 09 050')],
      ['w jakich godzinach działa?', (reply) => expect(cardText(reply)).toContain('478 09 050')],
    );
  });
});

// (was follow-up-anonymous-described.test.ts)
/**
 * Staying anonymous said in other words than "anonymous" ("if I don't want them to know my name"), as a follow-up to
 * a service's number: the anonymous line (Røde Kors-telefonen, 815 55 201) is named.
 */
describe('conversation: a follow-up that describes staying anonymous gets the anonymous line', () => {
  const { chat } = oneAppPerFile();

  it.each([
    ['nb-NO', 'hva er nummeret til Kompetanseteamet?', 'og hvis jeg ikke vil at de skal vite navnet mitt?'],
    ['en-US', "what's the number for Kompetanseteamet?", "what if I don't want them to know my name?"],
    ['uk-UA', 'який номер Kompetanseteamet?', "а якщо я не хочу, щоб знали моє ім'я?"],
    ['ru-RU', 'какой телефон у Kompetanseteamet?', 'а можно так, чтобы никто не узнал моё имя?'],
    ['tr-TR', "Kompetanseteamet'in numarası ne?", 'peki kimse adımı bilmesin istiyorsam?'],
  ])('%s', async (locale, first, second) => {
    const [, answer] = await talk(chat({ locale }), [first, (reply) => expect(JSON.stringify(reply.attachments?.[0]?.content)).toContain('478 09 050')], second);
    expect(JSON.stringify(answer?.attachments?.[0]?.content)).toContain('815 55 201');
  });
});

// (was follow-up-countries.test.ts)
/**
 * Issue #13 (follow-ups about envoys): after an answer about one country's envoy, a longer follow-up that names
 * another country ("what if they take her to X instead?") asks the same for that country, in every script.
 */
describe('conversation: a country follow-up after an envoy answer', () => {
  /** Every text of the replies' cards, as one string. */
  function cardsText(activities: readonly Partial<Activity>[]): string {
    return activities.map((a) => JSON.stringify(a.attachments?.map((x) => x.content) ?? [])).join('\n');
  }

  const { chat } = oneAppPerFile();

  const cases: readonly { lng: string; locale: string; first: string; firstCity: string; then: string; city: string }[] = [
    { lng: 'nb', locale: 'nb-NO', first: 'hvilken ambassade dekker Pakistan?', firstCity: 'Islamabad', then: 'hva om de heller tar henne med til Eritrea da?', city: 'Nairobi' },
    { lng: 'nn', locale: 'nn-NO', first: 'kva ambassade dekkjer Pakistan?', firstCity: 'Islamabad', then: 'kva viss dei tek henne med til Eritrea i staden?', city: 'Nairobi' },
    { lng: 'ur', locale: 'ur-PK', first: 'ایران کے لیے کون سا سفارت خانہ ذمہ دار ہے؟', firstCity: 'Amman', then: 'اور اگر وہ لڑکی بنگلہ دیش میں ہو تو؟', city: 'Islamabad' },
    { lng: 'fa', locale: 'fa-IR', first: 'کدام سفارت مسئول سومالی است؟', firstCity: 'Nairobi', then: 'اگر او را به جای سومالی به عراق ببرند چه؟', city: 'Amman' },
    { lng: 'ti', locale: 'ti-ER', first: 'ኣየናይ ኤምባሲ ንፓኪስታን ይሕግዝ?', firstCity: 'Islamabad', then: 'ናብ ኤርትራ እንተ ወሲዶማኸ?', city: 'Nairobi' },
    { lng: 'uk', locale: 'uk-UA', first: 'Яке посольство відповідає за Пакистан?', firstCity: 'Islamabad', then: 'а якщо її відвезуть до Ірану замість Пакистану?', city: 'Amman' },
    { lng: 'tr', locale: 'tr-TR', first: 'Pakistan için hangi büyükelçilik sorumlu?', firstCity: 'Islamabad', then: "peki kızı Eritre'ye götürürlerse ne olur?", city: 'Nairobi' },
    { lng: 'pl', locale: 'pl-PL', first: 'Która ambasada odpowiada za Pakistan?', firstCity: 'Islamabad', then: 'a jeśli zabiorą ją do Erytrei zamiast do Pakistanu?', city: 'Nairobi' },
    { lng: 'so', locale: 'so-SO', first: "Safaaradee ayaa mas'uul ka ah Pakistan?", firstCity: 'Islamabad', then: 'haddii ay gabadha u qaadaan Eritrea beddelkeeda?', city: 'Nairobi' },
  ];

  it.each(cases)('$lng: "$then" after "$first" is answered with $city', async ({ locale, first, firstCity, then, city }) => {
    const replies = await talk(chat({ locale }), [first, (reply) => expect(cardsText([reply])).toContain(firstCity)], then);
    expect(cardsText(replies.slice(1))).toContain(city);
  });

  it('a sure topic question that names a country stays its own question ("signs … in families from Pakistan")', async () => {
    const replies = await talk(
      chat({ locale: 'en-US' }),
      ['which embassy covers Iraq?', (reply) => expect(cardsText([reply])).toContain('Amman')],
      'what are the signs of forced marriage in families from Pakistan?',
    );
    expect(cardsText(replies.slice(1))).not.toContain('Islamabad');
  });
});

// (was follow-up-details.test.ts)
describe('conversation: follow-ups about a service\'s details', () => {
  /**
   * Follow-ups about a service's details (issue #13): after a contact card, "what if it is acute after closing time?" gets
   * the numbers open day and night; after the article about a service, "when are they open?" gets its contact card; a
   * named service's helpline asked for is its contact card, not the article on the topic named beside it.
   */
  const { chat } = oneAppPerFile();

  it('after a contact card, an urgent question after closing time gets the emergency numbers', async () => {
    await talk(
      chat(),
      ['kompetanseteamet tlf?', (reply) => expect(isEmergencyReply(reply)).toBe(false)],
      ['og hvis det skjer noe akutt etter stengetid?', (reply) => {
        expect(isEmergencyReply(reply)).toBe(true);
        expect(cardJson(reply)).toContain('tel:112');
      }],
    );
  });

  it('after a contact card, a longer after-hours question that says why gets the emergency numbers too', async () => {
    await talk(
      chat(),
      ['kompetanseteamet tlf?', (reply) => expect(isEmergencyReply(reply)).toBe(false)],
      ['og utenfor åpningstiden? vi har ofte samtaler med familier sent på ettermiddagen og må vite hvem vi kan ringe da', (reply) => {
        expect(isEmergencyReply(reply)).toBe(true);
        expect(cardJson(reply)).toContain('tel:112');
      }],
    );
  });

  it('after the article about Kompetanseteamet, "when are they open?" gets its phone and hours', async () => {
    await talk(
      chat(),
      'Hva er Kompetanseteamet?',
      ['når har de åpent og hvordan ringer jeg dem?', (reply) => {
        expect(cardJson(reply)).toContain('478 09 050');
        expect(cardJson(reply)).toMatch(/Mandag–fredag/);
      }],
    );
  });

  it('a longer question about a contact\'s details ("is there an email too, I want to send them …") gets the same contact, no alarm', async () => {
    await talk(
      chat(),
      ['number for the foreign ministry operations centre?', (reply) => expect(cardJson(reply)).toContain('23 95 00 00')],
      ['is there an email too, I want to send them the summary of the case today', (reply) => {
        expect(isEmergencyReply(reply)).toBe(false);
        expect(cardJson(reply)).toContain('UDops@mfa.no');
      }],
    );
  });

  it('after a figure, a split of it asked in a few words ("and the main countries of origin?") is that figure split', async () => {
    await talk(
      chat(),
      ['How many cases did the envoys handle in 2023?', (reply) => expect(cardJson(reply)).toContain('245')],
      ['and the main countries of origin?', (reply) => {
        expect(cardJson(reply)).toContain('Iraq');
        expect(cardJson(reply)).toContain('Somalia');
      }],
    );
  });

  it('a named service\'s helpline asked for with a topic beside it is that service\'s contact card', async () => {
    await talk(
      chat(),
      ["what's the Red Cross helpline for negative social control?", (reply) => expect(cardJson(reply)).toContain('815 55 201')],
      ['is it open on saturdays', (reply) => expect(cardJson(reply)).toMatch(/Weekdays/)],
    );
  });
});

// (was follow-up-service-people.test.ts)
describe('conversation: follow-ups about the envoys, the advisers and a service named on an article', () => {
  /**
   * Follow-ups that keep the context of the service last answered (issue #13): the envoys after a country (a person of
   * another nationality in Turkey is Ankara's, "how many envoys are there?"), where the diversity advisers work and how
   * many they were in a year, and a detail asked after a topic's article (the service its card says to call first).
   */
  const bodies = (replies: readonly Partial<Activity>[]): string => replies.map(cardJson).join('\n');

  const { chat } = oneAppPerFile();

  it.each([
    ['nb', 'hvilken spesialutsending dekker Tyrkia?', 'gjelder det også syrere som bor i Tyrkia?'],
    ['en', 'which envoy covers Turkey?', 'does that include Syrians living in Turkey?'],
    ['tr', "Türkiye'den hangi özel temsilci sorumlu?", "Türkiye'de yaşayan Iraklılar için de mi?"],
  ])('%s: after Turkey, a person of another nationality living in Turkey is still the envoy in Ankara', async (_lng, first, second) => {
    await talk(
      chat(),
      [first, (reply) => expect(cardJson(reply)).toContain('Ankara')],
      [second, (reply) => {
        expect(cardJson(reply)).toContain('Ankara');
        expect(cardJson(reply)).not.toContain('Amman');
      }],
    );
  });

  it('ru: after Russia, a girl from Chechnya taken to Turkey is the envoy in Ankara, not "did you mean"', async () => {
    await talk(chat(), 'какой посол отвечает за Россию?', ['а если девочку из Чечни отвезли в Турцию?', (reply) => expect(cardJson(reply)).toMatch(/Анкар/)]);
  });

  it.each([
    ['nb', 'hvilken ambassade dekker Somalia?', 'hvor mange slike utsendinger finnes det?'],
    ['en', 'which envoy covers Kenya?', 'how many envoys are there altogether?'],
  ])('%s: after a country\'s envoy, "how many envoys are there?" counts the envoys', async (_lng, first, second) => {
    await talk(
      chat(),
      [first, (reply) => expect(cardJson(reply)).toContain('Nairobi')],
      [second, (reply) => {
        expect(cardJson(reply)).toMatch(/spesialutsending|special envoys/i);
        expect(cardJson(reply)).toContain('"4"');
        expect(cardJson(reply)).not.toContain('245');
      }],
    );
  });

  it('uk: after the advisers\' card, "how many were there in 2023?" is their headcount that year', async () => {
    await talk(
      chat({ locale: 'uk-UA' }),
      ['як зв’язатися з радником з питань різноманіття?', (reply) => expect(cardJson(reply)).toContain('imdi.no')],
      ['а скільки їх було в 2023 році?', (reply) => {
        expect(cardJson(reply)).toContain('59');
        expect(cardJson(reply)).not.toContain('899');
      }],
    );
  });

  it.each([
    ['nb', 'hva er en mangfoldsrådgiver?', 'finnes de på ungdomsskoler også?', 'ungdomsskoler'],
    ['nn', 'kven er mangfaldsrådgivarane', 'kvar jobbar dei?', 'ungdomsskular'],
    ['en', 'who are the diversity advisers', 'where are they based?', 'lower-secondary'],
    ['pl', 'czym zajmuje się mangfoldsrådgiver?', 'czy pracują też w ośrodkach kształcenia dorosłych?', 'kształcenia dorosłych'],
    ['tr', 'mangfoldsrådgiver ne yapar?', 'ortaokullarda da var mı?', 'ortaokul'],
  ])('%s: after the advisers, where they work is told by their article', async (_lng, first, second, place) => {
    await talk(
      chat(),
      first,
      [second, (reply) => {
        expect(cardJson(reply)).toContain(place);
        expect(cardJson(reply)).toContain('59');
      }],
    );
  });

  it('uk: after the advisers\' headcount, "are they at adult-education centres too?" is that figure again, which says where they work', async () => {
    await talk(
      chat(),
      ['скільки радників з різноманіття працює в Норвегії?', (reply) => expect(cardJson(reply)).toContain('59')],
      ['а в центрах освіти для дорослих вони теж є?', (reply) => expect(cardJson(reply)).toMatch(/освіти (для )?дорослих/)],
    );
  });

  it('after the advisers, their phone number is still their card (numbers per school on imdi.no), not the article', async () => {
    await talk(
      chat(),
      'hva gjør mangfoldsrådgiverne',
      ['hvor finner jeg telefonnummeret til rådgiveren?', (reply) => expect(cardJson(reply)).toContain('imdi.no')],
    );
  });

  it.each([
    ['nb', 'hva er kjønnslemlestelse?', 'har de e-post?', 'kompetanseteamet@bufdir.no'],
    ['en', 'what is honour-related violence?', 'are they open on saturdays?', '09:00–15:00'],
    ['ru', 'что такое принудительный брак?', 'а электронная почта у них есть?', 'kompetanseteamet@bufdir.no'],
  ])('%s: after a topic\'s article, a detail asked is the service its card says to call first', async (_lng, first, second, detail) => {
    const replies = (await talk(chat(), first, [second, (reply) => expect(isEmergencyReply(reply)).toBe(false)])).slice(1);
    expect(bodies(replies)).toContain(detail);
    expect(bodies(replies)).toContain('478 09 050');
  });
});

// (was follow-up-figures.test.ts)
describe('conversation: follow-ups on the last figures and doubts about the last answer', () => {
  /**
   * Follow-ups on the last figures shown (issue #13): arithmetic on two published figures ("så økningen var på ca hvor
   * mye da", "vs 2007? what's the growth"), a doubt that names another number ("trodde det var rundt 900"), and a year
   * without a figure. Every number shown is a published one or computed from two of them, each with its source.
   */
  const { chat } = oneAppPerFile();

  it('nb: 2022, then "og i 2021?", then "how much was the increase?": both figures, 132 more, +17 %', async () => {
    await talk(
      chat(),
      ['hvor mange saker hadde kompetanseteamet i 2022', (reply) => expect(cardTextOf(reply)).toContain('891')],
      ['og i 2021?', (reply) => expect(cardTextOf(reply)).toContain('759')],
      ['så økningen var på ca hvor mye da', (reply) => {
        const text = cardTextOf(reply);
        expect(text).toContain('759');
        expect(text).toContain('891');
        expect(text).toMatch(/132 flere \(\+17\s?%\)/);
        expect(text).toMatch(/bufdir\.no/);
      }],
    );
  });

  it('en: 2008 inquiries, then "vs 2007? what\'s the growth": 177 → 248, about +40 %, and the report\'s own +28 % with its source', async () => {
    await talk(
      chat({ locale: 'en-US' }),
      ['How many inquiries did Kompetanseteamet get in 2008?', (reply) => expect(cardTextOf(reply)).toContain('248')],
      ["vs 2007? what's the growth", (reply) => {
        const text = cardTextOf(reply);
        expect(text).toContain('From 177 in 2007 to 248 in 2008: 71 more (+40%).');
        expect(text).toContain('The source itself gives the change from 2007 as 28%');
        expect(text).toContain('IMDi årsrapport 2008');
      }],
      ['the 2008 report says 28%, which is right?', (reply) => {
        const text = cardTextOf(reply);
        expect(text).toContain('The figure stands as the source publishes it');
        expect(text).toContain('+40%');
        expect(text).toContain('28%');
      }],
    );
  });

  it('ru: 2018, then "and compared with 2016?": 597 and 595, about the same', async () => {
    await talk(
      chat({ locale: 'ru-RU' }),
      ['Сколько дел было у Kompetanseteamet в 2018 году?', (reply) => expect(cardTextOf(reply)).toContain('595')],
      ['а по сравнению с 2016?', (reply) => {
        const text = cardTextOf(reply);
        expect(text).toContain('597');
        expect(text).toContain('595');
        expect(text).toContain('на 2 меньше');
      }],
    );
  });

  it('nb: the envoys\' 245, then "er du sikker? trodde det var rundt 900": 245 stands, with its source; ~900 is the advisers\' 899 / 897', async () => {
    await talk(
      chat(),
      ['hvor mange saker hadde spesialutsendingene i 2023', (reply) => expect(cardTextOf(reply)).toContain('245')],
      ['er du sikker? trodde det var rundt 900', (reply) => {
        const text = cardTextOf(reply);
        expect(text).toContain('245');
        expect(text).toContain('Kilde:');
        expect(text).toContain('899 / 897 saker · mangfoldsrådgiverne · 2023');
      }],
    );
  });

  it('en: "are you sure? I thought it was 899" after the envoys: the advisers\' figure is named as what 899 is', async () => {
    await talk(
      chat({ locale: 'en-US' }),
      ['How many cases did the envoys handle in 2023?', (reply) => expect(cardTextOf(reply)).toContain('245')],
      ['are you sure? I thought it was 899', (reply) => {
        const text = cardTextOf(reply);
        expect(text).toContain('245');
        expect(text).toContain('899 is another published figure');
        expect(text).toContain('the diversity advisers');
      }],
    );
  });

  it('en: texting forms of a doubt ("r u sure? i saw 899") name the other figure as the full form does', async () => {
    await talk(
      chat({ locale: 'en-US' }),
      ['envoy cases 2023?', (reply) => expect(cardTextOf(reply)).toContain('245')],
      ['r u sure? i saw 899', (reply) => {
        const text = cardTextOf(reply);
        expect(text).toContain('245');
        expect(text).toContain('899 is another published figure');
      }],
    );
  });

  it('nb: "og i 2019?" where no figure is published: says so, with the nearest years', async () => {
    await talk(
      chat(),
      ['hvor mange saker hadde kompetanseteamet i 2022', (reply) => expect(cardTextOf(reply)).toContain('891')],
      ['og i 2019?', (reply) => {
        const text = cardTextOf(reply);
        expect(text).toContain('Jeg har ikke tall for saker (Kompetanseteamet) i 2019.');
        expect(text).toContain('2018 og 2021');
      }],
    );
  });

  it('nb: Iran → Amman, then "er du sikker? jeg trodde det var Ankara": Amman stands; Ankara is the 2008 table', async () => {
    await talk(
      chat(),
      ['hvem dekker Iran?', (reply) => expect(cardTextOf(reply)).toContain('Amman')],
      ['er du sikker? jeg trodde det var Ankara', (reply) => {
        const text = cardTextOf(reply);
        expect(text).toContain('i 2008 dekket integreringsrådgiveren ved ambassaden i Ankara Tyrkia og Iran (IMDi årsrapport 2008)');
        expect(text).toContain('I dag dekkes Iran av spesialutsendingen i Amman.');
        expect(text).toContain('Spesialutsendingen ved ambassaden i Amman veileder i saker som gjelder Iran.');
      }],
    );
  });

  it('en: Iraq → Amman, then "wasn\'t it Nairobi?": Amman stands; Nairobi is said to cover other countries today', async () => {
    await talk(
      chat({ locale: 'en-US' }),
      ['who covers Iraq?', (reply) => expect(cardTextOf(reply)).toContain('Amman')],
      ["wasn't it Nairobi?", (reply) => {
        const text = cardTextOf(reply);
        expect(text).toMatch(/The special envoy in Nairobi covers .*Somalia.* today\. Iraq is covered by the special envoy in Amman\./);
        expect(text).toContain('The special envoy at the embassy in Amman has operational responsibility for Iraq.');
      }],
    );
  });

  it('en: "which envoy covers Iran now? is it still Ankara?": the guess is no second question; Amman, and what Ankara was', async () => {
    await talk(
      chat({ locale: 'en-US' }),
      ['which envoy covers Iran now? is it still Ankara?', (reply) => {
        const text = cardTextOf(reply);
        expect(text).toContain('The special envoy at the embassy in Amman gives guidance on cases concerning Iran.');
        expect(text).toContain('in 2008 the integration adviser at the embassy in Ankara covered');
        expect(text).not.toContain('Embassy in Ankara');
      }],
    );
  });

  it('nn: the same, then "er du heilt sikker? eg las at det var Ankara": Amman stands', async () => {
    await talk(
      chat(),
      ['kven av spesialutsendingane dekkjer Iran no? er det framleis Ankara?', (reply) => expect(cardTextOf(reply)).toContain('Amman')],
      ['er du heilt sikker? eg las at det var Ankara', (reply) => {
        const text = cardTextOf(reply);
        expect(text).toContain('I dag blir Iran dekt av spesialutsendinga i Amman.');
        expect(text).not.toContain('ambassaden i Ankara rettleier');
      }],
    );
  });
});

// (was age-band-follow-ups.test.ts)
/**
 * Issue #13, gaps left from session 17, in the writer's own phrasings: the person's age said in one message (a band,
 * under 18 or grown up, never the age) is kept for the questions that follow. "Can she call herself?" gets the
 * children's lines first for a child and the lines grown-ups call themselves for an adult, in every language; a child's
 * wedding told after her age is read as a child's marriage (the emergency numbers, or "call 112 if acute" on a plan
 * for a coming season), while a grown-up's or a sibling's wedding with no child's age stays calm.
 */
describe('the age band kept in the conversation (issue #13)', () => {
  const runner = conversationRunnerPerFile();
  const at = (texts: readonly string[], spelling: string) => texts.join(' ').indexOf(spelling);

  it.each([
    ['nb', ['Jeg er miljøarbeider, og en gutt på 15 sier at familien sjekker telefonen hans hver kveld', 'kan han ringe noen selv?']],
    ['nn', ['Ei jente på 13 i klassen min får ikkje vere med på turar utan broren', 'kan ho sjølv ringje til nokon?']],
    ['en', ['A boy of 14 I coach says his father decides who his friends are', 'can he call someone himself?']],
    ['ru', ['Моей ученице 14 лет, отец не отпускает её из дома одну', 'может ли она сама позвонить?']],
    ['pl', ['Chłopiec ma 15 lat i rodzina sprawdza każdą jego wiadomość', 'czy może sam zadzwonić?']],
    ['ar', ['تلميذة عمرها 14 سنة لا يسمح لها أهلها بالخروج وحدها', 'هل تستطيع أن تتصل بنفسها؟']],
  ] as const)('%s: a child said before gets the children’s line first: %j', async (lang, turns) => {
    const view = await runner.turn(lang, turns);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    expect(at(view.texts, '116 111')).toBeGreaterThanOrEqual(0);
    expect(at(view.texts, '116 111')).toBeLessThan(at(view.texts, '815 55 201'));
  });

  it.each([
    ['nb', ['En deltaker på norskkurset, 33 år, sier at mannen bestemmer hvem hun får snakke med', 'finnes det en linje hun kan ringe selv?']],
    ['en', ['A participant in our adult education class is 41 and her in-laws keep her bank card', 'is there a line she can call herself?']],
    ['uk', ['Жінці 34 роки, чоловік вирішує, з ким їй можна спілкуватися', 'чи може вона сама зателефонувати?']],
    ['tr', ['28 yaşında bir kadının kayınvalidesi kiminle görüşeceğine karar veriyor', 'kendisi arayabilir mi?']],
  ] as const)('%s: a grown-up said before gets the lines adults call themselves, not the children’s line: %j', async (lang, turns) => {
    const view = await runner.turn(lang, turns);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    expect(containsFact(view.texts, ['815 55 201'])).toBe(true);
    expect(containsFact(view.texts, ['116 111'])).toBe(false);
  });

  it.each([
    ['ru', 'может ли она сама позвонить?'],
    ['tr', 'kendisi arayabilir mi?'],
  ] as const)('%s: "can she call herself?" with no age said is still a question for the lines: %s', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, ['815 55 201'])).toBe(true);
  });

  it.each([
    ['en', ['I am a health visitor and a girl I see at the clinic is only 14', 'her aunt told me she is getting married in Iraq']],
    ['nb', ['Jeg er lærer for en gutt på 16', 'nå sier han at han gifter seg i Pakistan']],
    ['en', ['Our pupil is 15', 'she says she is getting married in Somalia next summer']],
  ] as const)('%s: a child’s wedding abroad told after her age gets the emergency numbers: %j', async (lang, turns) => {
    expect((await runner.turn(lang, turns)).emergency).toBe(true);
  });

  it.each([
    ['en', 'The boy is 16 and getting married in Afghanistan, the family has bought the tickets'],
    ['en', 'a girl of 13 in my class is getting married in Yemen'],
    ['nb', 'Jenta er 15 og gifter seg i Somalia'],
  ] as const)('%s: a child getting married abroad, said in one message, gets the emergency numbers: %s', async (lang, message) => {
    expect((await runner.turn(lang, message)).emergency).toBe(true);
  });

  it.each([
    ['en', ['My brother is getting married in Morocco next summer and the whole family is travelling there']],
    ['en', ['My colleague is 35 and getting married in Turkey in June']],
  ] as const)('%s: a grown-up’s or a sibling’s wedding with no child’s age stays calm by the rules: %j', async (lang, turns) => {
    expectCalmByTheRules(await runner.turn(lang, turns), turns[turns.length - 1] ?? '', lang);
  });
  // Session 38's retrain put the card on the first turn ("my cousin is 27 …": a cousin is a marriage word to the model),
  // carried to the wedding told next; mended in session 39 (calm39: a grown-up named by age with only a marriage word is
  // not asked of the second opinion).
  it('en: a grown-up cousin’s wedding abroad told over two turns stays calm', async () => {
    const turns = ['my cousin is 27 and lives in Bergen', 'she is getting married in Iraq this summer and we are invited'];
    expectCalmByTheRules(await runner.turn('en', turns), turns[1] ?? '', 'en');
  });
});

/**
 * Issue #13, session 21 (langs21): after the children's line, a caller who says they are over 18 ("and if I'm already
 * 19?") gets the lines grown-ups call themselves (Røde Kors-telefonen, VO-linjen, Kompetanseteamet: shared/domain.md
 * §12), in every language; a caller under 18 keeps the children's line. Nynorsk's "linje for born og ungdom" is the
 * children's line. The sentences are this file's own.
 */
describe('the children’s line, then a caller over 18 (issue #13, session 21)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', ['hvilket nummer har alarmtelefonen?', 'men hva om jeg er 20?']],
    ['nn', ['kva nummer har alarmtelefonen for born og unge?', 'enn om eg er 21?']],
    ['en', ['what is the number of the helpline for children?', "what if I'm already 20?"]],
    ['uk', ['Який номер у Alarmtelefonen?', 'А якщо мені вже 22?']],
    ['ru', ['Какой телефон у Alarmtelefonen?', 'А если мне уже 21?']],
    ['fa', ['شماره Alarmtelefonen رو میخوام', 'اگه ۲۰ سالم باشه چی؟']],
    ['ur', ['Alarmtelefonen ka phone number bata dein', 'aur agar meri umar 21 saal ho to?']],
    ['so', ['Alarmtelefonen lambarkeeda i sii', 'Haddii aan 20 jir ahay soo?']],
  ] as const)('%s: %j gets the lines for grown-ups', async (lang, turns) => {
    const view = await runner.turn(lang, turns);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    expect(containsFact(view.texts, ['815 55 201'])).toBe(true);
    expect(containsFact(view.texts, ['116 006'])).toBe(true);
  });

  it('a caller under 18 keeps the children’s line', async () => {
    const view = await runner.turn('nb', ['hvilket nummer har alarmtelefonen?', 'hva om jeg er 15?']);
    expect(containsFact(view.texts, ['116 111'])).toBe(true);
  });

  it('nn: "finst det ei eiga linje for born og ungdom?" after VO-linja gives the children’s line', async () => {
    const view = await runner.turn('nn', ['kva er telefonnummeret til VO-linja?', 'finst det ei eiga linje for born og ungdom?']);
    expect(containsFact(view.texts, ['116 111'])).toBe(true);
  });
});

/**
 * Session 21 (hb21b, issue #13): "it used to be Ankara?", "før var det Ankara?", "tidlegare var det Ankara?" after the
 * envoy for Iran push back on the answer: it stays (Amman), and the card says Ankara covered Iran in 2008 (domain.md
 * §9, §12). A new question after the same answer ("and who covers Türkiye?") is no pushback. Own phrasings.
 */
describe('follow-up: "it used to be …" about an envoy post is a pushback', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['en', ['who is the envoy for Iran?', "didn't it use to be Ankara?"]],
    ['en', ['which envoy handles cases in Iran?', 'it used to be Ankara though, right?']],
    ['nb', ['hvilken utsending dekker Iran?', 'før var det Ankara, ikke sant?']],
    ['nn', ['kven av utsendingane dekkjer Iran?', 'tidlegare var det Ankara?']],
  ] as const)('%s: %j', async (lang, turns) => {
    const view = await runner.turn(lang, turns);
    expect(containsFact(view.texts, ['Amman'])).toBe(true);
    expect(containsFact(view.texts, ['2008'])).toBe(true);
  });

  it('a new country after the answer is its own question', async () => {
    const view = await runner.turn('en', ['who is the envoy for Iran?', 'and who covers Türkiye?']);
    expect(containsFact(view.texts, ['Ankara'])).toBe(true);
    expect(containsFact(view.texts, ['2008'])).toBe(false);
  });
});

describe('the children’s line, then the line for grown-ups living with violence at home; a doubt asked as a tag question (issue #13, session 21)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['uk', ['Який номер телефону довіри для дітей?', 'А є лінія для дорослих, що зазнають домашнього насильства?']],
    ['uk', ['Дайте номер дитячої лінії', 'А куди дзвонити дорослим про насильство в сім\'ї?']],
  ] as const)('%s: %j gets VO-linjen', async (lang, turns) => {
    const view = await runner.turn(lang, turns);
    expect(view.replyLanguage).toBe(lang);
    expect(containsFact(view.texts, ['116 006'])).toBe(true);
  });

  it.each([
    // "X değil mi?" (isn't it X?) doubts the envoy answered, whatever the sentence starts with.
    ['İran\'daki vakalarda hangi özel temsilci yardım eder?', 'ankara değil mi? orası daha yakın'],
    ['İran\'la ilgili hangi büyükelçilik yardımcı olur?', 'bence ankara olmaz mı?'],
  ] as const)('tr: "%s", then "%s" keeps Amman and says what Ankara covered', async (first, doubt) => {
    const view = await runner.turn('tr', [first, doubt]);
    expect(view.replyLanguage).toBe('tr');
    expect(containsFact(view.texts, ['Amman'])).toBe(true);
  });
});


/**
 * Session 21 (pb21, issue #13): a case abroad gets the emergency numbers first; a pushback on the envoy then ("isn't
 * it Ankara?") keeps the case (the numbers stay on top) and the answer (Amman), and says what Ankara covered in 2008
 * (domain.md §9, §12). The post the pushback names is not where the person is: the envoy beside the numbers stays the
 * one for the case's country, never Ankara's for Türkiye. Own phrasings, two turns each.
 */
describe('follow-up: a pushback on the envoy after the emergency numbers for a case abroad', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', ['søstera mi blir holdt tilbake i Iran og får ikke reise hjem, hvem kan hjelpe?', 'men er ikke det Ankara?']],
    ['nn', ['venninna mi er halden att i Iran mot viljen sin, kven kan hjelpe henne?', 'er det ikkje Ankara då?']],
    ['en', ['my niece is being kept in Iran against her will, who can help her?', "wasn't it Ankara? that's nearer"]],
    ['tr', ['yeğenim İran\'da zorla alıkonuluyor, ona kim yardım edebilir?', 'ankara değil mi? daha yakın']],
    ['ru', ['мою племянницу насильно держат в Иране, кто ей поможет?', 'а разве не Анкара? она ближе']],
    ['ar', ['صديقتي محتجزة في إيران ولا يسمحون لها بالعودة، من يساعدها؟', 'أليست أنقرة أقرب؟']],
    ['fa', ['خواهرم را در ایران به زور نگه داشته‌اند، چه کسی کمک می‌کند؟', 'مطمئنی؟ من فکر می‌کردم آنکارا است']],
    ['uk', ['мою племінницю силоміць тримають в Ірані, хто їй допоможе?', 'хіба не Анкара? вона ближче']],
    // "but I heard …" (لكن/بس + سمعت), also a turn later.
    ['ar', ['ابنة خالتي محتجزة في إيران، من يساعدها؟', 'بس سمعت إن أنقرة تغطي إيران؟']],
    ['ar', ['أخاف أن يأخذني أبي إلى إيران ولا أرجع', 'من يساعدني هناك؟', 'لكن أنا سمعت أن سفارة أنقرة هي المسؤولة عن إيران']],
  ] as const)('%s: %j keeps the numbers on top, Amman, and Ankara only as 2008', async (lang, turns) => {
    const view = await runner.turn(lang, turns);
    expect(view.emergency).toBe(true);
    expect(view.cards[0]?.kind).toBe('emergency');
    expect(view.replyLanguage).toBe(lang);
    expect(containsFact(view.texts, ['Amman', 'عمّان', 'عمان', 'Амман', 'Аммані', 'Аммане', 'امان'])).toBe(true);
    const ankara = view.texts.filter((text) => /Ankara|Анкар|أنقرة|آنکارا/u.test(text));
    expect(ankara.length).toBeGreaterThan(0);
    // Every line that names Ankara is the 2008 table's, none the envoy of the country where the person is.
    for (const text of ankara) expect([text, text.includes('2008')]).toEqual([text, true]);
  });

  it('a question about Türkiye after the case is its own question, not a pushback', async () => {
    const view = await runner.turn('en', ['my niece is being kept in Iran against her will, who can help her?', 'and who covers Türkiye?']);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['Ankara'])).toBe(true);
  });
});

/**
 * Session 22 (langs22, issue #13): after a figure, "and how many of them were from <country>?" asks the same figure by
 * country of origin: the answer says whether that split is published and gives the whole (domain.md §1, §12), never the
 * envoy who covers the country. Details of a contact asked in more words: a web address, by e-mail, a 24-hour number.
 * Own phrasings.
 */
describe('follow-up: a count by country after a figure, and details of a contact (langs22)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', ['hvor mange saker hadde Kompetanseteamet i 2022?', 'og hvor mange av dem gjaldt Pakistan?'], ['891']],
    ['en', ['how many cases did Kompetanseteamet have in 2022?', 'and how many of those were from Somalia?'], ['891']],
    ['ar', ['كم قضية كانت عند فريق الكفاءة في 2022؟', 'وكم منها من العراق؟'], ['891', '٨٩١']],
    ['fa', ['مشاوران تنوع در ۲۰۲۳ چند پرونده داشتند؟', 'چند تا از آنها از ایران بود؟'], ['899', '897', '۸۹۹', '۸۹۷']],
    ['ru', ['сколько дел было у советников по многообразию в 2023?', 'а сколько из них из Ирака?'], ['899', '897']],
    ['tr', ["2023'te çeşitlilik danışmanlarının kaç vakası vardı?", "bunların kaçı Somali'dendi?"], ['899', '897']],
  ] as const)('%s: %j gives the whole figure, not the envoy', async (lang, turns, whole) => {
    const view = await runner.turn(lang, turns);
    expect(view.replyLanguage).toBe(lang);
    expect(view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, whole)).toBe(true);
    expect(containsFact(view.texts, ['Amman', 'Nairobi', 'Islamabad', 'عمّان', 'نيروبي', 'Амман', 'Найроби'])).toBe(false);
  });

  it('a question about the envoy after a figure is still the envoy', async () => {
    const view = await runner.turn('nb', ['hvor mange saker hadde Kompetanseteamet i 2022?', 'hvem er utsendingen for Pakistan?']);
    expect(containsFact(view.texts, ['Islamabad'])).toBe(true);
  });

  it.each([
    ['tr', ['Alarmtelefonen nedir?', 'web sitesi ne?'], ['116111.no']],
    ['ti', ['ቁጽሪ Kompetanseteamet እንታይ እዩ?', 'ብኢመይል ክጽሕፈሎም ይኽእል ድየ?'], ['kompetanseteamet@bufdir.no']],
    ['pl', ['Kto pomaga Norwegom zatrzymanym za granicą?', 'czy mają numer całodobowy?'], ['23 95 00 00']],
    ['uk', ['де можна анонімно поговорити про тиск у родині?', 'а номер?', 'до котрої вони працюють?'], ['17']],
  ] as const)('%s: %j answers with the detail', async (lang, turns, fact) => {
    const view = await runner.turn(lang, turns);
    expect(view.replyLanguage).toBe(lang);
    expect(view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, fact)).toBe(true);
  });
});

describe('follow-up: "and their cases?" after a headcount, "when did they start?" after a service with a history (langs22b)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['ar', ['كم مستشار تنوع عندكم في المدارس؟', 'طيب وقضاياهم في ٢٠٢٣؟'], ['899', '897', '٨٩٩', '٨٩٧']],
    ['ar', ['ما عدد مستشاري التنوع؟', 'وحالاتهم؟'], ['899', '897', '٨٩٩', '٨٩٧']],
    ['ar', ['ما عدد المبعوثين الخاصين؟', 'وملفاتهم؟'], ['245', '٢٤٥']],
    ['ti', ['ክንደይ ኣማኸርቲ ብዙሕነት ኣለዉ?', 'ጉዳያቶምከ?'], ['899', '897']],
  ] as const)('%s: %j gives the case count, not the headcount again', async (lang, turns, cases) => {
    const view = await runner.turn(lang, turns);
    expect(view.replyLanguage).toBe(lang);
    expect(view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, cases)).toBe(true);
  });

  it.each([
    ['nn', ['kva er nummeret til Kompetanseteamet?', 'når starta dei?']],
    ['nn', ['kven er mangfaldsrådgivarane?', 'når byrja dei?']],
    ['nb', ['hva gjør Kompetanseteamet?', 'når startet de?']],
    ['en', ['what does Kompetanseteamet do?', 'when did they start?']],
  ] as const)('%s: %j answers with the history', async (lang, turns) => {
    const view = await runner.turn(lang, turns);
    expect(view.replyLanguage).toBe(lang);
    expect(view.didYouMean).toBe(false);
    expect(containsFact(view.texts, ['2004'])).toBe(true);
  });

  it('a start word in a question of whom to call first keeps the contact card', async () => {
    const view = await runner.turn('nn', ['kva er nummeret til Kompetanseteamet?', 'kven er den første eg bør ringe?']);
    expect(containsFact(view.texts, ['478 09 050'])).toBe(true);
    expect(containsFact(view.texts, ['2004'])).toBe(false);
  });

  it('Russian typed in Latin letters is answered in Russian', async () => {
    const view = await runner.turn('ru', ['skolko del bylo u Kompetanseteamet v 2022 godu?']);
    expect(view.replyLanguage).toBe('ru');
    expect(containsFact(view.texts, ['891'])).toBe(true);
  });
});

describe('Russian and Ukrainian typed in Latin letters, through the bot (translit22)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['ru', 'otets ugrozhaet ubit doch, esli ona ne vyydet zamuzh, chto delat?'],
    ['uk', 'bat’ko pohrozhuie vbyty dochku, yakshcho vona ne vyide zamizh, shcho robyty?'],
  ] as const)('%s: a danger told in Latin letters gets the emergency card, in the language: "%s"', async (lang, text) => {
    const view = await runner.turn(lang, text);
    expect(view.emergency).toBe(true);
    expect(view.replyLanguage).toBe(lang);
  });

  it.each([
    ['ru', 'kuda mozhno pozvonit anonimno, esli uchenitsu khotyat vydat zamuzh?'],
    ['uk', 'de mozhna anonimno otrymaty poradu pro tysk u rodyni uchenytsi?'],
    ['uk', 'kudy vchyteliu zvernutysia po poradu pro prymusovyi shliub?'],
  ] as const)('%s: a contact question in Latin letters gets a contact, not an emergency: "%s"', async (lang, text) => {
    const view = await runner.turn(lang, text);
    // The rules read it (in Cyrillic, as the bot does) calm; "a pupil they want to marry off" may get the second opinion's short 112 line on top of
    // the contacts (session 30: the model reads the transliterated text's marriage words), never the emergency card.
    expectCalmByTheRules(view, TRANSLITERATOR.toCyrillic(text, lang), lang);
    expect(view.cannotAnswer).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    expect(view.answers > 0 || containsFact(view.texts, ['815 55 201', '478 09 050', '116 111'])).toBe(true);
  });
});

describe('conversation: the envoys’ cases, then one post’s share (session 22, hb22c)', () => {
  const runner = conversationRunnerPerFile();

  // Not published per embassy: the answer says so and gives the whole (245 in 2023), not the post's contact card.
  it.each<[Lang, string, string]>([
    ['nb', 'hvor mange saker hadde spesialutsendingene i 2023?', 'hvor mange av dem var i Amman?'],
    ['en', 'how many cases did the special envoys have in 2023?', 'and how many of those were in Nairobi?'],
    ['ar', 'كم عدد الحالات لدى المبعوثين الخاصين في 2023؟', 'وكم حالة منها في عمان؟'],
  ])('%s: the envoys’ cases, then how many at one post: the whole figure, 245', async (lang, first, second) => {
    const view = await runner.turn(lang, [first, second]);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, ['245'])).toBe(true);
  });

  // When the embassy posts began: the history of the services (2008), not the envoys' contact card.
  it.each<[Lang, string]>([
    ['en', 'when did the embassy integration advisers first begin?'],
    ['nb', 'når startet integreringsrådgiverne ved ambassadene først?'],
  ])('%s: when the embassy posts first began: 2008', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(containsFact(view.texts, ['2008'])).toBe(true);
  });
});

describe('conversation: an envoy post\'s coverage and a count narrowed to a post (issue #13, session 22)', () => {
  /**
   * Which countries' cases one post takes is that post's card, though it says "cases" (no number, year or word for
   * figures asked); after the envoys' figure, "and how many of those …" narrowed to a post is that figure at the post
   * (the per-embassy split is not published: the answer says so and gives the whole), also at twelve or thirteen words.
   */
  const { chat } = oneAppPerFile();

  it.each([
    ['en', 'Which countries does the envoy stationed in Nairobi take cases from?'],
    ['ur', 'نیروبی میں موجود خصوصی ایلچی کن ملکوں کے کیس دیکھتا ہے؟'],
  ])('%s: what one post covers is its card, not the envoys\' figures', async (_lng, message) => {
    await talk(chat(), [message, (reply) => {
      expect(cardJson(reply)).toMatch(/Nairobi|نیروبی/);
      expect(cardJson(reply)).not.toContain('245');
    }]);
  });

  it.each([
    'and how many of those ended up being dealt with over in Nairobi?',
    'and how many of these did the staff at the embassy in Amman follow?',
  ])('after the envoys\' cases, "%s" is that figure at the post', async (second) => {
    await talk(
      chat({ locale: 'en-US' }),
      ['How many cases did the special envoys have in 2023?', (reply) => expect(cardJson(reply)).toContain('245')],
      [second, (reply) => {
        expect(cardJson(reply)).toMatch(/Nairobi|Amman/);
        expect(cardJson(reply)).toContain('245');
        expect(cardJson(reply)).not.toMatch(/did you mean/i);
      }],
    );
  });

  it('a long question of its own after the envoys\' figure, about another service, is that service\'s figure', async () => {
    await talk(
      chat({ locale: 'en-US' }),
      ['How many cases did the special envoys have in 2023?', (reply) => expect(cardJson(reply)).toContain('245')],
      ['and how many cases did the Kompetanseteamet expert team get in 2023 all in all?', (reply) => {
        expect(cardJson(reply)).toMatch(/Kompetanseteamet|expert team/);
        expect(cardJson(reply)).not.toContain('245');
      }],
    );
  });
});

/**
 * Issue #13, session 23 (langs23): a short follow-up typed in Latin letters ("i za 2018 god?", "a v 2018 rotsi?") keeps
 * the conversation's Russian or Ukrainian and is read in Cyrillic, whether the conversation began in Latin letters or
 * in Cyrillic; a short Turkish or Polish follow-up with only a year or a country keeps its language too.
 */
describe('short follow-ups keep the conversation’s language (issue #13, session 23)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['ru', ['kolichestvo del u kompetanseteamet v 2020', 'i za 2018 god?']],
    ['ru', ['Сколько случаев было у Kompetanseteamet в 2021 году?', 'a v 2018 godu?']],
    ['uk', ['Скільки справ мав Kompetanseteamet у 2021 році?', 'a v 2018 rotsi?']],
  ] as const)('%s: %j answers the year asked, in the conversation’s language', async (lang, turns) => {
    const view = await runner.turn(lang, turns);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    expect(containsFact(view.texts, ['595'])).toBe(true);
  });

  it.each([
    ['tr', ['Kompetanseteamet 2022’de kaç vaka aldı?', 'peki 2019?']],
    ['pl', ['Ile spraw miał Kompetanseteamet w 2022?', 'a 2019?']],
    ['ru', ['Какой специальный представитель отвечает за Ирак?', 'a Kenya?']],
  ] as const)('%s: %j stays in the conversation’s language', async (lang, turns) => {
    const view = await runner.turn(lang, turns);
    expect(view.replyLanguage).toBe(lang);
  });
});

describe('conversation: an age said after a line for another age (session 23, needs23)', () => {
  const runner = conversationRunnerPerFile();

  // "and if I'm 20?" after the children's line: the lines a grown-up calls (Arabic says the age as "my age is ٢٠").
  it('ar: after the children\'s line, "وإذا كان عمري ٢٠؟": the Red Cross line and Kompetanseteamet', async () => {
    const view = await runner.turn('ar', ['ما رقم خط الأطفال في النرويج؟', 'وإذا كان عمري ٢٠؟']);
    expect(containsFact(view.texts, ['815 55 201'])).toBe(true);
    expect(containsFact(view.texts, ['478 09 050'])).toBe(true);
  });

  // The other way round: after the adults' line, a 14-year-old gets the children's line.
  it('nb: after VO-linjen, "og hvis hun bare er 14 år?": Alarmtelefonen for barn og unge', async () => {
    const view = await runner.turn('nb', ['hva er nummeret til VO-linjen?', 'og hvis hun bare er 14 år?']);
    expect(containsFact(view.texts, ['116 111'])).toBe(true);
  });

  // "she is only 16", said without "years": a child's age all the same, after the lines a grown woman calls herself.
  it('en: after the lines an adult woman calls, "what if she is only 16?": the children\'s line first', async () => {
    const view = await runner.turn('en', ['which line can an adult woman call about violence at home?', 'what if she is only 16?']);
    expect(containsFact(view.texts, ['116 111'])).toBe(true);
  });
});

// (session 23, issue #13)
describe('a claim about a figure checked in a message of its own: the published figures, and what each source says', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', 'Jeg har lest at henvendelsene økte med 28 prosent i 2008. Stemmer det?'],
    ['nn', 'Eg las at førespurnadene til Kompetanseteamet auka med 28 prosent i 2008. Er det rett?'],
    ['en', 'The annual report says inquiries to Kompetanseteamet grew 28 % in 2008. Is that correct?'],
    ['ar', 'قرأت أن الاستفسارات إلى Kompetanseteamet زادت بنسبة 28% في عام 2008. هل هذا صحيح؟'],
    ['so', 'Waxaan akhriyay in codsiyada Kompetanseteamet ay kordheen 28% sannadkii 2008. Ma run baa?'],
    ['fa', 'خواندم که مراجعه‌ها به Kompetanseteamet در سال 2008 به اندازه 28% افزایش یافت. آیا درست است؟'],
    ['ur', 'میں نے پڑھا کہ 2008 میں Kompetanseteamet سے رابطے 28% بڑھ گئے۔ کیا یہ درست ہے؟'],
    ['uk', 'Я читала, що у 2008 році звернення до Kompetanseteamet зросли на 28%. Чи це правда?'],
    ['ru', 'Я читал, что в 2008 году обращения в Kompetanseteamet выросли на 28%. Это верно?'],
    ['tr', "2008'de Kompetanseteamet'e başvuruların %28 arttığını okudum. Doğru mu?"],
    ['pl', 'Czytałam, że w 2008 roku zgłoszenia do Kompetanseteamet wzrosły o 28%. Czy to się zgadza?'],
    ['ti', 'ኣብ 2008 ናብ Kompetanseteamet ዝቐረቡ ሕቶታት ብ 28% ከም ዝወሰኹ ኣንቢበ። ሓቂ ድዩ?'],
  ] as const)('%s: "+28 % in 2008, is that right?" gets 177 → 248 (+40 %) computed, the report\'s own 28 %, and the persons\' +37 % (D02): %s', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.didYouMean || view.cannotAnswer || view.emergency).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    // Turkish writes the sign before the percent sign: "+%40".
    for (const fact of [['177'], ['248'], ['+40', '+%40'], ['28'], ['196'], ['269'], ['37']]) expect(containsFact(view.texts, fact)).toBe(true);
    // Only Kompetanseteamet's figures: not the 2008 advisers' 381 cases.
    expect(containsFact(view.texts, ['381'])).toBe(false);
  });

  it('nn: the rise claimed with no service named and no count named is found by its published value: Kompetanseteamet\'s inquiries', async () => {
    const view = await runner.turn('nn', 'I ein rapport frå 2008 står det at det vart 28 % fleire saker enn året før. Er det rett ut frå tala?');
    expect(view.didYouMean).toBe(false);
    for (const fact of ['177', '248', '+40', '28']) expect(containsFact(view.texts, [fact])).toBe(true);
  });

  it.each([
    ['en', 'Is it true that 899 cases were registered in 2023?'],
    ['nb', 'Stemmer det at det var 899 saker i 2023?'],
    ['pl', 'Czy to prawda, że w 2023 roku było 899 spraw?'],
  ] as const)('%s: a count claimed with no service named is the one service that published it, beside the other source\'s value (D01): %s', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.didYouMean).toBe(false);
    expect(containsFact(view.texts, ['899'])).toBe(true);
    expect(containsFact(view.texts, ['897'])).toBe(true);
  });

  it.each([
    ['nb', 'Kompetanseteamet hadde 1000 saker i 2022, stemmer det?', '891', 'Jeg har ikke noe publisert tall på 1 000'],
    ['en', 'I heard the special envoys handled 300 cases in 2023, is that right?', '245', 'I have no published figure of 300'],
  ] as const)('%s: a value no source publishes is never agreed with: the published figure, and that the value is not one: %s', async (lang, message, published, none) => {
    const view = await runner.turn(lang, message);
    expect(containsFact(view.texts, [published])).toBe(true);
    expect(view.texts.join('\n').replace(/\u00a0/gu, ' ')).toContain(none);
  });

  it.each([
    ['en', 'How much in percent did the inquiries to Kompetanseteamet go up between 2007 and 2008?', 'Veiviser computed the difference'],
    ['nb', 'Hvor mange prosent økte henvendelsene til Kompetanseteamet fra 2007 til 2008?', 'regnet ut av Veiviser'],
    ['ru', 'На сколько процентов выросло число обращений в Kompetanseteamet с 2007 по 2008 год?', 'Разницу вычислил Veiviser'],
  ] as const)('%s: a change in percent between two years is computed from both published figures and said to be computed: %s', async (lang, message, computed) => {
    const view = await runner.turn(lang, message);
    for (const fact of ['177', '248', '+40']) expect(containsFact(view.texts, [fact])).toBe(true);
    expect(view.texts.join('\n')).toContain(computed);
  });

  it.each([
    ['nb', 'Stemmer det at nummeret til Kompetanseteamet er 47 80 90 50?', '478 09 050'],
    ['en', 'Is it true that the phone number of Kompetanseteamet is 47 80 90 50?', '478 09 050'],
  ] as const)('%s: a phone number checked is a contact question, not a figure: %s', async (lang, message, number) => {
    const view = await runner.turn(lang, message);
    expect(containsFact(view.texts, [number])).toBe(true);
    expect(view.texts.join('\n')).not.toMatch(/Statisti/u);
  });
});

// (session 23, hb23c, issue #13)
describe('follow-ups on figures, hours and history after a first answer (hb23c)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', ['hva gjør en spesialutsending?', 'og hvor mange spesialutsendinger finnes det?'], ['4 spesialutsendinger']],
    ['en', ['what does a special envoy do?', 'how many special envoys are there today?'], ['4 special envoys']],
    ['nn', ['kva gjer ein mangfaldsrådgivar?', 'kor mange mangfaldsrådgivarar er det?'], ['59 mangfaldsrådgivarar']],
    ['uk', ['чим займається спеціальний представник?', 'а скільки є спеціальних представників?'], ['4']],
  ] as const)('%s: a headcount asked after what a role does is the latest count first, with the posts: %j', async (lang, turns, count) => {
    const view = await runner.turn(lang, turns);
    expect(view.didYouMean || view.cannotAnswer || view.emergency).toBe(false);
    expect(containsFact(view.texts, count)).toBe(true);
    if (count[0] !== '59 mangfaldsrådgivarar') for (const post of ['Amman', 'Ankara', 'Islamabad', 'Nairobi']) expect(containsFact(view.texts, [post])).toBe(true);
    // The latest count comes before the older rows: the 2008 count is never read as today's.
    const joined = view.texts.join('\n');
    expect(joined.indexOf('2023')).toBeLessThan(joined.indexOf('2008'));
  });
  it.each([
    ['uk', ['Скільки справ мав Kompetanseteamet у 2020 році?', 'а в 2022? і який вид справ був найпоширенішим?']],
    ['ru', ['Сколько дел было у Kompetanseteamet в 2020 году?', 'а в 2022? и какой тип дел встречался чаще всего?']],
    ['pl', ['Ile spraw miał Kompetanseteamet w 2020 roku?', 'a w 2022? i jaki rodzaj spraw był najczęstszy?']],
    ['tr', ['Kompetanseteamet 2020de kaç vaka aldı?', 'peki 2022de? ve en sık hangi tür vakalar vardı?']],
    ['en', ['How many cases did Kompetanseteamet have in 2020?', 'and in 2022? which type of case was the most common?']],
  ] as const)('%s: another year and the commonest case type in one follow-up: the year\'s figure and its split: %j', async (lang, turns) => {
    const view = await runner.turn(lang, turns);
    expect(view.didYouMean || view.cannotAnswer || view.emergency).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    for (const fact of ['891', '368']) expect(containsFact(view.texts, [fact])).toBe(true);
  });
  it.each([
    ['nb', ['hvor mange saker hadde mangfoldsrådgiverne i 2023?', 'hvorfor har en annen rapport 897 da?']],
    ['nn', ['kor mange saker hadde mangfaldsrådgjevarane i 2023?', 'kvifor skriv ein annan rapport 897?']],
    ['uk', ['скільки справ мали радники з питань різноманіття у 2023 році?', 'чому в іншому звіті написано 897?']],
    ['tr', ['çeşitlilik danışmanları 2023te kaç vaka aldı?', 'neden başka bir raporda 897 yazıyor?']],
    ['ar', ['كم عدد قضايا مستشاري التنوع في 2023؟', 'لماذا يذكر تقرير آخر 897؟']],
  ] as const)('%s: "why does another report say 897?" after the advisers\' 2023 count explains the two sources (D01), no "did you mean": %j', async (lang, turns) => {
    const view = await runner.turn(lang, turns);
    expect(view.didYouMean || view.cannotAnswer || view.emergency).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    for (const fact of ['899', '897']) expect(containsFact(view.texts, [fact])).toBe(true);
    // Each value beside its own source: the annual report's and the gender-equality report's.
    expect(view.texts.join('\n')).toMatch(/årsrapport 2023/u);
  });
  it.each([
    ['nn', ['har raudekrossen ein hjelpetelefon for unge?', 'når kan eg ringje dit?']],
    ['nb', ['hva er nummeret til Røde Kors-telefonen?', 'når kan jeg ringe?']],
    ['en', ['what is the number of the Red Cross helpline?', 'what time can I call them?']],
  ] as const)('%s: when to call, after the Red Cross line: its hours, weekdays 9–17: %j', async (lang, turns) => {
    const view = await runner.turn(lang, turns);
    expect(view.didYouMean || view.cannotAnswer || view.emergency).toBe(false);
    expect(containsFact(view.texts, ['815 55 201'])).toBe(true);
    expect(containsFact(view.texts, ['9–17', '9:00–17:00', '09:00–17:00'])).toBe(true);
  });

  it.each([
    ['nb', ['hvilke etater satt i kompetanseteamet i 2008?', 'og i dag da?']],
    ['en', ['which agencies made up Kompetanseteamet in 2008?', 'and now?']],
    ['nn', ['kven var med i kompetanseteamet i 2008?', 'og no?']],
  ] as const)('%s: "and now?" after the 2008 members of Kompetanseteamet: today\'s members too (AVdir, Hdir): %j', async (lang, turns) => {
    const view = await runner.turn(lang, turns);
    expect(view.didYouMean || view.cannotAnswer || view.emergency).toBe(false);
    for (const member of [['AVdir'], ['Hdir']]) expect(containsFact(view.texts, member)).toBe(true);
  });
});

/**
 * Issue #13 (session 24, danger24): a follow-up that changes the age of the person at risk to a child's ("she's
 * actually 17", "og hvis hun egentlig er 16?", "kva om ho hadde vore 15?") after the contacts for a grown-up's case:
 * the plan for a child, child welfare (barnevernet) beside Kompetanseteamet and the envoy of the case's country; the
 * emergency numbers stay when the case told before was danger. After a calm question with no case, the age keeps it
 * calm. Own phrasings.
 */
describe('follow-up: the age of the person at risk changed to a child\'s (danger24)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['en', ['A participant, 21, told us her family is taking her to Iraq next month to marry her cousin. Who should we call?', "what if she's actually 17?"], ['child welfare', 'Child welfare'], 'Amman'],
    ['nb', ['En kvinne på 23 i introduksjonsprogrammet sier familien skal sende henne til Pakistan neste uke for å gifte seg. Hvem kontakter vi?', 'og hvis hun egentlig er 16?'], ['barnevern'], 'Islamabad'],
    ['nn', ['ho er 20 og redd for å bli send til Irak av familien i sommar, kven kontaktar vi', 'kva om ho hadde vore 15?'], ['barnevern'], 'Amman'],
  ] as const)('%s: danger told, then a child\'s age: the card stays, child welfare joins Kompetanseteamet and the envoy: %j', async (lang, turns, welfare, post) => {
    const view = await runner.turn(lang, turns);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, welfare)).toBe(true);
    expect(containsFact(view.texts, ['478 09 050', '47809050'])).toBe(true);
    expect(containsFact(view.texts, [post])).toBe(true);
  });

  it('en: a calm question about which services exist, then "what if she is 16?": still calm', async () => {
    const view = await runner.turn('en', ['Which services in Norway work with negative social control?', 'what if she is 16?']);
    expect(view.emergency).toBe(false);
  });
});

// (was follow-ups-hb25.test.ts)

/**
 * Session 25 (hb25, issue #13): follow-ups and stories that general-blind-62 found missing, each as a class, in own
 * phrasings.
 */

/** Afghanistan, one of the published countries of origin (domain.md §1), as each language's card writes it. */
const AFGHANISTAN = ['Afghanistan', 'أفغانستان', 'افغانستان', 'Afgaanistaan', 'Афганістан', 'Афганистан', 'Afganistan', 'ኣፍጋኒስታን'];

describe('follow-up: where most of the cases came from, after a count, in everyday words (hb25)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', ['hvor mange saker hadde mangfoldsrådgiverne i 2023?', 'hvilken bakgrunn hadde de?']],
    ['nn', ['kor mange saker hadde mangfaldsrådgjevarane i 2023?', 'kva bakgrunn hadde dei fleste av dei?']],
    ['en', ['how many cases did the diversity advisers have in 2023?', 'what background did most of them have?']],
    ['ar', ['كم حالة كانت عند مستشاري التنوع سنة 2023؟', 'طيب ومن وين جاؤوا أكثرهم؟']],
    ['ar', ['كم حالة كانت عند مستشاري التنوع سنة 2023؟', 'من أي البلاد كانوا؟']],
    ['ar', ['كم حالة كانت عند مستشاري التنوع سنة 2023؟', 'وأصلهم من وين؟']],
    ['ar', ['كم حالة كانت عند مستشاري التنوع سنة 2023؟', 'شو جنسياتهم؟']],
    ['so', ['immisa kiis ayay la-taliyayaasha kala duwanaanshaha lahaayeen 2023?', 'dalkee ayay badankood ka yimaadeen?']],
    ['fa', ['مشاوران تنوع در سال ۲۰۲۳ چند پرونده داشتند؟', 'از کدام ملک‌ها بودند؟']],
    ['ur', ['2023 میں تنوع کے مشیروں کے پاس کتنے کیس تھے؟', 'زیادہ تر لوگ کہاں سے تھے؟']],
    ['uk', ['скільки справ мали радники з питань різноманітності у 2023 році?', 'а звідки вони здебільшого?']],
    ['ru', ['сколько дел было у советников по разнообразию в 2023 году?', 'а откуда они в основном?']],
    ['ru', ['сколько дел было у советников по разнообразию в 2023 году?', 'а какой страны они были в основном?']],
    ['tr', ["çeşitlilik danışmanlarının 2023'te kaç vakası vardı?", 'peki en çok nereden geliyorlardı?']],
    ['pl', ['ile spraw mieli doradcy ds. różnorodności w 2023 roku?', 'z jakiego kraju było najwięcej?']],
    ['ti', ['ኣማኸርቲ ብዙሕነት ኣብ 2023 ክንደይ ጉዳያት ነይሩዎም?', 'መብዛሕትኦም ካበይ መጺኦም?']],
  ] as const)('%s: %j gives the published order of the countries of origin', async (lang, turns) => {
    const view = await runner.turn(lang, turns);
    expect(view.replyLanguage).toBe(lang);
    expect(view.cannotAnswer).toBe(false);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, AFGHANISTAN)).toBe(true);
  });
});

describe('statistics: where most of the cases came from, asked in one message in everyday words (hb25)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['ar', 'من أي بلاد جاءت أغلب حالات مستشاري التنوع في 2023؟'],
    ['fa', 'در سال ۲۰۲۳ بیشتر پرونده‌های مشاوران تنوع از کدام ملک‌ها بودند؟'],
    ['ru', 'из какой страны чаще всего были люди в делах советников по разнообразию в 2023 году?'],
    ['tr', "2023'te çeşitlilik danışmanlarının vakaları en çok nereden geliyordu?"],
    ['pl', 'z jakiego kraju pochodziło najwięcej osób w sprawach doradców ds. różnorodności w 2023?'],
    ['en', "what background did most of the people in the diversity advisers' 2023 cases have?"],
  ] as const)('%s: %s gives the published order of the countries of origin', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.replyLanguage).toBe(lang);
    expect(view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, AFGHANISTAN)).toBe(true);
  });
});

describe('information material for pupils: the numbers to put on a poster or leaflet are the lines for young people (hb25)', () => {
  const runner = conversationRunnerPerFile();
  const ALARMTELEFONEN = ['116 111', '116111'];
  const RODE_KORS = ['815 55 201', '81555201'];

  it.each([
    ['en', 'we are making a leaflet for the pupils at our lower secondary school about forced marriage. which numbers should we put on it?'],
    ['en', "I'm a teacher organising an awareness day on honour-based control. what phone numbers can students call that we can print on posters?"],
    ['nb', 'vi skal lage plakat til elevene om negativ sosial kontroll i en temauke. hvilke numre bør stå på den?'],
    ['nb', 'helsesykepleier her. vi lager en brosjyre til ungdommene om tvangsekteskap, hvilke telefonnumre kan de ringe?'],
    ['nn', 'vi skal henge opp ein plakat på skulen om æresrelatert vald. kva nummer bør stå på han?'],
    ['ar', 'نحن نحضّر ملصقًا للطلاب في المدرسة عن الزواج القسري. ما هي الأرقام التي يجب أن نكتبها عليه؟'],
    ['so', 'waxaan u samaynaynaa boodhka ardayda iskuulka ee ku saabsan guurka qasabka ah. lambarada noocee ah ayaan ku qornaa?'],
    ['fa', 'برای شاگردان مکتب یک پوستر دربارهٔ ازدواج اجباری می‌سازیم. کدام شماره‌ها را روی آن بنویسیم؟'],
    ['ur', 'ہم اسکول کے طلبہ کے لیے جبری شادی کے بارے میں ایک پوسٹر بنا رہے ہیں۔ اس پر کون سے نمبر لکھیں؟'],
    ['uk', 'ми робимо плакат для учнів школи про примусовий шлюб. які номери телефонів на ньому написати?'],
    ['ru', 'мы делаем плакат для учеников школы о принудительном браке. какие номера телефонов на нём указать?'],
    ['tr', 'okuldaki öğrenciler için zorla evlilik hakkında bir afiş hazırlıyoruz. üzerine hangi numaraları yazmalıyız?'],
    ['pl', 'przygotowujemy plakat dla uczniów w szkole o przymusowych małżeństwach. jakie numery powinny się na nim znaleźć?'],
    ['ti', 'ንተማሃሮ ቤት ትምህርቲ ብዛዕባ ግዱድ መርዓ ፖስተር ነዳሉ ኣለና። ኣየኖት ቁጽሪታት ክንጽሕፍ ኣለና?'],
  ] as const)('%s: %s gives Alarmtelefonen and Røde Kors-telefonen, no emergency card', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.replyLanguage).toBe(lang);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ALARMTELEFONEN)).toBe(true);
    expect(containsFact(view.texts, RODE_KORS)).toBe(true);
  });

  it.each([
    ['en', 'which phone numbers can young people call about honour-related control?'],
    ['nb', 'hvilke telefonnumre kan ungdom ringe om negativ sosial kontroll?'],
  ] as const)('%s: %s asks phone numbers, not figures', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(containsFact(view.texts, ALARMTELEFONEN)).toBe(true);
    expect(containsFact(view.texts, RODE_KORS)).toBe(true);
  });

  it('a count for a named service with "numbers" is still statistics', async () => {
    const view = await runner.turn('en', 'Kompetanseteamet numbers for 2022?');
    expect(containsFact(view.texts, ['891'])).toBe(true);
  });
});

describe('follow-up: the pupil is or turns 18, after the contacts for the case (hb25)', () => {
  const runner = conversationRunnerPerFile();
  const KOMPETANSETEAMET = ['Kompetanseteamet', '478 09 050', '47809050'];

  it.each([
    ['nb', ['kan noen hjelpe en elev som er redd for tvangsekteskap? vi har ikke mangfoldsrådgiver', 'hun er 18 nå, gjelder det fortsatt?']],
    ['nb', ['kan noen hjelpe en elev som er redd for tvangsekteskap? vi har ikke mangfoldsrådgiver', 'hun blir 18 om en måned, hva da?']],
    ['nn', ['kan nokon hjelpe ein elev som vert pressa til å gifte seg? skulen har ingen mangfaldsrådgjevar', 'ho fyller 18 til sommaren, kva gjeld då?']],
    ['en', ['who can help a pupil who is scared of being forced to marry? our school has no diversity adviser', 'she turns 18 next month, does that change anything?']],
    ['en', ['what should we do about a student who is pressured to marry her cousin?', 'what if she is already 18?']],
    ['ru', ['кто может помочь ученице, которую заставляют выйти замуж? у нас нет советника по многообразию', 'через месяц ей исполнится 18, что тогда?']],
    ['uk', ['хто може допомогти учениці, яку змушують вийти заміж? у нас немає радника з різноманітності', 'за місяць їй виповниться 18, що тоді?']],
  ] as const)('%s: %j gives Kompetanseteamet, which grown-ups may contact themselves', async (lang, turns) => {
    const view = await runner.turn(lang, turns);
    expect(view.replyLanguage).toBe(lang);
    expect(view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, KOMPETANSETEAMET)).toBe(true);
  });

  it('a follow-up that says no age keeps the case as it was', async () => {
    const view = await runner.turn('nb', ['kan noen hjelpe en elev som er redd for tvangsekteskap? vi har ikke mangfoldsrådgiver', 'hva gjør vi hvis hun ikke vil snakke med oss?']);
    expect(containsFact(view.texts, ['fagteam', 'Fagteam', 'mangfoldsrådgiver', 'Mangfoldsrådgiver'])).toBe(true);
  });
});

describe('a new adviser whose manager wants to know who can train them, no case at hand (hb25)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', 'jeg er ny som programrådgiver i flyktningtjenesten. vi har bosatt mange fra Eritrea og Syria. lederen min vil at jeg skal finne ut hvem som kan lære opp de ansatte i negativ sosial kontroll. ingen konkrete saker nå, det haster ikke.'],
    ['nn', 'eg er ny i flyktningtenesta i kommunen. vi har mange busette frå Somalia. sjefen min vil at eg skal finne ut kven som kan halde kurs for oss om æresrelatert vald. vi har ingen saker no.'],
    ['en', 'I just started as a settlement adviser in the refugee service. we have resettled many families from Afghanistan and Iraq. my manager asked me to find out who can train our staff on negative social control. there is no case right now, nothing urgent.'],
    ['ar', 'بدأت للتو العمل في خدمة اللاجئين في البلدية. استقبلنا عائلات كثيرة من سوريا. مديري يريد أن أعرف من يمكنه تدريب الموظفين على الرقابة الاجتماعية السلبية. لا توجد حالة الآن.'],
    ['ru', 'я недавно начала работать в службе по делам беженцев в коммуне. у нас много семей из Сирии. мой руководитель хочет, чтобы я выяснила, кто может провести обучение для сотрудников о негативном социальном контроле. конкретного случая сейчас нет.'],
    ['pl', 'zaczęłam pracę w służbie dla uchodźców w gminie. mamy wiele rodzin z Afganistanu. mój szef chce, żebym sprawdziła, kto może przeprowadzić szkolenie dla pracowników o negatywnej kontroli społecznej. nie mamy teraz konkretnej sprawy.'],
  ] as const)('%s: %s gives IMDi’s expert team (post@imdi.no), not the envoy, no emergency card', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.replyLanguage).toBe(lang);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['post@imdi.no'])).toBe(true);
  });
});

// (was hb27d.test.ts)

/**
 * hb27d (issue #13): follow-ups that ask a detail of the service just given or whom to call once abroad, the history of
 * Kompetanseteamet's coordination, and child welfare for a child whose mother is harmed and watched. Phrasings written
 * for this test.
 */
describe('hb27d: a contact detail of the service just given', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['ti', 'ተሌፎን ኣላርም ንቖልዑ ሃበኒ', 'ኢመይሎምከ?'],
    ['ti', 'ኣላርም ንቆልዑ ቁጽሪ እንታይ እዩ?', 'ኢመይሎም ከ?'],
    ['en', 'what is the number of Alarmtelefonen?', 'and their e-mail?'],
    ['nb', 'hva er nummeret til Alarmtelefonen?', 'og e-posten deres?'],
  ] as const)('%s: %s → %s gives the e-mail', async (lng, first, second) => {
    const view = await runner.turn(lng, [first, second]);
    expect(view.cannotAnswer).toBe(false);
    expect(view.texts.join(' ')).toContain('alarm@116111.no');
  });
});

describe('hb27d: "and if I am already there?" after whom to call before being taken abroad', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['en', 'who can i talk to if my family plans to take me abroad?', 'what if im already there?'],
    ['nb', 'hvem kan jeg ringe hvis foreldrene mine vil sende meg til utlandet?', 'og hvis jeg allerede er der?'],
    ['ru', 'кому я могу позвонить, если родители хотят отправить меня за границу?', 'а если я уже там?'],
    ['tr', 'ailem beni yurt dışına göndermek isterse kimi arayabilirim?', 'peki zaten oradaysam?'],
    ['pl', 'do kogo mogę zadzwonić, jeśli rodzice chcą mnie wysłać za granicę?', 'a jeśli już tam jestem?'],
  ] as const)('%s: UD operations centre', async (lng, first, second) => {
    const view = await runner.turn(lng, [first, second]);
    expect(view.texts.join(' ')).toMatch(/23 95 00 00/);
  });
});

describe('hb27d: when IMDi took over the coordination of Kompetanseteamet', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['uk', 'З якого року IMDi взяла на себе Kompetanseteamet і хто це робив раніше?'],
    ['ru', 'Когда IMDi взял на себя координацию Kompetanseteamet и кто это делал раньше?'],
    ['so', 'Goorma ayay IMDi la wareegtay Kompetanseteamet?'],
    ['en', 'When did IMDi take over Kompetanseteamet, and who had it before?'],
    ['nb', 'Når overtok IMDi koordineringen av Kompetanseteamet, og hvem hadde den før?'],
  ] as const)('%s: 2008, from UDI', async (lng, question) => {
    const view = await runner.turn(lng, [question]);
    const all = view.texts.join(' ');
    expect(all).toContain('2008');
    expect(all).toContain('UDI');
  });
});

describe('hb27d: a child whose mother is harmed and watched', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', 'Jobber i barnehage. Moren til en jente på 3 hadde hovent kinn i dag, og hun sa at svigerfamilien følger med på henne hele tiden og at hun ikke får møte venninner.'],
    ['nn', 'Eg jobbar i barnehage. Mora til ei jente på 4 kom i dag med blåmerke på kinnet. Ho seier at svigerfamilien passar på henne heile tida og at ho ikkje får treffe venninnene sine lenger.'],
    ['en', 'I work at a nursery. The mother of a 4-year-old girl came in with a bruised cheek today; she says her husband’s family keep an eye on her all the time and she may not see her friends anymore.'],
  ] as const)('%s: the emergency card and child welfare', async (lng, story) => {
    const view = await runner.turn(lng, [story]);
    expect(view.emergency).toBe(true);
    expect(view.texts.join(' ')).toMatch(/barnevern|child welfare/i);
  });
});
