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
