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
