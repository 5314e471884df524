import { contentPath } from '../paths/content-root';
import { compiledPhrasesFile, recordingCompiler, replayCompiler, writeCompiledPhrases, COMPILED_READERS, type CompiledReader } from './compiled-phrases';
import { loadRoleReader } from './role-reader';
import { loadScopeReader } from './scope-reader';
import { loadSituationReader, partsCompiler } from './situation-cues';

/** Each reader's data directory and loader (which compiles with the compiler it is given). */
const READERS: Record<CompiledReader, { readonly dir: string; readonly load: (dir: string, compile: ReturnType<typeof recordingCompiler>['compile']) => unknown }> = {
  situation: { dir: contentPath('understanding', 'situation'), load: loadSituationReader },
  roles: { dir: contentPath('understanding', 'roles'), load: loadRoleReader },
  scope: { dir: contentPath('understanding', 'scope'), load: loadScopeReader },
};

/**
 * Builds each reader from its data once, compiling every phrase, and writes what it compiled (the build's data step
 * and the test run's global setup). `onlyStale`: leave a reader's file alone when it was made from the same data and
 * code. Returns the readers written.
 */
export function writeReaderPhrases(options: { readonly onlyStale?: boolean } = {}): CompiledReader[] {
  const written: CompiledReader[] = [];
  for (const reader of COMPILED_READERS) {
    const { dir, load } = READERS[reader];
    const file = compiledPhrasesFile(reader);
    if (options.onlyStale && !replayCompiler(file, reader, dir).reason) continue;
    const recording = recordingCompiler(partsCompiler());
    load(dir, recording.compile);
    writeCompiledPhrases(file, reader, dir, recording.recorded);
    written.push(reader);
  }
  return written;
}
