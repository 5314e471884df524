import type vm from 'node:vm';

export interface CacheStats {
  hits: number;
  misses: number;
  rejected: number;
}

export function cachedCompileFunction(compile: typeof vm.compileFunction): typeof vm.compileFunction & { readonly stats: CacheStats };
export function install(): void;
