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
    for (const e of node.events) if (e.t === "pass" && !putPaths.has(e.path)) passes.push({ step: node.id, path: e.path });
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
    if (returns.some((edge) => reaches[edge.to] === 1)) borrows.add(`${step}:${path}`);
  }
  return borrows;
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
