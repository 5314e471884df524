import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './content-root';

/** Whether the running program is the TypeScript sources (tsx, jest) rather than the build's JavaScript. */
export const RUNNING_SOURCES = path.extname(__filename) === '.ts';

/**
 * The file of one of the program's own modules, named from `src/` without an extension ('understanding/phrase-book'):
 * `src/<module>.ts` when the sources run, `dist/src/<module>.js` when the build does. Data made by the build names the
 * code that made it by these files' bytes. `require.resolve('./…')` cannot find them from the bundled program
 * (`dist/veiviser.js`, one file for all modules, see scripts/bundle-app.mjs); the bundle is made from `dist/src` by the
 * same build, so those are its modules' files.
 */
export function codeFile(module: string): string {
  return RUNNING_SOURCES ? path.join(projectRoot(), 'src', `${module}.ts`) : path.join(projectRoot(), 'dist', 'src', `${module}.js`);
}

/**
 * Whether every one of these modules' files is there. A bundle copied without the build's `dist/src` has none of
 * them: the build's data cannot then be checked against the code that made it, and counts as out of date (the readers
 * compile and stem at start, as without the data), rather than stopping the start.
 */
export function codeFilesPresent(modules: readonly string[]): boolean {
  return modules.every((module) => existsSync(codeFile(module)));
}
