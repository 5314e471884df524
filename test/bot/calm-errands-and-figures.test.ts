import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { LOCALE_OF } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { isEmergencyReply } from '../helpers/emergency-reply';
import { oneAppPerFile } from '../helpers/test-app';

/**
 * Calm questions that got the emergency card or an answer card (issue #13, session 16), in this file's own words:
 * shopping and a Teams password (with "I keep getting thrown out", "I'm locked out") are declined politely in every
 * language; a question for published figures that names a harm ("how many honour killings…") gets the figures, not
 * the emergency numbers. Being thrown out by one's parents, or a figures question with a threat in it, still gets them.
 */
const cannotTitle = (lng: Lang): string => {
  const file = path.join(__dirname, '..', '..', 'locales', lng, 'guidance.json');
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { cannot: { title: string } };
  return parsed.cannot.title;
};
const text = (reply: Partial<Activity>): string => JSON.stringify(reply.attachments?.[0]?.content ?? reply.text ?? '');

describe('conversation: shopping and one’s own Teams password are outside what the bot knows', () => {
  const { chat } = oneAppPerFile();

  const ERRANDS: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'hvilken bærbar PC bør jeg kjøpe til under 8000 kr?'],
    ['en', 'which phone should I buy for my son, the cheapest good one?'],
    ['pl', 'jaki laptop kupić dla córki do 2500 zł?'],
    ['ru', 'какой телефон купить подростку недорого?'],
    ['ar', 'أي هاتف أشتري لابني بسعر معقول؟'],
    ['nb', 'hvordan endrer jeg passordet i Teams? jeg blir kastet ut hele tiden'],
    ['en', 'how do I change my Teams password? I keep getting kicked out of Teams'],
    ['ti', 'ናይ teams password ብኸመይ ክቕይሮ እኽእል?'],
  ];

  it.each(ERRANDS)('%s: "%s" gets "I can\'t answer that" and no emergency card', async (lng, message) => {
    await chat({ locale: LOCALE_OF[lng] })
      .send(message)
      .assertReply((reply) => {
        expect(isEmergencyReply(reply)).toBe(false);
        expect(text(reply)).toContain(cannotTitle(lng));
      })
      .startTest();
  });

  it('being thrown out by one’s parents is no errand, even beside a Teams login', async () => {
    await chat({ locale: LOCALE_OF.nb })
      .send('foreldrene mine kastet meg ut i natt, og jeg kommer ikke inn på teams')
      .assertReply((reply) => expect(isEmergencyReply(reply)).toBe(true))
      .startTest();
  });
});

describe('conversation: a question for figures that names a harm is answered with the figures', () => {
  const { chat } = oneAppPerFile();

  it('"how many honour killing cases in 2022" gets no emergency card', async () => {
    await chat({ locale: LOCALE_OF.en })
      .send('how many honour killing cases did Kompetanseteamet have in 2022?')
      .assertReply((reply) => expect(isEmergencyReply(reply)).toBe(false))
      .startTest();
  });

  it('the same question with a threat to the writer gets the emergency card first', async () => {
    await chat({ locale: LOCALE_OF.en })
      .send('how many honour killing cases were there in 2022? my uncle says he will kill me')
      .assertReply((reply) => expect(isEmergencyReply(reply)).toBe(true))
      .startTest();
  });
});
