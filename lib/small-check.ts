/**
 * A few message checks in the manner of zod (safeParse, parse, unknown keys dropped), small enough for
 * the code injected into web pages, where zod would be most of the bytes. Only what the page messages need.
 */

export type CheckResult<T> = { success: true; data: T } | { success: false; error: Error };

export interface Check<T> {
  safeParse(input: unknown): CheckResult<T>;
  parse(input: unknown): T;
  /** The value, or NOT_VALID; the one function each combinator writes. */
  read(input: unknown, path: string): T | typeof NOT_VALID;
}

export type Infer<C> = C extends Check<infer T> ? T : never;

const NOT_VALID: unique symbol = Symbol('not valid');
let lastProblem = '';

function fail(path: string, problem: string): typeof NOT_VALID {
  lastProblem = `${path || 'message'}: ${problem}`;
  return NOT_VALID;
}

// Each combinator only builds a check (marked so for the bundler): a script keeps just the schemas it uses.
/* @__NO_SIDE_EFFECTS__ */
function check<T>(read: (input: unknown, path: string) => T | typeof NOT_VALID): Check<T> {
  const safeParse = (input: unknown): CheckResult<T> => {
    const value = read(input, '');
    return value === NOT_VALID ? { success: false, error: new Error(lastProblem) } : { success: true, data: value };
  };
  return {
    read,
    safeParse,
    parse(input) {
      const result = safeParse(input);
      if (!result.success) throw result.error;
      return result.data;
    },
  };
}

/** Text of min..max characters (as zod counts them: UTF-16 code units), optionally matching a pattern. */
/* @__NO_SIDE_EFFECTS__ */
export const text = (max: number, min = 0, pattern?: RegExp) =>
  check<string>((input, path) => {
    if (typeof input !== 'string') return fail(path, 'not text');
    if (input.length < min || input.length > max) return fail(path, `length not within ${min}–${max}`);
    if (pattern && !pattern.test(input)) return fail(path, `does not match ${pattern}`);
    return input;
  });

/** A safe integer within min..max. */
/* @__NO_SIDE_EFFECTS__ */
export const int = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  check<number>((input, path) =>
    typeof input === 'number' && Number.isSafeInteger(input) && input >= min && input <= max ? input : fail(path, `not a whole number within ${min}–${max}`),
  );

/* @__NO_SIDE_EFFECTS__ */
export const bool = () => check<boolean>((input, path) => (typeof input === 'boolean' ? input : fail(path, 'not true or false')));

/* @__NO_SIDE_EFFECTS__ */
export const literal = <const L extends string | boolean>(value: L) =>
  check<L>((input, path) => (input === value ? (input as L) : fail(path, `not ${String(value)}`)));

/* @__NO_SIDE_EFFECTS__ */
export const array = <T>(item: Check<T>, max: number, min = 0) =>
  check<T[]>((input, path) => {
    if (!Array.isArray(input)) return fail(path, 'not a list');
    if (input.length < min || input.length > max) return fail(path, `not ${min}–${max} items`);
    const out: T[] = new Array(input.length);
    for (let i = 0; i < input.length; i++) {
      const value = item.read(input[i], `${path}[${i}]`);
      if (value === NOT_VALID) return NOT_VALID;
      out[i] = value;
    }
    return out;
  });

/** Marks a key of an object as one that may be missing (or undefined). */
export interface Optional<T> {
  optional: Check<T>;
}
/* @__NO_SIDE_EFFECTS__ */
export const optional = <T>(inner: Check<T>): Optional<T> => ({ optional: inner });

type Shape = Record<string, Check<unknown> | Optional<unknown>>;
type RequiredKeys<S extends Shape> = { [K in keyof S]: S[K] extends Optional<unknown> ? never : K }[keyof S];
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends Optional<unknown> ? K : never }[keyof S];
type ObjectOf<S extends Shape> = { [K in RequiredKeys<S>]: Infer<S[K]> } & {
  [K in OptionalKeys<S>]?: S[K] extends Optional<infer T> ? T : never;
};
type Flat<T> = { [K in keyof T]: T[K] };

/** A plain object with these keys; other keys are dropped, as zod's object does. */
/* @__NO_SIDE_EFFECTS__ */
export const object = <S extends Shape>(shape: S, allOptional = false) =>
  check<Flat<ObjectOf<S>>>((input, path) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return fail(path, 'not an object');
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      const rule = shape[key]!;
      const value = (input as Record<string, unknown>)[key];
      const isOptional = allOptional || 'optional' in rule;
      if (value === undefined && isOptional) {
        if (key in input) out[key] = undefined;
        continue;
      }
      const read = ('optional' in rule ? rule.optional : rule).read(value, path ? `${path}.${key}` : key);
      if (read === NOT_VALID) return NOT_VALID;
      out[key] = read;
    }
    return out as Flat<ObjectOf<S>>;
  });

/** The first option that accepts the input. */
/* @__NO_SIDE_EFFECTS__ */
export const union = <const O extends readonly Check<unknown>[]>(options: O) =>
  check<Infer<O[number]>>((input, path) => {
    for (const option of options) {
      const value = option.read(input, path);
      if (value !== NOT_VALID) return value as Infer<O[number]>;
    }
    return fail(path, 'matches none of the expected shapes');
  });
