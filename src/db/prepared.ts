import { type Compilable, type CompiledQuery, PostgresAdapter } from 'kysely';
import type { Db } from './database.js';

// Building and compiling a query with Kysely costs more than running it on SQLite for the small
// indexed reads a page makes (a tenth of a millisecond for a query of a dozen columns, and a page
// makes ten). A prepared query is built and compiled once per dialect and shape, then run with new
// values in the same places. Values are marked while the query is built, so the builder must use
// them only as values: anything that changes the query's shape is part of the key instead (whether
// a value is null or undefined, the length of a list, and the values named in `shapeBy`).

type Params = Record<string, unknown>;
const MARK = '\u0000remedex-param:';

interface Entry {
  compiled: CompiledQuery;
  /** For each parameter: the value's name and index in a list, or null for a constant. */
  slots: ({ name: string; index: number | null } | null)[];
}

export function prepared<P extends object, R>(
  build: (db: Db, p: P) => Compilable<R>,
  options: { shapeBy?: readonly NoInfer<keyof P & string>[] } = {},
): (db: Db, p: P) => Promise<R[]> {
  const cache = new Map<string, Entry>();
  const shapeBy = new Set<string>(options.shapeBy ?? []);
  return async (db, given) => {
    const p = given as Params;
    const adapter = db.getExecutor().adapter instanceof PostgresAdapter ? 'pg' : 'sqlite';
    let key = adapter;
    for (const name in p) {
      const v = p[name];
      key += `|${name}:${shapeBy.has(name) ? String(v) : v === null ? 'null' : v === undefined ? 'undefined' : Array.isArray(v) ? `[${v.length}]` : ''}`;
    }
    let entry = cache.get(key);
    if (!entry) {
      const marked: Params = {};
      for (const name in p) {
        const v = p[name];
        marked[name] =
          shapeBy.has(name) || v === null || v === undefined
            ? v
            : Array.isArray(v)
              ? v.map((_, i) => `${MARK}${name}:${i}`)
              : `${MARK}${name}`;
      }
      const compiled = build(db, marked as P).compile();
      const slots = compiled.parameters.map((v) => {
        if (typeof v !== 'string' || !v.startsWith(MARK)) return null;
        const [name = '', index] = v.slice(MARK.length).split(':');
        return { name, index: index === undefined ? null : Number(index) };
      });
      // A value that did not become a parameter (inlined, or not used) would be served for every
      // later value: refuse such a builder at once.
      const seen = new Set(slots.flatMap((slot) => (slot ? [`${slot.name}:${slot.index}`] : [])));
      for (const name in marked) {
        const v = marked[name];
        const expected = Array.isArray(v)
          ? v.map((_, i) => `${name}:${i}`)
          : typeof v === 'string' && v.startsWith(MARK)
            ? [`${name}:null`]
            : [];
        const missing = expected.find((e) => !seen.has(e));
        if (missing !== undefined || compiled.sql.includes(MARK))
          throw new Error(`prepared query: the value "${name}" is not a query parameter`);
      }
      entry = { compiled, slots };
      if (cache.size >= 200) cache.delete(cache.keys().next().value as string);
      cache.set(key, entry);
    }
    const { compiled, slots } = entry;
    const parameters = slots.map((slot, i) => {
      if (slot === null) return compiled.parameters[i];
      const v = p[slot.name];
      return slot.index === null ? v : (v as unknown[])[slot.index];
    });
    return (await db.executeQuery<R>({ ...compiled, parameters })).rows;
  };
}
