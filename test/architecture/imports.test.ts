/**
 * The shape of src/ (issue #14, docs/architecture.md): no folder imports a folder that imports it back, directly or
 * through others; no file circles; `process.env` is read only by the configuration and the entry point.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseSync } from '@swc/core';

const SRC = path.join(__dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [full] : [];
  });
}

const files = sourceFiles(SRC);

/**
 * The module specifiers a parsed file names anywhere: imports and re-exports (type-only too), `require(…)`, `import(…)`,
 * `import('…').Type` and `import x = require(…)`. Read from swc's syntax tree (the parser jest's transform already uses;
 * TypeScript 7's package has no JavaScript API): the same specifiers, file for file, as `ts.preProcessFile` gave.
 */
function specifiersIn(node: unknown, out: string[]): void {
  if (Array.isArray(node)) {
    for (const n of node) specifiersIn(n, out);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const n = node as { type?: string; [key: string]: unknown };
  const literal = (x: unknown): string | undefined => {
    const v = x as { type?: string; value?: unknown } | undefined;
    return v?.type === 'StringLiteral' && typeof v.value === 'string' ? v.value : undefined;
  };
  const callee = n['callee'] as { type?: string; value?: unknown } | undefined;
  const found =
    n.type === 'ImportDeclaration' || n.type === 'ExportAllDeclaration' || n.type === 'ExportNamedDeclaration'
      ? literal(n['source'])
      : n.type === 'CallExpression' && (callee?.type === 'Import' || (callee?.type === 'Identifier' && callee.value === 'require'))
        ? literal((n['arguments'] as { expression?: unknown }[] | undefined)?.[0]?.expression)
        : n.type === 'TsImportType'
          ? literal(n['argument'])
          : n.type === 'TsExternalModuleReference'
            ? literal(n['expression'])
            : undefined;
  if (found !== undefined) out.push(found);
  for (const value of Object.values(n)) if (value !== null && typeof value === 'object') specifiersIn(value, out);
}

/** Every relative import of a file (type-only imports too: they couple the folders as much). */
function importsOf(file: string): string[] {
  const specifiers: string[] = [];
  specifiersIn(parseSync(readFileSync(file, 'utf8'), { syntax: 'typescript', target: 'es2022' }), specifiers);
  return [...new Set(specifiers)]
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => {
      const base = path.resolve(path.dirname(file), spec);
      const candidates = [`${base}.ts`, path.join(base, 'index.ts'), base];
      const found = candidates.find((c) => files.includes(c));
      if (!found) throw new Error(`${path.relative(SRC, file)}: cannot resolve ${spec}`);
      return found;
    });
}

const graph = new Map(files.map((f) => [f, importsOf(f)]));

/** The top folder under src/ ('stats', 'kit', …); files directly in src/ compose everything and are left out. */
function folderOf(file: string): string | undefined {
  const parts = path.relative(SRC, file).split(path.sep);
  return parts.length > 1 ? parts[0] : undefined;
}

/** Strongly connected components with more than one member (Tarjan). */
function circles(nodes: readonly string[], edges: (n: string) => readonly string[]): string[][] {
  let index = 0;
  const stack: string[] = [];
  const on = new Set<string>();
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of edges(v)) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const n of nodes) if (!idx.has(n)) visit(n);
  return out;
}

describe('the import structure of src/', () => {
  it('has no file circles', () => {
    const found = circles(files, (f) => graph.get(f) ?? []).map((c) => c.map((f) => path.relative(SRC, f)));
    expect(found).toEqual([]);
  });

  it('has no folder circles (directly or through other folders)', () => {
    const folderEdges = new Map<string, Set<string>>();
    for (const [file, imports] of graph) {
      const from = folderOf(file);
      if (!from) continue;
      for (const target of imports) {
        const to = folderOf(target);
        if (to && to !== from) folderEdges.set(from, (folderEdges.get(from) ?? new Set()).add(to));
      }
    }
    const folders = [...new Set(files.map(folderOf).filter((f): f is string => f !== undefined))];
    expect(circles(folders, (f) => [...(folderEdges.get(f) ?? [])])).toEqual([]);
  });

  it('no feature folder imports the bot', () => {
    const features = ['knowledge', 'contacts', 'stats', 'triage'];
    const offending = [...graph].filter(([file, imports]) => features.includes(folderOf(file) ?? '') && imports.some((t) => folderOf(t) === 'bot'));
    expect(offending.map(([f]) => path.relative(SRC, f))).toEqual([]);
  });

  it('reads process.env only in src/config and src/index.ts', () => {
    const readers = files.filter((f) => /process\.env\b/.test(readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')));
    const allowed = (f: string) => folderOf(f) === 'config' || path.relative(SRC, f) === 'index.ts';
    expect(readers.filter((f) => !allowed(f)).map((f) => path.relative(SRC, f))).toEqual([]);
  });

  it('finds the files it checks (the walk is not empty)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect([...graph.values()].flat().length).toBeGreaterThan(300);
  });
});
