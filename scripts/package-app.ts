/**
 * Builds the Teams app package: build/veiviser-teams-app.zip with manifest.json, the localisation files it
 * lists (nn, en, ar, uk, ru, tr, pl) and the two icons at the zip's root, ready to upload in Teams admin center or "Upload a custom app".
 *
 *   MicrosoftAppId=<bot app id> BOT_DOMAIN=veiviser.example.no npm run package
 *
 * Values come from the environment (and .env). Without a bot id it builds a local-sideloading package
 * with fixed development ids and says so.
 */
import 'dotenv/config';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { fillTemplate, manifestValuesSchema } from '../src/manifest/build-manifest';

/**
 * Teams localisation files, one per language Teams itself can display among ours (Arabic, Ukrainian, Russian,
 * Turkish, Polish, both Norwegian forms and English are Teams client languages; Somali, Dari/Persian, Urdu and
 * Tigrinya are not, so their users see the default bokmål manifest strings). Source: Microsoft, "Languages
 * supported in Microsoft Teams for Education", https://support.microsoft.com/teams/education/languages-supported-in-microsoft-teams-for-education
 * (checked 2026-11-24). Tags are bare ("ar", not "ar-SA"), like the existing nb, nn and en files.
 */
const MANIFEST_LOCALIZATION_FILES = ['nn.json', 'en.json', 'ar.json', 'uk.json', 'ru.json', 'tr.json', 'pl.json'] as const;

const DEV_BOT_ID = '00000000-0000-4000-8000-00000000b07d';

async function main(): Promise<void> {
  const root = path.join(__dirname, '..');
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const botId = process.env['MicrosoftAppId'] || DEV_BOT_ID;
  if (botId === DEV_BOT_ID) process.stderr.write('warning: MicrosoftAppId is not set; the package uses a development bot id and only works for local testing\n');
  const parsed = manifestValuesSchema.safeParse({
    APP_VERSION: version,
    TEAMS_APP_ID: process.env['TEAMS_APP_ID'] || botId,
    BOT_ID: botId,
    BOT_DOMAIN: process.env['BOT_DOMAIN'] || 'localhost',
    PUBLISHER_NAME: process.env['PUBLISHER_NAME'] || 'Veiviser',
    PUBLISHER_WEBSITE: process.env['PUBLISHER_WEBSITE'] || 'https://www.imdi.no/',
    PRIVACY_URL: process.env['PRIVACY_URL'] || 'https://www.imdi.no/om-imdi/personvern/',
    TERMS_URL: process.env['TERMS_URL'] || 'https://www.imdi.no/om-imdi/',
  });
  if (!parsed.success) {
    process.stderr.write('Cannot build the app package:\n' + parsed.error.issues.map((i) => `  - ${i.path.join('.')} ${i.message}`).join('\n') + '\n');
    process.exit(2);
  }
  const manifestDir = path.join(root, 'manifest');
  const zip = new JSZip();
  zip.file('manifest.json', fillTemplate(readFileSync(path.join(manifestDir, 'manifest.json'), 'utf8'), parsed.data));
  for (const file of [...MANIFEST_LOCALIZATION_FILES, 'color.png', 'outline.png']) zip.file(file, readFileSync(path.join(manifestDir, file)));
  const outDir = path.join(root, 'build');
  mkdirSync(outDir, { recursive: true });
  const out = path.join(outDir, 'veiviser-teams-app.zip');
  writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  process.stdout.write(`wrote ${path.relative(root, out)}\n`);
}

void main();
