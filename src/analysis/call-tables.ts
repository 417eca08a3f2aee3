// Calls the analysis knows by name, whatever the resource kind: hand-offs to other tasks,
// containers, deferred callbacks, lookups in containers, failure tests; and small AST tests.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { Node } from "./ast.js";
import { calleeParts, skipTypeWrappers, valueParent } from "./ast.js";
import type { ResourceKind } from "./kinds/kinds.js";

const DEFERRED_SINKS = new Set([
  "setTimeout",
  "setInterval",
  "setImmediate",
  "queueMicrotask",
  "nextTick",
  "then",
  "catch",
  "finally",
  "addEventListener",
  "on",
  "once",
]);
/**
 * Methods that keep their argument in the receiver: containers, and owners of disposables
 * (`DisposableStack.use`/`adopt`, VS Code's `DisposableStore.add` and `Disposable._register`).
 */
export const CONTAINER_SINKS = new Set(["push", "unshift", "set", "add", "enqueue", "append", "use", "adopt", "_register"]);
/**
 * Which argument a container sink keeps (issue 12, "positional hand-offs"): only that one is handed
 * off; the others are read (a key, a name, a disposer). `map.set(k, v)` keeps `v`;
 * `push`/`unshift` keep every element; `add`, `enqueue`, `use`, `adopt(value, onDispose)` and
 * `_register` keep their first argument; `append(x)` keeps `x`, and `append(name, value)`
 * (`FormData`, `Headers`, `URLSearchParams`) keeps `value`.
 */
export function isStoredArgument(method: string, index: number, count: number): boolean {
  switch (method) {
    case "push":
    case "unshift":
      return true;
    case "set":
      // `Map#set(key, value)`; a `set` of another arity (a project's own two-way map,
      // `vmMap.set(k, h, k2, h2)`) may keep every argument.
      return count === 2 ? index === 1 : true;
    case "append":
      return count === 2 ? index === 1 : true;
    default:
      return index === 0;
  }
}
/**
 * Calls that hand an argument to another task. `kthread_run(fn, data, …)` gives `data` to a new
 * thread, `queue_work(wq, &data->work)` queues it; both can fail, and then keep nothing.
 * `from`: this argument and every later one (timer arguments).
 */
export const CALL_SINKS = new Map<string, { arg: number; field: boolean; fallible: boolean; rest: boolean }>([
  ["kthread_run", { arg: 1, field: false, fallible: true, rest: false }],
  ["kthreadRun", { arg: 1, field: false, fallible: true, rest: false }],
  ["queue_work", { arg: 1, field: true, fallible: true, rest: false }],
  ["queueWork", { arg: 1, field: true, fallible: true, rest: false }],
  ["setTimeout", { arg: 2, field: false, fallible: false, rest: true }],
  ["setInterval", { arg: 2, field: false, fallible: false, rest: true }],
  ["setImmediate", { arg: 1, field: false, fallible: false, rest: true }],
]);
/** Method or function calls whose first argument is sent to another task. */
export const MESSAGE_SINKS = new Set(["postMessage"]);
/**
 * Names of every call that can take a handle away from the code that holds it: containers,
 * messages, hand-offs to other tasks and deferred callbacks. One table for the fixes, which must
 * not move a put past such a call.
 */
export const HANDOFF_NAMES: ReadonlySet<string> = new Set([...CONTAINER_SINKS, ...MESSAGE_SINKS, ...CALL_SINKS.keys(), ...DEFERRED_SINKS]);
/** Container reads that return an element: a lookup when the container is shared. */
export const LOOKUP_METHODS = new Set(["get", "find", "findLast", "at", "first", "lookup", "peek"]);
/** Functions that test a hand-off result for failure. */
export const ERROR_TESTS = new Set(["IS_ERR", "isErr", "IS_ERR_OR_NULL"]);

/** `await x` → `x`: awaiting a pending handle yields the same handle. */
export function awaited(node: Node): Node {
  const e = skipTypeWrappers(node);
  return e.type === T.AwaitExpression ? skipTypeWrappers(e.argument) : e;
}

export function hasGet(kind: ResourceKind): boolean {
  return kind.operations.get.length > 0 || kind.operations.tryGet.length > 0;
}

/** Is the value of this call kept or tested (so that its failure can be told apart)? */
export function resultIsChecked(call: Node): boolean {
  const { parent } = valueParent(call);
  if (!parent) return false;
  switch (parent.type) {
    case T.VariableDeclarator:
    case T.AssignmentExpression:
    case T.UnaryExpression:
    case T.BinaryExpression:
    case T.IfStatement:
      return true;
    case T.CallExpression: {
      const { name } = calleeParts(parent.callee);
      return name !== null && ERROR_TESTS.has(name);
    }
    default:
      return false;
  }
}

/** The call that runs `fn` later, when `fn` is an argument of a known deferred sink. */
export function deferredCallOf(fn: Node): TSESTree.CallExpression | TSESTree.NewExpression | null {
  const { parent, child } = valueParent(fn);
  if (!parent || (parent.type !== T.CallExpression && parent.type !== T.NewExpression)) return null;
  if (!parent.arguments.includes(child as TSESTree.CallExpressionArgument)) return null;
  const { name } = calleeParts(parent.callee);
  return name !== null && DEFERRED_SINKS.has(name) ? parent : null;
}

export function isWorkerData(property: TSESTree.Property): boolean {
  if (property.key.type !== T.Identifier || property.key.name !== "workerData") return false;
  const object = property.parent;
  const call = object && valueParent(object).parent;
  return !!call && call.type === T.NewExpression && calleeParts(call.callee).name === "Worker";
}

/** `ERR_PTR(-ENOMEM)`: comparing a result with an error pointer tests for failure. */
export function isErrorPointer(node: Node): boolean {
  const e = skipTypeWrappers(node);
  if (e.type !== T.CallExpression) return false;
  const { name } = calleeParts(e.callee);
  return name === "ERR_PTR" || name === "errPtr";
}

export function isNullish(node: Node): boolean {
  const e = skipTypeWrappers(node);
  return (e.type === T.Literal && e.value === null) || (e.type === T.Identifier && e.name === "undefined");
}
