// Worklist fixpoint over a CFG. Each node keeps a set of distinct incoming states (bounded
// path sensitivity); past the bound the set collapses into one joined state, so the work per
// node is bounded and nothing grows exponentially with the number of branches.
import type { Cfg } from "./cfg/types.js";
import { UnsupportedSyntax } from "./cfg/types.js";
import type { State } from "./state.js";
import { NO_EXIT, joinStates } from "./state.js";
import type { Issue, TransferContext } from "./transfer.js";
import { transfer } from "./transfer.js";

export const MAX_STATES_PER_NODE = 8;
/** Node visits per CFG node before the solver gives up on a function (silently). */
const MAX_VISITS_PER_NODE = 64;

interface StateSet {
  joined: boolean;
  readonly states: Map<string, State>;
}

export interface Solution {
  /** Incoming states of each node at the fixpoint (empty for unreachable nodes). */
  readonly states: readonly (readonly State[])[];
  readonly issues: readonly Issue[];
}

export function solve(cfg: Cfg, initial: State, ctx: TransferContext, maxStates = MAX_STATES_PER_NODE): Solution {
  const sets: (StateSet | undefined)[] = new Array(cfg.nodes.length);
  const pending: State[][] = cfg.nodes.map(() => []);
  const queued = new Uint8Array(cfg.nodes.length);
  const queue: number[] = [];
  let head = 0;
  let budget = cfg.nodes.length * MAX_VISITS_PER_NODE;
  const issuesAt = new Map<number, Map<string, Issue[]>>();

  const enqueue = (id: number): void => {
    if (queued[id]) return;
    queued[id] = 1;
    queue.push(id);
  };

  const add = (id: number, state: State): void => {
    let set = sets[id];
    if (!set) {
      set = { joined: false, states: new Map() };
      sets[id] = set;
    }
    if (set.joined) {
      const current = set.states.values().next().value as State;
      const merged = joinStates(current, state);
      if (merged.key() === current.key()) return;
      set.states.clear();
      set.states.set(merged.key(), merged);
      pending[id] = [merged];
      enqueue(id);
      return;
    }
    const key = state.key();
    if (set.states.has(key)) return;
    set.states.set(key, state);
    if (set.states.size > maxStates) {
      let merged: State | null = null;
      for (const s of set.states.values()) merged = merged ? joinStates(merged, s) : s;
      set.joined = true;
      set.states.clear();
      set.states.set((merged as State).key(), merged as State);
      pending[id] = [merged as State];
    } else {
      (pending[id] as State[]).push(state);
    }
    enqueue(id);
  };

  add(cfg.entry, initial);
  while (head < queue.length) {
    if (--budget < 0) throw new UnsupportedSyntax("fixpoint budget exceeded");
    const id = queue[head++] as number;
    queued[id] = 0;
    const node = cfg.nodes[id];
    const work = pending[id] as State[];
    pending[id] = [];
    if (!node) continue;
    for (const state of work) {
      if (passesThrough(node, state)) {
        // Most nodes leave most states alone: skip the transfer and its allocations.
        for (const edge of node.succ) add(edge.to, state);
        continue;
      }
      const found: Issue[] = [];
      const outgoing = transfer(node, state, ctx, (issue) => found.push(issue));
      if (found.length > 0) {
        let byState = issuesAt.get(id);
        if (!byState) issuesAt.set(id, (byState = new Map()));
        byState.set(state.key(), found);
      }
      for (const out of outgoing) {
        for (const edge of node.succ) {
          if (out.kind === "any" || out.kind === edge.kind) add(edge.to, out.state);
        }
      }
    }
  }

  // Report from the final states only: an intermediate state may have been merged away since.
  // Every final state was processed once, and its issues were recorded then.
  const issues: Issue[] = [];
  const states = cfg.nodes.map((_, id) => {
    const list = [...(sets[id]?.states.values() ?? [])];
    const byState = issuesAt.get(id);
    if (byState) for (const state of list) issues.push(...(byState.get(state.key()) ?? []));
    return list;
  });
  return { states, issues };
}

/** Does the node certainly leave this state unchanged on every edge? */
function passesThrough(node: Cfg["nodes"][number], state: State): boolean {
  switch (node.kind) {
    case "entry":
    case "join":
    case "exit":
      return true;
    case "land":
      return state.exitAt === NO_EXIT;
    case "branch":
      return node.condition === null;
    case "scopeExit":
      return !node.functionExit && node.vars.every((v) => !hasPathUnder(state, v));
    default:
      return false;
  }
}

function hasPathUnder(state: State, root: string): boolean {
  if (state.bind.has(root)) return true;
  const prefix = `${root}.`;
  for (const path of state.bind.keys()) if (path.startsWith(prefix)) return true;
  return false;
}
