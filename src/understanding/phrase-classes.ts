import { z } from 'zod';

/*
 * Word classes in a phrase file: a concept that needs two ideas together ("afraid" and "home", "a wound" and "the arm")
 * was written as the cross product by hand, and a form missed in one combination was a danger missed. A file names its
 * classes once (`"fearNeg": ["tør ikke", "turte ikke", …]`) and a phrase refers to them in braces
 * (`"{fearNeg} ... {homeWord}"`): every member of every class is combined with every other, here, where the files are
 * read and checked (the build), so the compiled phrases and the matcher that runs on them are what they were.
 */

/** A class's name as a phrase refers to it: letters and digits, starting with a letter. */
const CLASS_NAME = /^[A-Za-z][A-Za-z0-9]*$/u;
/** A reference to a class in a phrase. */
const REFERENCE = /\{([^{}]*)\}/gu;
/**
 * The most phrases one phrase may become. The widest concept today (a wound beside a body part, either order) is a few
 * hundred; a phrase of thousands is a class pasted by mistake, and would grow the book and every start with it.
 */
export const MAX_EXPANSION = 2000;

/** A file's classes: a name, and its words or word groups in the phrase syntax (no class inside a class). */
export const phraseClassesSchema = z.record(
  z.string().regex(CLASS_NAME, 'a class name is letters and digits, starting with a letter'),
  z.array(z.string().min(1).refine((member) => !/[{}]/u.test(member), 'a class member refers to no class')).min(1, 'a class has at least one member'),
);
export type PhraseClasses = z.infer<typeof phraseClassesSchema>;

/**
 * Every phrase `phrase` stands for: itself when it refers to no class, else each combination of its classes' members, in
 * the order of the classes' lists (the first reference varies slowest). Throws, naming the class, on an unknown or empty
 * class or a phrase that would become more than `MAX_EXPANSION` phrases.
 */
export function expandPhrase(phrase: string, classes: PhraseClasses = {}): string[] {
  const pieces = phrase.split(REFERENCE);
  // split with one capture group: text, name, text, name, …, text.
  if (pieces.length === 1) {
    if (/[{}]/u.test(phrase)) throw new Error('has an unclosed brace');
    return [phrase];
  }
  let count = 1;
  for (let i = 1; i < pieces.length; i += 2) {
    const name = pieces[i] ?? '';
    const members = Object.hasOwn(classes, name) ? classes[name] : undefined;
    if (members === undefined) throw new Error(`refers to the unknown class {${name}}`);
    if (members.length === 0) throw new Error(`refers to the empty class {${name}}`);
    count *= members.length;
    if (count > MAX_EXPANSION) throw new Error(`would become more than ${MAX_EXPANSION} phrases`);
  }
  if (pieces.some((piece, i) => i % 2 === 0 && /[{}]/u.test(piece))) throw new Error('has an unclosed brace');
  let out = [pieces[0] ?? ''];
  for (let i = 1; i < pieces.length; i += 2) {
    const members = classes[pieces[i] ?? ''] ?? [];
    const after = pieces[i + 1] ?? '';
    out = out.flatMap((start) => members.map((member) => start + member + after));
  }
  return out.map((p) => p.replace(/\s+/gu, ' ').trim());
}

/**
 * A concept's phrases with every class reference expanded, each distinct phrase once (in the order first met). `where`
 * names the file and the concept in an error ("situation/nb.json fearHome").
 */
export function expandPhrases(phrases: readonly string[], classes: PhraseClasses | undefined, where: string): string[] {
  const out = new Set<string>();
  for (const phrase of phrases) {
    let expanded: string[];
    try {
      expanded = expandPhrase(phrase, classes);
    } catch (error) {
      throw new Error(`${where}: the phrase "${phrase}" ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const p of expanded) out.add(p);
  }
  return [...out];
}
