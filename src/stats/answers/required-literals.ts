/**
 * Strings one of which every match of a regular expression contains ("19" or "20" for `((?:19|20)\d{2})de`, "'" or
 * "’" for `(\d)(\d{2})['’]de`, "ostatnich " or "ostatnie " for `ostatnich (\d+) lat|ostatnie (\d+) lata`): a text
 * holding none of them cannot match, so a caller may skip running the pattern after a few plain `includes`. The
 * statistics words' patterns with an alternative at the top or only groups and classes have no one literal
 * (`requiredLiteral`) and were run on every text of every message (nine in ten of the cue text's pattern runs, almost
 * none of which matched).
 *
 * The reading is conservative: what it does not understand (a backreference, a class with ranges or escapes, a
 * lookaround) counts as "any text", never as a literal, so a missing answer only means "run the pattern". Patterns
 * are read as written for the `u` flag without `i` (the statistics words' flags): one code point is one character.
 */

/** At most this many strings in a set; a larger one is dropped (a cheaper test than the pattern it guards no more). */
const MOST = 16;

/** What is known of a piece of a pattern: every string it matches (when few), and strings one of which it contains. */
interface Known {
  /** Every string the piece can match, when that is a small finite set. */
  readonly exactly?: readonly string[] | undefined;
  /** Strings one of which every match of the piece contains (none empty). */
  readonly oneOf?: readonly string[] | undefined;
}

const ANYTHING: Known = {};
const NOTHING_CONSUMED: Known = { exactly: [''] };

/** The stronger of two sets: the longer shortest string, then the fewer strings. */
function better(a: readonly string[] | undefined, b: readonly string[] | undefined): readonly string[] | undefined {
  if (!a) return b;
  if (!b) return a;
  const shortest = (s: readonly string[]) => Math.min(...s.map((x) => x.length));
  if (shortest(a) !== shortest(b)) return shortest(a) > shortest(b) ? a : b;
  return a.length <= b.length ? a : b;
}

/** A set usable as "one of these occurs": not empty, no empty string, not too many. */
function usable(set: readonly string[] | undefined): readonly string[] | undefined {
  if (!set || set.length === 0 || set.length > MOST || set.some((s) => s.length === 0)) return undefined;
  // A string holding another of the set adds nothing ("w ostatnich " beside "ostatnich ").
  const distinct = [...new Set(set)];
  return distinct.filter((s) => !distinct.some((other) => other !== s && s.includes(other)));
}

function product(a: readonly string[], b: readonly string[]): readonly string[] | undefined {
  // One character after another, most of a pattern: distinct strings stay distinct.
  if (b.length === 1) return a.map((x) => x + (b[0] ?? ''));
  if (a.length * b.length > MOST) return undefined;
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

const QUANTIFIERS = new Set(['?', '*', '+', '{']);
const SPECIAL = new Set(['\\', '^', '$', '.', '|', '(', ')', '[', ']', '{', '}', '*', '+', '?']);

class Reader {
  private at = 0;
  constructor(private readonly chars: readonly string[]) {}

  /** The whole pattern, or undefined when it is not read to its end (a syntax this reader does not follow). */
  pattern(): Known | undefined {
    const known = this.alternation();
    return this.at === this.chars.length ? known : undefined;
  }

  private peek(): string | undefined {
    return this.chars[this.at];
  }

  private alternation(): Known {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0] ?? ANYTHING;
    const exactly = branches.every((b) => b.exactly) ? branches.flatMap((b) => b.exactly ?? []) : undefined;
    const each = branches.map((b) => usable(b.oneOf) ?? usable(b.exactly));
    const oneOf = each.every((s) => s !== undefined) ? usable(each.flatMap((s) => s ?? [])) : undefined;
    return { exactly: exactly && exactly.length <= MOST ? [...new Set(exactly)] : undefined, oneOf };
  }

  private sequence(): Known {
    let best: readonly string[] | undefined;
    /** The exact strings of the pieces read since the last piece that had none. */
    let run: readonly string[] | undefined = [''];
    let whole: readonly string[] | undefined = [''];
    for (;;) {
      const c = this.peek();
      if (c === undefined || c === '|' || c === ')') break;
      const piece = this.plainRun() ?? this.quantified(this.atom());
      best = better(best, usable(piece.oneOf));
      whole = whole && piece.exactly ? product(whole, piece.exactly) : undefined;
      const joined: readonly string[] | undefined = run && piece.exactly ? product(run, piece.exactly) : undefined;
      if (joined) run = joined;
      else {
        // A run's strings only grow as it goes on, so it is weighed once, where it ends.
        best = better(best, usable(run));
        run = piece.exactly ?? [''];
      }
    }
    return { exactly: whole, oneOf: better(best, usable(run)) };
  }

  /** Plain characters up to the next special one, as one piece (a character a quantifier follows is left to `atom`). */
  private plainRun(): Known | undefined {
    let end = this.at;
    while (end < this.chars.length && !SPECIAL.has(this.chars[end] ?? '\\')) end++;
    if (end < this.chars.length && QUANTIFIERS.has(this.chars[end] ?? '')) end--;
    if (end <= this.at) return undefined;
    const run = this.chars.slice(this.at, end).join('');
    this.at = end;
    return { exactly: [run] };
  }

  private quantified(atom: Known): Known {
    const q = this.peek();
    let known: Known;
    if (q === '?') known = { exactly: atom.exactly ? [...atom.exactly, ''] : undefined };
    else if (q === '*') known = ANYTHING;
    else if (q === '+') known = { oneOf: usable(atom.oneOf) ?? usable(atom.exactly) };
    else if (q === '{') {
      const close = this.chars.indexOf('}', this.at);
      const bounds = /^\{(\d+)(?:,(\d*))?\}$/u.exec(this.chars.slice(this.at, close + 1).join(''));
      if (close < 0 || !bounds) throw new Unread();
      this.at = close;
      known = Number(bounds[1]) >= 1 ? { oneOf: usable(atom.oneOf) ?? usable(atom.exactly) } : ANYTHING;
    } else return atom;
    this.at++;
    if (this.peek() === '?') this.at++; // lazy: the same strings
    return known;
  }

  private atom(): Known {
    const c = this.peek();
    this.at++;
    if (c === '(') return this.group();
    if (c === '[') return this.characterClass();
    if (c === '\\') return this.escape();
    if (c === '.') return ANYTHING;
    if (c === '^' || c === '$') return NOTHING_CONSUMED;
    if (c === undefined || SPECIAL.has(c)) throw new Unread();
    return { exactly: [c] };
  }

  private group(): Known {
    let lookaround = false;
    if (this.peek() === '?') {
      const opening = this.chars.slice(this.at, this.at + 3).join('');
      if (opening.startsWith('?:')) this.at += 2;
      else if (opening.startsWith('?=') || opening.startsWith('?!')) {
        this.at += 2;
        lookaround = true;
      } else if (opening === '?<=' || opening === '?<!') {
        this.at += 3;
        lookaround = true;
      } else if (opening.startsWith('?<')) {
        const close = this.chars.indexOf('>', this.at);
        if (close < 0) throw new Unread();
        this.at = close + 1;
      } else throw new Unread();
    }
    const inner = this.alternation();
    if (this.peek() !== ')') throw new Unread();
    this.at++;
    // A lookaround consumes nothing: what it asks of the text around the match is not known to be in the match.
    return lookaround ? NOTHING_CONSUMED : inner;
  }

  /** A class of plain characters (`['’]`, `[اإ]`) is each of them; one with a range, an escape or `^` is anything. */
  private characterClass(): Known {
    const members: string[] = [];
    let plain = this.peek() !== '^';
    for (;;) {
      const c = this.peek();
      this.at++;
      if (c === undefined) throw new Unread();
      if (c === ']') break;
      if (c === '\\') {
        const escaped = this.peek();
        this.at++;
        if (escaped === 'p' || escaped === 'P') {
          const close = this.chars.indexOf('}', this.at);
          if (close < 0) throw new Unread();
          this.at = close + 1;
        }
        plain = false;
      } else if (c === '-' && members.length > 0 && this.peek() !== ']') plain = false;
      else members.push(c);
    }
    return plain && members.length > 0 && members.length <= MOST ? { exactly: [...new Set(members)] } : ANYTHING;
  }

  /** `\.`, `\-` and the like are the character; classes (`\d`, `\s`, `\p{L}`), boundaries and the rest are not read. */
  private escape(): Known {
    const c = this.peek();
    this.at++;
    if (c === undefined) throw new Unread();
    if (c === 'p' || c === 'P') {
      const close = this.chars.indexOf('}', this.at);
      if (close < 0) throw new Unread();
      this.at = close + 1;
      return ANYTHING;
    }
    if (c === 'b' || c === 'B') return NOTHING_CONSUMED;
    if (SPECIAL.has(c) || c === '/' || c === '-') return { exactly: [c] };
    if (/^[dDsSwW]$/u.test(c)) return ANYTHING;
    // Backreferences, \n, \t, \u…, \x…, \k<…>: not followed; the pattern is run.
    throw new Unread();
  }
}

class Unread extends Error {}

/**
 * Strings one of which every match of `source` (a pattern for the `u` flag, no `i`) contains, or undefined when none
 * can be relied on. Each string is non-empty; at most sixteen. Most patterns have a run of three or more plain
 * letters at the top (`requiredLiteral`, one quick scan); only the others are read whole, which costs ~50 times as
 * much and would add ~80 ms to the first message if done for all ~1,800 statistics words.
 */
export function requiredLiterals(source: string): readonly string[] | undefined {
  const literal = requiredLiteral(source);
  if (literal !== undefined && literal.length >= 3) return [literal];
  let known: Known | undefined;
  try {
    known = new Reader(Array.from(source)).pattern();
  } catch (error) {
    if (!(error instanceof Unread)) throw error;
  }
  return (known && (usable(known.oneOf) ?? usable(known.exactly))) ?? (literal === undefined ? undefined : [literal]);
}

/** A letter or combining mark, as two alternatives (not the merged class `[\p{L}\p{M}]`, which V8 makes at twice the cost). */
const LETTER_OR_MARK = '(?:\\p{L}|\\p{M})';
/** How a statistics word's pattern begins and ends (`wordSource`): no letter or mark on either side of the word. */
export const WORD_START = `(?<!${LETTER_OR_MARK})(?:`;
export const WORD_END = `)(?!${LETTER_OR_MARK})`;
/** Characters with a meaning in a pattern; a letter before ?, * or { may be left out or repeated. */
const META = new Set(['\\', '^', '$', '.', '|', '(', ')', '[', ']', '{', '}', '*', '+', '?']);

/**
 * The longest run of plain characters every match of a `word()` pattern contains ("sannadkii hore", "gabdho" of
 * "gabdho\p{L}*", "geçen " of "geçen (?:yıl|sene)"), or undefined when there is none to rely on (an alternative at
 * the top, or only groups and classes). A text without it cannot match, so the caller skips the pattern with a
 * plain `includes` instead of running it: most rewrites are Somali, Turkish and Polish words no Norwegian or English
 * question contains.
 */
function requiredLiteral(source: string): string | undefined {
  if (!source.startsWith(WORD_START) || !source.endsWith(WORD_END)) return undefined;
  const inner = source.slice(WORD_START.length, -WORD_END.length);
  let best = '';
  let run = '';
  let depth = 0;
  let inClass = false;
  const endRun = () => {
    if (depth === 0 && run.length > best.length) best = run;
    run = '';
  };
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i] ?? '';
    if (inClass) {
      if (c === '\\') i++;
      else if (c === ']') inClass = false;
      continue;
    }
    if (c === '\\') {
      endRun();
      i++;
      if (inner[i] === 'p' || inner[i] === 'P') while (i < inner.length && inner[i] !== '}') i++;
      continue;
    }
    if (c === '[') {
      endRun();
      inClass = true;
      continue;
    }
    if (c === '(') {
      endRun();
      depth++;
      continue;
    }
    if (c === ')') {
      endRun();
      depth--;
      continue;
    }
    if (c === '|') {
      if (depth === 0) return undefined;
      run = '';
      continue;
    }
    if (c === '?' || c === '*' || c === '{' || c === '+') {
      // The character before is optional or repeated: the run ends before it ("+" repeats it, so it stays).
      if (c !== '+') run = run.slice(0, /[\uDC00-\uDFFF]$/u.test(run) ? -2 : -1);
      endRun();
      if (c === '{') while (i < inner.length && inner[i] !== '}') i++;
      continue;
    }
    if (META.has(c)) {
      endRun();
      continue;
    }
    if (depth === 0) run += c;
  }
  endRun();
  return best.length > 0 ? best : undefined;
}
