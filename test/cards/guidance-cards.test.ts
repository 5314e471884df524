import { articleCard, type ArticleView } from '../../src/knowledge/article-card';
import { cannotAnswerCard } from '../../src/knowledge/cannot-answer-card';
import { emergencyCard } from '../../src/cards/emergency-card';
import { suggestionCard } from '../../src/knowledge/suggestion-card';
import { createI18n, fixedT } from '../../src/language/i18n';
import { loadEmergencyContacts, parseEmergencyContacts } from '../../src/knowledge/emergency-contacts';

const i18n = createI18n();
const tNb = fixedT(i18n, 'nb');
const tEn = fixedT(i18n, 'en');
const json = (value: unknown) => JSON.stringify(value);

type Json = { [key: string]: unknown };
/** Every object in the card, depth first, so tests can look for buttons wherever they sit. */
function nodes(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(nodes);
  if (value && typeof value === 'object') {
    const obj = value as Json;
    return [obj, ...Object.values(obj).flatMap(nodes)];
  }
  return [];
}
const buttons = (card: unknown) => nodes(card).filter((n) => typeof n.type === 'string' && n.type.startsWith('Action.'));

describe('emergency card', () => {
  const contacts = loadEmergencyContacts();

  it('puts 112 first and offers every number as a tel: button', () => {
    const card = emergencyCard('nb', tNb, contacts);
    expect(card.version).toBe('1.5');
    expect(json(card.body)).toContain('Ring 112');
    // The call buttons (the sources' toggle is a button too, without a url).
    const urls = buttons(card).flatMap((b) => (typeof b.url === 'string' ? [b.url] : []));
    expect(urls).toEqual(['tel:112', 'tel:113', 'tel:02800', 'tel:116111', 'tel:+4723950000', 'tel:47809050']);
    expect(buttons(card)[0]?.title).toBe('Ring 112');
    // The call buttons sit inside the emergency block, so the card's own action row is free for the answer.
    expect(card.actions ?? []).toEqual([]);
  });

  it('puts the children\'s line right after 112 for a young person writing about themselves', () => {
    const urls = buttons(emergencyCard('nb', tNb, contacts, { young: true })).flatMap((b) => (typeof b.url === 'string' ? [b.url] : []));
    expect(urls).toEqual(['tel:112', 'tel:116111', 'tel:113', 'tel:02800', 'tel:+4723950000', 'tel:47809050']);
  });

  it('tells someone abroad to call UD’s operations centre, and cites its sources', () => {
    const text = json(emergencyCard('en', tEn, contacts));
    expect(text).toContain('+47 23 95 00 00');
    expect(text).toContain('The person is abroad');
    // Sources as links behind a "Sources" button: the page's name and the day it was read show, the address is the target.
    expect(text).toMatch(/\[Bufdir – negativ sosial kontroll og æresrelatert vold \(read \d{1,2} \w+ \d{4}\)\]\(https:\/\/www\.bufdir\.no\/vold\/aresrelatert\/\)/);
    expect(text).toContain('regjeringen.no');
    expect(text).toMatch(/"Action\.ToggleVisibility","title":"Sources \(\d+\)","targetElements":\["emergency-sources"\]/);
    expect(text).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
  });

  it('is right to left in Arabic', () => {
    expect(emergencyCard('ar', tEn, contacts).rtl).toBe(true);
  });

  it('says who covers the country of a case abroad under the numbers, with that sentence\'s sources', () => {
    const abroad = { text: 'The special envoy at the embassy in Nairobi has operational responsibility for Somalia.', sources: [{ kind: 'web', title: 'norway.no – envoys', url: 'https://www.norway.no/envoys', checked: '2026-12-03' }] } as const;
    const text = json(emergencyCard('en', tEn, contacts, { abroad }));
    expect(text).toContain('embassy in Nairobi has operational responsibility for Somalia');
    expect(text).toContain('https://www.norway.no/envoys');
    expect(json(emergencyCard('en', tEn, contacts))).not.toContain('Nairobi');
  });

  it('refuses a number without a source', () => {
    const file = {
      sources: {},
      contacts: [{ serviceId: 'x', phone: '12345678', name: { nb: 'X', en: 'X' }, when: { nb: 'X', en: 'X' }, commonKnowledge: false, sources: [] }],
    };
    expect(() => parseEmergencyContacts(file)).toThrow('needs a source');
  });
});

const view: ArticleView = {
  id: 'forced-marriage',
  title: 'Tvangsekteskap',
  short: 'Et ekteskap der minst én ikke kan si nei.',
  steps: ['Snakk med eleven alene', 'Kontakt Kompetanseteamet'],
  dont: ['Ikke kontakt familien før du har fått råd'],
  relatedServices: [{ serviceId: 'kompetanseteamet', name: 'Kompetanseteamet' }],
  followUps: [{ articleId: 'involuntary-stay-abroad', title: 'Ufrivillige utenlandsopphold' }],
  sources: [{ kind: 'seed', file: '001_e2d92cbbfe31b5d0.txt', title: 'IMDi årsrapport 2023', lines: [1558, 1558] }],
  textLng: 'nb',
};

describe('article card', () => {
  const card = articleCard('nb', tNb, view);
  const text = json(card);

  it('shows title, short answer, numbered steps and the do-not list', () => {
    expect(card.body[0]).toMatchObject({ type: 'Container' });
    expect(text).toContain('Tvangsekteskap');
    expect(text).toContain('Et ekteskap der minst én ikke kan si nei.');
    expect(text).toContain('1. Snakk med eleven alene\\r2. Kontakt Kompetanseteamet');
    expect(text).toContain('- Ikke kontakt familien før du har fått råd');
    expect(text).toContain('Unngå dette');
  });

  it('has contact buttons, follow-up questions and 👍/👎 feedback', () => {
    const all = buttons(card).map((b) => ({ title: b.title, data: b.data }));
    expect(all).toEqual([
      // One row opens the contacts and the follow-ups in place (Action.ToggleVisibility), so the card stays one screen.
      { title: 'Kontakter (1)', data: undefined },
      { title: 'Les også (1)', data: undefined },
      { title: 'Kompetanseteamet', data: { verb: 'show-contact', serviceId: 'kompetanseteamet' } },
      // The button shows the article's short title (content/knowledge/short-titles.json) and asks by the full title.
      { title: 'Ufrivillig utenlandsopphold', data: { verb: 'ask', text: 'Ufrivillige utenlandsopphold' } },
      { title: '👍 Ja', data: { verb: 'feedback', articleId: 'forced-marriage', vote: 'up' } },
      { title: '👎 Nei', data: { verb: 'feedback', articleId: 'forced-marriage', vote: 'down' } },
    ]);
  });

  it('names its sources', () => {
    // The document and the section the cited line falls in, as a reader finds it; no file name, no line number.
    expect(text).toContain('Kilde: IMDi årsrapport 2023, «Spesialutsendingar for integreringssaker»');
    expect(text).not.toMatch(/\.txt|l\. \d/);
  });

  it('says so when the text fell back to another language', () => {
    expect(text).not.toContain('finnes ikke på');
    const nn = json(articleCard('nn', fixedT(i18n, 'nn'), view));
    expect(nn).toContain('Denne teksten finst ikkje på Norsk nynorsk enno. Han blir vist på Norsk bokmål.');
  });
});

describe('suggestion and cannot-answer cards', () => {
  it('offers at most three topics as buttons that open the article', () => {
    const card = suggestionCard('en', tEn, [
      { articleId: 'fgm', title: 'FGM' },
      { articleId: 'forced-marriage', title: 'Forced marriage' },
      { articleId: 'interpreters', title: 'Interpreters' },
      { articleId: 'parents-role', title: 'Parents' },
    ]);
    expect(json(card)).toContain('Did you mean …?');
    expect(buttons(card).map((b) => b.data)).toEqual([
      { verb: 'show-article', articleId: 'fgm' },
      { verb: 'show-article', articleId: 'forced-marriage' },
      { verb: 'show-article', articleId: 'interpreters' },
    ]);
  });

  it('declines honestly, lists what the bot can do and offers help', () => {
    const card = cannotAnswerCard('nb', tNb);
    const text = json(card);
    expect(text).toContain('Det kan jeg dessverre ikke svare på');
    expect(text).toContain('- Hvem du kan kontakte, og nødnumre');
    expect(text).toContain('ring 112');
    expect(buttons(card)).toEqual([{ type: 'Action.Submit', title: 'Vis hva jeg kan', data: { verb: 'ask', text: 'hjelp' } }]);
  });
});
