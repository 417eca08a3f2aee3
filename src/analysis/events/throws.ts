// The throw model: which evaluated nodes may throw, for exceptional edges (DESIGN §2.2). Each
// kind's `throwModel` says what calls it does not list do: under `any-call` every call may throw,
// not only calls inside `try` (`anyCallThrows`, found by the pre-scan); the CFG builder decides
// where the edges go. Before the models, some calls are known never to throw:
// - tracked operations and releaser calls (unless the kind lists the operation in `throws`:
//   quickjs `unwrapResult`);
// - liveness queries (`m.isDeleted()`);
// - calls a kind lists in `nothrow` (quickjs `setProp`): plain functions by name in files where
//   the kind is active, methods only on a receiver this function uses as that kind's object (the
//   `vm` of `vm.newString()`, a handle of the kind; see `FunctionFacts.kindReceivers`);
// - calls a kind lists in `rejects` (pg `query`), which fail only through their promise, except
//   where the rejection skips a `.then` callback that releases (chains.ts);
// - built-ins that do not throw (builtins.ts), and `new Client()` of pg without a connection
//   string (lifecycles.ts);
// - a call of a same-file `async` function (or an `async` method of the same class through
//   `this`): it reports failure by rejecting, so only awaiting it throws;
// - `.then`/`.catch`/`.finally` (a promise's methods return a new promise), and the calls of a
//   chain whose later `.finally(…)` or `.then(ok, err)` releases a handle (chains.ts).
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { Node } from "../ast.js";
import { calleeParts, isFunction, skipTypeWrappers } from "../ast.js";
import type { ThrowVerdict } from "../cfg/source.js";
import { isNothrowBuiltin } from "./builtins.js";
import { inReleasingChain, rejectionSkipsRelease } from "./chains.js";
import { isQuietPgClientConstruction, LIFECYCLE_LISTED } from "./lifecycles.js";
import type { FunctionFacts } from "./prescan.js";

const PROMISE_METHODS = new Set(["then", "catch", "finally"]);

/**
 * May this evaluated node throw? `true`: as the kinds' models say (inside `try`, or anywhere
 * under `any-call`); `"always"`: an `explicit` kind lists the call as throwing, so it throws
 * everywhere, like a `throw` statement; `false`: never.
 */
export function mayThrow(node: Node, facts: FunctionFacts): ThrowVerdict {
  switch (node.type) {
    case T.CallExpression:
      return callMayThrow(node, facts);
    case T.NewExpression:
      // Building an error object to throw does not itself throw.
      if (/Error$/.test(calleeParts(node.callee).name ?? "")) return false;
      return !isNothrowBuiltin(node, facts.scope) && !isQuietPgClientConstruction(node, facts.scope);
    case T.AwaitExpression:
      // Awaiting a pending acquisition: if it rejects, nothing was acquired to leak.
      return facts.relevantPath(node.argument) === null;
    case T.YieldExpression:
    case T.TaggedTemplateExpression:
    case T.ImportExpression:
      return true;
    default:
      return false;
  }
}

function callMayThrow(call: TSESTree.CallExpression, facts: FunctionFacts): ThrowVerdict {
  const { name, receiver } = calleeParts(call.callee);
  const m = facts.matchOf(call);
  if (m) {
    if (name === null || !listedIn(m.kind.throws, name, receiver !== null)) return false;
    return m.kind.throwModel === "explicit" ? "always" : true;
  }
  if (facts.releaserPutOf(call) !== null) return false;
  if (name === null) return true;
  if (receiver !== null && call.arguments.length === 0 && facts.table.livenessOf(name, true) !== null) return false;
  if (receiver !== null && PROMISE_METHODS.has(name)) return false;
  if (inReleasingChain(call, (arg) => facts.releasesHandle(arg))) return false;
  const listed = listedVerdict(call, name, receiver, facts);
  if (listed !== null) return listed;
  if (isNothrowBuiltin(call, facts.scope)) return false;
  if (isSameFileAsync(call, receiver, facts)) return false;
  return true;
}

function listedIn(list: { readonly functions?: readonly string[]; readonly methods?: readonly string[] } | undefined, name: string, isMethod: boolean): boolean {
  return ((isMethod ? list?.methods : list?.functions) ?? []).includes(name);
}

/**
 * What the throw lists of the active kinds (and of the lifecycles, whose kinds are not in the
 * table) say about this call, or null when none lists it.
 */
function listedVerdict(call: TSESTree.CallExpression, name: string, receiver: Node | null, facts: FunctionFacts): ThrowVerdict | null {
  const isMethod = receiver !== null;
  const entries = [...facts.table.listedCalls(name, isMethod), ...(isMethod ? (LIFECYCLE_LISTED.get(name) ?? []) : [])];
  if (entries.length === 0) return null;
  const path = receiver ? facts.scope.pathOf(receiver) : null;
  let verdict: ThrowVerdict | null = null;
  for (const { kind, list } of entries) {
    if (receiver !== null && (path === null || !facts.usesAsKindObject(path, kind))) continue;
    // A listed throwing call of an `any-call` kind throws as any unknown call does.
    if (list === "throws") return kind.throwModel === "explicit" ? "always" : true;
    if (list === "rejects" && rejectionSkipsRelease(call, (arg) => facts.releasesHandle(arg), (id) => facts.scope.variableOf(id))) return true;
    verdict = false;
  }
  return verdict;
}

/** A call of a same-file `async` function, or `this.m()` of an `async` method of the same class. */
function isSameFileAsync(call: TSESTree.CallExpression, receiver: Node | null, facts: FunctionFacts): boolean {
  if (receiver === null) {
    const fn = facts.sameFileFunctionOf(call);
    return fn !== null && isFunction(fn) && fn.async;
  }
  const { name } = calleeParts(call.callee);
  if (name === null || skipTypeWrappers(receiver).type !== T.ThisExpression) return false;
  const method = ownMethod(call, name);
  return method !== null && method.async && !method.generator;
}

/** The method `name` of the class whose `this` a call inside `call`'s function refers to. */
function ownMethod(call: Node, name: string): TSESTree.FunctionExpression | null {
  let node: Node | undefined = call.parent;
  while (node && !(isFunction(node) && node.type !== T.ArrowFunctionExpression)) node = node.parent;
  const member = node?.parent;
  const body = member && (member.type === T.MethodDefinition || member.type === T.PropertyDefinition) ? member.parent : undefined;
  if (!body || body.type !== T.ClassBody) return null;
  const isStatic = member?.type === T.MethodDefinition && member.static;
  for (const element of body.body) {
    if (element.type !== T.MethodDefinition || element.computed || element.kind !== "method" || element.static !== isStatic) continue;
    if (element.key.type === T.Identifier && element.key.name === name) return element.value.type === T.FunctionExpression ? element.value : null;
  }
  return null;
}
