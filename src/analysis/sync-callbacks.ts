// Synchronous callbacks: function literals that a known callee runs before it returns
// (`items.forEach(fn)`, an IIFE, `new Promise(executor)`). The analysis runs their bodies in the
// caller's context, with its handles and locks (DESIGN §4), instead of treating them as separate
// functions that may run at any time.
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { FunctionNode, Node } from "./ast.js";
import { calleeParts, isFunction, pushChildren, skipTypeWrappers } from "./ast.js";

/** Array methods whose first argument runs zero or more times, synchronously. */
const REPEATING_METHODS = new Set([
  "forEach",
  "map",
  "filter",
  "some",
  "every",
  "find",
  "findIndex",
  "findLast",
  "findLastIndex",
  "reduce",
  "reduceRight",
  "flatMap",
  "sort",
  "toSorted",
]);

/** How often a synchronous callback runs: exactly once, or zero or more times. */
export type InlineRun = "once" | "repeat";

const cache = new WeakMap<Node, InlineRun | null>();

/**
 * How `fn` runs when it is a synchronous callback inside another function, or null (it runs at
 * another time, or it is not inside a function: then it is analysed as a function of its own).
 * Async functions and generators are never inlined: they stop at their first `await`/`yield`.
 */
export function inlineRunOf(fn: Node): InlineRun | null {
  // Asked of every call argument: anything but a function literal is answered without the cache.
  if (fn.type !== T.ArrowFunctionExpression && fn.type !== T.FunctionExpression) return null;
  let run = cache.get(fn);
  if (run === undefined) cache.set(fn, (run = compute(fn)));
  return run;
}

function compute(fn: Node): InlineRun | null {
  if (fn.type !== T.ArrowFunctionExpression && fn.type !== T.FunctionExpression) return null;
  if (fn.async || fn.generator) return null;
  const parent = fn.parent;
  if (!parent || !insideFunction(parent)) return null;
  if (parent.type === T.CallExpression) {
    if (skipTypeWrappers(parent.callee) === fn) return "once";
    const { name, receiver } = calleeParts(parent.callee);
    if (name === null || receiver === null) return null;
    if (parent.arguments[0] === fn && REPEATING_METHODS.has(name)) return "repeat";
    const r = skipTypeWrappers(receiver);
    if (name === "from" && r.type === T.Identifier && r.name === "Array" && parent.arguments[1] === fn) return "repeat";
    return null;
  }
  if (parent.type === T.NewExpression && parent.arguments[0] === fn) {
    const callee = skipTypeWrappers(parent.callee);
    return callee.type === T.Identifier && callee.name === "Promise" ? "once" : null;
  }
  return null;
}

function insideFunction(node: Node): boolean {
  for (let n: Node | undefined = node; n; n = n.parent) if (isFunction(n)) return true;
  return false;
}

/** Is `fn` a function whose body runs when and where it is written (inlined into its caller)? */
export function isInlined(fn: Node): boolean {
  return inlineRunOf(fn) !== null;
}

/** The function whose activation runs `node`: the innermost enclosing function that is not inlined. */
export function activationOf(node: Node): FunctionNode | null {
  for (let n: Node | undefined = node.parent; n; n = n.parent) if (isFunction(n) && !isInlined(n)) return n;
  return null;
}

/**
 * Like `walkOwnBody`, but enters synchronous callbacks: every node that runs in the activation of
 * `root`. `enter` returning false skips the node's children.
 */
export function walkActivation(root: Node, enter: (node: Node) => boolean | void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (enter(node) === false) continue;
    if (node !== root && isFunction(node) && !isInlined(node)) continue;
    pushChildren(node, stack);
  }
}
