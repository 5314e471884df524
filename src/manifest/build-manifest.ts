import { z } from 'zod';

const httpsUrl = z.string().url({ message: 'must be a URL' }).startsWith('https://', 'must be an https:// URL');

/** Values that make the manifest template a deployable Teams app package. */
export const manifestValuesSchema = z.object({
  APP_VERSION: z.string().regex(/^\d+\.\d+\.\d+$/),
  TEAMS_APP_ID: z.string().uuid(),
  BOT_ID: z.string().uuid(),
  BOT_DOMAIN: z
    .string()
    .min(1)
    .regex(/^[a-z0-9.-]+(:\d+)?$/i, 'must be a host name such as veiviser.example.no, without https://'),
  PUBLISHER_NAME: z.string().min(1).max(32, 'must be at most 32 characters (a Teams manifest limit)'),
  PUBLISHER_WEBSITE: httpsUrl,
  PRIVACY_URL: httpsUrl,
  TERMS_URL: httpsUrl,
});
export type ManifestValues = z.infer<typeof manifestValuesSchema>;

const PLACEHOLDER = /\$\{\{([A-Z_]+)\}\}/g;

/** Replaces every `${{NAME}}` in the template text; an unknown placeholder is an error, not an empty string. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`manifest placeholder \${{${name}}} has no value`);
    return JSON.stringify(value).slice(1, -1);
  });
}
