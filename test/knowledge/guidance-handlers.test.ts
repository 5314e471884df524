import type { Activity, TurnContext } from 'botbuilder';
import { CardActionRouter } from '../../src/bot/card-action-router';
import type { Turn } from '../../src/kit/turn';
import { createI18n, fixedT } from '../../src/language/i18n';
import type { Lang } from '../../src/language/languages';
import { createLogger, memorySink } from '../../src/logging/logger';
import { TURN_EMERGENCY } from '../../src/kit/turn-keys';
import { loadEmergencyContacts } from '../../src/knowledge/emergency-contacts';
import { memoryFeedbackStore } from '../../src/knowledge/feedback-store';
import { createGuidanceHandlers, type GuidanceArticle } from '../../src/knowledge/guidance-handlers';

const i18n = createI18n();

const ARTICLES: ReadonlyMap<string, GuidanceArticle> = new Map([
  [
    'forced-marriage',
    {
      id: 'forced-marriage',
      title: { nb: 'Tvangsekteskap', en: 'Forced marriage' },
      short: { nb: 'Kort svar.', en: 'Short answer.' },
      steps: { nb: ['Steg én'], en: ['Step one'] },
      dont: { nb: ['Ikke dette'], en: ['Not this'] },
      relatedServices: ['kompetanseteamet', 'not-in-directory'],
      followUps: ['fgm', 'missing-article'],
      sources: [],
    },
  ],
  [
    'fgm',
    {
      id: 'fgm',
      title: { nb: 'Kjønnslemlestelse', en: 'FGM' },
      short: { nb: 'Kort.', en: 'Short.' },
      steps: {},
      dont: {},
      relatedServices: [],
      followUps: [],
      sources: [],
    },
  ],
]);

/** A turn that records what the bot sends, as a user in Teams would see it. */
function fakeTurn(lng: Lang) {
  const sent: Partial<Activity>[] = [];
  const sink = memorySink();
  const context = { sendActivity: async (a: Partial<Activity> | string) => void sent.push(typeof a === 'string' ? { text: a } : a), turnState: new Map<unknown, unknown>() };
  const turn: Turn = {
    context: context as unknown as TurnContext,
    lng,
    t: fixedT(i18n, lng),
    userKey: 'u1',
    aadObjectId: undefined,
    log: createLogger({ level: 'info', sink }),
    now: () => new Date('2026-11-24T12:00:00Z'),
  };
  const cardJson = () => JSON.stringify(sent.map((a) => a.attachments?.[0]?.content));
  return { turn, sent, sink, cardJson };
}

function handlers() {
  const feedback = memoryFeedbackStore();
  const h = createGuidanceHandlers({
    articles: ARTICLES,
    emergencyContacts: loadEmergencyContacts(),
    feedback,
    serviceName: (id, lng) => (id === 'kompetanseteamet' ? (lng === 'en' ? 'The competence team' : 'Kompetanseteamet') : undefined),
  });
  return { ...h, feedback, router: new CardActionRouter(h.cardActions) };
}

describe('guidance handlers', () => {
  it('answers an article with its card, leaving out services and follow-ups that do not exist', async () => {
    const { turn, cardJson } = fakeTurn('en');
    await handlers().handleArticle(turn, { kind: 'article', articleId: 'forced-marriage' });
    const card = cardJson();
    expect(card).toContain('Forced marriage');
    expect(card).toContain('"serviceId":"kompetanseteamet"');
    expect(card).not.toContain('not-in-directory');
    expect(card).toContain('"verb":"ask","text":"FGM"');
    expect(card).not.toContain('missing-article');
  });

  it('falls back to bokmål for nynorsk and says so', async () => {
    const { turn, cardJson } = fakeTurn('nn');
    await handlers().handleArticle(turn, { kind: 'article', articleId: 'fgm' });
    expect(cardJson()).toContain('Denne teksten finst ikkje på Norsk nynorsk enno');
  });

  it('suggests known articles, and says it cannot answer when none are known', async () => {
    const h = handlers();
    const a = fakeTurn('nb');
    await h.handleSuggest(a.turn, { kind: 'suggest', articleIds: ['fgm', 'forced-marriage', 'nope'] });
    expect(a.cardJson()).toContain('Mente du');
    expect(a.cardJson()).toContain('"articleId":"forced-marriage"');
    const b = fakeTurn('nb');
    await h.handleSuggest(b.turn, { kind: 'suggest', articleIds: ['nope'] });
    expect(b.cardJson()).toContain('Det kan jeg dessverre ikke svare på');
  });

  it('asks for the emergency card on the turn (the bot shows it once, first) and builds it with 112 first', async () => {
    const { turn, sent } = fakeTurn('nb');
    const h = handlers();
    await h.sendEmergency(turn);
    expect(turn.context.turnState.get(TURN_EMERGENCY)).toBe(true);
    expect(sent).toHaveLength(0);
    const card = JSON.stringify(h.emergencyCard('nb', turn.t, {}));
    expect(card).toContain('tel:112');
    expect(card.indexOf('tel:112')).toBeLessThan(card.indexOf('tel:116111'));
  });

  it('stores a 👍 as a count per article and language, never the text, and thanks the user', async () => {
    const h = handlers();
    const { turn, sent, sink } = fakeTurn('nb');
    expect(await h.router.route(turn, { verb: 'feedback', articleId: 'fgm', vote: 'up' })).toBe('handled');
    expect(await h.feedback.counts()).toEqual({ fgm: { nb: { up: 1, down: 0 } } });
    expect(sent[0]?.text).toContain('Takk!');
    expect(sink.lines.join('\n')).toContain('"vote":"up"');
  });

  it('does not count votes for unknown articles or odd payloads', async () => {
    const h = handlers();
    const { turn } = fakeTurn('nb');
    await h.router.route(turn, { verb: 'feedback', articleId: 'made-up', vote: 'up' });
    expect(await h.router.route(turn, { verb: 'feedback', articleId: 'fgm', vote: 'sideways' })).toBe('invalid');
    expect(await h.feedback.counts()).toEqual({});
  });

  it('opens the article a "did you mean" button names', async () => {
    const h = handlers();
    const { turn, cardJson } = fakeTurn('nb');
    expect(await h.router.route(turn, { verb: 'show-article', articleId: 'fgm' })).toBe('handled');
    expect(cardJson()).toContain('Kjønnslemlestelse');
  });
});
