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
  readonly name: string;
}

/** No pending exit; an exit whose origin differs between merged paths. */
export const NO_EXIT = -1;
export const AMBIGUOUS_EXIT = -2;

/** At most this many references are counted on one object; more makes it unknown. */
export const MAX_REFS = 4;

export class State {
  private cachedKey: string | null = null;

  constructor(
    readonly bind: ReadonlyMap<PathKey, ObjId>,
    readonly objs: ReadonlyMap<ObjId, RefObject>,
    readonly facts: ReadonlyMap<string, boolean>,
    /** The step that started the exit this path is on (return, throw, jump, throwing call). */
    readonly exitAt: number,
  ) {}

  static initial(): State {
    return new State(new Map(), new Map(), new Map(), NO_EXIT);
  }

  /** Canonical text of the state: equal keys mean equal states. */
  key(): string {
    if (this.cachedKey !== null) return this.cachedKey;
    const parts: string[] = [String(this.exitAt)];
    for (const [k, v] of [...this.bind].sort(byKey)) parts.push(`${k}=${v}`);
    parts.push("|");
    for (const [id, o] of [...this.objs].sort(byKey)) {
      parts.push(`${id}:${o.refs.join(",")}:${o.unknown ? "u" : ""}${o.nullness[0] ?? ""}${o.escape}`);
    }
    parts.push("|");
    for (const [k, v] of [...this.facts].sort(byKey)) parts.push(`${k}${v ? "+" : "-"}`);
    this.cachedKey = parts.join(" ");
    return this.cachedKey;
  }

  /** The paths that name an object. */
  pathsOf(id: ObjId): PathKey[] {
    const paths: PathKey[] = [];
    for (const [path, obj] of this.bind) if (obj === id) paths.push(path);
    return paths;
  }
}

function byKey<V>(a: [string, V], b: [string, V]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

/** A mutable copy of a state, for applying one step. */
export class Draft {
  readonly bind: Map<PathKey, ObjId>;
  readonly objs: Map<ObjId, RefObject>;
  readonly facts: Map<string, boolean>;
  exitAt: number;

  constructor(state: State) {
    this.bind = new Map(state.bind);
    this.objs = new Map(state.objs);
    this.facts = new Map(state.facts);
    this.exitAt = state.exitAt;
  }

  freeze(): State {
    return new State(this.bind, this.objs, this.facts, this.exitAt);
  }

  objectAt(path: PathKey): { id: ObjId; obj: RefObject } | null {
    const id = this.bind.get(path);
    if (id === undefined) return null;
    const obj = this.objs.get(id);
    return obj ? { id, obj } : null;
  }

  update(id: ObjId, change: Partial<RefObject>): void {
    const obj = this.objs.get(id);
    if (obj) this.objs.set(id, { ...obj, ...change });
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
    const previous = this.objs.get(id);
    if (previous) {
      const summary = `${id}~`;
      const existing = this.objs.get(summary);
      this.objs.set(summary, existing ? joinObjects(existing, previous) : previous);
      for (const [p, o] of this.bind) if (o === id) this.bind.set(p, summary);
    }
    this.objs.set(id, obj);
    this.bind.set(path, id);
    return id;
  }
}

export function sameObject(a: RefObject, b: RefObject): boolean {
  return (
    a.unknown === b.unknown &&
    a.nullness === b.nullness &&
    a.escape === b.escape &&
    a.refs.length === b.refs.length &&
    a.refs.every((r, i) => r === b.refs[i])
  );
}

function joinObjects(a: RefObject, b: RefObject): RefObject {
  if (sameObject(a, b)) return a;
  return {
    refs: a.refs.length >= b.refs.length ? a.refs : b.refs,
    unknown: true,
    nullness: a.nullness === b.nullness ? a.nullness : "unknown",
    escape: a.escape > b.escape ? a.escape : b.escape,
    name: a.name,
  };
}

/**
 * Merges two states into one that covers both. Whatever the two disagree on becomes unknown,
 * and an unknown object is never reported: merging trades precision for silence.
 */
export function joinStates(a: State, b: State): State {
  const objs = new Map<ObjId, RefObject>();
  const unknownObject = (o: RefObject): RefObject => ({ ...o, unknown: true });
  for (const [id, oa] of a.objs) {
    const ob = b.objs.get(id);
    if (ob) objs.set(id, joinObjects(oa, ob));
    else objs.set(id, oa.refs.length > 0 || oa.unknown ? unknownObject(oa) : oa);
  }
  for (const [id, ob] of b.objs) {
    if (!a.objs.has(id)) objs.set(id, ob.refs.length > 0 || ob.unknown ? unknownObject(ob) : ob);
  }
  const bind = new Map<PathKey, ObjId>();
  for (const [path, ida] of a.bind) {
    const idb = b.bind.get(path);
    if (idb === ida) bind.set(path, ida);
  }
  // A path bound differently (or only on one side) loses its binding; its objects go silent.
  for (const [path, id] of [...a.bind, ...b.bind]) {
    if (bind.get(path) === id) continue;
    const o = objs.get(id);
    if (o && !o.unknown) objs.set(id, unknownObject(o));
  }
  const facts = new Map<string, boolean>();
  for (const [k, v] of a.facts) if (b.facts.get(k) === v) facts.set(k, v);
  const exitAt = a.exitAt === b.exitAt ? a.exitAt : AMBIGUOUS_EXIT;
  // Objects that no path names any more cannot be reported or changed: drop them.
  const named = new Set(bind.values());
  for (const id of [...objs.keys()]) if (!named.has(id)) objs.delete(id);
  return new State(bind, objs, facts, exitAt);
}
