// Worklist fixpoint over a CFG. Each node keeps a set of distinct incoming states (bounded
// path sensitivity); past the bound the set collapses into one joined state, so the work per
// node is bounded and nothing grows exponentially with the number of branches.
import type { Cfg, CfgNode, EdgeKind } from "./cfg/types.js";
import { UnsupportedSyntax } from "./cfg/types.js";
import { Draft, NO_EXIT, State, joinStates, sameState } from "./state.js";
import type { Issue, TransferContext } from "./transfer.js";
import { transfer } from "./transfer.js";
import { Worklist } from "./worklist.js";

export const MAX_STATES_PER_NODE = 8;
/** Node visits per CFG node before the solver gives up on a function (debug reports it). */
const MAX_VISITS_PER_NODE = 256;

/**
 * The states of one node that share a pending exit. States on different exits are never joined:
 * a join would lose which statement the path leaves by (and, after a `finally`, where it goes).
 */
interface Group {
  readonly key: number | string;
  joined: boolean;
  /** Distinct states (by `sameState`); one joined state once `joined`. */
  states: State[];
  /** The node's next group (nodes rarely have more than one or two: a list beats a map). */
  next: Group | null;
}

export interface Solution {
  /** Incoming states of each node at the fixpoint (empty for unreachable nodes). */
  readonly states: readonly (readonly State[])[];
  /** Every issue found on any state the solver processed, in the order found. */
  readonly issues: readonly Issue[];
  /** Nodes where the state cap joined states (precision was traded for silence there). */
  readonly capped: readonly number[];
}

export function solve(cfg: Cfg, initial: State | readonly State[], ctx: TransferContext, maxStates = MAX_STATES_PER_NODE): Solution {
  // Per node, the groups of states by pending exit (most nodes only ever see NO_EXIT).
  const groups: (Group | null)[] = new Array<Group | null>(cfg.nodes.length).fill(null);
  // States that reached a node since it last ran (allocated on first use).
  const pending: (State[] | undefined)[] = new Array(cfg.nodes.length);
  const worklist = new Worklist(cfg);
  let budget = cfg.nodes.length * MAX_VISITS_PER_NODE;
  // An issue found on a state stays found: a state the cap later joins with others was a real
  // (abstract) path, and the join only makes the merged handle silent from then on.
  const issues: Issue[] = [];
  const capped = new Set<number>();
  const report = (issue: Issue): void => {
    issues.push(issue);
  };

  const enqueue = (id: number, state: State): void => {
    const waiting = pending[id];
    if (waiting) waiting.push(state);
    else pending[id] = [state];
    worklist.push(id);
  };

  const add = (id: number, state: State): void => {
    const key = state.exitKey;
    let group = groups[id];
    while (group && group.key !== key) group = group.next;
    if (!group) {
      groups[id] = { key, joined: false, states: [state], next: groups[id] ?? null };
      enqueue(id, state);
      return;
    }
    if (group.joined) {
      const current = group.states[0] as State;
      if (sameState(current, state)) return;
      const merged = joinStates(current, state);
      if (sameState(merged, current)) return;
      group.states = [merged];
      enqueue(id, merged);
      return;
    }
    for (const known of group.states) if (sameState(known, state)) return;
    group.states.push(state);
    if (group.states.length <= maxStates) {
      enqueue(id, state);
      return;
    }
    // Past the cap the group becomes one joined state, which covers its states still waiting.
    let merged = group.states[0] as State;
    for (let i = 1; i < group.states.length; i++) merged = joinStates(merged, group.states[i] as State);
    group.joined = true;
    group.states = [merged];
    capped.add(id);
    const waiting = pending[id];
    if (waiting) pending[id] = waiting.filter((s) => s.exitKey !== key);
    enqueue(id, merged);
  };

  // Where `transfer` sends what leaves the node being run: along each edge of its kind.
  let current: CfgNode | null = null;
  const emit = (kind: EdgeKind | "any", out: State): void => {
    for (const edge of (current as CfgNode).succ) if (kind === "any" || kind === edge.kind) add(edge.to, out);
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
      if (node.kind === "dispatch") {
        // After a `finally`: each path takes back the exit it entered with and continues that way.
        for (const resumed of resumeCarried(state)) {
          const to = node.exits.get(resumed.exitAt) ?? node.normal;
          if (to >= 0) add(to, resumed);
        }
        continue;
      }
      if (passesThrough(node, state)) {
        // Most nodes leave most states alone: skip the transfer and its allocations.
        for (const edge of node.succ) add(edge.to, state);
        continue;
      }
      current = node;
      transfer(node, state, ctx, report, emit);
    }
  }

  const states = cfg.nodes.map((_, id): readonly State[] => {
    const first = groups[id];
    if (!first) return NO_STATES;
    if (!first.next) return first.states;
    const list: State[] = [];
    for (let group: Group | null = first; group; group = group.next) list.push(...group.states);
    return list;
  });
  return { states, issues, capped: [...capped] };
}

const NO_STATES: readonly State[] = [];

/** The state with its innermost carried exit pending again, one state per exit it may be. */
function resumeCarried(state: State): State[] {
  const top = state.carried[state.carried.length - 1] ?? [NO_EXIT];
  const outer = state.carried.slice(0, -1);
  return top.map((exitAt) => {
    const d = new Draft(state);
    d.exitAt = exitAt;
    d.carried = outer;
    return d.freeze();
  });
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
