// `node bench/turn-stages.mjs <dir>/veiviser-1.cpuprofile [requests]`: a turn's CPU by stage, not by function, from a
// profile `npx tsx bench/turn-cpu.ts --rounds 1 --profile <dir>` wrote (branch turn29, docs/performance.md). Each
// sample after the warm-up (the first third of the span in which turns run) goes to the innermost stage on its stack:
// first the turn's own parts (the readers, language detection, the follow-up and two-needs readers, the send), then,
// for a sample under none of them, the module it is in (the answers' handlers and cards, the HTTP side, state).
// The profile's sample times are wall time: on a loaded machine compare the shares, not the milliseconds.
import fs from 'node:fs';
const p = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const times = []; let t = p.startTime;
for (let i = 0; i < p.samples.length; i++) { t += p.timeDeltas[i]; times.push(t); }
const stackOf = (id) => { const s = []; for (let x = id; x !== undefined; x = parent.get(x)) s.push(byId.get(x)); return s; };
let first = -1, last = -1;
for (let i = 0; i < p.samples.length; i++) { const st = stackOf(p.samples[i]); if (st.some((n) => n.callFrame.functionName === 'handleMessage' || n.callFrame.functionName === 'onMessage')) { if (first < 0) first = times[i]; last = times[i]; } }
const from = first + (last - first) * (1500 / 4500);
// [stage, functionName regex, url regex]; innermost match wins
const S = [
  ['logging', /./, /dist\/src\/logging\//],
  ['language detection', /^detect$/, /detect-language|understanding-cache/],
  ['transliteration', /toCyrillic/, /./],
  ['age band (said)', /^ageBand$/, /features/],
  ['age band (known)', /^withAgeKnown$|withKnown/, /./],
  ['reader: guidance/article index', /^recognize$/, /article-recognizer/],
  ['reader: statistics', /^recognize$/, /stats-recognizer/],
  ['reader: contacts', /^recognize$/, /contact-recognizer/],
  ['reader: triage', /^recognize$/, /triage-recognizer/],
  ['reader: commands', /^recognize$/, /command-recognizer/],
  ['reader: history', /^recognize$/, /history-reader/],
  ['reader: roles (asker)', /^askerOf$|^readAsker$/, /./],
  ['reader: danger/situation', /^(signals|isDanger|isConcern|isCase|saidSafe|isYoungWriter|calledNotUrgent|dangerStrength|strength)$/, /danger/],
  ['reader: scope', /readScope|^read$/, /scope-reader/],
  ['understanding: composition/rest', /^understand$|^understanding$|^cached$/, /understand/],
  ['follow-up reader', /./, /conversation\/follow-up\.js/],
  ['two-needs reader', /./, /conversation\/needs\.js/],
  ['reading: rest of readMessage', /^readMessage$/, /veiviser-bot/],
  ['danger decision + review note install', /^dangerOf$|^concernOf$/, /veiviser-bot/],
  ['answers: statistics card', /./, /dist\/src\/stats\//],
  ['answers: contacts card', /./, /dist\/src\/contacts\//],
  ['answers: guidance card', /./, /dist\/src\/knowledge\//],
  ['answers: triage', /./, /dist\/src\/triage\//],
  ['answers: other handlers', /^dispatch$/, /intent-registry/],
  ['outgoing: arrange + review note + rtl', /^flush$|arrangeReplies|installReviewNote/, /./],
  ['outgoing: review note hook', /./, /review-note/],
  ['outgoing: rtl hook', /./, /rtl-isolation/],
  ['outgoing: connector POST (botbuilder send)', /./, /botframework-connector|@azure|@typespec|_http_client|_http_agent|_http_outgoing/],
  ['remember turn (facts)', /^rememberTurn$/, /./],
  ['conversation state load/save', /./, /conversation-state|expiring-memory|atomic-json|lowdb/],
  ['preferences', /./, /language-preferences/],
  ['rate limiter', /./, /rate-limiter/],
  ['i18n', /./, /i18next/],
  ['turn rest (answerMessage/run)', /^(answerMessage|handleMessage|run)$/, /veiviser-bot/],
  ['http in: restify + body + adapter', /./, /restify|dist\/src\/server|dist\/src\/http|botbuilder|_http_server|_http_incoming|_http_common/],
  ['GC', /\(garbage collector\)/, /^$/],
];
const st = new Map(); let total = 0;
for (let i = 0; i < p.samples.length; i++) {
  if (times[i] < from) continue;
  const s = stackOf(p.samples[i]);
  if (s[0].callFrame.functionName === '(idle)') continue;
  const w = p.timeDeltas[i + 1] ?? p.timeDeltas[i]; total += w;
  let name = 'other (node internals, socket writes, microtasks)';
  const tierB = new Set(['answers: statistics card','answers: contacts card','answers: guidance card','answers: triage','http in: restify + body + adapter','outgoing: review note hook','outgoing: rtl hook','conversation state load/save','preferences','i18n','rate limiter']);
  let found = false;
  outer: for (const n of s) for (const [nm, f, u] of S) if (!tierB.has(nm) && f.test(n.callFrame.functionName) && u.test(n.callFrame.url)) { name = nm; found = true; break outer; }
  if (!found) outer2: for (const n of s) for (const [nm, f, u] of S) if (tierB.has(nm) && f.test(n.callFrame.functionName) && u.test(n.callFrame.url)) { name = nm; break outer2; }
  st.set(name, (st.get(name) ?? 0) + w);
}
const n = Number(process.argv[3] ?? 3000);
console.log('busy ms', (total/1000).toFixed(0), 'per request (profiled) ms', (total/1000/n).toFixed(2));
[...st].sort((a, b) => b[1] - a[1]).forEach(([k, v]) => console.log((100 * v / total).toFixed(1).padStart(5), '%', (v/1000/n).toFixed(3).padStart(6), 'ms ', k));
