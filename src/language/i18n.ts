import path from 'node:path';
import i18next, { type i18n, type Resource, type TFunction } from 'i18next';
import { projectRoot } from '../paths/content-root';
import { BoundedMemo } from './bounded-memo';
import { LANGUAGES, fallbackChain, type Lang } from './languages';
import { loadLocaleFiles } from './locale-files';

export type Translate = TFunction;

/**
 * Loads every `locales/<lng>/<namespace>.json` synchronously at start-up into a private i18next instance, after
 * checking them (src/language/locale-files.ts).
 * Handlers get a per-turn `t` from `fixedT`; nothing ever calls `changeLanguage` on the shared instance.
 */
export function createI18n(localesDir: string = path.join(projectRoot(), 'locales')): i18n {
  // Throws a LocaleFileError (file and key path) for a file that is not JSON or holds anything but text.
  const { resources, namespaces } = loadLocaleFiles(localesDir);
  const instance = i18next.createInstance();
  void instance.init({
    resources: resources as Resource,
    lng: 'nb',
    fallbackLng: (code) => [...fallbackChain(code as Lang)].slice(1),
    supportedLngs: [...LANGUAGES],
    ns: [...namespaces],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

/**
 * A fixed `t` that remembers what plain keys (no options) resolve to. Resources never change after start-up, so
 * `t('card.open')` always gives the same string, and a card calls `t` dozens of times: i18next's resolution
 * (fallback chain, key parsing, options objects) is most of the memory a turn allocates.
 */
function rememberPlainKeys(t: TFunction): Translate {
  // The code uses a few hundred keys; the bound only guards against surprises.
  const remembered = new BoundedMemo<string, unknown>(5000);
  const call = t as unknown as (...args: unknown[]) => unknown;
  const translate = (key: unknown, ...rest: unknown[]): unknown =>
    rest.length > 0 || typeof key !== 'string' ? call(key, ...rest) : remembered.get(key, (k) => call(k));
  return translate as unknown as Translate;
}

/** Fixed `t` functions per instance, language and namespace: they are pure, and i18next builds a new one each call. */
const fixedTs = new WeakMap<i18n, Map<string, Translate>>();

export function fixedT(instance: i18n, lng: Lang, ns?: string): Translate {
  let perInstance = fixedTs.get(instance);
  if (!perInstance) fixedTs.set(instance, (perInstance = new Map()));
  const key = `${lng}\u0000${ns ?? ''}`;
  let t = perInstance.get(key);
  if (!t) perInstance.set(key, (t = rememberPlainKeys(instance.getFixedT(lng, ns ?? null))));
  return t;
}
