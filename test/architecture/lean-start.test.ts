/**
 * Start-up loads only what the bot uses (issue #16): botbuilder-dialogs' package index also loads its prompts and the
 * Microsoft.Recognizers.Text date, number and choice recognizers (≈ 16 MB of heap, a second or more of start-up),
 * which no feature uses. Checked in a fresh process, since jest keeps its own module registry.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

/**
 * The modules a fresh Node process has loaded after requiring the app module (src/app.ts, through tsx). Both tests
 * read the same list, so the process (2–4 s of CPU) is started once per file.
 */
let loadedByApp: string[] | undefined;
function modulesLoadedByApp(): string[] {
  loadedByApp ??= startAndList();
  return loadedByApp;
}

function startAndList(): string[] {
  const script = "require('./src/app.ts'); process.stdout.write(JSON.stringify(Object.keys(require.cache)));";
  const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'error' } });
  return JSON.parse(out) as string[];
}

describe('start-up', () => {
  it('loads the dialog class the triage extends, not its dialog set (first triage turn) or the text recognizers or prompts of botbuilder-dialogs', () => {
    const loaded = modulesLoadedByApp().map((file) => file.split(path.sep).join('/'));
    expect(loaded.some((file) => file.endsWith('/botbuilder-dialogs/lib/dialog.js'))).toBe(true);
    // The dialog set, its dialog context and memory scopes: made by the first turn that opens a triage (triage-feature.ts).
    expect(loaded.filter((file) => /\/botbuilder-dialogs\/lib\/(dialogSet|dialogContext|memory\/)/.test(file))).toEqual([]);
    expect(loaded.filter((file) => file.includes('/@microsoft/recognizers-text'))).toEqual([]);
    expect(loaded.filter((file) => /\/botbuilder-dialogs\/lib\/(index|prompts\/)/.test(file))).toEqual([]);
  }, 120_000);

  it('loads pg only to open a database, csv-parse only to import advisers, and neither country package (their names are build data)', () => {
    const loaded = modulesLoadedByApp().map((file) => file.split(path.sep).join('/'));
    expect(loaded.filter((file) => file.includes('/node_modules/pg/'))).toEqual([]);
    expect(loaded.filter((file) => file.includes('/node_modules/csv-parse/'))).toEqual([]);
    // The test run's global setup wrote the country names for the sources (src/contacts/country-names-file.ts).
    expect(loaded.filter((file) => /\/node_modules\/(i18n-iso-countries|world-countries)\//.test(file))).toEqual([]);
  }, 120_000);
});
