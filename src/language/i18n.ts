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
 * The cache key of a call with options whose values are all text, numbers or booleans (`{ name }`, `{ count: 3 }`),
 * or undefined for any other call (objects, arrays, functions, a default value as a string).
 */
function optionsKey(key: string, options: unknown): string | undefined {
  if (!options || typeof options !== 'object' || Array.isArray(options)) return undefined;
  let out = key;
  for (const name in options) {
    if (!Object.prototype.hasOwnProperty.call(options, name)) continue;
    const value = (options as Record<string, unknown>)[name];
    const type = typeof value;
    // The type's first letter keeps 3 and '3' apart.
    if (type === 'string' || type === 'number' || type === 'boolean') out += `\u0000${name}\u0001${type[0]}${String(value)}`;
    else if (value !== undefined) return undefined;
  }
  return out;
}

/**
 * A fixed `t` that remembers what its calls give. Resources never change after start-up, so `t('card.open')` always
 * gives the same string, and so does `t('guidance:emergency.call', { phone: '112' })`: a card calls `t` dozens of
 * times, and i18next's resolution (fallback chain, key parsing, options objects, interpolation) was most of the memory
 * a turn allocated. A call is remembered by its key and its options' names and values, when those are all text,
 * numbers or booleans, and only when it gives text (`returnObjects` gives a new object each time).
 */
function rememberCalls(t: TFunction): Translate {
  // The code uses a few hundred keys; the bound only guards against surprises.
  const remembered = new BoundedMemo<string, unknown>(5000);
  // Calls with options: their values (names, figures, years) vary more, so they are kept apart from the plain keys.
  const withOptions = new BoundedMemo<string, string>(2000);
  const call = t as unknown as (...args: unknown[]) => unknown;
  const translate = (key: unknown, ...rest: unknown[]): unknown => {
    if (typeof key !== 'string') return call(key, ...rest);
    if (rest.length === 0) return remembered.get(key, (k) => call(k));
    const cacheKey = rest.length === 1 ? optionsKey(key, rest[0]) : undefined;
    if (cacheKey === undefined) return call(key, ...rest);
    let result: unknown;
    const text = withOptions.get(cacheKey, () => {
      result = call(key, ...rest);
      // Not text: given back, and `undefined` is what BoundedMemo does not keep.
      return (typeof result === 'string' ? result : undefined) as string;
    });
    return text ?? result;
  };
  return translate as unknown as Translate;
}

/** Fixed `t` functions per instance, language and namespace: they are pure, and i18next builds a new one each call. */
const fixedTs = new WeakMap<i18n, Map<string, Translate>>();

export function fixedT(instance: i18n, lng: Lang, ns?: string): Translate {
  let perInstance = fixedTs.get(instance);
  if (!perInstance) fixedTs.set(instance, (perInstance = new Map()));
  const key = `${lng}\u0000${ns ?? ''}`;
  let t = perInstance.get(key);
  if (!t) perInstance.set(key, (t = rememberCalls(instance.getFixedT(lng, ns ?? null))));
  return t;
}
