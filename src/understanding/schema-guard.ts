import type { z } from 'zod';

/**
 * Whether a value is already exactly what a schema's parse would give back: every field the schema knows, of its type
 * and within its checks, and nothing else, no default left to fill. Readings are made by our recognizers to their
 * kind's schema, so a reader that asks "is this a contact reading?" of each part and answer of a turn (`parsedOfKind`)
 * can take the reading itself instead of zod's copy of it. The guard is worked out from the schema once and only
 * knows the kinds of schema the intents use (objects, optional and default fields, literals, enums, strings with a
 * pattern or a length, numbers with integer and range checks, booleans, arrays with a length); for anything else, and
 * for a value that would be changed by the parse (a field stripped, a default filled), it answers false and the caller
 * parses. zod stays the check at the real boundaries (incoming activities, files, the store).
 */
export type Guard = (value: unknown) => boolean;

const NEVER: Guard = () => false;

/** The parts of zod 4's schema definitions the guard reads (`schema._zod.def`). */
interface Def {
  readonly type: string;
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly catchall?: Schema;
  readonly innerType?: Schema;
  readonly element?: Schema;
  readonly values?: readonly unknown[];
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly checks?: readonly Schema[];
  readonly check?: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly maximum?: number;
  readonly minimum?: number;
  readonly length?: number;
  readonly value?: number;
  readonly inclusive?: boolean;
}
interface Schema {
  readonly _zod: { readonly def: Def };
}

const guards = new WeakMap<object, Guard>();

/** The guard of a schema, worked out once. */
export function guardOf(schema: z.ZodType): Guard {
  let guard = guards.get(schema);
  if (guard === undefined) guards.set(schema, (guard = compile(schema as unknown as Schema)));
  return guard;
}

function compile(schema: Schema): Guard {
  const def = schema._zod.def;
  switch (def.type) {
    case 'object':
      return objectGuard(def);
    case 'optional': {
      const inner = def.innerType ? compile(def.innerType) : NEVER;
      return (value) => value === undefined || inner(value);
    }
    case 'default': {
      // A missing value would be filled by the parse: not the same value.
      const inner = def.innerType ? compile(def.innerType) : NEVER;
      return (value) => value !== undefined && inner(value);
    }
    case 'literal': {
      const values = new Set(def.values ?? []);
      return (value) => values.has(value);
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (value) => values.has(value);
    }
    case 'unknown':
      return () => true;
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'string':
      return checked((value) => typeof value === 'string', def.checks, stringCheck);
    case 'number':
      return checked((value) => typeof value === 'number' && Number.isFinite(value), def.checks, numberCheck);
    case 'array': {
      const element = def.element ? compile(def.element) : NEVER;
      const whole: Guard = (value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i++) if (!element(value[i])) return false;
        return true;
      };
      return checked(whole, def.checks, lengthCheck);
    }
    default:
      return NEVER;
  }
}

function objectGuard(def: Def): Guard {
  const shape = def.shape ?? {};
  // Keys the schema does not name are kept by a passthrough object (its catchall is `unknown`), else stripped or refused.
  const others = def.catchall?._zod.def.type === 'unknown';
  const fields = new Map<string, Guard>();
  for (const key of Object.keys(shape)) fields.set(key, compile(shape[key] as Schema));
  // The fields a value must have (an optional field may be left out); only the value's own keys are read otherwise.
  const required = [...fields].filter(([, guard]) => !guard(undefined)).map(([key]) => key);
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const field = fields.get(key);
      if (field === undefined ? !others : !field(record[key])) return false;
    }
    for (let i = 0; i < required.length; i++) if (!((required[i] as string) in record)) return false;
    return true;
  };
}

/** `base` and every one of `checks`, each read by `read` (a check it does not know makes the guard always false). */
function checked(base: Guard, checks: readonly Schema[] | undefined, read: (def: Def) => Guard | undefined): Guard {
  if (checks === undefined || checks.length === 0) return base;
  const each: Guard[] = [];
  for (const check of checks) {
    const guard = read(check._zod.def);
    if (guard === undefined) return NEVER;
    each.push(guard);
  }
  return (value) => {
    if (!base(value)) return false;
    for (let i = 0; i < each.length; i++) if (!(each[i] as Guard)(value)) return false;
    return true;
  };
}

function lengthCheck(def: Def): Guard | undefined {
  const { maximum, minimum, length } = def;
  if (def.check === 'max_length' && maximum !== undefined) return (value) => (value as { length: number }).length <= maximum;
  if (def.check === 'min_length' && minimum !== undefined) return (value) => (value as { length: number }).length >= minimum;
  if (def.check === 'length_equals' && length !== undefined) return (value) => (value as { length: number }).length === length;
  return undefined;
}

function stringCheck(def: Def): Guard | undefined {
  const { pattern } = def;
  if (def.check === 'string_format' && def.format === 'regex' && pattern !== undefined && !pattern.global && !pattern.sticky) {
    return (value) => pattern.test(value as string);
  }
  return lengthCheck(def);
}

function numberCheck(def: Def): Guard | undefined {
  const { value: bound, inclusive } = def;
  if (def.check === 'number_format' && def.format === 'safeint') return (value) => Number.isSafeInteger(value);
  if (def.check === 'greater_than' && bound !== undefined) return inclusive === true ? (value) => (value as number) >= bound : (value) => (value as number) > bound;
  if (def.check === 'less_than' && bound !== undefined) return inclusive === true ? (value) => (value as number) <= bound : (value) => (value as number) < bound;
  return undefined;
}
