// Promise chains that release a handle: `persist(x).finally(release)`,
// `client.query(…).then(…).finally(() => client.release())`, `p.then(ok, err)` where both
// callbacks release. The release is the chain's: it runs however the chain settles, so the calls
// of the chain before it (which report their failures to the chain) are not exits that skip it.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { Node } from "../ast.js";
import { calleeParts } from "../ast.js";

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
 * Would a rejection of this call's promise skip a release? True when a `.then(ok)` later in its
 * chain releases a handle in `ok` and nothing before it recovers (a `.catch`, or a `.then` with a
 * rejection callback): the rejection passes over `ok`. A call whose failure arrives only through
 * its promise (a kind's `rejects` list) "throws" exactly there.
 */
export function rejectionSkipsRelease(call: TSESTree.CallExpression, releases: ReleasesTest): boolean {
  for (let link = nextLink(call); link !== null; link = nextLink(link)) {
    const { name } = calleeParts(link.callee);
    if (name === "catch" || (name === "then" && link.arguments.length >= 2)) return false;
    const ok = link.arguments[0];
    if (name === "then" && ok !== undefined && releases(ok as Node)) return true;
  }
  return false;
}
