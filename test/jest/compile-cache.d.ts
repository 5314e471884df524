import type vm from 'node:vm';

export interface CacheStats {
  hits: number;
  misses: number;
  rejected: number;
}

export interface CacheStore {
  read(key: string): Buffer | undefined;
  write(key: string, data: Buffer): void;
}

export function cachedCompileFunction(compile: typeof vm.compileFunction, store?: CacheStore): typeof vm.compileFunction & { readonly stats: CacheStats };
export function diskStore(root: string): CacheStore;
export function install(dir?: string): void;
