import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { fillTemplate } from '../../src/manifest/build-manifest';

const root = path.join(__dirname, '..', '..');
const LOCALIZATION_FILES = ['nn.json', 'en.json', 'ar.json', 'uk.json', 'ru.json', 'tr.json', 'pl.json'];
const schemaDir = path.join(root, 'node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams', 'v1.24');
const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

const values = {
  APP_VERSION: '1.2.3',
  TEAMS_APP_ID: '6f1e3c52-7d2b-4b8e-9a51-2c4d5e6f7a8b',
  BOT_ID: '2c8c3e2b-5c9a-4a1e-9d7e-0f2a3b4c5d6e',
  BOT_DOMAIN: 'veiviser.example.no',
  PUBLISHER_NAME: 'Eksempeldirektoratet',
  PUBLISHER_WEBSITE: 'https://www.example.no/',
  PRIVACY_URL: 'https://www.example.no/personvern',
  TERMS_URL: 'https://www.example.no/vilkar',
};

function validator(schemaFile: string) {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }) // the official schemas use patterns that are not valid in unicode mode;
  addFormats(ajv);
  return ajv.compile(readJson(path.join(schemaDir, schemaFile)));
}

describe('Teams app package', () => {
  const manifest = JSON.parse(fillTemplate(readFileSync(path.join(root, 'manifest', 'manifest.json'), 'utf8'), values)) as Record<string, unknown>;

  it('declares the schema version it is validated against', () => {
    expect(manifest['$schema']).toContain('/v1.24/MicrosoftTeams.schema.json');
    expect(manifest['manifestVersion']).toBe('1.24');
  });

  it('is accepted by the official v1.24 manifest schema', () => {
    const validate = validator('MicrosoftTeams.schema.json');
    expect(validate(manifest) ? [] : validate.errors).toEqual([]);
  });

  it('takes app id, bot id and domain from configuration', () => {
    expect(manifest['id']).toBe(values.TEAMS_APP_ID);
    expect(JSON.stringify(manifest['bots'])).toContain(values.BOT_ID);
    expect(manifest['validDomains']).toEqual(['veiviser.example.no']);
    expect(() => fillTemplate('{"id":"${{NOT_SET}}"}', values)).toThrow('NOT_SET');
  });

  it('has a bot in personal, team and group chat with at least help, contacts, statistics and language commands', () => {
    const [bot] = manifest['bots'] as Array<{ scopes: string[]; commandLists: Array<{ commands: Array<{ title: string }> }> }>;
    expect(bot!.scopes).toEqual(['personal', 'team', 'groupChat']);
    const titles = bot!.commandLists[0]!.commands.map((c) => c.title);
    expect(titles).toEqual(expect.arrayContaining(['hjelp', 'kontakter', 'statistikk', 'språk']));
  });

  it.each(LOCALIZATION_FILES)('localisation file %s is valid and covers every command', (file) => {
    const localization = readJson(path.join(root, 'manifest', file));
    const validate = validator('MicrosoftTeams.Localization.schema.json');
    expect(validate(localization) ? [] : validate.errors).toEqual([]);
    expect(Object.keys(localization).filter((k) => k.startsWith('bots[0].commandLists[0]'))).toHaveLength(10);
    expect(Object.keys(localization).filter((k) => k.startsWith('bots[0].commandLists[1]'))).toHaveLength(8);
    // People must recognise the service on the phone: its Norwegian name stays in every language.
    expect(localization['description.full']).toContain('Kompetanseteamet');
    expect(localization['description.full']).toContain('112');
  });

  it('lists exactly the localisation files that exist, one per Teams display language we support', () => {
    const info = manifest['localizationInfo'] as { defaultLanguageTag: string; additionalLanguages: Array<{ languageTag: string; file: string }> };
    expect(info.defaultLanguageTag).toBe('nb');
    expect(info.additionalLanguages.map((l) => l.file)).toEqual(LOCALIZATION_FILES);
    for (const { languageTag, file } of info.additionalLanguages) expect(file).toBe(`${languageTag}.json`);
    // Somali, Dari, Urdu and Tigrinya are not Teams display languages, so they get no manifest file.
    expect(info.additionalLanguages.map((l) => l.languageTag)).not.toEqual(expect.arrayContaining(['so']));
  });

  it('has a 192×192 colour icon and a 32×32 white-on-transparent outline icon', () => {
    const color = PNG.sync.read(readFileSync(path.join(root, 'manifest', 'color.png')));
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = PNG.sync.read(readFileSync(path.join(root, 'manifest', 'outline.png')));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    for (let i = 0; i < outline.data.length; i += 4) {
      const alpha = outline.data[i + 3]!;
      if (alpha > 0) expect([outline.data[i], outline.data[i + 1], outline.data[i + 2]]).toEqual([255, 255, 255]);
    }
    expect(outline.data.some((_, i) => i % 4 === 3 && outline.data[i] === 0)).toBe(true);
  });

  // Through `node --import tsx`, as tsx's CLI would run it, without the CLI's own wrapper process.
  it('`npm run package` writes a zip with everything at its root', async () => {
    execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'package-app.ts')], {
      cwd: root,
      env: { ...process.env, MicrosoftAppId: values.BOT_ID, BOT_DOMAIN: values.BOT_DOMAIN },
      stdio: 'pipe',
    });
    const zip = await JSZip.loadAsync(readFileSync(path.join(root, 'build', 'veiviser-teams-app.zip')));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png', ...LOCALIZATION_FILES].sort());
    const packaged = JSON.parse(await zip.file('manifest.json')!.async('string')) as { bots: Array<{ botId: string }> };
    expect(packaged.bots[0]!.botId).toBe(values.BOT_ID);
  });

  it('`npm run package` refuses a bad bot id, naming the variable, and prints its settings with --help', () => {
    const run = (args: string[], env: Record<string, string>) =>
      spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'package-app.ts'), ...args], {
        cwd: root,
        env: { ...process.env, ...env },
        encoding: 'utf8',
      });
    const bad = run([], { MicrosoftAppId: 'my-bot', BOT_DOMAIN: values.BOT_DOMAIN });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('MicrosoftAppId must be the bot’s Entra app (client) id, a GUID');
    const help = run(['--help'], {});
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run package/u);
    for (const variable of ['MicrosoftAppId', 'TEAMS_APP_ID', 'BOT_DOMAIN', 'PUBLISHER_NAME', 'PRIVACY_URL']) expect(help.stdout).toContain(variable);
  });
});
