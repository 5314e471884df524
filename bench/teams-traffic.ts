import { randomUUID } from 'node:crypto';

/**
 * Realistic Teams traffic for the benchmark: what staff actually type (questions in nb/nn/en, "hjelp",
 * @mentions in channels) plus the occasional card submit, from many users in `conversations` chats.
 */
const TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const BOT = { id: '28:veiviser-bot', name: 'Veiviser' };

interface Turn {
  readonly weight: number;
  readonly locale: string;
  readonly text?: string;
  readonly value?: Record<string, unknown>;
  readonly channel?: boolean;
}

const MIX: readonly Turn[] = [
  { weight: 10, locale: 'nb-NO', text: 'Hva er negativ sosial kontroll?' },
  { weight: 8, locale: 'nb-NO', text: 'hvilke tegn skal jeg se etter hos en elev' },
  { weight: 6, locale: 'nb-NO', text: 'telefonnummer til kompetanseteamet' },
  { weight: 5, locale: 'nb-NO', text: 'Hvor mange saker hadde mangfoldsrådgiverne i 2023?' },
  { weight: 5, locale: 'nb-NO', text: 'en elev er holdt tilbake i Somalia, hva gjør vi' },
  { weight: 4, locale: 'nn-NO', text: 'Kva er tvangsekteskap, og kven kan eg kontakte?' },
  { weight: 6, locale: 'en-US', text: 'What should school staff do if a pupil fears being married off abroad?' },
  { weight: 4, locale: 'en-US', text: 'who covers iraq? a student was sent there' },
  { weight: 3, locale: 'en-US', text: 'how many cases did kompetanseteamet have last year' },
  { weight: 2, locale: 'nb-NO', text: 'jeg er bekymret for en elev' },
  { weight: 2, locale: 'ar-SA', text: 'ما هو الزواج القسري' },
  { weight: 8, locale: 'nb-NO', text: 'hjelp' },
  { weight: 3, locale: 'en-US', text: 'help' },
  { weight: 6, locale: 'nb-NO', text: 'hva er æresrelatert vold', channel: true },
  { weight: 2, locale: 'nb-NO', text: 'språk' },
  { weight: 1, locale: 'nb-NO', value: { verb: 'set-language', lng: 'nb' } },
];
const BAG = MIX.flatMap((turn) => Array.from({ length: turn.weight }, () => turn));

/** A question as a user typed it, in a language (the evaluation sets' questions). */
export interface TypedQuestion {
  readonly q: string;
  readonly lang: string;
}

/** Teams locale for each answer language. */
const LOCALE: Readonly<Record<string, string>> = {
  nb: 'nb-NO', nn: 'nn-NO', en: 'en-US', ar: 'ar-SA', so: 'so-SO', fa: 'fa-AF', ur: 'ur-PK', uk: 'uk-UA', ru: 'ru-RU', tr: 'tr-TR', pl: 'pl-PL', ti: 'ti-ER',
};

export interface TrafficOptions {
  readonly serviceUrl: string;
  /**
   * With questions: every other message is the next of these (in order, then again), so most messages are new to
   * the bot the first time round instead of the mix's few common ones.
   */
  readonly questions?: readonly TypedQuestion[];
  readonly conversations: number;
  /**
   * Every message is a question (never the mix), written differently each time it comes round: a greeting before it
   * and a closing after it, changing with every pass, so no message repeats within a run and no reading of a recent
   * message can be reused. The words themselves recur, as they do in real traffic.
   */
  readonly everyMessageNew?: boolean;
  /** Distinct users (aadObjectId); many, so the per-user rate limit sees normal use, not one flooding user. */
  readonly users: number;
}

/** Returns a function that builds the n-th activity's JSON body. */
/** Greetings and closings people add around a question; their combinations make each pass over the questions new. */
const OPENINGS = ['', 'hei! ', 'Hei, ', 'hello, ', 'hi ', 'god morgen. ', 'hallo, ', 'heisann, ', 'good morning, ', 'hei igjen, ', 'ok, ', 'spørsmål: '];
const CLOSINGS = ['', ' takk', ' thanks', ' :)', ' takk på forhånd', ' mvh', ' pls', ' hilsen meg', ' thank you', ' takk for hjelpen', ' ?', ' !!'];

/** The question as it is written on its `pass`-th time round: a different opening and closing on each pass. */
export function newlyWritten(q: string, pass: number): string {
  const opening = OPENINGS[pass % OPENINGS.length] ?? '';
  const closing = CLOSINGS[Math.floor(pass / OPENINGS.length) % CLOSINGS.length] ?? '';
  return `${opening}${q}${closing}`;
}

export function teamsTraffic(options: TrafficOptions): (n: number) => string {
  const questions = options.questions ?? [];
  const everyNew = options.everyMessageNew === true && questions.length > 0;
  return (n) => {
    const fresh = everyNew ? questions[n % questions.length] : undefined;
    const typed = fresh
      ? { ...fresh, q: newlyWritten(fresh.q, Math.floor(n / questions.length)) }
      : questions.length > 0 && n % 2 === 1
        ? questions[Math.floor(n / 2) % questions.length]
        : undefined;
    const turn: Turn = typed ? { weight: 1, locale: LOCALE[typed.lang] ?? 'nb-NO', text: typed.q } : BAG[n % BAG.length]!;
    const conversation = n % options.conversations;
    const user = `00000000-0000-4000-8000-${String(n % options.users).padStart(12, '0')}`;
    const text = turn.channel ? `<at>Veiviser</at> ${turn.text}` : turn.text;
    return JSON.stringify({
      type: 'message',
      id: randomUUID(),
      timestamp: new Date().toISOString(),
      serviceUrl: options.serviceUrl,
      channelId: 'msteams',
      from: { id: `29:user-${n % options.users}`, aadObjectId: user },
      conversation: turn.channel
        ? { id: `19:bench${conversation}@thread.tacv2;messageid=17000000${conversation}`, conversationType: 'channel', isGroup: true, tenantId: TENANT_ID }
        : { id: `a:bench-personal-${conversation}`, conversationType: 'personal', tenantId: TENANT_ID },
      recipient: BOT,
      textFormat: 'plain',
      locale: turn.locale,
      ...(text !== undefined ? { text } : {}),
      ...(turn.value ? { value: turn.value } : {}),
      entities: [
        { type: 'clientInfo', locale: turn.locale, country: 'NO', platform: 'Web', timezone: 'Europe/Oslo' },
        ...(turn.channel ? [{ type: 'mention', text: '<at>Veiviser</at>', mentioned: BOT }] : []),
      ],
      channelData: { tenant: { id: TENANT_ID } },
    });
  };
}
