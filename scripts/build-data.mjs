// The build's data step (after tsc, see `npm run build`): data the app would otherwise compute at every start.
// Runs the compiled modules, so the data is made by the same code that reads it.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const out = path.join(root, 'dist', 'data');
mkdirSync(out, { recursive: true });

const { writeCompactEldModel } = require(path.join(root, 'dist', 'src', 'language', 'eld-model.js'));
// - dist/data/eld-medium.bin: eld's medium language model in compact form, laid out as a start reads it (src/language/eld-model.ts).
await writeCompactEldModel(path.join(out, 'eld-medium.bin'));
process.stdout.write('language model written to dist/data/eld-medium.bin\n');

// - dist/data/index-terms.json: the article indexes' terms (every phrasing stemmed), see src/knowledge/index-terms-file.ts.
const { writeIndexTerms, INDEX_TERMS_FILE } = require(path.join(root, 'dist', 'src', 'knowledge', 'index-terms-file.js'));
const { loadArticles } = require(path.join(root, 'dist', 'src', 'knowledge', 'load-articles.js'));
const { toIndexable } = require(path.join(root, 'dist', 'src', 'knowledge', 'article-indexable.js'));
const { loadExtraPhrasings } = require(path.join(root, 'dist', 'src', 'knowledge', 'extra-phrasings.js'));
writeIndexTerms(INDEX_TERMS_FILE, (await loadArticles()).map(toIndexable), loadExtraPhrasings());
process.stdout.write(`index terms written to ${path.relative(root, INDEX_TERMS_FILE)}\n`);

// - dist/data/phrases-<reader>.bin: the parts the situation, role and scope readers compile their cue phrases to and their word tries,
//   see src/understanding/compiled-phrases.ts.
const { writeReaderPhrases } = require(path.join(root, 'dist', 'src', 'understanding', 'write-compiled-phrases.js'));
process.stdout.write(`compiled phrases written for the ${writeReaderPhrases().join(', ')} readers\n`);

// - dist/data/country-names.json: what the app reads of the two country packages and the index of their folded names,
//   see src/contacts/country-names-file.ts (a start then loads neither package).
const { writeCountryTables } = require(path.join(root, 'dist', 'src', 'contacts', 'country-names.js'));
writeCountryTables();
process.stdout.write('country names written to dist/data/country-names.json\n');

// - dist/data/reader-dates.json: the content's checked dates as each language writes them, with this Node's ICU data,
//   see src/content/reader-dates.ts (a first answer then makes no date formatter).
const { writeReaderDates, readerDatesFile } = require(path.join(root, 'dist', 'src', 'content', 'reader-dates.js'));
const dates = writeReaderDates();
process.stdout.write(`${dates} dates written to ${path.relative(root, readerDatesFile())}\n`);
