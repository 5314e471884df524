import type { Activity } from 'botbuilder';
import { oneAppPerFile } from '../helpers/test-app';
import { cardTexts } from '../../src/evaluation/conversation-eval';

/**
 * Follow-ups on the last figures shown (issue #13): arithmetic on two published figures ("så økningen var på ca hvor
 * mye da", "vs 2007? what's the growth"), a doubt that names another number ("trodde det var rundt 900"), and a year
 * without a figure. Every number shown is a published one or computed from two of them, each with its source.
 */
const seen = (reply: Partial<Activity>): string => (reply.attachments ?? []).flatMap((a) => cardTexts(a.content)).join('\n');

describe('conversation: follow-ups on the last figures and doubts about the last answer', () => {
  const { chat } = oneAppPerFile();

  it('nb: 2022, then "og i 2021?", then "how much was the increase?": both figures, 132 more, +17 %', async () => {
    await chat()
      .send('hvor mange saker hadde kompetanseteamet i 2022')
      .assertReply((reply) => expect(seen(reply)).toContain('891'))
      .send('og i 2021?')
      .assertReply((reply) => expect(seen(reply)).toContain('759'))
      .send('så økningen var på ca hvor mye da')
      .assertReply((reply) => {
        const text = seen(reply);
        expect(text).toContain('759');
        expect(text).toContain('891');
        expect(text).toMatch(/132 flere \(\+17\s?%\)/);
        expect(text).toMatch(/bufdir\.no/);
      })
      .startTest();
  });

  it('en: 2008 inquiries, then "vs 2007? what\'s the growth": 177 → 248, about +40 %, and the report\'s own +28 % with its source', async () => {
    await chat({ locale: 'en-US' })
      .send('How many inquiries did Kompetanseteamet get in 2008?')
      .assertReply((reply) => expect(seen(reply)).toContain('248'))
      .send("vs 2007? what's the growth")
      .assertReply((reply) => {
        const text = seen(reply);
        expect(text).toContain('From 177 in 2007 to 248 in 2008: 71 more (+40%).');
        expect(text).toContain('The source itself gives the change from 2007 as 28%');
        expect(text).toContain('IMDi årsrapport 2008');
      })
      .send('the 2008 report says 28%, which is right?')
      .assertReply((reply) => {
        const text = seen(reply);
        expect(text).toContain('The figure stands as the source publishes it');
        expect(text).toContain('+40%');
        expect(text).toContain('28%');
      })
      .startTest();
  });

  it('ru: 2018, then "and compared with 2016?": 597 and 595, about the same', async () => {
    await chat({ locale: 'ru-RU' })
      .send('Сколько дел было у Kompetanseteamet в 2018 году?')
      .assertReply((reply) => expect(seen(reply)).toContain('595'))
      .send('а по сравнению с 2016?')
      .assertReply((reply) => {
        const text = seen(reply);
        expect(text).toContain('597');
        expect(text).toContain('595');
        expect(text).toContain('на 2 меньше');
      })
      .startTest();
  });

  it('nb: the envoys\' 245, then "er du sikker? trodde det var rundt 900": 245 stands, with its source; ~900 is the advisers\' 899 / 897', async () => {
    await chat()
      .send('hvor mange saker hadde spesialutsendingene i 2023')
      .assertReply((reply) => expect(seen(reply)).toContain('245'))
      .send('er du sikker? trodde det var rundt 900')
      .assertReply((reply) => {
        const text = seen(reply);
        expect(text).toContain('245');
        expect(text).toContain('Kilde:');
        expect(text).toContain('899 / 897 saker · mangfoldsrådgiverne · 2023');
      })
      .startTest();
  });

  it('en: "are you sure? I thought it was 899" after the envoys: the advisers\' figure is named as what 899 is', async () => {
    await chat({ locale: 'en-US' })
      .send('How many cases did the envoys handle in 2023?')
      .assertReply((reply) => expect(seen(reply)).toContain('245'))
      .send('are you sure? I thought it was 899')
      .assertReply((reply) => {
        const text = seen(reply);
        expect(text).toContain('245');
        expect(text).toContain('899 is another published figure');
        expect(text).toContain('the diversity advisers');
      })
      .startTest();
  });

  it('en: texting forms of a doubt ("r u sure? i saw 899") name the other figure as the full form does', async () => {
    await chat({ locale: 'en-US' })
      .send('envoy cases 2023?')
      .assertReply((reply) => expect(seen(reply)).toContain('245'))
      .send('r u sure? i saw 899')
      .assertReply((reply) => {
        const text = seen(reply);
        expect(text).toContain('245');
        expect(text).toContain('899 is another published figure');
      })
      .startTest();
  });

  it('nb: "og i 2019?" where no figure is published: says so, with the nearest years', async () => {
    await chat()
      .send('hvor mange saker hadde kompetanseteamet i 2022')
      .assertReply((reply) => expect(seen(reply)).toContain('891'))
      .send('og i 2019?')
      .assertReply((reply) => {
        const text = seen(reply);
        expect(text).toContain('Jeg har ikke tall for saker (Kompetanseteamet) i 2019.');
        expect(text).toContain('2018 og 2021');
      })
      .startTest();
  });

  it('nb: Iran → Amman, then "er du sikker? jeg trodde det var Ankara": Amman stands; Ankara is the 2008 table', async () => {
    await chat()
      .send('hvem dekker Iran?')
      .assertReply((reply) => expect(seen(reply)).toContain('Amman'))
      .send('er du sikker? jeg trodde det var Ankara')
      .assertReply((reply) => {
        const text = seen(reply);
        expect(text).toContain('i 2008 dekket integreringsrådgiveren ved ambassaden i Ankara Tyrkia og Iran (IMDi årsrapport 2008)');
        expect(text).toContain('I dag dekkes Iran av spesialutsendingen i Amman.');
        expect(text).toContain('Spesialutsendingen ved ambassaden i Amman veileder i saker som gjelder Iran.');
      })
      .startTest();
  });

  it('en: Iraq → Amman, then "wasn\'t it Nairobi?": Amman stands; Nairobi is said to cover other countries today', async () => {
    await chat({ locale: 'en-US' })
      .send('who covers Iraq?')
      .assertReply((reply) => expect(seen(reply)).toContain('Amman'))
      .send("wasn't it Nairobi?")
      .assertReply((reply) => {
        const text = seen(reply);
        expect(text).toMatch(/The special envoy in Nairobi covers .*Somalia.* today\. Iraq is covered by the special envoy in Amman\./);
        expect(text).toContain('The special envoy at the embassy in Amman has operational responsibility for Iraq.');
      })
      .startTest();
  });

  it('en: "which envoy covers Iran now? is it still Ankara?": the guess is no second question; Amman, and what Ankara was', async () => {
    await chat({ locale: 'en-US' })
      .send('which envoy covers Iran now? is it still Ankara?')
      .assertReply((reply) => {
        const text = seen(reply);
        expect(text).toContain('The special envoy at the embassy in Amman gives guidance on cases concerning Iran.');
        expect(text).toContain('in 2008 the integration adviser at the embassy in Ankara covered');
        expect(text).not.toContain('Embassy in Ankara');
      })
      .startTest();
  });

  it('nn: the same, then "er du heilt sikker? eg las at det var Ankara": Amman stands', async () => {
    await chat()
      .send('kven av spesialutsendingane dekkjer Iran no? er det framleis Ankara?')
      .assertReply((reply) => expect(seen(reply)).toContain('Amman'))
      .send('er du heilt sikker? eg las at det var Ankara')
      .assertReply((reply) => {
        const text = seen(reply);
        expect(text).toContain('I dag blir Iran dekt av spesialutsendinga i Amman.');
        expect(text).not.toContain('ambassaden i Ankara rettleier');
      })
      .startTest();
  });
});
