// Values remembered on the (immutable) objects they derive from, under a private
// symbol: JSON does not see symbol keys. The engine keeps such values for every
// section and finding on every keystroke; a WeakMap per kind of value would cost a
// hash lookup each and the garbage collector's tracing of its entries, and
// Object.defineProperty ten times a plain assignment.

export function remembered<V>(object: object, key: symbol): V | undefined {
  return (object as Record<symbol, V | undefined>)[key];
}

export function remember<V>(object: object, key: symbol, value: V): V {
  (object as Record<symbol, V>)[key] = value;
  return value;
}

/**
 * How a remembered value is moved with its object by `lines` lines (model/shift.ts), or
 * undefined when it cannot be and is to be worked out again. Values of keys with no
 * mover are not carried over.
 */
type Mover = (value: never, lines: number) => unknown;
const movers = new Map<symbol, Mover>();

/** Declares that values remembered under `key` can be moved with their objects. */
export function movable<V>(key: symbol, move: (value: V, lines: number) => V | undefined): void {
  movers.set(key, move as Mover);
}

/** Remembers on `to`, a copy of `from` moved by `lines` lines, what can be moved of `from`'s values. */
export function carryOver<T extends object>(from: T, to: T, lines: number): T {
  for (const [key, move] of movers) {
    const value = remembered<never>(from, key);
    if (value === undefined) continue;
    const moved = move(value, lines);
    if (moved !== undefined) remember(to, key, moved);
  }
  return to;
}
