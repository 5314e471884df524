import type { Activity } from 'botbuilder';
import type { Lang } from '../../src/language/languages';
import { cardTexts } from '../../src/evaluation/conversation-eval';
import { createHistoryRecognizer, HISTORY_ARTICLE } from '../../src/conversation/history-reader';
import { prepareUtterance } from '../../src/understanding/understand';
import { oneAppPerFile } from '../helpers/test-app';

/**
 * Issue #13 (session 16): the embassy posts of 2008 that are closed now (Colombo, Rabat), asked about with the envoys
 * or the integration advisers, are their past: the history tells it (what each covered, that both are closed, where
 * those countries belong today), not today's contact card for the country. And who coordinated Kompetanseteamet before
 * IMDi, asked in Arabic, is history too.
 */
const reader = createHistoryRecognizer({ now: () => new Date('2026-06-01T12:00:00Z') });
const read = (text: string, lng: Lang) => reader.recognize(prepareUtterance(text, lng));

describe('a closed post named with the envoys, and who coordinated before', () => {
  it.each<[Lang, string]>([
    ['en', 'did Norway have an envoy in Rabat at some point?'],
    ['nb', 'hadde IMDi integreringsrådgivere i Colombo en gang?'],
    ['nn', 'var det ein spesialutsending i Rabat tidlegare?'],
    ['ru', 'Был ли когда-то spesialutsending в Коломбо?'],
    ['ar', 'هل كان هناك مبعوث خاص (spesialutsending) في الرباط سابقا؟'],
    ['ar', 'منذ متى تنسق IMDi عمل Kompetanseteamet، ومن كان قبلها؟'],
  ])('[%s] %s → the history article', (lng, text) => {
    expect(read(text, lng)).toEqual([expect.objectContaining({ intent: HISTORY_ARTICLE })]);
  });

  it.each<[Lang, string]>([
    ['en', 'which envoy covers Sri Lanka today?'],
    ['nb', 'hvem dekker Marokko nå, er det Amman?'],
  ])('[%s] %s → not history (today\'s posts)', (lng, text) => {
    expect(read(text, lng)).toEqual([]);
  });
});

const seen = (reply: Partial<Activity>): string => (reply.attachments ?? []).flatMap((a) => cardTexts(a.content)).join('\n');

describe('conversation: the closed posts', () => {
  const { chat } = oneAppPerFile();

  it('en: an envoy in Colombo once? the history: what it covered, that it is closed', async () => {
    await chat({ locale: 'en-US' })
      .send('did Norway ever have an envoy in Colombo?')
      .assertReply((reply) => {
        const text = seen(reply);
        expect(text).toMatch(/^History/u);
        expect(text).toContain('Colombo – Sri Lanka, Bangladesh and India');
        expect(text).toContain('Colombo and Rabat are no longer listed');
      })
      .startTest();
  });

  it('fa: the 2008 posts in Persian spelling, Colombo as Persian writes it (کلمبو)', async () => {
    await chat({ locale: 'fa-AF' })
      .send('در سال ۲۰۰۸ مشاوران ادغام در کدام سفارت‌ها کار می‌کردند؟')
      .assertReply((reply) => {
        const text = seen(reply);
        expect(text).toContain('کلمبو');
        expect(text).toContain('رباط');
      })
      .startTest();
  });
});
