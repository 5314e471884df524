import { contentPath } from '../paths/content-root';
import { compiledPhrasesFile, readCompiledPhrases, writeCompiledPhrases, COMPILED_READERS, type CompiledReader } from './compiled-phrases';
import type { PhraseBook } from './phrase-book';
import { compileRolePhrases } from './role-reader';
import { compileScopePhrases } from './scope-reader';
import { compileSituationPhrases } from './situation-cues';

/** Each reader's data directory and how its files are read, checked and compiled. */
const READERS: Record<CompiledReader, { readonly dir: string; readonly compile: (dir: string) => PhraseBook }> = {
  situation: { dir: contentPath('understanding', 'situation'), compile: (dir) => compileSituationPhrases(dir) },
  roles: { dir: contentPath('understanding', 'roles'), compile: (dir) => compileRolePhrases(dir) },
  scope: { dir: contentPath('understanding', 'scope'), compile: (dir) => compileScopePhrases(dir) },
};

/**
 * Reads, checks and compiles each reader's data once and writes its compiled phrases (the build's data step and the
 * test run's global setup). `onlyStale`: leave a reader's file alone when it was made from the same data and code.
 * Returns the readers written.
 */
export function writeReaderPhrases(options: { readonly onlyStale?: boolean } = {}): CompiledReader[] {
  const written: CompiledReader[] = [];
  for (const reader of COMPILED_READERS) {
    const { dir, compile } = READERS[reader];
    const file = compiledPhrasesFile(reader);
    if (options.onlyStale && !readCompiledPhrases(file, reader, dir).reason) continue;
    writeCompiledPhrases(file, reader, dir, compile(dir));
    written.push(reader);
  }
  return written;
}
