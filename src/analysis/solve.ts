// Worklist fixpoint over a CFG. Each node keeps a set of distinct incoming states (bounded
// path sensitivity); past the bound the set collapses into one joined state, so the work per
// node is bounded and nothing grows exponentially with the number of branches.
import type { Cfg } from "./cfg/types.js";
import { UnsupportedSyntax } from "./cfg/types.js";
import { NO_EXIT, State, joinStates, sameState } from "./state.js";
import type { Issue, TransferContext } from "./transfer.js";
import { transfer } from "./transfer.js";
import { Worklist } from "./worklist.js";

export const MAX_STATES_PER_NODE = 8;
/** Node visits per CFG node before the solver gives up on a function (silently). */
const MAX_VISITS_PER_NODE = 64;

interface StateSet {
  joined: boolean;
  /** Distinct states (by `sameState`); one joined state once `joined`. */
  states: State[];
}

export interface Solution {
  /** Incoming states of each node at the fixpoint (empty for unreachable nodes). */
  readonly states: readonly (readonly State[])[];
  readonly issues: readonly Issue[];
}

export function solve(cfg: Cfg, initial: State | readonly State[], ctx: TransferContext, maxStates = MAX_STATES_PER_NODE): Solution {
  const sets: (StateSet | undefined)[] = new Array(cfg.nodes.length);
  // States that reached a node since it last ran (allocated on first use).
  const pending: (State[] | undefined)[] = new Array(cfg.nodes.length);
  const worklist = new Worklist(cfg);
  let budget = cfg.nodes.length * MAX_VISITS_PER_NODE;
  // Issues found while transferring each state at each node (one state object may reach several
  // nodes unchanged): only the states left at the fixpoint report.
  const issuesAt = new Map<number, Map<State, Issue[]>>();

  const add = (id: number, state: State): void => {
    let set = sets[id];
    if (!set) {
      set = { joined: false, states: [] };
      sets[id] = set;
    }
    if (set.joined) {
      const current = set.states[0] as State;
      if (sameState(current, state)) return;
      const merged = joinStates(current, state);
      if (sameState(merged, current)) return;
      set.states = [merged];
      pending[id] = [merged];
      worklist.push(id);
      return;
    }
    for (const known of set.states) if (sameState(known, state)) return;
    set.states.push(state);
    if (set.states.length > maxStates) {
      let merged = set.states[0] as State;
      for (let i = 1; i < set.states.length; i++) merged = joinStates(merged, set.states[i] as State);
      set.joined = true;
      set.states = [merged];
      pending[id] = [merged];
    } else {
      const waiting = pending[id];
      if (waiting) waiting.push(state);
      else pending[id] = [state];
    }
    worklist.push(id);
  };

  for (const state of initial instanceof State ? [initial] : initial) add(cfg.entry, state);
  while (!worklist.isEmpty) {
    if (--budget < 0) throw new UnsupportedSyntax("fixpoint budget exceeded");
    const id = worklist.pop();
    const node = cfg.nodes[id];
    const work = pending[id] ?? [];
    pending[id] = undefined;
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
        byState.set(state, found);
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
    const list = sets[id]?.states ?? [];
    const byState = issuesAt.get(id);
    if (byState) for (const state of list) issues.push(...(byState.get(state) ?? []));
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
