// The abstract state at a program point: which paths name which handle objects, how many
// references the function owns on each object, and boolean facts of the current path.
import type { PathKey } from "./scope.js";

export type ObjId = string;

export interface RefObject {
  /** CFG step ids where the still-owned references were taken, oldest first. */
  readonly refs: readonly number[];
  /** Paths disagreed about this object: it is never reported. */
  readonly unknown: boolean;
  readonly nullness: "unknown" | "null" | "nonnull";
  /** 1: passed to an unknown callee (maybe transferred); 2: captured or stored somewhere unmodelled. */
  readonly escape: 0 | 1 | 2;
  /** Taken over from a caller or a lookup (a get on it was the first we saw), not created here. */
  readonly borrowed: boolean;
  /** Its kind's throw model is `any-call`: any call may throw while it is held, not only in `try`. */
  readonly anyCall: boolean;
  /**
   * Hand-offs (CFG step ids) that took a reference the function did not have: the receiver is
   * owed one. The next get pays it (too late); a use, put or hand-off before that is a bug too.
   */
  readonly debt: readonly Debt[];
  /** Where an unowned handle was read from shared memory, and what protected that read. */
  readonly lookup: Lookup | null;
  readonly name: string;
}

export interface Lookup {
  /** The step that read the handle. */
  readonly site: number;
  /** Critical sections held at the read, as `lock@acquisition-step`. */
  readonly sections: readonly string[];
  /** An `await`, `yield` or deferred callback boundary came between the read and now. */
  readonly crossed: boolean;
  /** The lock an annotation requires for this memory (`@kref-guarded-by`), if any. */
  readonly requires: string | null;
}

/** Lock key meaning "which locks are held is unknown here" (merged paths, callbacks). */
export const UNKNOWN_LOCKS = "?";

export interface Debt {
  /** The hand-off step. */
  readonly site: number;
  /** The receiver (a deferred closure) puts the handle: unpaid, the debt is a bug by itself. */
  readonly receiverPuts: boolean;
  /** No reference of ours existed (a borrowed handle), rather than our last one leaving. */
  readonly borrowed: boolean;
}

/** No pending exit. */
export const NO_EXIT = -1;
/** The exits one `finally` level carries (sorted, distinct). */
export type Carried = readonly number[];
const NO_CARRIED: readonly Carried[] = [];

/** At most this many references are counted on one object; more makes it unknown. */
export const MAX_REFS = 4;

export class State {
  constructor(
    readonly bind: ReadonlyMap<PathKey, ObjId>,
    readonly objs: ReadonlyMap<ObjId, RefObject>,
    readonly facts: ReadonlyMap<string, boolean>,
    /** Locks held: lock key → the step that acquired it (a new acquisition is a new section). */
    readonly locks: ReadonlyMap<string, number>,
    /** The step that started the exit this path is on (return, throw, jump, throwing call). */
    readonly exitAt: number,
    /**
     * The exits this path carries through the `finally` bodies it is running, one level per body,
     * innermost last (`NO_EXIT` for a body entered by falling through): the body runs as ordinary
     * code, and the dispatch after it takes the exit back up. A level holds one exit, or several
     * when the state cap joined paths that entered the body on different exits.
     */
    readonly carried: readonly Carried[] = NO_CARRIED,
  ) {}

  static initial(): State {
    return new State(new Map(), new Map(), new Map(), new Map(), NO_EXIT);
  }

  /**
   * The solver keeps states apart by this key: the pending exit and the two innermost carried
   * levels are never joined. Deeper levels may be (under the state cap): keeping every level
   * apart would multiply states with each `finally` nested in a `finally` body.
   */
  get exitKey(): number | string {
    const n = this.carried.length;
    if (n === 0) return this.exitAt;
    // Asked at every node the state reaches: the string is made once per state.
    if (this.carriedKey !== null) return this.carriedKey;
    const top = (this.carried[n - 1] as Carried).join(",");
    this.carriedKey = n === 1 ? `${this.exitAt}|${top}` : `${this.exitAt}|${top}|${(this.carried[n - 2] as Carried).join(",")}`;
    return this.carriedKey;
  }
  private carriedKey: string | null = null;
}

/**
 * A mutable view of a state, for applying one step. Maps are copied on first write, and a draft
 * that changed nothing freezes back into the very same state.
 */
export class Draft {
  private bindMap: Map<PathKey, ObjId> | null = null;
  private objsMap: Map<ObjId, RefObject> | null = null;
  private factsMap: Map<string, boolean> | null = null;
  private locksMap: Map<string, number> | null = null;
  exitAt: number;
  carried: readonly Carried[];

  constructor(private readonly base: State) {
    this.exitAt = base.exitAt;
    this.carried = base.carried;
  }

  get bind(): ReadonlyMap<PathKey, ObjId> {
    return this.bindMap ?? this.base.bind;
  }
  get objs(): ReadonlyMap<ObjId, RefObject> {
    return this.objsMap ?? this.base.objs;
  }
  get facts(): ReadonlyMap<string, boolean> {
    return this.factsMap ?? this.base.facts;
  }
  get locks(): ReadonlyMap<string, number> {
    return this.locksMap ?? this.base.locks;
  }
  writableLocks(): Map<string, number> {
    return (this.locksMap ??= new Map(this.base.locks));
  }
  writableBind(): Map<PathKey, ObjId> {
    return (this.bindMap ??= new Map(this.base.bind));
  }
  writableObjs(): Map<ObjId, RefObject> {
    return (this.objsMap ??= new Map(this.base.objs));
  }
  writableFacts(): Map<string, boolean> {
    return (this.factsMap ??= new Map(this.base.facts));
  }
  /** Nothing bound, no object (a function's exit): no copy of what is dropped. */
  clearHandles(): void {
    if (this.bind.size > 0) this.bindMap = new Map();
    if (this.objs.size > 0) this.objsMap = new Map();
  }

  freeze(): State {
    const unchanged = !this.bindMap && !this.objsMap && !this.factsMap && !this.locksMap;
    if (unchanged && this.exitAt === this.base.exitAt && this.carried === this.base.carried) return this.base;
    return new State(this.bind, this.objs, this.facts, this.locks, this.exitAt, this.carried);
  }

  objectAt(path: PathKey): { id: ObjId; obj: RefObject } | null {
    const id = this.bind.get(path);
    if (id === undefined) return null;
    const obj = this.objs.get(id);
    return obj ? { id, obj } : null;
  }

  update(id: ObjId, change: Partial<RefObject>): void {
    const obj = this.objs.get(id);
    if (!obj) return;
    const next = changedObject(obj, change);
    if (!sameObject(obj, next) || next.name !== obj.name) this.writableObjs().set(id, next);
  }

  pathsOf(id: ObjId): PathKey[] {
    const paths: PathKey[] = [];
    for (const [path, obj] of this.bind) if (obj === id) paths.push(path);
    return paths;
  }

  /**
   * Creates the object for allocation site `site` and binds `path` to it. An object left over
   * from an earlier visit of the same site (a loop) is renamed to the site's summary object.
   */
  create(site: number, path: PathKey, obj: RefObject): ObjId {
    const id = `o${site}`;
    const objs = this.writableObjs();
    const bind = this.writableBind();
    const previous = objs.get(id);
    if (previous) {
      const summary = `${id}~`;
      const existing = objs.get(summary);
      objs.set(summary, existing ? joinObjects(existing, previous) : previous);
      for (const [p, o] of bind) if (o === id) bind.set(p, summary);
    }
    objs.set(id, obj);
    bind.set(path, id);
    return id;
  }
}

/**
 * Do two states mean the same? The solver's de-duplication test: it compares in place, where a
 * canonical key would build and sort strings for every state that reaches a node.
 */
export function sameState(a: State, b: State): boolean {
  if (a === b) return true;
  if (a.exitAt !== b.exitAt || !sameCarried(a.carried, b.carried)) return false;
  if (!sameEntries(a.bind, b.bind) || !sameEntries(a.facts, b.facts) || !sameEntries(a.locks, b.locks)) return false;
  if (a.objs.size !== b.objs.size) return false;
  for (const id of a.objs.keys()) {
    const oa = a.objs.get(id) as RefObject;
    const ob = b.objs.get(id);
    if (ob === undefined || (oa !== ob && !sameObject(oa, ob))) return false;
  }
  return true;
}

// The comparisons below run for every state that reaches a node: plain loops, no closures and
// no entry arrays (`for (const [k, v] of map)` allocates one per entry).
function sameEntries<V>(a: ReadonlyMap<string, V>, b: ReadonlyMap<string, V>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const k of a.keys()) {
    const v = a.get(k);
    if (b.get(k) !== v || (v === undefined && !b.has(k))) return false;
  }
  return true;
}

/**
 * A copy of `obj` with `change` applied, built field by field: object spreads are slow in V8 and
 * this runs for most steps of the analysis.
 */
export function changedObject(obj: RefObject, change: Partial<RefObject>): RefObject {
  return {
    refs: change.refs ?? obj.refs,
    unknown: change.unknown ?? obj.unknown,
    nullness: change.nullness ?? obj.nullness,
    escape: change.escape ?? obj.escape,
    borrowed: change.borrowed ?? obj.borrowed,
    anyCall: change.anyCall ?? obj.anyCall,
    debt: change.debt ?? obj.debt,
    lookup: change.lookup !== undefined ? change.lookup : obj.lookup,
    name: change.name ?? obj.name,
  };
}

function sameObject(a: RefObject, b: RefObject): boolean {
  return (
    a.unknown === b.unknown &&
    a.nullness === b.nullness &&
    a.escape === b.escape &&
    a.borrowed === b.borrowed &&
    a.anyCall === b.anyCall &&
    sameList(a.refs, b.refs) &&
    sameDebts(a.debt, b.debt) &&
    sameLookup(a.lookup, b.lookup)
  );
}

function sameLookup(a: Lookup | null, b: Lookup | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  return a.site === b.site && a.crossed === b.crossed && a.requires === b.requires && sameList(a.sections, b.sections);
}

function sameCarried(a: readonly Carried[], b: readonly Carried[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameList(a[i] as Carried, b[i] as Carried)) return false;
  return true;
}

/** Level by level, the exits either state carries (states of one node carry as many levels). */
function joinCarried(a: readonly Carried[], b: readonly Carried[]): readonly Carried[] {
  if (sameCarried(a, b)) return a;
  return a.map((level, i) => {
    const other = b[i] ?? [];
    return sameList(level, other) ? level : [...new Set([...level, ...other])].sort((x, y) => x - y);
  });
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameDebts(a: readonly Debt[], b: readonly Debt[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Debt;
    const y = b[i] as Debt;
    if (x.site !== y.site || x.receiverPuts !== y.receiverPuts || x.borrowed !== y.borrowed) return false;
  }
  return true;
}

function joinObjects(a: RefObject, b: RefObject): RefObject {
  if (sameObject(a, b)) return a;
  return {
    refs: a.refs.length >= b.refs.length ? a.refs : b.refs,
    unknown: true,
    nullness: a.nullness === b.nullness ? a.nullness : "unknown",
    escape: a.escape > b.escape ? a.escape : b.escape,
    borrowed: a.borrowed || b.borrowed,
    anyCall: a.anyCall || b.anyCall,
    debt: sameDebts(a.debt, b.debt) ? a.debt : [],
    lookup: sameLookup(a.lookup, b.lookup) ? a.lookup : null,
    name: a.name,
  };
}

/**
 * Merges two states on the same pending and carried exits into one that covers both. Whatever the two disagree on becomes unknown,
 * and an unknown object is never reported: merging trades precision for silence.
 */
export function joinStates(a: State, b: State): State {
  if (a === b) return a;
  const objs = new Map<ObjId, RefObject>();
  for (const [id, oa] of a.objs) {
    const ob = b.objs.get(id);
    objs.set(id, ob ? joinObjects(oa, ob) : unknownObject(oa));
  }
  for (const [id, ob] of b.objs) if (!a.objs.has(id)) objs.set(id, unknownObject(ob));
  // A path bound differently (or only on one side) keeps naming an object, but an unknown one:
  // the handle goes silent instead of looking freshly unowned.
  const forget = (id: ObjId | undefined): void => {
    const o = id === undefined ? undefined : objs.get(id);
    if (o) objs.set(id as ObjId, unknownObject(o));
  };
  let bind = a.bind;
  if (a.bind !== b.bind) {
    const joined = new Map<PathKey, ObjId>();
    for (const [path, ida] of a.bind) {
      const idb = b.bind.get(path);
      joined.set(path, ida);
      if (ida !== idb) {
        forget(ida);
        forget(idb);
      }
    }
    for (const [path, idb] of b.bind) {
      if (a.bind.has(path)) continue;
      joined.set(path, idb);
      forget(idb);
    }
    bind = joined;
  }
  const named = new Set(bind.values());
  for (const id of objs.keys()) if (!named.has(id)) objs.delete(id);
  // The solver joins only states on the same pending exit (see solve.ts).
  return new State(bind, objs, agreeing(a.facts, b.facts), joinLocks(a.locks, b.locks), a.exitAt, joinCarried(a.carried, b.carried));
}

function unknownObject(o: RefObject): RefObject {
  return o.unknown ? o : changedObject(o, { unknown: true });
}

/** Facts both states hold alike (the same map when they share it). */
function agreeing(a: ReadonlyMap<string, boolean>, b: ReadonlyMap<string, boolean>): ReadonlyMap<string, boolean> {
  if (a === b) return a;
  const facts = new Map<string, boolean>();
  for (const [k, v] of a) if (b.get(k) === v) facts.set(k, v);
  return facts;
}

/** Locks held alike on both sides; any disagreement adds "which locks are held is unknown". */
function joinLocks(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): ReadonlyMap<string, number> {
  if (a === b) return a;
  const locks = new Map<string, number>();
  for (const [k, v] of a) if (b.get(k) === v) locks.set(k, v);
  if (locks.size !== a.size || locks.size !== b.size) locks.set(UNKNOWN_LOCKS, 0);
  return locks;
}
