import { type Lang } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { type ComposedEvaluation, loadComposedEvaluation } from '../../src/evaluation/composed';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { askingPart, loadAskingWords } from '../../src/understanding/asking-sentence';
import { questionParts } from '../../src/knowledge/article-index';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * A long story whose question is one sentence (issue #13, longq34): the story counts its own cases and dates itself
 * ("three cases this year … in 2023 only one"), the last sentence asks for something else (the plan's name, a report's
 * deadline, whom to contact, who trains staff). The figure the story counts is not asked: the question's reading
 * answers. Each probe has a twin, the same story asking for a figure, which still gets the figure. Our own probes, in
 * nb, nn, en and other languages, typed as people type them (no Norwegian letters in some).
 */

const STORIES: Readonly<Record<string, { readonly lang: Lang; readonly story: string; readonly figure: string }>> = {
  'plan-nb': {
    lang: 'nb',
    story: 'Jeg jobber som miljoterapeut pa en ungdomsskole i Drammen. Denne hosten har vi hatt fire saker om kontroll i familien. To av dem gjaldt jenter som ikke fikk bli med pa turer. Vi har samarbeidet med barnevernet i begge. I 2023 hadde vi bare en sak.',
    figure: 'Hvor mange saker hadde mangfoldsrådgiverne i 2023?',
  },
  'plan-nn': {
    lang: 'nn',
    story: 'Eg er lærar på ein vidaregåande skule på Voss. Dette skuleåret har me hatt tre saker om negativ sosial kontroll. Ei av dei gjekk til barnevernet. Kollegaene mine er usikre på kva dei skal sjå etter. Me hadde eit fagmøte i 2024 om temaet.',
    figure: 'Kor mange saker hadde mangfaldsrådgjevarane i 2023?',
  },
  'plan-en': {
    lang: 'en',
    story: 'I work in the child welfare office in a small municipality. This year we had five cases involving honour-related control. Two of them ended with the girls moving to emergency housing. Our team has grown from three to six people since 2023. We are now writing a new local procedure.',
    figure: 'How many cases did Kompetanseteamet have in 2023?',
  },
  'plan-tr': {
    lang: 'tr',
    story: 'Belediyede sosyal hizmet uzmanı olarak çalışıyorum. Bu yıl dört vakamız oldu. İkisi zorla evlendirme ile ilgiliydi. Kompetanseteamet ile de konuştuk. 2024 yılında yeni bir ekip kurduk.',
    figure: "Kompetanseteamet 2023'te kaç vaka aldı?",
  },
  'plan-pl': {
    lang: 'pl',
    story: 'Pracuję w szkole średniej w Oslo jako pedagog. W tym roku mieliśmy trzy sprawy dotyczące kontroli w rodzinie. Jedna uczennica musiała zmienić szkołę. Współpracujemy z doradcą ds. różnorodności. W 2023 roku mieliśmy tylko jedną sprawę.',
    figure: 'Ile spraw mieli doradcy ds. różnorodności w 2023 roku?',
  },
  'plan-ru': {
    lang: 'ru',
    story: 'Я работаю социальным работником в коммуне. В этом году у нас было четыре случая контроля в семье. Два из них касались девушек из школы. Мы обращались в Kompetanseteamet. В 2024 году у нас появилась новая команда.',
    figure: 'Сколько дел было у Kompetanseteamet в 2023 году?',
  },
  'deadline-nb': {
    lang: 'nb',
    story: 'Hei, jeg er mangfoldsrådgiver på to skoler i Viken. Vi har registrert 40 saker siden januar 2023 i verktøyet. Lederen min har nevnt at tallene våre skal inn i en felles rapport. Ingen har sagt noe om fristen. Jeg må planlegge våren.',
    figure: 'Hvor mange saker hadde mangfoldsrådgiverne totalt i 2023?',
  },
  'deadline-nn': {
    lang: 'nn',
    story: 'Eg er mangfaldsrådgjevar på ein skule i Trøndelag. Me har registrert 35 saker sidan januar 2023. Leiaren min seier at tala våre skal inn i ein felles rapport. Ingen har sagt noko om fristen. Eg må planleggje våren.',
    figure: 'Kor mange saker hadde mangfaldsrådgjevarane i alt i 2023?',
  },
  'deadline-en': {
    lang: 'en',
    story: "I'm a diversity adviser and have registered about 60 cases since January 2023. My manager says our figures go into a joint report now. Nobody has told me the schedule. I need to plan my spring. Other advisers are also unsure.",
    figure: 'How many cases did the diversity advisers have in 2023 in total?',
  },
  'deadline-uk': {
    lang: 'uk',
    story: 'Я радниця з питань різноманіття у школі. З січня 2023 року ми зареєстрували 30 справ. Керівник каже, що наші цифри тепер підуть у спільний звіт. Ніхто не сказав про термін. Мені треба планувати весну.',
    figure: 'Скільки справ мали радники з питань різноманіття у 2023 році?',
  },
  'deadline-so': {
    lang: 'so',
    story: 'Waxaan ahay la-taliye kala duwanaansho dugsi sare. Tan iyo Janaayo 2023 waxaan diiwaangelinay 30 kiis. Maamulahaygu wuxuu yiri tirooyinkeenna waxay gali doonaan warbixin wadajir ah. Qofna ma sheegin waqtiga. Waxaan u baahanahay inaan qorsheeyo guga.',
    figure: 'Immisa kiis ayay la-taliyayaasha kala duwanaanshuhu lahaayeen 2023?',
  },
  'contact-nb': {
    lang: 'nb',
    story: 'Jeg er helsesykepleier på en barneskole i Sandnes. Vi har hatt tre saker i år der foreldre har bekymret seg for døtrene sine. Ingen av sakene er akutte. I 2024 hadde vi ingen slike saker. Kollegaene mine ønsker mer kunnskap.',
    figure: 'Hvor mange saker hadde Kompetanseteamet i 2023?',
  },
  'contact-en': {
    lang: 'en',
    story: "I'm a school nurse at a primary school in Sandnes. We had three cases this year where parents worried about their daughters. None of them is acute. In 2024 we had no such cases. My colleagues want to know more.",
    figure: 'How many cases did Kompetanseteamet have in 2023?',
  },
  'training-nb': {
    lang: 'nb',
    story: 'Vi er fem ansatte i flyktningtjenesten i en kommune på Østlandet. Vi har bosatt 30 personer i år. I fjor hadde vi to saker om kontroll i familien, begge er avsluttet. Vi var usikre på hva vi skulle se etter. Lederen vil at alle får kurs før sommeren.',
    figure: 'Hvor mange saker hadde Kompetanseteamet i 2023?',
  },
  'training-en': {
    lang: 'en',
    story: 'We are five staff in the refugee service of a municipality. We have settled 30 people this year. Last year we had two cases about control in the family, both closed. We felt unsure what to look for. Our manager wants everyone trained before summer.',
    figure: 'How many cases did Kompetanseteamet have in 2023?',
  },
};

/** The question each story ends with, and what its reading is (the kind and, for an article, which one). */
const ASKED: readonly [string, string, string][] = [
  ['plan-nb', 'Hva heter den nye handlingsplanen mot negativ sosial kontroll?', 'article:action-plans'],
  ['plan-nn', 'Kva heiter den nye handlingsplanen og kor lenge gjeld han?', 'article:action-plans'],
  ['plan-en', 'What is the name of the current national action plan?', 'article:action-plans'],
  ['plan-tr', 'Şu anki ulusal eylem planının adı nedir?', 'article:action-plans'],
  ['plan-pl', 'Jak się nazywa obecny krajowy plan działania?', 'article:action-plans'],
  ['plan-ru', 'Как называется нынешний национальный план действий?', 'article:action-plans'],
  ['deadline-nb', 'Når skal den felles årsrapporten leveres?', 'article:allocation-letter-2024'],
  ['deadline-nn', 'Når skal den felles årsrapporten leverast?', 'article:allocation-letter-2024'],
  ['deadline-en', 'When is the first joint annual report due?', 'article:allocation-letter-2024'],
  ['deadline-uk', 'Коли треба подати перший спільний річний звіт?', 'article:allocation-letter-2024'],
  ['deadline-so', 'Goorma ayaa la gudbinayaa warbixinta sanadlaha ah ee wadajirka ah?', 'article:allocation-letter-2024'],
  ['contact-nb', 'Hvem kan vi kontakte for råd?', 'contact'],
  ['contact-en', 'Who can we contact for advice?', 'contact'],
  ['training-nb', 'Hvem kan holde kurs for oss?', 'contact'],
  ['training-en', 'Who can give us a course?', 'contact'],
];

function readingOf(intent: { readonly kind: string; readonly articleId?: unknown }): string {
  return intent.kind === 'article' && typeof intent.articleId === 'string' ? `article:${intent.articleId}` : intent.kind;
}

describe('a long story whose question is one sentence (longq34)', () => {
  let composed: ComposedEvaluation;
  beforeAll(async () => {
    composed = await loadComposedEvaluation(() => new Date('2026-12-02T12:00:00Z'));
  }, 120_000);

  it.each(ASKED)('%s: the story\'s own counts are not the question; it reads "%s" as asked', (id, question, expected) => {
    const { lang, story } = STORIES[id]!;
    const u = composed.understand(`${story} ${question}`, lang);
    expect({ danger: u.danger, reading: readingOf(u.intent) }).toEqual({ danger: false, reading: expected });
  });

  it.each(Object.keys(STORIES))('%s twin: the same story asking for a figure gets the figure', (id) => {
    const { lang, story, figure } = STORIES[id]!;
    const u = composed.understand(`${story} ${figure}`, lang);
    expect({ danger: u.danger, reading: readingOf(u.intent) }).toEqual({ danger: false, reading: 'stats' });
  });

  it('a story with a danger still reads as danger, whatever its last sentence asks', () => {
    const story =
      'Jeg er lærer på en videregående skole. Vi har hatt tre saker i år. En elev på 16 sier at faren har truet med å drepe henne hvis hun ikke gifter seg med fetteren. Hun skal sendes til Pakistan i morgen. Hun er livredd. Hva heter den nye handlingsplanen?';
    expect(composed.understand(story, 'nb').danger).toBe(true);
  });
});

describe('the sentence that asks (asking-sentence.ts)', () => {
  const words = loadAskingWords();
  const focus = (text: string, lng: Lang) => askingPart(normalize(text), lng, words)?.focus;
  const story = 'Jeg har jobbet som rådgiver i mange år og har hatt mange saker i skolen. Vi hadde tre nye saker denne uken og et foreldremøte. ';

  it('a question mark marks the asking sentence', () => {
    expect(focus(`${story}Hva heter den nye handlingsplanen og hvor lenge gjelder den?`, 'nb')).toBe('hva heter den nye handlingsplanen og hvor lenge gjelder den?');
  });

  it("with no question mark, the last sentence with the language's question word or asking phrase", () => {
    expect(focus(`${story}Rektor lurer på hva planen heter, siden det er ny plan etter 2024. Jeg har ikke lest den ennå`, 'nb')).toBe('rektor lurer på hva planen heter, siden det er ny plan etter 2024.');
    expect(focus('Pracuję w szkole od lat i mamy dużo spraw w tym roku, także z rodzicami. W zeszłym tygodniu mieliśmy trzy nowe sprawy. Proszę powiedzieć, jak się nazywa nowy krajowy plan działania. Dziękuję bardzo za pomoc', 'pl')).toBe(
      'proszę powiedzieć, jak się nazywa nowy krajowy plan działania.',
    );
  });

  it('a short asking sentence leans on the one before it', () => {
    expect(focus(`${story}Ledelsen vil ha svar på når den første rapporten skal leveres. Vet du det?`, 'nb')).toBe('ledelsen vil ha svar på når den første rapporten skal leveres. vet du det?');
  });

  it('a short message or one sentence is no story', () => {
    expect(focus('Hvor mange saker hadde rådgiverne i 2023?', 'nb')).toBeUndefined();
    expect(focus(`${story.replace(/\. /gu, ', ')}og hva heter planen`, 'nb')).toBeUndefined();
  });

  it("the article reader's question is the sentence that asks in words when no sentence has a question mark", () => {
    const parts = questionParts(normalize(`${story}Rektor spør hva planen heter. Jeg har ikke lest den ennå`));
    expect(parts.focus.join(' ')).toBe('rektor spør hva planen heter');
  });
});

describe('what a person sees (longq34)', () => {
  const runner = conversationRunnerPerFile();

  it.each<[string, string, string[][]]>([
    ['deadline-nb', 'Når skal den felles årsrapporten leveres?', [['01.04.2025', '1. april 2025', 'april 2025']]],
    ['deadline-en', 'When is the first joint annual report due?', [['01.04.2025', '1 April 2025', 'April 2025']]],
    ['plan-tr', 'Şu anki ulusal eylem planının adı nedir?', [['Sjef i eget liv']]],
    ['plan-ru', 'Как называется нынешний национальный план действий?', [['Sjef i eget liv']]],
  ])('%s: the answer to the question, not a figure', async (id, question, facts) => {
    const { lang, story } = STORIES[id]!;
    const view = await runner.turn(lang, [`${story} ${question}`]);
    expect({ emergency: view.emergency, didYouMean: view.didYouMean, cannotAnswer: view.cannotAnswer, language: view.replyLanguage }).toEqual({ emergency: false, didYouMean: false, cannotAnswer: false, language: lang });
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
  });
});
