/**
 * `npx tsx bench/reading-stages.ts [--passes 1] [--questions]`: where a new message's reading goes, timed where it runs. The real app
 * (`createApp`, the readers `npm start` builds) answers every evaluation question (each written anew, as
 * `bench --new` sends them, through ten conversations that keep their state, as `turn-cpu`'s traffic does) and the
 * first message of every tuned conversation (each in a fresh conversation), through botbuilder's TestAdapter; the
 * features' readers and the bot's dependencies are wrapped (the app's benchmark hooks) so that each stage's own time
 * (CPU time by default, a stage called inside another counted in its own row) is added up per message. Prints each
 * stage's mean and p99 µs a message and how many messages ran it. No reading is remembered between messages
 * (UNDERSTANDING_CACHE_SIZE=0). A first pass over the evaluation questions warms the process and is not counted.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { TestAdapter } from 'botbuilder';
import { createApp } from '../src/app';
import type { BotDeps } from '../src/bot/veiviser-bot';
import { isolateRightToLeftReplies } from '../src/bot/rtl-isolation';
import { parseEnv } from '../src/config/env';
import { LOCALE_OF, parseConversationSet } from '../src/evaluation/conversation-eval';
import { loadEvalSets } from '../src/evaluation/eval-set';
import type { Features } from '../src/features';
import { loadLanguageDetector, type LanguageDetector } from '../src/language/detect-language';
import { isLang, type Lang } from '../src/language/languages';
import { createLogger } from '../src/logging/logger';
import { memoryLanguagePreferences } from '../src/storage/language-preferences';
import { prepareUtterance } from '../src/understanding/understand';
import { newlyWritten } from './teams-traffic';

const { values: args } = parseArgs({
  options: { passes: { type: 'string', default: '1' }, clock: { type: 'string', default: 'cpu' }, questions: { type: 'boolean', default: false } },
});

/**
 * The process's CPU time in ms (`--clock cpu`, the default: on a shared machine wall time mostly measures the other
 * processes; ~1 µs a reading, counted in the stage that encloses it) or `performance.now()` (`--clock wall`).
 */
const now =
  args.clock === 'wall'
    ? () => performance.now()
    : () => {
        const used = process.cpuUsage();
        return (used.user + used.system) / 1000;
      };

/** Each stage's own time in this message (ms), and the stack of time spent in stages called inside the current one. */
let message = new Map<string, number>();
/** How many times each stage ran, over the messages counted. */
const calls = new Map<string, number>();
let counting = false;
const inner: number[] = [];

function add(stage: string, ms: number): void {
  message.set(stage, (message.get(stage) ?? 0) + ms);
}

function closeStage(stage: string, started: number): void {
  const total = now() - started;
  const nested = inner.pop() ?? 0;
  add(stage, total - nested);
  if (counting) calls.set(stage, (calls.get(stage) ?? 0) + 1);
  if (inner.length > 0) inner[inner.length - 1] = (inner[inner.length - 1] ?? 0) + total;
}

function timed<A extends unknown[], R>(stage: string, run: (...a: A) => R): (...a: A) => R {
  return (...a) => {
    inner.push(0);
    const started = now();
    try {
      return run(...a);
    } finally {
      closeStage(stage, started);
    }
  };
}

/** An async stage; the benchmark answers one message at a time, so nothing else runs while it waits. */
function timedAsync<A extends unknown[], R>(stage: string, run: (...a: A) => Promise<R>): (...a: A) => Promise<R> {
  return async (...a) => {
    inner.push(0);
    const started = now();
    try {
      return await run(...a);
    } finally {
      closeStage(stage, started);
    }
  };
}

function timedFeatures(features: Features): Features {
  for (const feature of features.list) {
    for (const recognizer of feature.recognizers) recognizer.recognize = timed(`recognizer: ${recognizer.name}`, recognizer.recognize.bind(recognizer));
  }
  const danger = features.danger;
  const stage = 'situation/danger reader';
  const { isDanger, calledNotUrgent, isYoungWriter, isConcern, isCase, saidSafe, signals, withKnown } = danger;
  danger.isDanger = timed(stage, isDanger.bind(danger));
  if (calledNotUrgent) danger.calledNotUrgent = timed(stage, calledNotUrgent.bind(danger));
  if (isYoungWriter) danger.isYoungWriter = timed(stage, isYoungWriter.bind(danger));
  if (isConcern) danger.isConcern = timed(stage, isConcern.bind(danger));
  if (isCase) danger.isCase = timed(stage, isCase.bind(danger));
  if (saidSafe) danger.saidSafe = timed(stage, saidSafe.bind(danger));
  if (signals) danger.signals = timed(stage, signals.bind(danger));
  if (withKnown) danger.withKnown = timed(stage, withKnown.bind(danger));
  return {
    ...features,
    understand: timedUnderstand(features.understand),
    followUp: timed('follow-up reader', features.followUp),
    ageBand: timed('age band (contacts words)', features.ageBand),
    withAgeKnown: timed('age band (contacts words)', features.withAgeKnown),
  };
}

/** The understanding step's own work, whole or stage by stage (the two-needs reader's parts). */
function timedUnderstand(understand: Features['understand']): Features['understand'] {
  const stage = 'understanding: role, scope, history, composition';
  const read = understand.inStages;
  const whole = timed(stage, understand);
  if (!read) return whole;
  return Object.assign(whole, {
    inStages: (text: string, lng: Lang) => {
      const stages = read(text, lng);
      return { role: timed(stage, stages.role), candidates: timed(stage, stages.candidates), understanding: timed(stage, stages.understanding) };
    },
  });
}

function timedDeps(deps: BotDeps): BotDeps {
  const cards = 'reply cards (emergency, acute, calm)';
  return {
    ...deps,
    understand: timed('understanding cache', deps.understand),
    ...(deps.needs ? { needs: timed('two-needs split', deps.needs) } : {}),
    intents: { ...deps.intents, dispatch: timedAsync('handlers (with their cards)', deps.intents.dispatch.bind(deps.intents)) },
    ...(deps.serviceNamed ? { serviceNamed: timed('service and country named', deps.serviceNamed) } : {}),
    ...(deps.countryNamed ? { countryNamed: timed('service and country named', deps.countryNamed) } : {}),
    ...(deps.abroadNote ? { abroadNote: timed('abroad note', deps.abroadNote) } : {}),
    emergencyCard: timed(cards, deps.emergencyCard),
    ...(deps.acuteLine ? { acuteLine: timed(cards, deps.acuteLine) } : {}),
    ...(deps.calmLine ? { calmLine: timed(cards, deps.calmLine) } : {}),
    ...(deps.conversationFlow ? { conversationFlow: { continueTurn: timedAsync('triage flow', deps.conversationFlow.continueTurn.bind(deps.conversationFlow)) } } : {}),
  };
}

function timedDetector(detector: LanguageDetector): LanguageDetector {
  return { detect: timed('language detection', detector.detect.bind(detector)) };
}

interface Sent {
  readonly text: string;
  readonly lang: Lang;
  /** The conversation it is sent in; a first message gets a conversation of its own. */
  readonly conversation: string;
}

function messages(root: string, pass: number): { readonly questions: Sent[]; readonly firstTurns: Sent[] } {
  const questions = loadEvalSets(path.join(root, 'test', 'eval')).flatMap(({ q, lang }, i) => (isLang(lang) ? [{ text: newlyWritten(q, pass), lang, conversation: `bench-${i % 10}` }] : []));
  const dir = path.join(root, 'test', 'eval', 'conversations');
  const firstTurns = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => parseConversationSet(f, JSON.parse(readFileSync(path.join(dir, f), 'utf8'))))
    .map((item, i) => ({ text: item.turns[0] ?? '', lang: item.lang, conversation: `first-${pass}-${i}` }));
  return { questions, firstTurns };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

async function main(): Promise<void> {
  const root = path.join(__dirname, '..');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'veiviser-stages-'));
  const env = parseEnv({ NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'silent', UNDERSTANDING_CACHE_SIZE: '0', RATE_LIMIT_PER_MINUTE: '10000' });
  const app = await createApp(env, createLogger({ level: 'silent' }), {
    preferences: memoryLanguagePreferences(),
    detector: timedDetector(await loadLanguageDetector()),
    now: () => new Date('2026-12-01T12:00:00Z'),
    features: timedFeatures,
    botDeps: timedDeps,
  });
  const adapters = new Map<string, TestAdapter>();
  const adapterFor = (sent: Sent): TestAdapter => {
    const known = adapters.get(sent.conversation);
    if (known) return known;
    const adapter = new TestAdapter((context) => app.bot.run(context), {
      locale: LOCALE_OF[sent.lang],
      conversation: { id: sent.conversation, isGroup: false, name: 'chat', conversationType: 'personal' },
      from: { id: `29:user-${sent.conversation}`, name: 'User' },
    });
    adapter.locale = LOCALE_OF[sent.lang];
    adapter.use(isolateRightToLeftReplies);
    if (!sent.conversation.startsWith('first-')) adapters.set(sent.conversation, adapter);
    return adapter;
  };
  const perMessage: Map<string, number>[] = [];
  const send = async (sent: Sent, keep: boolean): Promise<void> => {
    message = new Map();
    const adapter = adapterFor(sent);
    const started = now();
    await adapter.receiveActivity(sent.text);
    const whole = now() - started;
    adapter.activeQueue.splice(0);
    const n0 = now();
    prepareUtterance(sent.text, sent.lang);
    message.set('normalisation (one prepareUtterance)', now() - n0);
    const counted = [...message.entries()].filter(([k]) => !k.startsWith('normalisation')).reduce((sum, [, v]) => sum + v, 0);
    message.set('the rest (botbuilder, state, logging, review note, isolation, the bot)', whole - counted);
    message.set('whole turn (TestAdapter)', whole);
    if (keep) perMessage.push(message);
  };
  const warm = messages(root, 0);
  for (const sent of warm.questions) await send(sent, false);
  let questions = 0;
  let firstTurns = 0;
  counting = true;
  for (let pass = 1; pass <= Number(args.passes); pass++) {
    const { questions: q, firstTurns: f } = messages(root, pass);
    for (const sent of q) await send(sent, true);
    // `--questions`: the evaluation questions alone, `turn-cpu`'s traffic (their words stay in the readers' word memos).
    if (!args.questions) for (const sent of f) await send(sent, true);
    questions += q.length;
    if (!args.questions) firstTurns += f.length;
  }
  const stages = new Set(perMessage.flatMap((m) => [...m.keys()]));
  const rows = [...stages].map((stage) => {
    const values = perMessage.map((m) => m.get(stage) ?? 0);
    const ran = perMessage.filter((m) => m.has(stage)).length;
    const sorted = [...values].sort((a, b) => a - b);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    return { stage, mean, p99: percentile(sorted, 0.99), ran, calls: (calls.get(stage) ?? 0) / perMessage.length };
  });
  rows.sort((a, b) => b.mean - a.mean);
  process.stdout.write(`${perMessage.length} messages (${questions} evaluation questions written anew, ${firstTurns} first turns of the tuned conversations)\n`);
  process.stdout.write('| stage | mean µs | p99 µs | messages that ran it | calls a message |\n|---|---|---|---|---|\n');
  for (const r of rows) process.stdout.write(`| ${r.stage} | ${Math.round(r.mean * 1000)} | ${Math.round(r.p99 * 1000)} | ${r.ran} | ${r.calls > 0 ? r.calls.toFixed(2) : ''} |\n`);
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
