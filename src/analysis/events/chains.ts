// Promise chains that release a handle: `persist(x).finally(release)`,
// `client.query(…).then(…).finally(() => client.release())`, `p.then(ok, err)` where both
// callbacks release. The release is the chain's: it runs however the chain settles, so the calls
// of the chain before it (which report their failures to the chain) are not exits that skip it.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { Node } from "../ast.js";
import { calleeParts, skipTypeWrappers } from "../ast.js";
import type { VariableLike } from "../scope.js";

const CHAIN_METHODS = new Set(["then", "catch", "finally"]);

/** Does this callback argument release a handle (a releaser variable, or a function that puts one)? */
export type ReleasesTest = (arg: Node) => boolean;

/** Does this `.finally(f)` / `.then(ok, err)` call release a handle whichever way the chain settles? */
export function isReleasingLink(call: TSESTree.CallExpression, releases: ReleasesTest): boolean {
  const { name, receiver } = calleeParts(call.callee);
  if (receiver === null) return false;
  const args = call.arguments;
  if (name === "finally") return args.length === 1 && releases(args[0] as Node);
  if (name === "then") return args.length === 2 && releases(args[0] as Node) && releases(args[1] as Node);
  return false;
}

/** The `.then`/`.catch`/`.finally` call that continues the chain at `value`, if any. */
function nextLink(value: Node): TSESTree.CallExpression | null {
  let child: Node = value;
  let parent = child.parent;
  while (parent && (parent.type === T.TSNonNullExpression || parent.type === T.TSAsExpression || parent.type === T.ChainExpression)) {
    child = parent;
    parent = child.parent;
  }
  if (!parent || parent.type !== T.MemberExpression || parent.object !== child || parent.computed) return null;
  if (parent.property.type !== T.Identifier || !CHAIN_METHODS.has(parent.property.name)) return null;
  const call = parent.parent;
  return call && call.type === T.CallExpression && call.callee === parent ? call : null;
}

/**
 * Is this call part of a promise chain that a later link releases (the chain's head or one of its
 * links before the releasing one)?
 */
export function inReleasingChain(call: TSESTree.CallExpression, releases: ReleasesTest): boolean {
  for (let link = nextLink(call); link !== null; link = nextLink(link)) {
    if (isReleasingLink(link, releases)) return true;
  }
  return false;
}

/**
 * Would a rejection of this call's promise skip a release? Follows the promise: along its chain
 * (through `.finally`), into `Promise.all`/`race`/`any` of an array literal, and through a local
 * it is kept in (every read of it). True where a `.then(ok)` releases a handle in `ok`, or a
 * `.then(ok, err)` releases in `ok` but not in `err`, with no `.catch` before it: a rejection
 * passes over `ok`. A call whose failure arrives only through its promise (a kind's `rejects`
 * list) "throws" exactly there.
 */
export function rejectionSkipsRelease(call: TSESTree.CallExpression, releases: ReleasesTest, variableOf: (id: Node) => VariableLike | null): boolean {
  return skipsRelease(call, releases, variableOf, 0);
}

const COMBINATORS = new Set(["all", "race", "any"]);

function skipsRelease(value: Node, releases: ReleasesTest, variableOf: (id: Node) => VariableLike | null, depth: number): boolean {
  if (depth > 8) return false;
  let child: Node = value;
  let parent = child.parent;
  while (parent && (parent.type === T.TSNonNullExpression || parent.type === T.TSAsExpression || parent.type === T.ChainExpression)) {
    child = parent;
    parent = child.parent;
  }
  if (!parent) return false;
  // `Promise.all([q, …])`: the combined promise rejects with it.
  if (parent.type === T.ArrayExpression) {
    const call = parent.parent;
    if (call?.type !== T.CallExpression || call.arguments[0] !== parent) return false;
    const { name, receiver } = calleeParts(call.callee);
    const r = receiver ? skipTypeWrappers(receiver) : null;
    if (!r || r.type !== T.Identifier || r.name !== "Promise" || name === null || !COMBINATORS.has(name)) return false;
    return skipsRelease(call, releases, variableOf, depth + 1);
  }
  // `const p = client.query(…)`: wherever `p` is read.
  if (parent.type === T.VariableDeclarator && parent.init === child && parent.id.type === T.Identifier) {
    const variable = variableOf(parent.id);
    return (variable?.references ?? []).some((r) => r.identifier !== parent.id && skipsRelease(r.identifier, releases, variableOf, depth + 1));
  }
  const link = nextLink(value);
  if (link === null) return false;
  const { name } = calleeParts(link.callee);
  const [ok, err] = link.arguments;
  if (name === "catch") return false;
  if (name === "then") {
    const releasesOk = ok !== undefined && releases(ok as Node);
    if (err !== undefined) return releasesOk && !releases(err as Node);
    if (releasesOk) return true;
  }
  return skipsRelease(link, releases, variableOf, depth + 1);
}
