/**
 * A model type as the parser builds it: every property and array writable. The model
 * it hands on is read-only (types.ts); only the parser writes, while building.
 */
export type Draft<T> = T extends ReadonlyArray<infer U>
  ? Draft<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Draft<T[K]> }
    : T;
