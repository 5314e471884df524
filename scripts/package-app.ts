/**
 * Builds the Teams app package: build/veiviser-teams-app.zip with manifest.json, the localisation files it
 * lists (nn, en, ar, uk, ru, tr, pl) and the two icons at the zip's root, ready to upload in Teams admin center or "Upload a custom app".
 *
 *   MicrosoftAppId=<bot app id> BOT_DOMAIN=veiviser.example.no npm run package
 *   npm run package -- --help
 *
 * Values come from the environment (and .env), parsed by src/config/package-settings.ts. Without a bot id it builds a
 * local-sideloading package with fixed development ids and says so.
 */
import 'dotenv/config';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { ConfigError } from '../src/config/env';
import { PACKAGE_SETTINGS_HELP, parsePackageSettings, type PackageSettings } from '../src/config/package-settings';
import { fillTemplate } from '../src/manifest/build-manifest';

/**
 * Teams localisation files, one per language Teams itself can display among ours (Arabic, Ukrainian, Russian,
 * Turkish, Polish, both Norwegian forms and English are Teams client languages; Somali, Dari/Persian, Urdu and
 * Tigrinya are not, so their users see the default bokmål manifest strings). Source: Microsoft, "Languages
 * supported in Microsoft Teams for Education", https://support.microsoft.com/teams/education/languages-supported-in-microsoft-teams-for-education
 * (checked 2026-11-24). Tags are bare ("ar", not "ar-SA"), like the existing nb, nn and en files.
 */
const MANIFEST_LOCALIZATION_FILES = ['nn.json', 'en.json', 'ar.json', 'uk.json', 'ru.json', 'tr.json', 'pl.json'] as const;

const USAGE = `usage: npm run package [-- --help]
Writes build/veiviser-teams-app.zip.

${PACKAGE_SETTINGS_HELP}
`;

async function main(): Promise<void> {
  if (process.argv.slice(2).some((a) => a === '--help' || a === '-h')) {
    process.stdout.write(USAGE);
    return;
  }
  const root = path.join(__dirname, '..');
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  let settings: PackageSettings;
  try {
    settings = parsePackageSettings(process.env, version);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`Cannot build the app package:\n${error.problems.map((p) => `  - ${p}`).join('\n')}\n(npm run package -- --help lists the variables)\n`);
    process.exit(2);
  }
  if (settings.developmentBotId) process.stderr.write('warning: MicrosoftAppId is not set; the package uses a development bot id and only works for local testing\n');
  const manifestDir = path.join(root, 'manifest');
  const zip = new JSZip();
  zip.file('manifest.json', fillTemplate(readFileSync(path.join(manifestDir, 'manifest.json'), 'utf8'), settings.manifest));
  for (const file of [...MANIFEST_LOCALIZATION_FILES, 'color.png', 'outline.png']) zip.file(file, readFileSync(path.join(manifestDir, file)));
  const outDir = path.join(root, 'build');
  mkdirSync(outDir, { recursive: true });
  const out = path.join(outDir, 'veiviser-teams-app.zip');
  writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  process.stdout.write(`wrote ${path.relative(root, out)}\n`);
}

void main();
