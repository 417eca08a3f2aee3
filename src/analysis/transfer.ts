// What one CFG node does to a state. Pure: the same node and state always give the same
// results; leaks are handed to a reporter, which the solver only passes once the fixpoint
// is reached.
import type { CfgNode, EdgeKind } from "./cfg/types.js";
import type { Condition, Event } from "./event-types.js";
import type { PathKey } from "./scope.js";
import { isLocalPath } from "./scope.js";
import type { Debt, ObjId, RefObject } from "./state.js";
import { Draft, MAX_REFS, NO_EXIT, State, UNKNOWN_LOCKS, changedObject } from "./state.js";

/** A reference still owned when the last path naming its object went away. */
export interface Leak {
  readonly kind: "leak";
  readonly name: string;
  /** The step that took the leaked reference. */
  readonly refSite: number;
  /** The node where the object became unreachable (scope exit or rebinding step). */
  readonly node: number;
  /** The pending exit at that point (see State.exitAt). */
  readonly exitAt: number;
}

/** A get that comes after a hand-off that took a reference the function did not have. */
export interface LateGet {
  readonly kind: "lateGet";
  readonly name: string;
  readonly getSite: number;
  readonly handoffSite: number;
}

/** A hand-off without a reference of its own, followed by more use of the handle. */
export interface UnrefHandoff {
  readonly kind: "unrefHandoff";
  readonly name: string;
  readonly handoffSite: number;
  /** The function had no reference of its own at the hand-off (the handle was borrowed). */
  readonly borrowed: boolean;
}

/** A get on a looked-up handle outside the critical section of its lookup. */
export interface UnlockedGet {
  readonly kind: "unlockedGet";
  readonly name: string;
  readonly getSite: number;
  readonly lookupSite: number;
  /** "threads": no lock held at both; "event-loop": an await or callback came in between. */
  readonly mode: "threads" | "event-loop";
}

export type Issue = Leak | LateGet | UnrefHandoff | UnlockedGet;

export type Reporter = (issue: Issue) => void;

export interface TransferContext {
  /** Paths the function puts somewhere: an unknown callee receiving them only borrows. */
  readonly putPaths: ReadonlySet<PathKey>;
  /** `${step}:${path}` of unknown calls after which the handle is touched again: borrows (borrows.ts). */
  readonly borrows: ReadonlySet<string>;
}

/**
 * Receives each state leaving a node, with the kind of edge it leaves by ("any": every edge).
 * The solver passes one function for all its nodes: no list of results is made per visit.
 */
export type Emit = (kind: EdgeKind | "any", state: State) => void;

export function transfer(node: CfgNode, state: State, ctx: TransferContext, report: Reporter | null, emit: Emit): void {
  switch (node.kind) {
    case "entry":
    case "join":
    case "exit":
    case "dispatch":
      emit("any", state);
      return;
    case "land": {
      if (state.exitAt === NO_EXIT) {
        emit("any", state);
        return;
      }
      const d = new Draft(state);
      d.exitAt = NO_EXIT;
      emit("any", d.freeze());
      return;
    }
    case "finally": {
      // Entering a body: its path's exit is carried, and the body runs as ordinary code. Leaving
      // it by a jump of its own: that jump replaces the carried exit.
      const d = new Draft(state);
      if (node.op === "enter") {
        d.carried = [...state.carried, [state.exitAt]];
        d.exitAt = NO_EXIT;
      } else {
        d.carried = state.carried.slice(0, -1);
      }
      emit("any", d.freeze());
      return;
    }
    case "branch": {
      const whenTrue = assume(state, node.condition, true);
      if (whenTrue) emit("true", whenTrue);
      const whenFalse = assume(state, node.condition, false);
      if (whenFalse) emit("false", whenFalse);
      return;
    }
    case "scopeExit": {
      const d = new Draft(state);
      if (node.functionExit) killAll(d, node.id, ctx, report);
      else for (const v of node.vars) unbind(d, v, node.id, report);
      emit("any", d.freeze());
      return;
    }
    case "step": {
      // Most steps never fork: one draft through every event, and a list only after a fork.
      let single: Draft = new Draft(state);
      let drafts: Draft[] | null = null;
      for (const event of node.events) {
        if (drafts === null) {
          const result = apply(single, event, node.id, ctx, report);
          if (result instanceof Draft) single = result;
          else drafts = result;
          continue;
        }
        const next: Draft[] = [];
        for (const d of drafts) {
          const result = apply(d, event, node.id, ctx, report);
          if (result instanceof Draft) next.push(result);
          else for (const r of result) next.push(r);
        }
        drafts = next;
      }
      if (drafts === null) emit("normal", single.freeze());
      else for (const d of drafts) emit("normal", d.freeze());
      if (hasExceptionEdge(node.succ)) {
        // An exception leaves before the step's own effect, and starts an exit at this step.
        const thrown = new Draft(state);
        thrown.exitAt = node.id;
        // Outside `try`, only kinds whose every call may throw see this exception (DESIGN §2.2).
        if (node.anyCallOnly) {
          for (const [id, obj] of thrown.objs) if (!obj.anyCall && obj.refs.length > 0) thrown.update(id, { unknown: true });
        }
        emit("exception", thrown.freeze());
      }
      return;
    }
  }
}

/** One event: the draft it changed, or the drafts of each outcome when the event forks the path. */
function apply(d: Draft, e: Event, site: number, ctx: TransferContext, report: Reporter | null): Draft | Draft[] {
  switch (e.t) {
    case "acquire": {
      const found = d.objectAt(e.path);
      const nullness = e.nullable ? "unknown" : "nonnull";
      if (found) d.update(found.id, { refs: [site], nullness, escape: 0, borrowed: false, debt: [], anyCall: e.anyCall });
      else d.create(site, e.path, e.nullable ? changedObject(owned(e.name, site, e.anyCall), { nullness }) : owned(e.name, site, e.anyCall));
      return d;
    }
    case "get":
      checkLookup(d, e, site, report);
      take(d, e, site, report);
      return d;
    case "tryGet": {
      checkLookup(d, e, site, report);
      const failed = new Draft(d.freeze());
      failed.writableFacts().set(e.fact, false);
      take(d, e, site, report);
      d.writableFacts().set(e.fact, true);
      return [d, failed];
    }
    case "lock":
      d.writableLocks().set(e.key, site);
      return d;
    case "unlock":
      if (d.locks.has(e.key)) d.writableLocks().delete(e.key);
      return d;
    case "lockIf": {
      const released = new Draft(d.freeze());
      released.writableFacts().set(e.fact, true);
      released.writableLocks().set(e.key, site);
      d.writableFacts().set(e.fact, false);
      return [released, d];
    }
    case "await":
      crossBoundary(d);
      return d;
    case "put": {
      settleDebt(d, e.path, report);
      const found = d.objectAt(e.path);
      if (found && found.obj.refs.length > 0) d.update(found.id, { refs: found.obj.refs.slice(0, -1), escape: 0 });
      return d;
    }
    case "sink": {
      if (e.fact === null) {
        handOff(d, e, site, report);
        return d;
      }
      // A fallible hand-off: on failure the receiver never got the handle.
      const failed = new Draft(d.freeze());
      failed.writableFacts().set(e.fact, false);
      handOff(d, e, site, report);
      d.writableFacts().set(e.fact, true);
      return [d, failed];
    }
    case "pass": {
      settleDebt(d, e.path, report);
      const found = d.objectAt(e.path);
      if (!found || found.obj.refs.length === 0) return d;
      // A callee known to keep it (keepers.ts): later uses on this path are no borrow evidence.
      if (e.keeps) {
        d.update(found.id, { escape: 2 });
        return d;
      }
      const borrowedOnly = ctx.borrows.has(`${site}:${e.path}`) || d.pathsOf(found.id).some((p) => ctx.putPaths.has(p));
      if (!borrowedOnly && found.obj.escape === 0) d.update(found.id, { escape: 1 });
      return d;
    }
    case "escape": {
      const found = d.objectAt(e.path);
      if (found) d.update(found.id, { escape: 2 });
      else d.create(site, e.path, changedObject(fresh(e.name, []), { escape: 2 }));
      return d;
    }
    case "use":
      markUsed(d, e.path, report);
      return d;
    case "bind":
      rebind(d, e.target, e.source, e.sourceName, site, report);
      if (e.named !== undefined && e.source !== null) rename(d, e.target, e.named);
      if (e.lookup) noteLookup(d, e.target, e.sourceName || e.target, site, e.guard);
      if (d.facts.has(`f${e.target}`)) d.writableFacts().delete(`f${e.target}`);
      if (e.fact !== null) {
        const value = d.facts.get(e.fact);
        if (value !== undefined) d.writableFacts().set(`f${e.target}`, value);
        // A call's own result fact is read once: through this variable from now on.
        if (d.facts.has(e.fact)) d.writableFacts().delete(e.fact);
      }
      if (e.literal !== null) d.writableFacts().set(`f${e.target}`, e.literal);
      return d;
    case "return": {
      d.exitAt = site;
      if (e.path !== null) {
        settleDebt(d, e.path, report);
        const found = d.objectAt(e.path);
        if (found && found.obj.refs.length > 0) d.update(found.id, { refs: found.obj.refs.slice(0, -1), escape: 0 });
      }
      return d;
    }
    case "exit":
      d.exitAt = site;
      return d;
    case "mark":
      if (d.facts.get(e.fact) !== true) d.writableFacts().set(e.fact, true);
      return d;
    case "dispose":
      if (d.facts.get(e.guard) !== true) return d;
      for (const path of e.paths) {
        settleDebt(d, path, report);
        const found = d.objectAt(path);
        if (found && found.obj.refs.length > 0) d.update(found.id, { refs: found.obj.refs.slice(0, -1), escape: 0 });
      }
      d.writableFacts().delete(e.guard);
      return d;
  }
}

function hasExceptionEdge(succ: readonly { kind: EdgeKind }[]): boolean {
  for (const edge of succ) if (edge.kind === "exception") return true;
  return false;
}

function fresh(name: string, refs: number[], borrowed = true, anyCall = false): RefObject {
  return { refs, unknown: false, nullness: "nonnull", escape: 0, borrowed, anyCall, debt: [], lookup: null, name };
}

/** The sections held now, as `lock@acquisition`. */
function sectionsOf(d: Draft): string[] {
  return [...d.locks].map(([key, at]) => `${key}@${at}`);
}

/** `target` was just read from shared memory: its object remembers where and under which locks. */
function noteLookup(d: Draft, target: PathKey, name: string, site: number, requires: string | null): void {
  let found = d.objectAt(target);
  if (!found) {
    const id = d.create(site, target, changedObject(fresh(name, []), { nullness: "unknown" }));
    found = { id, obj: d.objs.get(id) as RefObject };
  }
  if (found.obj.refs.length > 0) return;
  d.update(found.id, { lookup: { site, sections: sectionsOf(d), crossed: false, requires } });
}

/** Other code may run here: every remembered lookup may be stale for an event-loop kind. */
function crossBoundary(d: Draft): void {
  for (const [id, obj] of d.objs) {
    if (obj.lookup && !obj.lookup.crossed) d.update(id, { lookup: { ...obj.lookup, crossed: true } });
  }
}

/**
 * A get on a handle the function does not own, read from shared memory: some lock held at the
 * read must still be held (threads), or no boundary may have come in between (event loop).
 */
function checkLookup(d: Draft, e: Extract<Event, { t: "get" | "tryGet" }>, site: number, report: Reporter | null): void {
  if (!report || d.locks.has(UNKNOWN_LOCKS)) return;
  const found = d.objectAt(e.path);
  if (found && (found.obj.refs.length > 0 || found.obj.unknown)) return;
  const lookup = found ? found.obj.lookup : e.shared ? { site, sections: sectionsOf(d), crossed: false, requires: null } : null;
  if (!lookup) return;
  const stillHeld = lookup.sections.some((section) => {
    const at = section.lastIndexOf("@");
    const lock = section.slice(0, at);
    // An annotated location needs its own lock; any other section does not count.
    if (lookup.requires !== null && lock !== lookup.requires) return false;
    return d.locks.get(lock) === Number(section.slice(at + 1));
  });
  if (stillHeld) return;
  if (e.concurrency === "event-loop" && !lookup.crossed && lookup.requires === null) return;
  report({ kind: "unlockedGet", name: e.name, getSite: site, lookupSite: lookup.site, mode: e.concurrency });
}

/** Objects created by `kref_init` belong to this function from the start. */
function owned(name: string, site: number, anyCall: boolean): RefObject {
  return fresh(name, [site], false, anyCall);
}

function take(d: Draft, e: Extract<Event, { t: "get" | "tryGet" }>, site: number, report: Reporter | null): void {
  const found = d.objectAt(e.path);
  if (!found) {
    d.create(site, e.path, fresh(e.name, [site], true, e.anyCall));
    return;
  }
  if (found.obj.debt.length > 0 && !found.obj.unknown) {
    // This get is the reference the receiver of an earlier hand-off should have had.
    const handoffSite = (found.obj.debt[found.obj.debt.length - 1] as Debt).site;
    if (report) report({ kind: "lateGet", name: found.obj.name, getSite: site, handoffSite });
    d.update(found.id, { debt: found.obj.debt.slice(0, -1), nullness: "nonnull" });
    return;
  }
  const refs = [...found.obj.refs, site];
  d.update(found.id, {
    refs: refs.length > MAX_REFS ? found.obj.refs : refs,
    unknown: found.obj.unknown || refs.length > MAX_REFS,
    nullness: "nonnull",
    escape: found.obj.escape === 1 ? 0 : found.obj.escape,
    anyCall: found.obj.anyCall || e.anyCall,
  });
}

function markUsed(d: Draft, path: PathKey, report: Reporter | null): void {
  settleDebt(d, path, report);
  const found = d.objectAt(path);
  if (found && found.obj.escape === 1) d.update(found.id, { escape: 0 });
}

/** The handle is touched again while a hand-off is still owed a reference: that hand-off was the bug. */
function settleDebt(d: Draft, path: PathKey, report: Reporter | null): void {
  const found = d.objectAt(path);
  if (!found || found.obj.debt.length === 0) return;
  if (report && !found.obj.unknown) {
    for (const debt of found.obj.debt) {
      report({ kind: "unrefHandoff", name: found.obj.name, handoffSite: debt.site, borrowed: debt.borrowed });
    }
  }
  d.update(found.id, { debt: [] });
}

/** A hand-off takes one owned reference; without one it leaves a debt for the receiver. */
function handOff(d: Draft, e: Extract<Event, { t: "sink" }>, site: number, report: Reporter | null): void {
  let found = d.objectAt(e.path);
  if (!found) {
    const id = d.create(site, e.path, fresh(e.name, []));
    found = { id, obj: d.objs.get(id) as RefObject };
  }
  const { id, obj } = found;
  if (obj.refs.length > 1 || (obj.refs.length === 1 && obj.borrowed)) {
    // One of several references (or the caller still holds its own): the function keeps a pin.
    d.update(id, { refs: obj.refs.slice(0, -1) });
    return;
  }
  settleDebt(d, e.path, report);
  if (!e.owes) {
    // A kind without a get: nothing to take before a hand-off, so nothing is owed.
    d.update(id, { refs: [] });
    return;
  }
  // The function's last reference leaves (or there was none): further use needs a new one. A
  // closure that puts a reference nobody took for it is a bug even if nothing follows.
  const receiverPuts = obj.refs.length === 0 && e.putsInside;
  const borrowed = obj.refs.length === 0 && obj.borrowed;
  d.update(id, { refs: [], debt: [{ site, receiverPuts, borrowed }] });
}

/** `target = source`: the old value of target may become unreachable; target then aliases source. */
function rebind(
  d: Draft,
  target: PathKey,
  source: PathKey | null,
  sourceName: string,
  site: number,
  report: Reporter | null,
): void {
  let sourceId = source === null ? undefined : d.bind.get(source);
  if (sourceId !== undefined && d.bind.get(target) === sourceId) return;
  const underTarget = source !== null && source.startsWith(`${target}.`);
  if (source !== null && sourceId === undefined && !underTarget) {
    // Share identity from now on, so that a get through one name and a put through the other match.
    sourceId = d.create(site, source, changedObject(fresh(sourceName, []), { nullness: "unknown" }));
  }
  const dropped = removePaths(d, target);
  if (sourceId !== undefined) d.writableBind().set(target, sourceId);
  reportUnreachable(d, dropped, site, report);
}

/** The object bound at `path` goes by `name` from now on. */
function rename(d: Draft, path: PathKey, name: string): void {
  const found = d.objectAt(path);
  if (found && found.obj.name !== name) d.update(found.id, { name });
}

/** Removes `path` and the member paths below it; reports objects that nothing names any more. */
function unbind(d: Draft, path: PathKey, site: number, report: Reporter | null): void {
  reportUnreachable(d, removePaths(d, path), site, report);
}

function removePaths(d: Draft, path: PathKey): Set<ObjId> {
  const dropped = new Set<ObjId>();
  const prefix = `${path}.`;
  for (const [p, id] of d.bind) {
    if (p === path || p.startsWith(prefix)) dropped.add(id);
  }
  if (dropped.size === 0) return dropped;
  const bind = d.writableBind();
  for (const p of [...bind.keys()]) if (p === path || p.startsWith(prefix)) bind.delete(p);
  return dropped;
}

function reportUnreachable(d: Draft, dropped: Set<ObjId>, site: number, report: Reporter | null): void {
  for (const id of dropped) {
    if (d.pathsOf(id).length > 0) continue;
    const obj = d.objs.get(id);
    d.writableObjs().delete(id);
    if (obj && report) reportLost(obj, site, d.exitAt, report);
  }
}

/** Function exit: every object still owned leaks, except those only reachable from shared paths
 *  that this function never puts (a deliberate pin of a global, a field kept by the object). */
function killAll(d: Draft, site: number, ctx: TransferContext, report: Reporter | null): void {
  if (report && d.objs.size > 0) {
    // Objects some local or put path names: one pass over the bindings, not one per object.
    const reported = new Set<ObjId>();
    for (const p of d.bind.keys()) if (isLocalPath(p) || ctx.putPaths.has(p)) reported.add(d.bind.get(p) as ObjId);
    for (const id of d.objs.keys()) {
      const obj = d.objs.get(id) as RefObject;
      if (reported.has(id) || !isLeaking(obj)) reportLost(obj, site, d.exitAt, report);
    }
  }
  d.clearHandles();
}

/** An object nothing names any more: owned references leak, and a closure's unpaid debt shows. */
function reportLost(obj: RefObject, site: number, exitAt: number, report: Reporter): void {
  if (isLeaking(obj)) report(leakOf(obj, site, exitAt));
  if (obj.unknown) return;
  for (const debt of obj.debt) {
    if (debt.receiverPuts) report({ kind: "unrefHandoff", name: obj.name, handoffSite: debt.site, borrowed: debt.borrowed });
  }
}

function isLeaking(obj: RefObject): boolean {
  return obj.refs.length > 0 && !obj.unknown && obj.escape === 0 && obj.nullness !== "null";
}

function leakOf(obj: RefObject, node: number, exitAt: number): Leak {
  return { kind: "leak", name: obj.name, refSite: obj.refs[obj.refs.length - 1] as number, node, exitAt };
}

/** The state on a branch edge, or null when the path is infeasible. */
function assume(state: State, condition: Condition | null, value: boolean): State | null {
  if (!condition) return state;
  if (condition.kind === "fact") {
    const holds = condition.negate ? !value : value;
    const known = state.facts.get(condition.key);
    if (known !== undefined) return known === holds ? consumeCallFact(state, condition.key) : null;
    if (condition.key.startsWith("c")) return state;
    const d = new Draft(state);
    d.writableFacts().set(condition.key, holds);
    return d.freeze();
  }
  if (condition.kind === "live") return assumeLive(state, condition, value);
  return assumeNull(state, condition, value);
}

/**
 * A liveness query's branch. Not live: nothing is held (a reference the function owns and has
 * not passed on keeps the handle live, so that branch is infeasible then). Live: not null.
 */
function assumeLive(state: State, condition: Extract<Condition, { kind: "live" }>, value: boolean): State | null {
  const id = state.bind.get(condition.path);
  const obj = id === undefined ? undefined : state.objs.get(id);
  if (id === undefined || !obj || obj.unknown) return state;
  const live = (condition.trueMeans === "live") === value;
  if (live) {
    if (obj.nullness !== "unknown") return state;
    const d = new Draft(state);
    d.update(id, { nullness: "nonnull" });
    return d.freeze();
  }
  if (obj.refs.length > 0 && obj.nullness === "nonnull" && obj.escape === 0) return null;
  if (obj.refs.length === 0) return state;
  const d = new Draft(state);
  d.update(id, obj.nullness === "unknown" ? { nullness: "null", refs: [] } : { refs: [] });
  return d.freeze();
}

/** A call's result fact (`c…`) is tested by exactly one branch: drop it there to let states merge. */
function consumeCallFact(state: State, key: string): State {
  if (!key.startsWith("c") || !state.facts.has(key)) return state;
  const d = new Draft(state);
  d.writableFacts().delete(key);
  return d.freeze();
}

function assumeNull(state: State, condition: Extract<Condition, { kind: "null" }>, value: boolean): State | null {
  const outcome = value ? condition.onTrue : condition.onFalse;
  if (outcome === null) return state;
  const id = state.bind.get(condition.path);
  const obj = id === undefined ? undefined : state.objs.get(id);
  if (id === undefined || !obj) return state;
  if (obj.nullness !== "unknown" && obj.nullness !== outcome) {
    // A handle we took a reference on is not null; an unknown object may be anything.
    return obj.unknown ? state : null;
  }
  if (obj.nullness === outcome) return state;
  const d = new Draft(state);
  d.update(id, outcome === "null" ? { nullness: "null", refs: [] } : { nullness: "nonnull" });
  return d.freeze();
}

/**
 * Entry states of a callback handed a handle as parameters: it owns one reference, named by
 * every parameter in `paths`; with an error parameter, also the state where the error is set
 * and nothing was handed over. Locks are unknown (the caller's).
 */
export function callbackEntryStates(
  paths: readonly PathKey[],
  name: string,
  site: number,
  errorFact: string | null,
  anyCall: boolean,
): State[] {
  const nothing = initialState([], [], site, [UNKNOWN_LOCKS]);
  const owned = new Draft(nothing);
  owned.writableObjs().set("e0", fresh(name, [site], false, anyCall));
  for (const path of paths) owned.writableBind().set(path, "e0");
  if (errorFact === null) return [owned.freeze()];
  owned.writableFacts().set(errorFact, false);
  const failed = new Draft(nothing);
  failed.writableFacts().set(errorFact, true);
  return [owned.freeze(), failed.freeze()];
}

/**
 * The entry state of a callback: `owned` handles hold one reference each, `lookedUp` ones were
 * read from shared memory before a boundary, `locks` are held. All taken at step `site`.
 */
export function initialState(
  owned: readonly { path: PathKey; name: string }[],
  lookedUp: readonly { path: PathKey; name: string }[],
  site: number,
  locks: readonly string[],
): State {
  const d = new Draft(State.initial());
  owned.forEach(({ path, name }, index) => {
    d.writableObjs().set(`e${index}`, fresh(name, [site], false));
    d.writableBind().set(path, `e${index}`);
  });
  lookedUp.forEach(({ path, name }, index) => {
    const lookup = { site, sections: [], crossed: true, requires: null };
    d.writableObjs().set(`l${index}`, changedObject(fresh(name, []), { nullness: "unknown", lookup }));
    d.writableBind().set(path, `l${index}`);
  });
  for (const lock of locks) d.writableLocks().set(lock, site);
  return d.freeze();
}
