// The vocabulary between the event classifier, the CFG builder and the transfer functions:
// what a step does to handles, what a branch tells, and what a same-file helper does.
import type { Node } from "./ast.js";
import type { PathKey } from "./scope.js";
import type { ResourceKind } from "./kinds/kinds.js";

type Concurrency = ResourceKind["concurrency"];

/** Identifies a step for reports: the CFG node id is filled in by the solver. */
export type Event =
  /**
   * `anyCall`: the handle's kind lets every call throw while it is held (its throw model).
   * `nullable`: the value may also be null-like (a same-file helper's failure): a null check narrows.
   */
  | { readonly t: "acquire"; readonly path: PathKey; readonly name: string; readonly anyCall: boolean; readonly nullable?: boolean }
  | { readonly t: "put"; readonly path: PathKey; readonly name: string }
  /** `shared`: the handle path itself reads shared memory (a global, a field): a lookup at the get. */
  | {
      readonly t: "get";
      readonly path: PathKey;
      readonly name: string;
      readonly concurrency: Concurrency;
      readonly shared: boolean;
      readonly anyCall: boolean;
    }
  /**
   * A hand-off: one owned reference leaves with the handle. `at` is what to underline; `fact`
   * is set when the hand-off can fail and its result is tested (the failure keeps the reference);
   * `putsInside` when the receiving closure puts the handle itself.
   */
  | {
      readonly t: "sink";
      readonly path: PathKey;
      readonly name: string;
      readonly at: Node;
      readonly fact: string | null;
      readonly putsInside: boolean;
      /** The handle's kind has a get: a hand-off without a reference is a debt (get-before-handoff). */
      readonly owes: boolean;
    }
  | {
      readonly t: "tryGet";
      readonly path: PathKey;
      readonly name: string;
      readonly fact: string;
      readonly concurrency: Concurrency;
      readonly shared: boolean;
      readonly anyCall: boolean;
    }
  | { readonly t: "lock" | "unlock"; readonly key: string }
  /** `kref_put_mutex` returning true holds the lock: set on the success side of `fact`. */
  | { readonly t: "lockIf"; readonly key: string; readonly fact: string }
  /** `await` / `yield`: other code runs here (event-loop lookups go stale). */
  | { readonly t: "await" }
  /**
   * Handle passed to a callee the analysis does not model. `keeps`: the callee is known to keep
   * it, or to decide by its result who owns it (keepers.ts), so later uses prove no borrow.
   */
  | { readonly t: "pass"; readonly path: PathKey; readonly keeps?: true }
  /** Handle captured or stored somewhere unmodelled: its references go silent for good. */
  | { readonly t: "escape"; readonly path: PathKey; readonly name: string }
  | { readonly t: "use"; readonly path: PathKey }
  /** `target` now holds the value of `source` (an alias) or a fresh unrelated value (null). */
  | {
      readonly t: "bind";
      readonly target: PathKey;
      readonly source: PathKey | null;
      readonly sourceName: string;
      readonly fact: string | null;
      /** A boolean flag set to a literal: the path now knows its value (fact `f<target>`). */
      readonly literal: boolean | null;
      /** The value was read from shared memory: the new object remembers the lookup. */
      readonly lookup: boolean;
      /** The lock an annotation says guards that memory (`@kref-guarded-by`), as a lock key. */
      readonly guard: string | null;
      /**
       * The target takes over the value under its own name (an acquire's temporary value, a
       * pending acquisition awaited): the object goes by this name from now on.
       */
      readonly named?: string;
    }
  | { readonly t: "return"; readonly path: PathKey | null }
  /** The step starts an exit (return, throw, break, continue): leaks on the way are reported here. */
  | { readonly t: "exit" }
  /** Records that a step ran (a `using` declaration), as a path fact. */
  | { readonly t: "mark"; readonly fact: string }
  /** `using` disposal at scope exit: puts the handles the declaration disposes, if it ran. */
  | { readonly t: "dispose"; readonly paths: readonly PathKey[]; readonly guard: string };

/** What a same-file function does with references, seen from its callers. */
export interface FunctionSummary {
  /** Every return hands the caller an owned reference (`const d = makeDevice()` owns `d`). */
  readonly acquires: boolean;
  /**
   * With `acquires`: some returns hand out a null-like value instead (`null`, `undefined`,
   * `ERR_PTR(…)`), so the caller owns the result only where a null check says it is there.
   */
  readonly nullable: boolean;
  /** Parameters the function puts on every path (the caller's reference is consumed). */
  readonly consumes: ReadonlySet<number>;
  /** The function only uses its arguments (`@kref-borrows`): passing a handle is not a hand-off. */
  readonly borrows: boolean;
}

/** Summary of a function node (or a `declare function`), when it has one. */
export type SummaryLookup = (fn: Node) => FunctionSummary | null;

/** What a branch on a test expression tells about the state. */
export type Condition =
  /** `negate`: the test is true when the fact is false (`IS_ERR(task)`, `task == null`). */
  | { readonly kind: "fact"; readonly key: string; readonly negate: boolean }
  | {
      readonly kind: "null";
      readonly path: PathKey;
      readonly onTrue: "null" | "nonnull" | null;
      readonly onFalse: "null" | "nonnull" | null;
    }
  /**
   * A liveness query of the handle at `path` (`h.alive`, `m.isDeleted()`): `trueMeans` what the
   * test being true says. Where the handle is not live nothing is held; where the function owns a
   * reference (not passed on), it is live.
   */
  | { readonly kind: "live"; readonly path: PathKey; readonly trueMeans: "live" | "dead" };

/** A handle a callback receives as parameters (see `Classifier.callbackHandle`). */
export interface CallbackHandle {
  /** The name the handle goes by (the handle parameter, else the releaser). */
  readonly name: string;
  /** Parameter paths naming the one handle (handle and releaser). */
  readonly paths: readonly PathKey[];
  readonly releaserName: string | null;
  /** The fact that is true when the error parameter is set (then nothing was acquired). */
  readonly errorFact: string | null;
  /** The handle's kind lets every call throw. */
  readonly anyCall: boolean;
}
