// What one CFG node does to a state. Pure: the same node and state always give the same
// results; leaks are handed to a reporter, which the solver only passes once the fixpoint
// is reached.
import type { CfgNode, EdgeKind } from "./cfg/types.js";
import type { Condition, Event } from "./events.js";
import type { PathKey } from "./scope.js";
import { isLocalPath } from "./scope.js";
import type { ObjId, RefObject, State } from "./state.js";
import { Draft, MAX_REFS, NO_EXIT } from "./state.js";

/** A reference still owned when the last path naming its object went away. */
export interface Leak {
  readonly name: string;
  /** The step that took the leaked reference. */
  readonly refSite: number;
  /** The node where the object became unreachable (scope exit or rebinding step). */
  readonly node: number;
  /** The pending exit at that point (see State.exitAt). */
  readonly exitAt: number;
}

export type Reporter = (leak: Leak) => void;

export interface TransferContext {
  /** Paths the function puts somewhere: an unknown callee receiving them only borrows. */
  readonly putPaths: ReadonlySet<PathKey>;
}

/** Result of one node for one incoming state: the states leaving along each edge kind. */
export type Outgoing = { kind: EdgeKind | "any"; state: State }[];

export function transfer(node: CfgNode, state: State, ctx: TransferContext, report: Reporter | null): Outgoing {
  switch (node.kind) {
    case "entry":
    case "join":
    case "exit":
      return [{ kind: "any", state }];
    case "land": {
      if (state.exitAt === NO_EXIT) return [{ kind: "any", state }];
      const d = new Draft(state);
      d.exitAt = NO_EXIT;
      return [{ kind: "any", state: d.freeze() }];
    }
    case "branch": {
      const out: Outgoing = [];
      const whenTrue = assume(state, node.condition, true);
      if (whenTrue) out.push({ kind: "true", state: whenTrue });
      const whenFalse = assume(state, node.condition, false);
      if (whenFalse) out.push({ kind: "false", state: whenFalse });
      return out;
    }
    case "scopeExit": {
      const d = new Draft(state);
      if (node.functionExit) killAll(d, node.id, ctx, report);
      else for (const v of node.vars) unbind(d, v, node.id, report);
      return [{ kind: "any", state: d.freeze() }];
    }
    case "step": {
      let drafts = [new Draft(state)];
      for (const event of node.events) {
        const next: Draft[] = [];
        for (const d of drafts) next.push(...apply(d, event, node.id, ctx, report));
        drafts = next;
      }
      const out: Outgoing = drafts.map((d) => ({ kind: "normal" as const, state: d.freeze() }));
      if (node.succ.some((e) => e.kind === "exception")) {
        // An exception leaves before the step's own effect, and starts an exit at this step.
        const thrown = new Draft(state);
        thrown.exitAt = node.id;
        out.push({ kind: "exception", state: thrown.freeze() });
      }
      return out;
    }
  }
}

function apply(d: Draft, e: Event, site: number, ctx: TransferContext, report: Reporter | null): Draft[] {
  switch (e.t) {
    case "acquire": {
      const found = d.objectAt(e.path);
      if (found) d.update(found.id, { refs: [site], nullness: "nonnull", escape: 0, unknown: found.obj.unknown });
      else d.create(site, e.path, fresh(e.name, [site]));
      return [d];
    }
    case "get":
      take(d, e.path, e.name, site);
      return [d];
    case "tryGet": {
      const failed = new Draft(d.freeze());
      failed.writableFacts().set(e.fact, false);
      take(d, e.path, e.name, site);
      d.writableFacts().set(e.fact, true);
      return [d, failed];
    }
    case "put":
    case "sink": {
      const found = d.objectAt(e.path);
      if (found && found.obj.refs.length > 0) {
        d.update(found.id, { refs: found.obj.refs.slice(0, -1), escape: e.t === "put" ? 0 : found.obj.escape });
      }
      return [d];
    }
    case "pass": {
      const found = d.objectAt(e.path);
      if (!found || found.obj.refs.length === 0) return [d];
      const borrowedOnly = d.pathsOf(found.id).some((p) => ctx.putPaths.has(p));
      if (!borrowedOnly && found.obj.escape === 0) d.update(found.id, { escape: 1 });
      return [d];
    }
    case "escape": {
      const found = d.objectAt(e.path);
      if (found) d.update(found.id, { escape: 2 });
      else d.create(site, e.path, { ...fresh(e.name, []), escape: 2 });
      return [d];
    }
    case "use":
      markUsed(d, e.path);
      return [d];
    case "bind":
      rebind(d, e.target, e.source, e.sourceName, site, report);
      if (d.facts.has(`f${e.target}`)) d.writableFacts().delete(`f${e.target}`);
      if (e.fact !== null) {
        const value = d.facts.get(e.fact);
        if (value !== undefined) d.writableFacts().set(`f${e.target}`, value);
      }
      return [d];
    case "return": {
      d.exitAt = site;
      if (e.path !== null) {
        const found = d.objectAt(e.path);
        if (found && found.obj.refs.length > 0) d.update(found.id, { refs: found.obj.refs.slice(0, -1), escape: 0 });
      }
      return [d];
    }
    case "exit":
      d.exitAt = site;
      return [d];
    case "mark":
      if (d.facts.get(e.fact) !== true) d.writableFacts().set(e.fact, true);
      return [d];
    case "dispose":
      if (d.facts.get(e.guard) !== true) return [d];
      for (const path of e.paths) {
        const found = d.objectAt(path);
        if (found && found.obj.refs.length > 0) d.update(found.id, { refs: found.obj.refs.slice(0, -1), escape: 0 });
      }
      d.writableFacts().delete(e.guard);
      return [d];
  }
}

function fresh(name: string, refs: number[]): RefObject {
  return { refs, unknown: false, nullness: "nonnull", escape: 0, name };
}

function take(d: Draft, path: PathKey, name: string, site: number): void {
  const found = d.objectAt(path);
  if (!found) {
    d.create(site, path, fresh(name, [site]));
    return;
  }
  const refs = [...found.obj.refs, site];
  d.update(found.id, {
    refs: refs.length > MAX_REFS ? found.obj.refs : refs,
    unknown: found.obj.unknown || refs.length > MAX_REFS,
    nullness: "nonnull",
    escape: found.obj.escape === 1 ? 0 : found.obj.escape,
  });
}

function markUsed(d: Draft, path: PathKey): void {
  const found = d.objectAt(path);
  if (found && found.obj.escape === 1) d.update(found.id, { escape: 0 });
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
    sourceId = d.create(site, source, { ...fresh(sourceName, []), nullness: "unknown" });
  }
  const dropped = removePaths(d, target);
  if (sourceId !== undefined) d.writableBind().set(target, sourceId);
  reportUnreachable(d, dropped, site, report);
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
    if (obj && report && isLeaking(obj)) report(leakOf(obj, site, d.exitAt));
  }
}

/** Function exit: every object still owned leaks, except those only reachable from shared paths
 *  that this function never puts (a deliberate pin of a global, a field kept by the object). */
function killAll(d: Draft, site: number, ctx: TransferContext, report: Reporter | null): void {
  if (report) {
    for (const [id, obj] of d.objs) {
      if (!isLeaking(obj)) continue;
      const paths = d.pathsOf(id);
      const localOrPut = paths.some((p) => isLocalPath(p) || ctx.putPaths.has(p));
      if (localOrPut) report(leakOf(obj, site, d.exitAt));
    }
  }
  if (d.bind.size > 0) d.writableBind().clear();
  if (d.objs.size > 0) d.writableObjs().clear();
}

function isLeaking(obj: RefObject): boolean {
  return obj.refs.length > 0 && !obj.unknown && obj.escape === 0 && obj.nullness !== "null";
}

function leakOf(obj: RefObject, node: number, exitAt: number): Leak {
  return { name: obj.name, refSite: obj.refs[obj.refs.length - 1] as number, node, exitAt };
}

/** The state on a branch edge, or null when the path is infeasible. */
export function assume(state: State, condition: Condition | null, value: boolean): State | null {
  if (!condition) return state;
  if (condition.kind === "fact") {
    const known = state.facts.get(condition.key);
    if (known !== undefined) return known === value ? state : null;
    const d = new Draft(state);
    d.writableFacts().set(condition.key, value);
    return d.freeze();
  }
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
