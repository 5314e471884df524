#!/usr/bin/env node
// `npm run check:playground`: looks at Veiviser the way a person does, in the Microsoft 365 Agents Playground
// (a local Teams-like web client), with headless Chromium. It types into the compose box, waits until the bot has
// stopped replying, takes a screenshot of the whole 1280×1000 window into docs/screenshots/<scenario>-<locale>.png
// (and <scenario>-<locale>-clicked.png after clicking a card button) and prints PASS/FAIL lines. Run it on demand:
// it needs Chromium and is not part of CI or jest.
//
//   npm run check:playground                                  build, start bot + Playground, run every scenario
//   npm run check:playground -- --only danger-nb,help         some scenarios (names below)
//   npm run check:playground -- --locale en-US                only the runs in one locale
//   npm run check:playground -- --attach                      use a bot / Playground that already answer
//   npm run check:playground -- --no-build                    skip `npm run build` (dist/ is current)
//   npm run check:playground -- --out /tmp/shots              screenshots elsewhere than docs/screenshots
//   npm run check:playground -- --without-isolates            remove LRI/RLI/FSI/PDI from the replies before looking,
//                                                             as a client that does not support them would show them
//   npm run check:playground -- --crops                       also save each multi-part figure alone, 4× (<out>/crops/)
//
// Needs Debian's Chromium (`apt-get install -y chromium`) or CHROMIUM_PATH; playwright-core drives it (no browser
// download). Urdu letters (ہ ے ۔) need a font that has them: `apt-get install -y fonts-noto-core` (DejaVu, the
// only Arabic-script font of a bare Debian, draws them as empty boxes).
// Exit code: 0 all checks passed, 1 a check failed, 2 the run could not start.
//
// The locale: the Playground (0.2.x) writes `locale: "en-US"` into every activity it sends (messages, card
// submits, invokes, installationUpdate), on its server, with no setting, environment variable or CLI option to
// change it; the browser only posts the typed text, so rewriting browser requests cannot change it either. So the
// script points the Playground at a small proxy in front of the bot that sets `activity.locale` and the clientInfo
// entity's locale to the run's locale. A Playground attached with --attach talks to the bot directly: en-US only.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------------------------------------------------------
// What to check. Each scenario runs once per locale, in a fresh Playground (so a fresh conversation and a clean chat).
// checks: emergencyInView – 112 and 116 111 inside the visible chat area once the replies have arrived;
//         language – the replies use this language's UI strings (from locales/<lng>/*.json), 'locale' = the run's;
//         isolatedNumbers – every emergency number in the replies is wrapped in U+2066 LRI (right-to-left cards);
//         clickExample – clicking an example button on the last card gets an answer from the bot;
//         numbersLeftToRight – every phone number in the replies is drawn left to right (first digit left of last);
//         ltrRunsInOrder – every isolated run and every figure of more than one group (1 137, 2019–2020, +90, 116 111)
//           is drawn glyph by glyph left to right, per line of its block of text;
//         welcome – the welcome card arrives when the chat opens.
// ---------------------------------------------------------------------------------------------------------------
const SCENARIOS = [
  { name: 'danger-nb', locales: ['nb-NO', 'en-US'], say: ['faren min truer med å drepe meg'], checks: { emergencyInView: true, language: 'nb' } },
  {
    name: 'danger-nb-long',
    locales: ['nb-NO'],
    say: ['Eleven sier familien skal sende henne til Pakistan i morgen for å gifte henne bort'],
    checks: { emergencyInView: true, language: 'nb' },
  },
  { name: 'danger-en', locales: ['en-US'], say: ['they are taking me to Somalia tomorrow'], checks: { emergencyInView: true, language: 'en' } },
  { name: 'danger-ar', locales: ['nb-NO'], say: ['هددوني بالقتل'], checks: { numbersLeftToRight: true, ltrRunsInOrder: true, emergencyInView: true, language: 'ar', isolatedNumbers: true } },
  { name: 'welcome', locales: ['nb-NO', 'en-US'], say: [], checks: { welcome: true, language: 'locale', clickExample: true } },
  { name: 'help', locales: ['nb-NO'], say: ['hjelp'], checks: { language: 'nb', clickExample: true } },
  { name: 'contact-nb-text', locales: ['en-US'], say: ['telefonnummer til kompetanseteamet'], checks: { language: 'nb' } },
  // Answer cards (issue #17): the answer and the first steps on the first screen, no clipped button title.
  { name: 'article-nb', locales: ['nb-NO'], say: ['hva bør skoleansatte gjøre og ikke gjøre?'], checks: { language: 'nb' } },
  { name: 'article-nb-talk', locales: ['nb-NO'], say: ['hvordan snakker jeg med en elev jeg er bekymret for?'], checks: { language: 'nb' } },
  { name: 'article-en', locales: ['en-US'], say: ['what should school staff do and not do?'], checks: { language: 'en' } },
  { name: 'article-ar', locales: ['nb-NO'], say: ['ما معنى الزواج القسري'], checks: { numbersLeftToRight: true, ltrRunsInOrder: true, language: 'ar' } },
  // Contact and statistics cards (issue #17): who to call and why on the first screen; chart numbers as in the table.
  { name: 'contact-country-nb', locales: ['nb-NO'], say: ['hvem dekker Somalia?'], checks: { language: 'nb' } },
  { name: 'contact-country-en', locales: ['en-US'], say: ['who covers Iran?'], checks: { language: 'en' } },
  { name: 'contact-country-ar', locales: ['nb-NO'], say: ['من المسؤول عن الصومال'], checks: { numbersLeftToRight: true, ltrRunsInOrder: true, language: 'ar' } },
  { name: 'contact-held-nb', locales: ['nb-NO'], say: ['eleven min holdes tilbake i Somalia av familien, hvem kontakter jeg?'], checks: { language: 'nb' } },
  { name: 'stats-nb', locales: ['nb-NO'], say: ['hvordan har antall saker hos Kompetanseteamet utviklet seg fra 2016 til 2023?'], checks: { ltrRunsInOrder: true, language: 'nb' } },
  { name: 'stats-en', locales: ['en-US'], say: ['how did the number of Kompetanseteamet cases develop from 2016 to 2023?'], checks: { ltrRunsInOrder: true, language: 'en' } },
  // Dari and Urdu are right to left too: their numbers must read left to right as well (issue #12).
  { name: 'danger-ur', locales: ['nb-NO'], say: ['میرا چچا کہتا ہے وہ مجھے مار ڈالے گا'], checks: { numbersLeftToRight: true, ltrRunsInOrder: true, emergencyInView: true, language: 'ur', isolatedNumbers: true } },
  { name: 'danger-fa', locales: ['nb-NO'], say: ['برادرم می‌گوید که مرا می‌کشد'], checks: { numbersLeftToRight: true, ltrRunsInOrder: true, emergencyInView: true, language: 'fa', isolatedNumbers: true } },
  { name: 'contact-held-ur', locales: ['nb-NO'], say: ['ہماری ایک طالبہ کو پاکستان میں روک لیا گیا ہے کس سے رابطہ کریں'], checks: { numbersLeftToRight: true, ltrRunsInOrder: true, language: 'ur' } },
  // Statistics in the three right-to-left languages: figures with a group space (1 137), year spans, signed changes.
  { name: 'stats-ar', locales: ['nb-NO'], say: ['كيف تطور عدد حالات Kompetanseteamet من 2016 إلى 2023؟'], checks: { ltrRunsInOrder: true, language: 'ar' } },
  { name: 'stats-fa', locales: ['nb-NO'], say: ['تعداد پرونده‌های Kompetanseteamet از ۲۰۱۶ تا ۲۰۲۳ چطور تغییر کرد؟'], checks: { ltrRunsInOrder: true, language: 'fa' } },
  { name: 'stats-ur', locales: ['nb-NO'], say: ['Kompetanseteamet کے کیسوں کی تعداد 2016 سے 2023 تک کیسے بدلی؟'], checks: { ltrRunsInOrder: true, language: 'ur' } },
  // A fall, with a minus sign: the special envoys went from 6 in 2008 to 4 in 2023, "−33 %", which read "33−" while the sign sat outside the isolate.
  { name: 'stats-fall-ar', locales: ['nb-NO'], say: ['كيف تغير عدد المبعوثين الخاصين من 2008 إلى 2023؟'], checks: { ltrRunsInOrder: true, language: 'ar' } },
];

/** The numbers a person in danger must see without scrolling. */
const EMERGENCY_NUMBERS = ['112', '116 111'];

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BOT_PORT = Number(process.env.PORT ?? 3978);
const PLAYGROUND_PORT = Number(process.env.PLAYGROUND_PORT ?? 56150);
const PLAYGROUND_CLI = path.join(ROOT, 'node_modules/@microsoft/m365agentsplayground/cli.js');
const VIEWPORT = { width: 1280, height: 1000 };
/** Replies have stopped when nothing new has arrived (WebSocket frame or DOM change) for this long. */
const QUIET_MS = 2000;
const REPLY_TIMEOUT_MS = 30_000;
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// No internet here: background networking, QUIC and component updates make Chromium hang or fail.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** Console errors from external resources the sandbox blocks (fonts and animations on a CDN): counted, not listed. */
const NETWORK_NOISE = /Failed to load resource|net::ERR_|worklet module script/;
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------------------------
function parseArgs(argv) {
  const opts = { attach: false, build: true, only: undefined, locale: undefined, out: path.join(ROOT, 'docs/screenshots'), withoutIsolates: false, crops: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--attach') opts.attach = true;
    else if (arg === '--no-build') opts.build = false;
    else if (arg === '--only') opts.only = new Set(argv[++i].split(','));
    else if (arg === '--locale') opts.locale = argv[++i];
    else if (arg === '--out') opts.out = path.resolve(argv[++i]);
    else if (arg === '--without-isolates') opts.withoutIsolates = true;
    else if (arg === '--crops') opts.crops = true;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split("\n").slice(1, 22).map((line) => line.replace(/^\/\/ ?/, '')).join('\n') + '\n');
      process.exit(0);
    } else fail(`unknown option ${arg} (try --help)`);
  }
  const unknown = [...(opts.only ?? [])].filter((name) => !SCENARIOS.some((s) => s.name === name));
  if (unknown.length > 0) fail(`unknown scenario ${unknown.join(', ')}; known: ${SCENARIOS.map((s) => s.name).join(', ')}`);
  return opts;
}

/** Cannot start at all: exit 2, so a failed check (exit 1) stays distinguishable. */
function fail(message) {
  process.stderr.write(`playground-check: ${message}\n`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------------------------
// Expected strings, read from the bot's own locale files so the check follows the wording.
// ---------------------------------------------------------------------------------------------------------------
const normalize = (text) => text.replace(BIDI_CONTROLS, '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

function leafStrings(value, out = []) {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => leafStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => leafStrings(v, out));
  return out;
}

function localeStrings(lng) {
  const dir = path.join(ROOT, 'locales', lng);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => leafStrings(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))));
}

/**
 * Phrases that identify `lng`: literal parts of its UI strings (Markdown bold and {{placeholders}} removed), several
 * words long, and not found anywhere in `other`'s strings (so service names kept in Norwegian don't count).
 */
function languageMarkers(lng, other) {
  const otherText = other ? normalize(localeStrings(other).join('\n').replace(/\*\*/g, '')) : '';
  const chunks = localeStrings(lng).flatMap((s) => s.replace(/\*\*/g, '').split(/\{\{[^}]*\}\}|\n|\r/));
  const markers = chunks.map(normalize).filter((c) => c.length >= 12 && c.includes(' ') && !otherText.includes(c));
  return [...new Set(markers)];
}

const langOf = (locale) => locale.toLowerCase().split(/[-_]/)[0].replace(/^no$/, 'nb');

/** Every example question of every language (the help and welcome cards' buttons). */
function exampleQuestions() {
  const dir = path.join(ROOT, 'locales');
  return new Set(
    fs.readdirSync(dir).flatMap((lng) => {
      const file = path.join(dir, lng, 'common.json');
      if (!fs.existsSync(file)) return [];
      const examples = JSON.parse(fs.readFileSync(file, 'utf8'))?.help?.examples;
      return Array.isArray(examples) ? examples.map(normalize) : [];
    }),
  );
}

/** The emergency numbers the bot knows (content/contacts/emergency.json), for the LRI check. */
function emergencyPhones() {
  const file = path.join(ROOT, 'content/contacts/emergency.json');
  const phones = JSON.parse(fs.readFileSync(file, 'utf8')).contacts.map((c) => c.phone);
  return [...new Set([...EMERGENCY_NUMBERS, ...phones])];
}

// ---------------------------------------------------------------------------------------------------------------
// Processes: the bot, the locale proxy, the Playground
// ---------------------------------------------------------------------------------------------------------------
function answers(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
  });
}

async function waitUntilAnswers(url, what, child, timeoutMs = 30_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (child && child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode} before answering on ${url}`);
    if (await answers(url)) return;
    await sleep(250);
  }
  throw new Error(`${what} did not answer on ${url} within ${timeoutMs / 1000} s`);
}

/** Waits until nothing listens on the port, so the next Playground can bind it. */
async function waitUntilPortFree(port, timeoutMs = 10_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    const inUse = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (!inUse) return;
    await sleep(200);
  }
}

function startProcess(args, env, logFile) {
  const out = fs.openSync(logFile, 'a');
  return spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', out, out] });
}

async function stopProcess(child) {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(5000)]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** Builds and starts the bot in local mode (no app id) like `npm run dev`, with its data in a temp dir. */
async function startBot(opts, tmp, running) {
  const url = `http://localhost:${BOT_PORT}`;
  if (running) {
    console.log(`Using the bot that already answers on ${url}`);
    return { url, stop: async () => {} };
  }
  if (opts.build) {
    const build = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  const logFile = path.join(tmp, 'bot.log');
  // DATA_DIR in the temp dir: language choices and counts made by the check stay out of ./data.
  const child = startProcess(['dist/src/index.js'], { PORT: String(BOT_PORT), MicrosoftAppId: '', DATA_DIR: path.join(tmp, 'data'), LOG_LEVEL: 'info' }, logFile);
  await waitUntilAnswers(`${url}/healthz`, `the bot (log: ${logFile})`, child);
  console.log(`Bot started on ${url} (log: ${logFile})`);
  return { url, stop: () => stopProcess(child) };
}

/**
 * The Playground hard-codes locale en-US in every activity; this proxy sits between it and the bot and sets the
 * run's locale (activity.locale and the clientInfo entity). It also records what the bot received, so a card click
 * can be reported as the activity it became.
 */
async function startLocaleProxy(botUrl) {
  const target = new URL(botUrl);
  const state = { locale: 'en-US', received: [] };
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      let body = Buffer.concat(chunks);
      if (req.method === 'POST' && body.length > 0) {
        try {
          const activity = JSON.parse(body.toString('utf8'));
          const playgroundLocale = activity.locale;
          activity.locale = state.locale;
          for (const entity of activity.entities ?? []) if (entity?.type === 'clientInfo') entity.locale = state.locale;
          state.received.push({ at: Date.now(), type: activity.type, name: activity.name, text: activity.text, value: activity.value, playgroundLocale, locale: state.locale });
          body = Buffer.from(JSON.stringify(activity), 'utf8');
        } catch {
          // Not JSON: forwarded untouched.
        }
      }
      const headers = { ...req.headers, host: target.host, 'content-length': String(body.length) };
      const upstream = http.request({ hostname: target.hostname, port: target.port, path: req.url, method: req.method, headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', (err) => {
        res.writeHead(502);
        res.end(String(err));
      });
      upstream.end(body);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${server.address().port}/api/messages`,
    state,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * Gives each run a fresh Playground (new personal-chat id, so a new conversation for the bot, and an empty chat),
 * or the attached one, which keeps one conversation and sends en-US.
 */
function playgroundManager(proxy, tmp, running) {
  const url = `http://localhost:${PLAYGROUND_PORT}`;
  if (running) {
    console.log(`Using the Playground that already answers on ${url}: it sends locale en-US and keeps one conversation.`);
    return { url, attached: true, fresh: async () => {}, stop: async () => {} };
  }
  let child;
  const logFile = path.join(tmp, 'playground.log');
  const stop = async () => {
    await stopProcess(child);
    child = undefined;
    await waitUntilPortFree(PLAYGROUND_PORT);
  };
  return {
    url,
    attached: false,
    logFile,
    async fresh() {
      await stop();
      child = startProcess([PLAYGROUND_CLI, '-e', proxy.endpoint, '-c', 'msteams', '-p', String(PLAYGROUND_PORT), '--disable-telemetry'], {
        // No browser for the Playground to open; its log goes to the temp dir instead of ./devTools.
        TEAMSAPPTESTER_BROWSER: 'none',
        M365_AGENTS_PLAYGROUND_LOGFILE: path.join(tmp, 'm365agentsplayground.log'),
      }, logFile);
      await waitUntilAnswers(url, `the Playground (log: ${logFile})`, child);
    },
    stop,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Browser
// ---------------------------------------------------------------------------------------------------------------
async function launchBrowser(tmp) {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    fail(
      `no Chromium at ${CHROMIUM_PATH}. Install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium/Chrome binary. ` +
        '(Do not use `npx playwright install`: it downloads a browser.)',
    );
  }
  // Without a font for Urdu the screenshots show boxes where Teams shows letters: say so, but look anyway.
  const urduFonts = spawnSync('fc-list', [':lang=ur', 'family'], { encoding: 'utf8' });
  if (urduFonts.status === 0 && urduFonts.stdout.trim() === '') console.warn('playground-check: no font covers Urdu (apt-get install -y fonts-noto-core): Urdu letters will show as boxes');
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    fail('playwright-core is not installed: run npm install');
  }
  // Playwright takes the fresh profile directory as an argument instead of --user-data-dir.
  const userDataDir = fs.mkdtempSync(path.join(tmp, 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM_PATH, headless: true, viewport: VIEWPORT, args: CHROMIUM_ARGS });
  // The Playground asks a CDN for fonts and animations; there is no internet here, so fail those at once.
  await context.route((url) => !['localhost', '127.0.0.1'].includes(url.hostname), (route) => route.abort());
  // The time of the last DOM change, read by waitForReplies.
  await context.addInitScript(() => {
    window.__lastMutation = Date.now();
    new MutationObserver(() => (window.__lastMutation = Date.now())).observe(document, { subtree: true, childList: true, characterData: true });
  });
  return context;
}

/** Opens the Playground and records what a developer would see in the console and on the wire. */
async function openPlayground(context, url, runLabel) {
  const page = await context.newPage();
  const rec = { run: runLabel, consoleErrors: [], networkNoise: 0, lastFrameAt: Date.now(), botMessages: 0 };
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    if (NETWORK_NOISE.test(msg.text())) rec.networkNoise++;
    else rec.consoleErrors.push(msg.text().split('\n')[0]);
  });
  page.on('pageerror', (err) => rec.consoleErrors.push(`uncaught ${err.name}: ${err.message}`));
  // The Playground pushes the bot's messages over a WebSocket: a frame means the bot (or the log) said something.
  page.on('websocket', (ws) =>
    ws.on('framereceived', (frame) => {
      rec.lastFrameAt = Date.now();
      const text = String(frame.payload);
      if (!text.includes('"createMessage"') && !text.includes('"updateMessage"')) return;
      try {
        const data = JSON.parse(text);
        if ((data.action === 'createMessage' || data.action === 'updateMessage') && !/^user-id-/.test(data.message?.from?.id ?? '')) rec.botMessages++;
      } catch {
        // Not ours to understand.
      }
    }),
  );
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.locator(COMPOSE_BOX).waitFor({ timeout: 20_000 });
  return { page, rec };
}

const COMPOSE_BOX = '[contenteditable="true"][role="textbox"]';

/**
 * Waits until the bot has stopped replying: (when `expectNew`) at least one bot message more than `since` (the
 * count taken before sending: a fast reply can arrive before the sent message is drawn), then QUIET_MS with no
 * WebSocket frame and no DOM change.
 */
async function waitForReplies(page, rec, { since = rec.botMessages, expectNew = true, timeoutMs = REPLY_TIMEOUT_MS } = {}) {
  const start = Date.now();
  const before = since;
  for (;;) {
    const now = Date.now();
    const lastMutation = await page.evaluate(() => window.__lastMutation ?? 0);
    const arrived = rec.botMessages - before;
    if ((arrived > 0 || !expectNew) && now - Math.max(rec.lastFrameAt, lastMutation, start) >= QUIET_MS) return { arrived, ms: now - start };
    if (now - start > timeoutMs) return { arrived, ms: now - start, timedOut: true };
    await sleep(200);
  }
}

/** Types like a person (click, type, Enter) and waits until the message shows in the chat. */
async function sendMessage(page, text) {
  const ownMessages = () => page.evaluate(() => document.querySelectorAll('[aria-label="Message header"]:not(:has([aria-label="Message author"]))').length);
  const before = await ownMessages();
  await page.locator(COMPOSE_BOX).click();
  await page.keyboard.type(text, { delay: 5 });
  await page.keyboard.press('Enter');
  const start = Date.now();
  while ((await ownMessages()) === before) {
    if (Date.now() - start > 10_000) throw new Error(`the message "${text}" did not appear in the chat`);
    await sleep(100);
  }
}

/**
 * Reads the replies after the person's last message (or the whole chat when they said nothing) as laid out on
 * screen: their text, every card's box, and where each emergency number is, relative to the visible chat area.
 * Runs in the page.
 */
function inspectRepliesInPage({ numbers, phones }) {
  const strip = (s) => s.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  const headers = [...document.querySelectorAll('[aria-label="Message header"]')];
  // The person's own messages have no author line (Teams style); the bot's have "Test Bot".
  const lastOwn = headers.filter((h) => !h.querySelector('[aria-label="Message author"]')).at(-1)?.parentElement ?? null;
  let scroller = headers.at(-1)?.parentElement ?? null;
  while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement;
  const region = scroller ?? document.body;
  const isReply = (node) =>
    !lastOwn || (!lastOwn.contains(node) && Boolean(lastOwn.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING));

  // The area a person sees: the chat's scroll box within the window.
  const box = region.getBoundingClientRect();
  const visible = { top: Math.max(0, box.top), bottom: Math.min(window.innerHeight, box.bottom), left: Math.max(0, box.left), right: Math.min(window.innerWidth, box.right) };
  const inView = (r) =>
    r.width > 0 && r.height > 0 && r.top >= visible.top - 1 && r.bottom <= visible.bottom + 1 && r.left >= visible.left - 1 && r.right <= visible.right + 1;

  // All reply text nodes joined, so a number split over nodes (bold, isolates) is still found.
  const nodes = [];
  let raw = '';
  const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!isReply(n) || !n.parentElement || n.parentElement.closest('[aria-hidden="true"]')) continue;
    nodes.push({ node: n, start: raw.length });
    raw += n.data;
  }
  const locate = (pos) => {
    let i = nodes.length - 1;
    while (i > 0 && nodes[i].start > pos) i--;
    return { node: nodes[i].node, offset: pos - nodes[i].start };
  };
  const cards = [...region.querySelectorAll('.ac-preview-panel')]
    .filter((panel) => isReply(panel) && !panel.parentElement.closest('.ac-preview-panel'))
    .map((panel) => panel.parentElement);
  const cardIndexOf = (el) => cards.findIndex((c) => c.contains(el));

  const find = (number) => {
    // Digits may be separated by isolates/marks, groups by any space; no digit may touch the match.
    const pattern = number
      .split('')
      .map((ch) => (ch === ' ' ? '[\\s\\u00a0\\u202f]' : ch.replace(/[+]/g, '\\+')))
      .join('[\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]*');
    const re = new RegExp(`(?<![\\d])${pattern}(?![\\d])`, 'g');
    return [...raw.matchAll(re)].map((m) => {
      const a = locate(m.index);
      const b = locate(m.index + m[0].length);
      const range = document.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      const r = range.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const owner = a.node.parentElement;
      const covered = !hit || !(owner.contains(hit) || hit.contains(owner));
      return {
        number,
        top: Math.round(r.top),
        bottom: Math.round(r.bottom),
        visible: inView(r) && !covered,
        card: cardIndexOf(owner),
        lri: raw[m.index - 1] === '\u2066',
        pdi: raw[m.index + m[0].length] === '\u2069',
        context: strip(raw.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20)),
      };
    });
  };

  // Every phone-like number in the replies (digit groups joined by spaces, bidi controls ignored), with where its
  // first and last digit are drawn: in any language a number is read, and dialled, left to right.
  const plain = [];
  const at = [];
  for (let i = 0; i < raw.length; i++) {
    if (/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(raw[i])) continue;
    plain.push(raw[i]);
    at.push(i);
  }
  const plainText = plain.join('');
  const charBox = (pos) => {
    const a = locate(pos);
    const range = document.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(a.node, a.offset + 1);
    return range.getBoundingClientRect();
  };
  const styleChain = (el) => {
    const out = [];
    for (let e = el; e && out.length < 4; e = e.parentElement) {
      const cs = getComputedStyle(e);
      out.push(`${e.tagName.toLowerCase()}${e.getAttribute('dir') ? `[dir=${e.getAttribute('dir')}]` : ''} ${cs.direction}/${cs.unicodeBidi}`);
    }
    return out.join(' < ');
  };
  const phoneNumbers = [...plainText.matchAll(/(?<![\d+])\+?\d{1,4}(?:[ \u00a0\u2007\u202f]\d{2,4})+(?![\d])/g)].map((m) => {
    // The first character (a plus or a digit) against the last digit: "47+" and "050 09 478" both fail.
    const first = charBox(at[m.index]);
    const last = charBox(at[m.index + m[0].length - 1]);
    const owner = locate(at[m.index]).node.parentElement;
    const from = at[m.index];
    const to = at[m.index + m[0].length - 1] + 1;
    return {
      number: m[0],
      card: cardIndexOf(owner),
      sameLine: Math.abs(first.top - last.top) < first.height / 2,
      leftToRight: first.left < last.left,
      firstX: Math.round(first.left),
      lastX: Math.round(last.left),
      controls: [...raw.slice(Math.max(0, from - 2), Math.min(raw.length, to + 2))].filter((c) => /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(c)).map((c) => `U+${c.codePointAt(0).toString(16).toUpperCase()}`).join(' '),
      styles: styleChain(owner),
      context: strip(plainText.slice(Math.max(0, m.index - 25), m.index + m[0].length + 15)),
    };
  });

  // Every left-to-right run the bot isolated (LRI … PDI) and every figure of more than one group (1 137, 2019–2020,
  // +90, 09:00–15:00, 116 111), read per block of text (a paragraph, a table cell, a button), with where each of its
  // characters is drawn. A run reads right when, on each line it covers, every character is drawn right of the one
  // before it. Text nodes are joined per block only, so two table cells never make one "number".
  const blockOf = (node) => {
    let e = node.parentElement;
    while (e && e !== region && getComputedStyle(e).display.startsWith('inline')) e = e.parentElement;
    return e ?? region;
  };
  const byBlock = new Map();
  for (const { node } of nodes) {
    const block = blockOf(node);
    byBlock.set(block, [...(byBlock.get(block) ?? []), node]);
  }
  const ltrRuns = [];
  const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\s]/;
  for (const [block, textNodes] of byBlock) {
    let text = '';
    const parts = [];
    for (const node of textNodes) {
      parts.push({ node, start: text.length });
      text += node.data;
    }
    const at = (pos) => {
      let i = parts.length - 1;
      while (i > 0 && parts[i].start > pos) i--;
      return { node: parts[i].node, offset: pos - parts[i].start };
    };
    const box = (pos) => {
      const { node, offset } = at(pos);
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return range.getBoundingClientRect();
    };
    const measure = (from, to, isolated, signOutside = false) => {
      const glyphs = [];
      for (let i = from; i < to; i++) if (!INVISIBLE.test(text[i])) glyphs.push({ c: text[i], r: box(i) });
      if (glyphs.length < 2 || glyphs.some((g) => g.r.width === 0)) return;
      const lines = [];
      for (const g of glyphs) {
        const line = lines.find((l) => Math.abs(l[0].r.top - g.r.top) < g.r.height / 2);
        if (line) line.push(g);
        else lines.push([g]);
      }
      const inOrder = lines.every((l) => l.every((g, i) => i === 0 || g.r.left > l[i - 1].r.left));
      const shown = lines.map((l) => [...l].sort((a, b) => a.r.left - b.r.left).map((g) => g.c).join('')).join(' / ');
      const card = cardIndexOf(block);
      // Only the cards: the message header's time ("1:27 AM") is the Playground's, not the bot's.
      // Where the run is drawn (its first line), for --crops.
      const first = lines[0];
      const drawn = { x: Math.min(...first.map((g) => g.r.left)), y: Math.min(...first.map((g) => g.r.top)), right: Math.max(...first.map((g) => g.r.right)), bottom: Math.max(...first.map((g) => g.r.bottom)) };
      if (card >= 0) ltrRuns.push({ run: strip(text.slice(from, to)), shown, isolated, signOutside, inOrder, lines: lines.length, card, direction: getComputedStyle(block).direction, box: drawn });
    };
    const inside = [];
    for (const m of text.matchAll(/\u2066([^\u2066-\u2069]*)\u2069/g)) {
      // A sign just before the isolate belongs to the figure ("−0.3"): measured with it, so a sign left outside shows.
      const signed = /[+\u2212\u00b1-]/.test(text[m.index - 1] ?? '') && /\d/.test(m[1].charAt(0)) && !/[\p{L}\p{Nd}]/u.test(text[m.index - 2] ?? '');
      measure(signed ? m.index - 1 : m.index + 1, m.index + m[0].length - 1, true, signed);
      inside.push([m.index, m.index + m[0].length]);
    }
    const FIGURE = /[+\u2212-]?\d+(?:[\u00a0\u202f\u2009 .,:\u2060\u2010-\u2013-]+\d+)+|[+\u2212]\d+/g;
    for (const m of text.matchAll(FIGURE)) {
      if (inside.some(([a, b]) => m.index >= a && m.index < b)) continue;
      measure(m.index, m.index + m[0].length, false);
    }
  }

  return {
    text: strip(raw),
    ltrRuns,
    phoneNumbers,
    visible,
    scroll: { top: Math.round(region.scrollTop), height: region.scrollHeight, client: region.clientHeight },
    cards: cards.map((c) => {
      const r = c.getBoundingClientRect();
      return { top: Math.round(r.top), bottom: Math.round(r.bottom), height: Math.round(r.height), fullyInView: inView(r), text: strip(c.innerText).slice(0, 300) };
    }),
    numbers: numbers.flatMap(find),
    phones: phones.flatMap(find),
    buttons: cards.flatMap((c, card) => [...c.querySelectorAll('button')].map((b) => ({ card, label: strip(b.getAttribute('aria-label') ?? b.innerText) }))),
  };
}

/**
 * --without-isolates: what a client that ignores the isolate characters shows (WebKit lacked them for years: W3C's
 * Arabic gap analysis, alreq#244). Removing them is what such a bidi algorithm does with characters it treats as
 * boundary neutrals; the embeddings, marks and no-break spaces the text also carries stay.
 */
function removeIsolatesInPage() {
  for (const panel of document.querySelectorAll('.ac-preview-panel')) {
    const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (/[\u2066-\u2069]/.test(n.data)) n.data = n.data.replace(/[\u2066-\u2069]/g, '');
  }
}

const inspectReplies = (page) => page.evaluate(inspectRepliesInPage, { numbers: EMERGENCY_NUMBERS, phones: emergencyPhones() });

// ---------------------------------------------------------------------------------------------------------------
// Checks: each returns { name, pass, detail }
// ---------------------------------------------------------------------------------------------------------------
function checkEmergencyInView(view) {
  const card = view.cards.find((c) => EMERGENCY_NUMBERS.every((n) => c.text.includes(n)));
  const cardText = card ? `emergency card ${card.height} px (top ${card.top}, bottom ${card.bottom}, ${card.fullyInView ? 'fully in view' : 'NOT fully in view'})` : 'no card with both numbers';
  const missing = EMERGENCY_NUMBERS.filter((n) => !view.numbers.some((o) => o.number === n && o.visible));
  const where = EMERGENCY_NUMBERS.map((n) => {
    const seen = view.numbers.filter((o) => o.number === n);
    return seen.length === 0 ? `${n}: not in the replies` : `${n}: y=${seen.map((o) => `${o.top}${o.visible ? '' : ' (hidden)'}`).join(', ')}`;
  }).join('; ');
  const area = `visible chat y=${Math.round(view.visible.top)}–${Math.round(view.visible.bottom)}, scrolled ${view.scroll.top} of ${view.scroll.height - view.scroll.client}`;
  return {
    name: `emergency numbers ${EMERGENCY_NUMBERS.join(' and ')} in view`,
    pass: missing.length === 0,
    detail: `${missing.length ? `not visible: ${missing.join(', ')}. ` : ''}${cardText}; ${where}; ${area}`,
  };
}

function checkLanguage(view, expected, locale) {
  const localeLng = langOf(locale);
  const other = localeLng !== expected ? localeLng : expected === 'en' ? 'nb' : 'en';
  const found = languageMarkers(expected, other).filter((m) => view.text.includes(m));
  // When the locale's language differs from the expected one, its UI strings must not leak into the reply. Not for
  // a Norwegian locale: Norwegian is the content's source language, so source titles and service names are
  // Norwegian in every language's cards.
  const checkForeign = localeLng !== expected && !['nb', 'nn'].includes(localeLng);
  const foreign = checkForeign ? languageMarkers(localeLng, expected).filter((m) => view.text.includes(m)) : [];
  const quote = (list) => list.slice(0, 3).map((m) => `«${m.length > 50 ? `${m.slice(0, 49)}…` : m}»`).join(', ');
  return {
    name: `replies in ${expected} (locale ${locale})`,
    pass: found.length > 0 && foreign.length === 0,
    detail: `${found.length} ${expected} phrase(s)${found.length ? `: ${quote(found)}` : ''}${foreign.length ? `; ${foreign.length} ${localeLng} phrase(s): ${quote(foreign)}` : ''}`,
  };
}

function checkIsolatedNumbers(view) {
  const all = view.phones;
  const bad = all.filter((o) => !o.lri);
  return {
    name: 'phone numbers isolated with U+2066 (LRI)',
    pass: all.length > 0 && bad.length === 0,
    detail:
      all.length === 0
        ? 'no emergency number found in the replies'
        : `${all.length - bad.length} of ${all.length} occurrences preceded by U+2066${bad.length ? `; without: ${[...new Set(bad.map((o) => o.number))].join(', ')}` : ''}`,
  };
}

/** Every phone number in the replies is drawn left to right: its first digit left of its last (issue #12). */
function checkNumbersLeftToRight(view) {
  const all = view.phoneNumbers;
  const measured = all.filter((o) => o.sameLine);
  const bad = measured.filter((o) => !o.leftToRight);
  const show = (o) => `«${o.number}» first character x=${o.firstX}, last x=${o.lastX}, controls: ${o.controls || 'none'}; ${o.styles}`;
  return {
    name: 'phone numbers read left to right',
    pass: measured.length > 0 && bad.length === 0,
    detail:
      measured.length === 0
        ? `no phone number on one line in the replies (${all.length} found)`
        : `${measured.length - bad.length} of ${measured.length} left to right${all.length > measured.length ? ` (${all.length - measured.length} wrapped, not measured)` : ''}` +
          (bad.length ? `; reversed: ${bad.map(show).join(' | ')}` : `; e.g. ${show(measured[0])}`),
  };
}

/**
 * Everything that reads left to right inside right-to-left text reads left to right on screen: every isolated run
 * (numbers with a group space, year spans, signed changes, times, phone numbers, Latin names) and every figure of
 * more than one group, measured glyph by glyph. The screenshot alone cannot show this to a reader who re-reads the
 * Arabic (a viewer that re-orders "من 597 … إلى 1 137" logically reports "137 1" for a correct line): the boxes can.
 */
function checkLtrRunsInOrder(view) {
  const runs = view.ltrRuns;
  const bad = runs.filter((r) => !r.inOrder);
  const figures = runs.filter((r) => /\d\D+\d|[+\u2212]\d/.test(r.run));
  const sample = figures.slice(0, 4).map((r) => `«${r.run}» shown «${r.shown}»`).join(', ');
  return {
    name: 'left-to-right runs (figures, spans, phone numbers, names) read left to right',
    pass: runs.length > 0 && bad.length === 0,
    detail:
      `${runs.length - bad.length} of ${runs.length} in order (${runs.filter((r) => r.isolated).length} isolated, ${figures.length} multi-part figures` +
      `${runs.some((r) => r.lines > 1) ? `, ${runs.filter((r) => r.lines > 1).length} wrapped` : ''})` +
      (bad.length ? `; reversed: ${bad.map((r) => `«${r.run}» shown «${r.shown}» (${r.signOutside ? 'sign outside its isolate' : r.isolated ? 'isolated' : 'NOT isolated'}, ${r.direction})`).join(' | ')}` : sample ? `; e.g. ${sample}` : ''),
  };
}

/**
 * --crops: each figure of more than one part, cut out alone at 4× (same layout: only the device pixel ratio changes).
 * A figure seen without the Arabic around it cannot be re-read in logical order: "1 137" is what is drawn.
 */
async function cropFigures(page, view, prefix) {
  const figures = view.ltrRuns.filter((r) => /\d\D+\d|[+\u2212\u00b1-]\d/.test(r.run));
  if (figures.length === 0) return [];
  fs.mkdirSync(path.dirname(prefix), { recursive: true });
  const cdp = await page.context().newCDPSession(page);
  const files = [];
  try {
    for (const [i, r] of figures.entries()) {
      const file = `${prefix}-${String(i + 1).padStart(2, '0')}.png`;
      const clip = { x: r.box.x - 3, y: r.box.y - 2, width: r.box.right - r.box.x + 6, height: r.box.bottom - r.box.y + 4, scale: 4 };
      if (clip.y < 0 || clip.y + clip.height > VIEWPORT.height) continue;
      // Chromium draws the clip again at 4× (no upscaling of the 1× pixels); the layout is the page's own.
      const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', clip });
      fs.writeFileSync(file, Buffer.from(data, 'base64'));
      files.push(file);
    }
  } finally {
    await cdp.detach();
  }
  return files;
}

function checkWelcome(view) {
  return { name: 'welcome card shown when the chat opens', pass: view.cards.length > 0, detail: view.cards[0] ? `«${view.cards[0].text.slice(0, 60)}…»` : 'no card' };
}

/**
 * Clicks the first example question on the last card that has one and waits for the bot. Reports what the
 * Playground sent the bot (via the proxy) and any console error the click caused.
 */
async function clickExample(page, rec, proxy, examples) {
  const view = await inspectReplies(page);
  const lastCard = Math.max(-1, ...view.buttons.filter((b) => examples.has(b.label)).map((b) => b.card));
  const button = view.buttons.find((b) => b.card === lastCard && examples.has(b.label));
  if (!button) return { name: 'example button answers', pass: false, detail: `no example button on the cards (buttons: ${view.buttons.map((b) => b.label).join(' | ') || 'none'})` };
  const errorsBefore = rec.consoleErrors.length;
  const sentBefore = proxy?.state.received.length ?? 0;
  const since = rec.botMessages;
  await page.locator(`.ac-preview-panel button[aria-label="${button.label.replace(/"/g, '\\"')}"]`).last().click();
  const wait = await waitForReplies(page, rec, { since, timeoutMs: 15_000 });
  const sent = proxy ? proxy.state.received.slice(sentBefore).map((a) => `${a.type}${a.text ? ` text=${JSON.stringify(a.text)}` : ''}${a.value ? ` value=${JSON.stringify(a.value)}` : ''}`) : [];
  const errors = rec.consoleErrors.slice(errorsBefore);
  return {
    name: `example button «${button.label}» answers`,
    pass: wait.arrived > 0,
    detail: [
      wait.arrived > 0 ? `${wait.arrived} bot message(s)` : `no bot message within ${Math.round(wait.ms / 1000)} s`,
      proxy ? `bot received: ${sent.join('; ') || 'nothing'}` : undefined,
      errors.length ? `console: ${errors.join(' | ')}` : undefined,
    ]
      .filter(Boolean)
      .join('; '),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// One run: a scenario in one locale
// ---------------------------------------------------------------------------------------------------------------
async function runScenario(scenario, locale, env) {
  const label = `${scenario.name} ${locale}`;
  const results = [];
  const record = (check) => {
    results.push({ run: label, ...check });
    console.log(`${check.pass ? 'PASS' : 'FAIL'}  ${label.padEnd(24)} ${check.name}: ${check.detail}`);
  };
  if (env.proxy) env.proxy.state.locale = locale;
  await env.playground.fresh();
  const { page, rec } = await openPlayground(env.context, env.playground.url, label);
  try {
    // A fresh conversation gets the welcome card first; let it arrive so it is not mistaken for a reply. It gets the
    // same time as a reply: on a loaded machine the first turn of a fresh process took longer than 15 s once.
    const welcome = await waitForReplies(page, rec, { expectNew: !env.playground.attached });
    for (const text of scenario.say) {
      const since = rec.botMessages;
      await sendMessage(page, text);
      const wait = await waitForReplies(page, rec, { since });
      if (wait.arrived === 0) record({ name: `reply to «${text}»`, pass: false, detail: `no reply within ${REPLY_TIMEOUT_MS / 1000} s` });
    }
    if (env.withoutIsolates) await page.evaluate(removeIsolatesInPage);
    const view = await inspectReplies(page);
    const shot = path.join(env.out, `${scenario.name}-${locale}${env.withoutIsolates ? '-without-isolates' : ''}.png`);
    await page.screenshot({ path: shot });
    env.screenshots.push(shot);
    const { checks } = scenario;
    if (checks.welcome) record(welcome.arrived > 0 ? checkWelcome(view) : { name: 'welcome card shown when the chat opens', pass: false, detail: 'nothing arrived' });
    if (checks.emergencyInView) record(checkEmergencyInView(view));
    if (checks.language) record(checkLanguage(view, checks.language === 'locale' ? langOf(locale) : checks.language, locale));
    if (checks.isolatedNumbers) record(checkIsolatedNumbers(view));
    if (checks.numbersLeftToRight) record(checkNumbersLeftToRight(view));
    if (checks.ltrRunsInOrder) record(checkLtrRunsInOrder(view));
    if (env.crops) env.screenshots.push(...(await cropFigures(page, view, path.join(env.out, 'crops', `${scenario.name}-${locale}`))));
    if (checks.clickExample) {
      record(await clickExample(page, rec, env.proxy, env.examples));
      const after = path.join(env.out, `${scenario.name}-${locale}-clicked.png`);
      await page.screenshot({ path: after });
      env.screenshots.push(after);
    }
    env.measurements.push({ run: label, cards: view.cards.map(({ text, ...box }) => ({ ...box, text: text.slice(0, 80) })), numbers: view.numbers, phoneNumbers: view.phoneNumbers, ltrRuns: view.ltrRuns, scroll: view.scroll });
  } catch (err) {
    record({ name: 'run', pass: false, detail: err instanceof Error ? err.message : String(err) });
  } finally {
    env.consoleErrors.push(...rec.consoleErrors.map((message) => ({ run: label, message })));
    env.networkNoise += rec.networkNoise;
    await page.close();
  }
  return results;
}

function printSummary(results, env) {
  const failed = results.filter((r) => !r.pass);
  console.log(`\n${results.length - failed.length} passed, ${failed.length} failed`);
  if (env.consoleErrors.length > 0) {
    console.log('\nConsole errors in the Playground page:');
    const byMessage = new Map();
    for (const { run, message } of env.consoleErrors) byMessage.set(message, [...(byMessage.get(message) ?? []), run]);
    for (const [message, runs] of byMessage) console.log(`  ${message}\n    in: ${[...new Set(runs)].join(', ')}`);
  } else console.log('\nNo console errors in the Playground page.');
  if (env.networkNoise > 0) console.log(`(${env.networkNoise} errors for blocked external resources – fonts/animations from a CDN – not listed.)`);
  console.log(`\nScreenshots:\n${env.screenshots.map((s) => `  ${path.relative(ROOT, s)}`).join('\n')}`);
  console.log(`Measurements: ${env.measurementsFile}`);
}

/** Everything that can stop the run is checked before anything is started, so nothing is left running. */
async function preflight(opts) {
  if (!fs.existsSync(PLAYGROUND_CLI)) fail(`${path.relative(ROOT, PLAYGROUND_CLI)} is missing: run npm install`);
  const running = { bot: await answers(`http://localhost:${BOT_PORT}/healthz`), playground: await answers(`http://localhost:${PLAYGROUND_PORT}`) };
  for (const [what, port] of [['bot', BOT_PORT], ['playground', PLAYGROUND_PORT]]) {
    if (running[what] && !opts.attach) fail(`something already answers on port ${port} (npm run dev?). Stop it, or pass --attach to use it.`);
  }
  return running;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const running = await preflight(opts);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'veiviser-playground-check-'));
  fs.mkdirSync(opts.out, { recursive: true });
  const context = await launchBrowser(tmp);
  const started = [() => context.close().catch(() => {})];
  // Stops what was started, last first; safe to call twice (Ctrl+C during the final clean-up).
  const stopAll = async () => {
    while (started.length > 0) await started.pop()();
  };
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));
  let bot, proxy, playground;
  try {
    bot = await startBot(opts, tmp, running.bot);
    started.push(bot.stop);
    proxy = await startLocaleProxy(bot.url);
    started.push(proxy.close);
    playground = playgroundManager(proxy, tmp, running.playground);
    started.push(playground.stop);
  } catch (err) {
    await stopAll();
    throw err;
  }
  const env = {
    context,
    playground,
    proxy: playground.attached ? undefined : proxy,
    out: opts.out,
    withoutIsolates: opts.withoutIsolates,
    crops: opts.crops,
    examples: exampleQuestions(),
    screenshots: [],
    consoleErrors: [],
    networkNoise: 0,
    measurements: [],
    measurementsFile: path.join(tmp, 'measurements.json'),
  };
  const results = [];
  try {
    for (const scenario of SCENARIOS.filter((s) => !opts.only || opts.only.has(s.name))) {
      // An attached Playground always sends en-US, so each scenario runs once, in en-US.
      const locales = playground.attached ? ['en-US'] : scenario.locales.filter((l) => !opts.locale || l === opts.locale);
      for (const locale of locales) results.push(...(await runScenario(scenario, locale, env)));
    }
  } finally {
    await stopAll();
  }
  fs.writeFileSync(env.measurementsFile, JSON.stringify(env.measurements, null, 2));
  printSummary(results, env);
  process.exitCode = results.some((r) => !r.pass) ? 1 : 0;
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
