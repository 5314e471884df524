/** One step of a compiled cue phrase (the syntax is situation-cues.ts'). */
export type Part = { readonly kind: 'word'; readonly word: string } | { readonly kind: 'prefix'; readonly prefix: string } | { readonly kind: 'age' } | { readonly kind: 'gap' };

/** Turns a phrase of a reader's data into its parts; `label` names the phrase in an error. */
export type PhraseCompiler = (phrase: string, label: string) => Part[];
