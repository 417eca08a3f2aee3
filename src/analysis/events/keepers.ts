// Calls that may keep a handle they are passed, decided from what the function can see (DESIGN
// §2.2 refined; docs/architecture.md "Calls known to keep a handle"):
// - for a kind whose handles an unknown call only borrows (QuickJS: `passBorrows`), a function of
//   this file that keeps its parameter: stores it in a field, an object or an array, returns it,
//   hands it to a put or hand-off of a kind, to the project's own code (a function imported from
//   a relative module, which this file cannot see), or to another function of this file that
//   keeps it. Library calls (`vm.setProp(o, k, h)`), built-ins and other unknown functions only
//   borrow it, as they would if called directly. The caller's later reads are then no evidence
//   that the call only borrowed it. Not when the caller puts the handle itself somewhere.
// - a conditional transfer: `const [v, kept] = unmarshal(h); if (kept) h.dispose();` — a call the
//   kinds do not describe, whose destructured result decides every put of the handle.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { Node } from "../ast.js";
import { isFunction, skipTypeWrappers } from "../ast.js";
import type { VariableLike } from "../scope.js";

/** What the decisions need from the function's classifier. */
export interface KeeperContext {
  variableOf(identifier: Node): VariableLike | null;
  /** The function of this file a call calls by name, if it is one. */
  sameFileFunctionOf(call: Node): Node | null;
  /** Is this call a put or hand-off of some kind (`scope.manage(h)`, `h.dispose()`)? */
  endsHandle(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean;
}

/** How deep keeping is followed through aliases and same-file callees. */
const MAX_DEPTH = 4;

/** May this same-file function keep what it is passed as parameter `index`? */
export function mayKeepParam(fn: Node, index: number, c: KeeperContext, cache: Map<Node, Map<number, boolean>>, depth = 0): boolean {
  if (!isFunction(fn) || depth > MAX_DEPTH) return false;
  let byIndex = cache.get(fn);
  if (!byIndex) cache.set(fn, (byIndex = new Map()));
  const cached = byIndex.get(index);
  if (cached !== undefined) return cached;
  byIndex.set(index, false); // recursion: not kept through itself
  const param = fn.params[index];
  const id = param?.type === T.AssignmentPattern ? param.left : param;
  const variable = id?.type === T.Identifier ? c.variableOf(id) : null;
  const keeps = variable !== null && variableKeeps(variable, c, cache, depth);
  byIndex.set(index, keeps);
  return keeps;
}

function variableKeeps(variable: VariableLike, c: KeeperContext, cache: Map<Node, Map<number, boolean>>, depth: number): boolean {
  for (const reference of variable.references ?? []) {
    if (referenceKeeps(reference.identifier, c, cache, depth)) return true;
  }
  return false;
}

/** Does this read of the value keep it (see the module comment)? */
function referenceKeeps(id: Node, c: KeeperContext, cache: Map<Node, Map<number, boolean>>, depth: number): boolean {
  let child: Node = id;
  let parent = id.parent;
  while (parent && (parent.type === T.TSAsExpression || parent.type === T.TSNonNullExpression || parent.type === T.TSTypeAssertion || parent.type === T.AwaitExpression)) {
    child = parent;
    parent = parent.parent;
  }
  if (!parent) return false;
  switch (parent.type) {
    case T.CallExpression:
    case T.NewExpression: {
      const index = parent.arguments.indexOf(child as TSESTree.CallExpressionArgument);
      if (index < 0) return false;
      if (c.endsHandle(parent)) return true;
      const callee = parent.type === T.CallExpression ? c.sameFileFunctionOf(parent) : null;
      if (callee !== null) return mayKeepParam(callee, index, c, cache, depth + 1);
      return isProjectImport(skipTypeWrappers(parent.callee), c);
    }
    case T.AssignmentExpression: {
      if (parent.right !== child) return false;
      const left = skipTypeWrappers(parent.left);
      if (left.type !== T.Identifier) return true;
      const alias = c.variableOf(left);
      return alias !== null && variableKeeps(alias, c, cache, depth + 1);
    }
    case T.VariableDeclarator: {
      if (parent.init !== child) return false;
      if (parent.id.type !== T.Identifier) return true;
      const alias = c.variableOf(parent.id);
      return alias !== null && variableKeeps(alias, c, cache, depth + 1);
    }
    case T.Property:
      return parent.value === child && parent.parent?.type === T.ObjectExpression;
    case T.ArrayExpression:
    case T.ReturnStatement:
    case T.SpreadElement:
      return true;
    case T.ArrowFunctionExpression:
      return parent.body === child;
    default:
      return false;
  }
}

/** A function imported from a relative module (`import unmarshal from "."`): the project's own code. */
function isProjectImport(callee: Node, c: KeeperContext): boolean {
  if (callee.type !== T.Identifier) return false;
  const def = c.variableOf(callee)?.defs[0];
  if (!def || def.type !== "ImportBinding") return false;
  const declaration = def.node.parent;
  if (declaration?.type !== T.ImportDeclaration) return false;
  const source = declaration.source.value;
  return source === "." || source === ".." || source.startsWith("./") || source.startsWith("../");
}

/**
 * Is every put of the handle under a test of a variable destructured from this call's result
 * (`const [v, kept] = f(h)` … `if (kept) h.dispose()`)? `puts` are the function's put calls of
 * the handle. The caller rules out calls the kinds describe.
 */
export function isConditionalTransfer(call: Node, puts: readonly Node[], fn: Node, c: KeeperContext): boolean {
  if (puts.length === 0) return false;
  let value: Node = call;
  let parent = call.parent;
  while (parent && (parent.type === T.AwaitExpression || parent.type === T.TSAsExpression || parent.type === T.TSNonNullExpression)) {
    value = parent;
    parent = parent.parent;
  }
  if (!parent || parent.type !== T.VariableDeclarator || parent.init !== value) return false;
  if (parent.id.type !== T.ArrayPattern && parent.id.type !== T.ObjectPattern) return false;
  const bound = new Set<VariableLike>();
  for (const id of boundIdentifiers(parent.id)) {
    const variable = c.variableOf(id);
    if (variable) bound.add(variable);
  }
  if (bound.size === 0) return false;
  return puts.every((put) => underTestOf(put, bound, fn, c));
}

/** The identifiers a destructuring pattern binds (not its keys or default values). */
function boundIdentifiers(pattern: Node): TSESTree.Identifier[] {
  switch (pattern.type) {
    case T.Identifier:
      return [pattern];
    case T.ArrayPattern:
      return pattern.elements.flatMap((e) => (e ? boundIdentifiers(e) : []));
    case T.ObjectPattern:
      return pattern.properties.flatMap((p) => (p.type === T.Property ? boundIdentifiers(p.value) : boundIdentifiers(p.argument)));
    case T.AssignmentPattern:
      return boundIdentifiers(pattern.left);
    case T.RestElement:
      return boundIdentifiers(pattern.argument);
    default:
      return [];
  }
}

/** Is `node` inside a branch (if, `?:`, `&&`/`||` right side) whose test reads one of `bound`? */
function underTestOf(node: Node, bound: ReadonlySet<VariableLike>, fn: Node, c: KeeperContext): boolean {
  let child: Node = node;
  for (let parent = node.parent; parent && child !== fn; child = parent, parent = parent.parent) {
    let test: Node | null = null;
    if ((parent.type === T.IfStatement || parent.type === T.ConditionalExpression) && parent.test !== child) test = parent.test;
    else if (parent.type === T.LogicalExpression && parent.right === child) test = parent.left;
    if (test && reads(test, bound, c)) return true;
  }
  return false;
}

/** Does this test read one of the variables (a reference, not a property name)? */
function reads(test: Node, bound: ReadonlySet<VariableLike>, c: KeeperContext): boolean {
  const e = skipTypeWrappers(test);
  switch (e.type) {
    case T.Identifier: {
      const variable = c.variableOf(e);
      return variable !== null && bound.has(variable);
    }
    case T.UnaryExpression:
      return reads(e.argument, bound, c);
    case T.LogicalExpression:
    case T.BinaryExpression:
      return (e.left.type !== T.PrivateIdentifier && reads(e.left, bound, c)) || reads(e.right, bound, c);
    case T.MemberExpression:
      return reads(e.object, bound, c);
    default:
      return false;
  }
}
