// Calls that may keep a handle they are passed, decided from what the function can see (DESIGN
// §2.2 refined; docs/architecture.md "Passing a handle"):
// - a function of this file that passes its parameter on (to a call that is not `console.*`),
//   stores it, captures it in an object or array, or returns it: it may keep the handle, whatever
//   the caller does with the handle afterwards (its later uses are no evidence that the call only
//   borrowed it: the callee is known, and it keeps). Not when the caller puts the handle itself
//   somewhere: then every call only borrows it (DESIGN §2.2);
// - a conditional transfer: `const [v, kept] = unmarshal(h); if (!kept) h.dispose();` — every put
//   of the handle is under a test of what that call returned, so the call decides who owns it.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { Node } from "../ast.js";
import { isFunction, skipTypeWrappers, walkAll } from "../ast.js";

const keepsCache = new WeakMap<Node, Map<number, boolean>>();

/** May this same-file function keep what it is passed as parameter `index`? */
export function mayKeepParam(fn: Node, index: number): boolean {
  if (!isFunction(fn)) return false;
  let byIndex = keepsCache.get(fn);
  if (!byIndex) keepsCache.set(fn, (byIndex = new Map()));
  const cached = byIndex.get(index);
  if (cached !== undefined) return cached;
  const param = fn.params[index];
  const id = param?.type === T.AssignmentPattern ? param.left : param;
  const name = id?.type === T.Identifier ? id.name : null;
  let keeps = false;
  if (name !== null) {
    walkAll(fn.body, (node) => {
      if (keeps) return false;
      if (node.type === T.Identifier && node.name === name && keepsValue(node)) keeps = true;
      return !keeps;
    });
  }
  byIndex.set(index, keeps);
  return keeps;
}

/** Does this reference to a value pass it on, store it or return it? */
function keepsValue(id: TSESTree.Identifier): boolean {
  let child: Node = id;
  let parent = id.parent;
  while (parent && (parent.type === T.TSAsExpression || parent.type === T.TSNonNullExpression || parent.type === T.TSTypeAssertion || parent.type === T.AwaitExpression)) {
    child = parent;
    parent = parent.parent;
  }
  if (!parent) return false;
  switch (parent.type) {
    case T.CallExpression:
      return parent.arguments.includes(child as TSESTree.CallExpressionArgument) && !isConsoleCall(parent);
    case T.NewExpression:
      return parent.arguments.includes(child as TSESTree.CallExpressionArgument);
    case T.AssignmentExpression:
      return parent.right === child;
    case T.Property:
      return parent.value === child && parent.parent?.type === T.ObjectExpression;
    case T.ArrayExpression:
    case T.ReturnStatement:
    case T.SpreadElement:
      return true;
    case T.VariableDeclarator:
      return parent.init === child;
    case T.ArrowFunctionExpression:
      return parent.body === child;
    default:
      return false;
  }
}

function isConsoleCall(call: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  return callee.type === T.MemberExpression && callee.object.type === T.Identifier && callee.object.name === "console";
}

/**
 * Is every put of the handle under a test of a name bound from this call's result (`const [v,
 * kept] = f(h)` … `if (kept) h.dispose()`)? `puts` are the function's put calls of the handle.
 */
export function isConditionalTransfer(call: Node, puts: readonly Node[], fn: Node): boolean {
  if (puts.length === 0) return false;
  let value: Node = call;
  let parent = call.parent;
  while (parent && (parent.type === T.AwaitExpression || parent.type === T.TSAsExpression || parent.type === T.TSNonNullExpression)) {
    value = parent;
    parent = parent.parent;
  }
  if (!parent || parent.type !== T.VariableDeclarator || parent.init !== value) return false;
  const names = new Set<string>();
  walkAll(parent.id, (node) => {
    if (node.type === T.Identifier) names.add(node.name);
    return !isFunction(node);
  });
  if (names.size === 0) return false;
  return puts.every((put) => underTestOf(put, names, fn));
}

/** Is `node` inside a branch (if, `?:`, `&&`/`||` right side) whose test mentions one of `names`? */
function underTestOf(node: Node, names: ReadonlySet<string>, fn: Node): boolean {
  let child: Node = node;
  for (let parent = node.parent; parent && child !== fn; child = parent, parent = parent.parent) {
    let test: Node | null = null;
    if ((parent.type === T.IfStatement || parent.type === T.ConditionalExpression) && parent.test !== child) test = parent.test;
    else if (parent.type === T.LogicalExpression && parent.right === child) test = parent.left;
    if (test && mentions(test, names)) return true;
  }
  return false;
}

function mentions(test: Node, names: ReadonlySet<string>): boolean {
  let found = false;
  walkAll(test, (node) => {
    if (node.type === T.Identifier && names.has(node.name)) found = true;
    return !found;
  });
  return found;
}
