import type { Activity } from 'botbuilder';
import { isEmergencyReply, readEmergencyReply } from '../helpers/emergency-reply';
import { buildTestApp, conversation, type TestApp } from '../helpers/test-app';

/**
 * The triage conversation through the real bot (TestAdapter, real features and texts): "I'm worried about a
 * pupil" → danger? → where? → which country? → under 18? → your role? → who to contact first, what to
 * prepare, what not to do. Buttons and free text both answer; answered questions are skipped.
 */

type Reply = Partial<Activity>;
const json = (reply: Reply): string => JSON.stringify(reply.attachments ?? reply.text ?? '');
/** The service ids of the contact card's "details" buttons, in the order the card lists them. */
const servicesIn = (reply: Reply): string[] => {
  const contactCard = JSON.stringify(reply.attachments?.[1]?.content ?? {});
  return [...contactCard.matchAll(/"serviceId":"([a-z-]+)"/g)].map((m) => m[1]!);
};
const button = (set: string, value: string) => ({ type: 'message', value: { verb: 'triage', set, value } });

const asks = (question: RegExp) => (reply: Reply) => {
  expect(reply.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  expect(json(reply)).toMatch(question);
};
const NB = {
  danger: /Er noen i akutt fare/,
  where: /Hvor er personen nå/,
  country: /Hvilket land er personen i/,
  age: /Er personen under 18/,
  role: /Hva er din rolle/,
};

describe('triage conversation', () => {
  let testApp: TestApp;
  let clock = Date.parse('2026-11-30T09:00:00Z');
  let chats = 0;
  /** A fresh one-to-one chat for each test, so tests share the (slow to build) app but no conversation state. */
  const chat = (locale = 'nb-NO') => conversation(testApp, { locale, conversation: { id: `triage-chat-${++chats}`, isGroup: false, name: 'x', conversationType: 'personal' } });
  beforeAll(async () => {
    // One app for the whole file (it is slow to build); every test talks as the same user, so lift the per-minute limit.
    testApp = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '10000' }, { now: () => new Date(clock) });
  }, 90_000);
  afterAll(() => testApp.close());

  it('abroad, Somalia, 15, teacher: the envoy in Nairobi first, child welfare included, with what to prepare and avoid', async () => {
    let plan: Reply = {};
    await chat()
      .send('jeg er bekymret for en elev')
      .assertReply((reply) => {
        asks(NB.danger)(reply);
        expect(json(reply)).toContain('"verb":"triage"');
        expect(json(reply)).toContain('what-school-staff-should-do');
      })
      .send(button('danger', 'no'))
      .assertReply(asks(NB.where))
      .send('utlandet')
      .assertReply(asks(NB.country))
      .send('Somalia')
      .assertReply(asks(NB.age))
      .send('15')
      .assertReply(asks(NB.role))
      .send('lærer')
      .assertReply((reply) => {
        plan = reply;
      })
      .startTest();

    expect(plan.attachments).toHaveLength(2);
    const planCard = JSON.stringify(plan.attachments?.[0]?.content);
    expect(planCard).toContain('Kontakt først: Spesialutsending for integreringssaker, ambassaden i Nairobi');
    expect(planCard).toContain('I utlandet (Somalia) · Under 18 · Skole eller barnehage');
    expect(planCard).toContain('Opplysningsplikt');
    expect(planCard).toContain('Ikke konfronter familien');
    expect(planCard).toContain('Ikke bruk familiemedlemmer');
    expect(planCard).toContain('Ikke vent og se');
    const services = servicesIn(plan);
    expect(services[0]).toBe('envoy-nairobi');
    expect(services).toEqual(expect.arrayContaining(['ud-operations-centre', 'kompetanseteamet', 'child-welfare']));
    expect(JSON.stringify(plan.attachments?.[1]?.content)).toMatch(/\+254|tel:/);
  });

  it('in Norway, an adult, in English: Kompetanseteamet first, no child welfare, the adult decides', async () => {
    let plan: Reply = {};
    await chat('en-US')
      .send("I'm worried about a pupil")
      .assertReply(asks(/Is anyone in immediate danger/))
      .send('no')
      .assertReply(asks(/Where is the person now/))
      .send(button('whereabouts', 'norway'))
      .assertReply(asks(/Is the person under 18/))
      .send('she is 19')
      .assertReply(asks(/What is your role/))
      .send(button('role', 'school'))
      .assertReply((reply) => {
        plan = reply;
      })
      .startTest();
    const services = servicesIn(plan);
    expect(services[0]).toBe('kompetanseteamet');
    expect(services).not.toContain('child-welfare');
    expect(services).toContain('diversity-advisers');
    const planCard = JSON.stringify(plan.attachments?.[0]?.content);
    expect(planCard).toContain('Over 18, the person basically decides');
    expect(planCard).not.toContain('Duty to notify');
  });

  it('danger yes: the emergency card comes first, then the questions continue', async () => {
    await chat()
      .send('jeg er bekymret for en elev')
      .assertReply(asks(NB.danger))
      .send(button('danger', 'yes'))
      .assertReply((reply) => {
        // One card: the numbers on screen, the note under them, the next question one click away.
        expect(isEmergencyReply(reply)).toBe(true);
        const view = readEmergencyReply(reply);
        expect(view.visible).toContain('Ring 112 nå');
        expect(JSON.stringify(view.answers)).toMatch(NB.where);
      })
      .send('i Norge')
      .assertReply(asks(/Er personen under 18/))
      .startTest();
  });

  it('a typed "ja" to the danger question also brings the emergency card first', async () => {
    await chat()
      .send('jeg er bekymret for en elev')
      .assertReply(asks(NB.danger))
      .send('ja')
      .assertReply((reply) => {
        expect(isEmergencyReply(reply)).toBe(true);
        expect(readEmergencyReply(reply).visible).toContain('Ring 112 nå');
        expect(JSON.stringify(readEmergencyReply(reply).answers)).toMatch(NB.where);
      })
      .startTest();
  });

  it('danger in the first message: the bot sends the emergency card, and the triage does not ask about danger again', async () => {
    await chat()
      .send('jeg er bekymret for en elev, faren truer med å drepe henne i kveld')
      .assertReply((reply) => {
        expect(isEmergencyReply(reply)).toBe(true);
        const view = readEmergencyReply(reply);
        expect(JSON.stringify(view.answers)).toMatch(NB.where);
        expect(JSON.stringify(view.answers)).not.toMatch(NB.danger);
      })
      .startTest();
  });

  it('skips what the first message already says: "sendt til Somalia, hun er 15" needs no where, country or age', async () => {
    // A pupil of 15 sent to Somalia by others is an involuntary stay abroad (the situation rule
    // taken-away-abroad-someone): the emergency card first, with the triage's next question, the role, under it.
    let plan: Reply = {};
    await chat()
      .send('Jeg er bekymret for en elev. Hun er sendt til Somalia, hun er 15')
      .assertReply((reply) => {
        expect(isEmergencyReply(reply)).toBe(true);
        const answers = JSON.stringify(readEmergencyReply(reply).answers);
        expect(answers).toMatch(NB.role);
        expect(answers).not.toMatch(NB.danger);
        expect(answers).not.toMatch(NB.where);
      })
      .send('jeg er lærer')
      .assertReply((reply) => {
        plan = reply;
      })
      .startTest();
    // The plan comes under the emergency card's numbers (the danger the first message told is carried).
    expect(isEmergencyReply(plan)).toBe(true);
    const planned = [...JSON.stringify(readEmergencyReply(plan).answers).matchAll(/"serviceId":"([a-z-]+)"/g)].map((m) => m[1]!);
    // With danger told, the police's emergency line leads the plan; the envoy for Somalia and child welfare are in it.
    expect(planned[0]).toBe('police-emergency');
    expect(planned).toEqual(expect.arrayContaining(['envoy-nairobi', 'child-welfare']));
  });

  it('one free-text answer can answer several questions at once', async () => {
    await chat()
      .send('jeg er bekymret for en elev')
      .assertReply(asks(NB.danger))
      .send('nei')
      .assertReply(asks(NB.where))
      .send('Hun er sendt til Somalia, hun er 15')
      .assertReply(asks(NB.role))
      .startTest();
  });

  it('about to travel: Kompetanseteamet first, then the envoy; a country typed in another language works', async () => {
    let plan: Reply = {};
    await chat()
      .send('jeg er bekymret for en elev')
      .assertReply(asks(NB.danger))
      .send(button('danger', 'no'))
      .assertReply(asks(NB.where))
      .send(button('whereabouts', 'travelling-soon'))
      .assertReply(asks(NB.country))
      .send({ type: 'message', value: { verb: 'triage', set: 'country', countryText: 'باكستان' } })
      .assertReply(asks(NB.age))
      .send(button('age', 'minor'))
      .assertReply(asks(NB.role))
      .send(button('role', 'health'))
      .assertReply((reply) => {
        plan = reply;
      })
      .startTest();
    const services = servicesIn(plan);
    expect(services.slice(0, 2)).toEqual(['kompetanseteamet', 'envoy-islamabad']);
    expect(services).toContain('child-welfare');
    expect(JSON.stringify(plan.attachments?.[0]?.content)).toContain('Ikke spør foreldrene direkte');
  });

  it('answers out of order while the danger question is open are kept, acknowledged, and never end the triage', async () => {
    // The sequence found in the Agents Playground: each of these was lost, refused, or ended the triage.
    let plan: Reply = {};
    const reasksDanger = (noted: string) => (reply: Reply) => {
      asks(NB.danger)(reply);
      expect(json(reply)).toContain(`Notert: ${noted}. Men først:`);
      expect(json(reply)).not.toContain('Det fikk jeg ikke helt med meg');
      expect(json(reply)).not.toContain('avsluttet spørsmålene');
    };
    await chat()
      .send('jeg er bekymret for en elev')
      .assertReply(asks(NB.danger))
      .send('utlandet')
      .assertReply(reasksDanger('I utlandet'))
      .send('Somalia')
      .assertReply(reasksDanger('Somalia'))
      .send('15')
      .assertReply(reasksDanger('Under 18'))
      .send('lærer')
      .assertReply(reasksDanger('Skole eller barnehage'))
      .send('nei')
      .assertReply((reply) => {
        plan = reply;
      })
      .startTest();
    expect(plan.attachments).toHaveLength(2);
    const planCard = JSON.stringify(plan.attachments?.[0]?.content);
    expect(planCard).toContain('Din plan');
    expect(planCard).toContain('ingen akutt fare · I utlandet (Somalia) · Under 18 · Skole eller barnehage');
    expect(servicesIn(plan)[0]).toBe('envoy-nairobi');
    expect(servicesIn(plan)).toContain('child-welfare');
  });

  it('the same in English: "abroad", "Somalia", "15", "teacher", then "no" brings the plan without asking again', async () => {
    let plan: Reply = {};
    const reasksDanger = (noted: string) => (reply: Reply) => {
      asks(/Is anyone in immediate danger/)(reply);
      expect(json(reply)).toContain(`Noted: ${noted}. But first:`);
    };
    await chat('en-US')
      .send("I'm worried about a pupil")
      .assertReply(asks(/Is anyone in immediate danger/))
      .send('abroad')
      .assertReply(reasksDanger('Abroad'))
      .send('Somalia')
      .assertReply(reasksDanger('Somalia'))
      .send('15')
      .assertReply(reasksDanger('Under 18'))
      .send('teacher')
      .assertReply(reasksDanger('School or kindergarten'))
      .send('no')
      .assertReply((reply) => {
        plan = reply;
      })
      .startTest();
    expect(plan.attachments).toHaveLength(2);
    expect(servicesIn(plan)[0]).toBe('envoy-nairobi');
    expect(servicesIn(plan)).toContain('child-welfare');
  });

  it('several out-of-order answers in one message are acknowledged together; "15 år" and "under 18" are ages at any step', async () => {
    await chat()
      .send('jeg er bekymret for en elev')
      .assertReply(asks(NB.danger))
      .send('i utlandet, Somalia')
      .assertReply((reply) => expect(json(reply)).toContain('Notert: I utlandet, Somalia. Men først:'))
      .send('nei')
      .assertReply(asks(NB.age))
      .startTest();
    await chat()
      .send('jeg er bekymret for en elev')
      .assertReply(asks(NB.danger))
      .send('nei')
      .assertReply(asks(NB.where))
      .send('15 år')
      .assertReply((reply) => {
        asks(NB.where)(reply);
        expect(json(reply)).toContain('Notert: Under 18. Men først:');
      })
      .send('barnevernet')
      .assertReply((reply) => {
        asks(NB.where)(reply);
        expect(json(reply)).toContain('Notert: Barnevernet. Men først:');
      })
      .send('i Norge')
      .assertReply((reply) => expect(JSON.stringify(reply.attachments?.[0]?.content)).toContain('Din plan'))
      .startTest();
    await chat('en-US')
      .send("I'm worried about a pupil")
      .assertReply(asks(/immediate danger/))
      .send('under 18')
      .assertReply((reply) => expect(json(reply)).toContain('Noted: Under 18. But first:'))
      .startTest();
  });

  it('cancels at any step ("avbryt", "cancel", "отмена"), and the next message is an ordinary question again', async () => {
    await chat()
      .send('jeg er bekymret for en elev')
      .assertReply(asks(NB.danger))
      .send('nei')
      .assertReply(asks(NB.where))
      .send('avbryt')
      .assertReply((reply) => expect(reply.text).toContain('Greit, jeg har stoppet'))
      .send('utlandet')
      .assertReply((reply) => expect(json(reply)).not.toMatch(/Hvilket land er personen i/))
      .startTest();
    await chat('en-US')
      .send("I'm worried about a pupil")
      .assertReply(asks(/immediate danger/))
      .send('cancel')
      .assertReply((reply) => expect(reply.text).toContain("OK, I've stopped"))
      .startTest();
    await chat('ru-RU')
      .send('Я беспокоюсь за ученицу')
      .assertReply(asks(/опасност/))
      .send('отмена')
      .assertReply((reply) => expect(reply.text).toMatch(/остановил/))
      .startTest();
  });

  it('the cancel button works too, and "start på nytt" starts from the first question', async () => {
    await chat()
      .send('jeg er bekymret for en elev')
      .assertReply(asks(NB.danger))
      .send('nei')
      .assertReply(asks(NB.where))
      .send('start på nytt')
      .assertReply(asks(NB.danger))
      .send({ type: 'message', value: { verb: 'triage', command: 'cancel' } })
      .assertReply((reply) => expect(reply.text).toContain('Greit, jeg har stoppet'))
      .startTest();
  });

  it('a new question leaves the triage and gets its answer', async () => {
    await chat()
      .send('jeg er bekymret for en elev')
      .assertReply(asks(NB.danger))
      .send('nei')
      .assertReply(asks(NB.where))
      .send('hva er meldeplikt til barnevernet?')
      .assertReply((reply) => expect(reply.text).toContain('avsluttet spørsmålene'))
      .assertReply((reply) => expect(json(reply)).toMatch(/barnevern/i))
      .startTest();
  });

  it('asks again, politely, when a message answers nothing', async () => {
    await chat()
      .send('jeg er bekymret for en elev')
      .assertReply(asks(NB.danger))
      .send('nei')
      .assertReply(asks(NB.where))
      .send('hmm')
      .assertReply((reply) => {
        asks(NB.where)(reply);
        expect(json(reply)).toContain('Det fikk jeg ikke helt med meg');
      })
      .startTest();
  });

  it('forgets an unfinished triage after 30 minutes of silence', async () => {
    await chat()
      .send('jeg er bekymret for en elev')
      .assertReply(asks(NB.danger))
      .send('nei')
      .assertReply(asks(NB.where))
      .then(() => {
        clock += 31 * 60 * 1000;
      })
      .send('utlandet')
      .assertReply((reply) => expect(json(reply)).not.toMatch(/Hvilket land er personen i/))
      .startTest();
  });

  it('a button from an expired triage starts a new one with that answer', async () => {
    await chat()
      .send(button('whereabouts', 'abroad'))
      .assertReply(asks(NB.danger))
      .send('nei')
      .assertReply(asks(NB.country))
      .startTest();
  });

  it('runs in Arabic, right to left, with the questions in Arabic', async () => {
    await chat('ar-SA')
      .send('أنا قلق على طالبة في صفي')
      .assertReply((reply) => {
        const card = reply.attachments?.[0]?.content as { rtl?: boolean };
        expect(card.rtl).toBe(true);
        expect(json(reply)).toMatch(/خطر/);
      })
      .send('لا')
      .assertReply((reply) => expect(json(reply)).toMatch(/أين/))
      .startTest();
  });
});
