// The control-flow graph of one function, at expression granularity where control can split.
import type { FunctionNode, Node, Position } from "../ast.js";
import type { Condition, Event } from "../event-types.js";
import type { PathKey } from "../scope.js";

export type EdgeKind = "normal" | "true" | "false" | "exception";

export interface Edge {
  readonly to: number;
  readonly kind: EdgeKind;
}

/** How a path leaves code at a step that starts an exit (`yield`: the consumer stops there). */
export type ExitKind = "return" | "throw" | "break" | "continue" | "yield";

export type CfgNode =
  | { readonly id: number; readonly kind: "entry" | "join" | "exit"; readonly succ: Edge[]; readonly ast: null }
  /** Clears the pending exit: a jump has reached its target, or a catch took the exception. */
  | { readonly id: number; readonly kind: "land"; readonly succ: Edge[]; readonly ast: Node | null }
  | {
      readonly id: number;
      readonly kind: "step";
      readonly succ: Edge[];
      readonly ast: Node;
      readonly events: readonly Event[];
      /** Set on steps that start an exit. */
      readonly exitKind: ExitKind | null;
      /**
       * Its exception edge exists only for kinds whose every call may throw (no `try` around it):
       * on that edge, handles of `explicit` kinds are not at risk.
       */
      readonly anyCallOnly: boolean;
    }
  | {
      readonly id: number;
      readonly kind: "branch";
      readonly succ: Edge[];
      readonly ast: Node;
      readonly condition: Condition | null;
    }
  /**
   * Around a `finally` body run by paths on different exits: `enter` moves the path's pending
   * exit onto `State.carried`, `leave` drops it when a jump of the body's own leaves the body.
   */
  | { readonly id: number; readonly kind: "finally"; readonly succ: Edge[]; readonly ast: Node; readonly op: "enter" | "leave" }
  /**
   * After a `finally` body: the path takes its carried exit back; one that started in the `try`
   * (or its `catch`) continues along it (`exits`: exit step → next node), any other goes to
   * `normal` (-1 when no path falls through the `try`). Its `succ` lists every target.
   */
  | {
      readonly id: number;
      readonly kind: "dispatch";
      readonly succ: Edge[];
      readonly ast: Node;
      readonly exits: ReadonlyMap<number, number>;
      readonly normal: number;
    }
  | {
      readonly id: number;
      readonly kind: "scopeExit";
      readonly succ: Edge[];
      readonly ast: Node;
      /** Locals whose scope ends here (all of them at a function exit). */
      readonly vars: readonly PathKey[];
      readonly functionExit: boolean;
      /** Where a path that falls through (no pending exit) leaves: a closing brace. */
      readonly at: Position;
      readonly fallThrough: "function" | "block" | "iteration";
    };

export interface Cfg {
  readonly fn: FunctionNode;
  readonly nodes: readonly CfgNode[];
  readonly entry: number;
  /** The single node every path out of the function reaches last. */
  readonly exit: number;
}

/** Thrown by the builder for constructs it does not model: the function is skipped, silently. */
export class UnsupportedSyntax extends Error {}
