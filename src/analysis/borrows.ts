// Borrow evidence per call (DESIGN §2.2): a handle passed to a callee the analysis does not know
// may have been transferred to it, unless the function touches the handle again after that call
// on some path (uses, stores, hands off, returns or puts it). That shows the callee only borrowed
// it, on every path: an error branch that returns right after the call then leaks.
import type { Cfg } from "./cfg/types.js";
import type { Event } from "./event-types.js";
import type { PathKey } from "./scope.js";

/**
 * Keys `${step}:${path}` of the unknown calls that only borrow the handle they are passed. Paths
 * the function puts somewhere (`putPaths`) are borrowed by every call anyway: not searched.
 */
export function borrowingPasses(cfg: Cfg, putPaths: ReadonlySet<PathKey>): ReadonlySet<string> {
  const passes: { step: number; path: PathKey }[] = [];
  for (const node of cfg.nodes) {
    if (node.kind !== "step") continue;
    for (const e of node.events) if (e.t === "pass" && !e.keeps && !putPaths.has(e.path)) passes.push({ step: node.id, path: e.path });
  }
  const borrows = new Set<string>();
  if (passes.length === 0) return borrows;
  const preds = predecessors(cfg);
  const reachesTouch = new Map<PathKey, Uint8Array>();
  for (const { step, path } of passes) {
    let reaches = reachesTouch.get(path);
    if (!reaches) reachesTouch.set(path, (reaches = nodesReachingTouch(cfg, preds, path)));
    // Only the call's normal way on: a call that throws took nothing, so what follows its
    // exception says nothing about what it keeps when it returns.
    const returns = (cfg.nodes[step]?.succ ?? []).filter((edge) => edge.kind !== "exception");
    if (!returns.some((edge) => reaches[edge.to] === 1)) continue;
    // The graph has a path to a touch; confirm it is one a run can take through `finally`
    // bodies (each leaves the way it entered). Past the walk's budget, the graph's answer stands.
    if (touchAhead(cfg, returns, path) !== false) borrows.add(`${step}:${path}`);
  }
  return borrows;
}

const NO_EXIT = -1;
/** Where a walk that started inside a `finally` body does not know the exit it carries. */
const UNKNOWN_EXIT = -2;

interface Walk {
  readonly node: number;
  /** The exit step the walk is on (as State.exitAt). */
  readonly pending: number;
  /** The exits carried by the `finally` bodies the walk runs (as State.carried). */
  readonly carried: readonly number[];
}

/**
 * Does some run from `from` touch `path`, following each exit through the `finally` bodies it
 * enters and out along its own route? Null when the walk would exceed its budget.
 */
function touchAhead(cfg: Cfg, from: readonly { to: number }[], path: PathKey): boolean | null {
  const seen = new Set<string>();
  const work: Walk[] = [];
  const push = (node: number, pending: number, carried: readonly number[]): void => {
    const key = `${node}|${pending}|${carried.join(",")}`;
    if (seen.has(key)) return;
    seen.add(key);
    work.push({ node, pending, carried });
  };
  for (const edge of from) push(edge.to, NO_EXIT, []);
  let budget = 16 * cfg.nodes.length;
  while (work.length > 0) {
    if (--budget < 0) return null;
    const { node: id, pending, carried } = work.pop() as Walk;
    const node = cfg.nodes[id];
    if (!node) continue;
    switch (node.kind) {
      case "step":
        if (node.events.some((e) => touches(e, path))) return true;
        for (const edge of node.succ) push(edge.to, edge.kind === "exception" || node.exitKind ? id : pending, carried);
        break;
      case "land":
        for (const edge of node.succ) push(edge.to, NO_EXIT, carried);
        break;
      case "finally":
        for (const edge of node.succ) {
          if (node.op === "enter") push(edge.to, NO_EXIT, [...carried, pending]);
          else push(edge.to, pending, carried.slice(0, -1));
        }
        break;
      case "dispatch": {
        const resumed = carried.length > 0 ? (carried[carried.length - 1] as number) : UNKNOWN_EXIT;
        const outer = carried.slice(0, -1);
        if (resumed === UNKNOWN_EXIT) {
          for (const [exit, to] of node.exits) push(to, exit, outer);
          if (node.normal >= 0) push(node.normal, NO_EXIT, outer);
          break;
        }
        const to = node.exits.get(resumed) ?? node.normal;
        if (to >= 0) push(to, node.exits.has(resumed) ? resumed : NO_EXIT, outer);
        break;
      }
      default:
        for (const edge of node.succ) push(edge.to, pending, carried);
    }
  }
  return false;
}

/** Does the event use, store, hand off, pass on, return or put the handle at `path`? */
function touches(e: Event, path: PathKey): boolean {
  switch (e.t) {
    case "use":
    case "put":
    case "sink":
    case "escape":
    case "get":
    case "tryGet":
    case "pass":
    case "return":
      return e.path === path;
    case "dispose":
      return e.paths.includes(path);
    default:
      return false;
  }
}

/** Nodes from which some path reaches a step that touches `path` (the step included). */
function nodesReachingTouch(cfg: Cfg, preds: readonly number[][], path: PathKey): Uint8Array {
  const reaches = new Uint8Array(cfg.nodes.length);
  const stack: number[] = [];
  for (const node of cfg.nodes) {
    if (node.kind === "step" && node.events.some((e) => touches(e, path))) {
      reaches[node.id] = 1;
      stack.push(node.id);
    }
  }
  while (stack.length > 0) {
    const id = stack.pop() as number;
    for (const p of preds[id] ?? []) {
      if (reaches[p] === 1) continue;
      reaches[p] = 1;
      stack.push(p);
    }
  }
  return reaches;
}

function predecessors(cfg: Cfg): number[][] {
  const preds: number[][] = cfg.nodes.map(() => []);
  for (const node of cfg.nodes) for (const edge of node.succ) preds[edge.to]?.push(node.id);
  return preds;
}
