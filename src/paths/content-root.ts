import { existsSync } from 'node:fs';
import path from 'node:path';

/** Roots found so far, by where the search started: every data file's path asks (~4 ms of a start's CPU in stats). */
const roots = new Map<string, string>();

/** The project root (where package.json is), found from this file whether it runs from src/ or dist/src/. */
export function projectRoot(start: string = __dirname): string {
  let root = roots.get(start);
  if (root === undefined) roots.set(start, (root = findRoot(start)));
  return root;
}

function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + start);
    dir = parent;
  }
}

/** `content/` holds the sourced data the bot ships: knowledge articles, the contact directory, published figures. */
export function contentPath(...segments: string[]): string {
  return path.join(projectRoot(), 'content', ...segments);
}
