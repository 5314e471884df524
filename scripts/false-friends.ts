/**
 * Lists the candidate false friends between languages of one script (issue #13, session 30): each language's situation
 * cues read over the tuned sets' messages of the other languages of its script, with how many messages each fires in.
 * A cue of language A found in N or more messages of language B is a candidate: a reviewer marks it `ownLanguageOnly`
 * when it misfires there, or leaves it when the two languages share it with the same meaning.
 * Usage: npx tsx scripts/false-friends.ts [N=2]
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../src/language/languages';
import { tokenize } from '../src/language/text';
import { contentPath, projectRoot } from '../src/paths/content-root';
import { readDataFile } from '../src/paths/data-file';
import { loadConversationSet } from '../src/evaluation/conversation-eval';
import { CONCEPTS, cueFileSchema, fold, situationBook } from '../src/understanding/situation-cues';
import { PhraseIndex } from '../src/understanding/phrase-index';

const SAME_SCRIPT: ReadonlyArray<readonly [Lang, readonly Lang[]]> = [
  ['ar', ['fa', 'ur']],
  ['fa', ['ar', 'ur']],
  ['ur', ['ar', 'fa']],
  ['ru', ['uk']],
  ['uk', ['ru']],
  ['so', ['nb', 'nn', 'en', 'tr', 'pl']],
  ['tr', ['nb', 'nn', 'en', 'so', 'pl']],
  ['pl', ['nb', 'nn', 'en', 'so', 'tr']],
  ['en', ['nb', 'nn', 'so', 'tr', 'pl']],
  ['nb', ['en', 'so', 'tr', 'pl']],
  ['nn', ['en', 'so', 'tr', 'pl']],
];
const LATIN_ONLY = /^[\p{Script=Latin}\d\s]+$/u;
const LATIN: ReadonlySet<Lang> = new Set<Lang>(['nb', 'nn', 'en', 'so', 'tr', 'pl']);
const min = Number(process.argv[2] ?? '2');
const dir = contentPath('understanding', 'situation');
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'rules.json').map((f) => readDataFile(path.join(dir, f), cueFileSchema));
const items = loadConversationSet(path.join(projectRoot(), 'test', 'eval', 'conversations'));
const messages = new Map<Lang, string[][]>();
for (const item of items) messages.set(item.lang, [...(messages.get(item.lang) ?? []), ...item.turns.map((t) => tokenize(fold(t)))]);
for (const [from, into] of SAME_SCRIPT) {
  const file = files.find((f) => f.lang === from);
  if (!file) continue;
  // Every phrase, the marked ones too (as if nothing were marked), so the list shows what each marking answers.
  const { ownOnly: _marked, ...unmarked } = file;
  const book = situationBook([unmarked], undefined, []);
  const indexes = Array.from({ length: 8 }, (_, l) => l).filter((l) => book.phrasesOf(l).length > 0).map((l) => new PhraseIndex(book, l, CONCEPTS));
  for (const to of into) {
    const counts = new Map<string, number>();
    for (const tokens of messages.get(to) ?? []) {
      const seen = new Set<string>();
      for (const index of indexes) {
        for (const { value, at, length } of index.matches(tokens)) {
          const words = tokens.slice(at, at + length).join(' ');
          // A place is a place in every language; Latin words in an Arabic- or Cyrillic-script list are Norwegian names.
          if (value === 'abroad' || (!LATIN.has(from) && LATIN_ONLY.test(words))) continue;
          seen.add(`${value} ${words}`);
        }
      }
      for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const [key, n] of [...counts].sort((a, b) => b[1] - a[1])) if (n >= min) console.log(`${from}>${to}\t${n}\t${key}`);
  }
}
