// What the CFG builder asks of the function it builds: the lifetime events of each evaluated
// node, and the few facts that decide where edges go. The Classifier implements it; the
// builder's unit tests use a stub.
import type { TSESTree } from "@typescript-eslint/utils";
import type { Node } from "../ast.js";
import type { Condition, Event } from "../event-types.js";
import type { PathKey } from "../scope.js";

/** A call that throws exactly when a condition is not as it holds (`assert(c)`). */
export interface Assertion {
  /** The expression tested. */
  readonly condition: Node;
  /** What the call asserts of it. */
  readonly holds: "truthy" | "falsy";
  /** Arguments evaluated only when the assertion fails (a message). */
  readonly onFailure: readonly Node[];
  /**
   * The call fails only where the condition is nullish, and what passes tells nothing more
   * (`expect(client).not.toBe(undefined)`): a null-test branch, failing on its nullish side.
   */
  readonly failsWhenNullish?: true;
}

/**
 * May a node throw: `false` never; `true` as the kinds' throw models say (inside `try`, or
 * anywhere under `any-call`); `"always"` anywhere, for every handle (a call an `explicit` kind
 * lists as throwing, like a `throw` statement).
 */
export type ThrowVerdict = boolean | "always";

export interface CfgSource {
  /** Some kind used in the function lets every call throw, not only calls inside `try`. */
  readonly anyCallThrows: boolean;
  /** Events of an evaluated node, after its sub-expressions (statements: return, throw, jumps). */
  eventsOf(node: Node): readonly Event[];
  /** What a branch on `test` tells, if anything. */
  conditionOf(test: Node, mode: "truthy" | "nullish"): Condition | null;
  /** May this evaluated node (call, `new`, `await`, `yield`, …) throw? */
  mayThrow(node: Node): ThrowVerdict;
  /** Is this call a tracked operation? Its handle argument is then read as a path, not used. */
  isTrackedCall(call: Node): boolean;
  /** The access path of an expression, or null when it is not a plain path. */
  pathOf(expression: Node): PathKey | null;
  /** Locals declared directly in the scope `node` opens that can hold a handle. */
  relevantLocalsOf(node: Node): PathKey[];
  /** Binding a pattern to a fresh value (parameters, catch parameters, for-of heads). */
  bindPatternFresh(pattern: Node, iterated?: Node | null): readonly Event[];
  /** Events of a `return` (or an arrow's expression body) that ends an inlined callback run. */
  inlineReturnEvents(argument: Node | null | undefined, isStatement: boolean): readonly Event[];
  /** Events of an arrow function's expression body, returned. */
  implicitReturnEvents(body: Node): readonly Event[];
  /** The paths a `using` declaration disposes at its scope's end. */
  disposedPaths(declarator: TSESTree.VariableDeclarator): readonly PathKey[];
  /**
   * What a statement-level call asserts (`assert(!err)`, `expect(err).to.be(undefined)`): it
   * throws exactly when its condition is not as it holds. Null for any other call.
   */
  assertionOf?(call: TSESTree.CallExpression): Assertion | null;
  /**
   * Run from a state that holds nothing, can this statement change nothing the analysis reports
   * (no event, no exit, no condition that splits or narrows)? The builder then leaves the leading
   * run of such statements out of a function that starts holding nothing (events/inert.ts).
   */
  inertAtEntry?(statement: Node): boolean;
}
