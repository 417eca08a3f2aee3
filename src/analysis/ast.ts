// Small helpers over the TS-ESTree AST. Nothing here knows about handles or ESLint.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/utils";
import { visitorKeys } from "@typescript-eslint/visitor-keys";

export type Node = TSESTree.Node;
export type FunctionNode =
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression
  | TSESTree.ArrowFunctionExpression;

export function isFunction(node: Node): node is FunctionNode {
  return (
    node.type === T.FunctionDeclaration ||
    node.type === T.FunctionExpression ||
    node.type === T.ArrowFunctionExpression
  );
}

/** Child nodes in source order, using the official visitor keys (types included). */
export function forEachChild(node: Node, visit: (child: Node) => void): void {
  const keys = visitorKeys[node.type] ?? [];
  const record = node as unknown as Record<string, unknown>;
  for (const key of keys) {
    const value = record[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) visit(item);
    } else if (isNode(value)) {
      visit(value);
    }
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}

/**
 * Visits `root` and its descendants without entering nested functions (their bodies run
 * at another time). `enter` returning false skips the node's children.
 */
export function walkOwnBody(root: Node, enter: (node: Node) => boolean | void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (enter(node) === false) continue;
    if (node !== root && isFunction(node)) continue;
    const children: Node[] = [];
    forEachChild(node, (c) => children.push(c));
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
}

/** Visits every node below `root`, nested functions included. */
export function walkAll(root: Node, enter: (node: Node) => void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    enter(node);
    forEachChild(node, (c) => stack.push(c));
  }
}

/** Strips type-only wrappers and parentheses-like nodes that do not change the value. */
export function skipTypeWrappers(node: Node): Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case T.TSAsExpression:
      case T.TSNonNullExpression:
      case T.TSSatisfiesExpression:
      case T.TSTypeAssertion:
      case T.TSInstantiationExpression:
        current = current.expression;
        continue;
      case T.ChainExpression:
        current = current.expression;
        continue;
      default:
        return current;
    }
  }
}

function isValueWrapper(node: Node): boolean {
  return (
    node.type === T.TSAsExpression ||
    node.type === T.TSNonNullExpression ||
    node.type === T.TSSatisfiesExpression ||
    node.type === T.TSTypeAssertion ||
    node.type === T.TSInstantiationExpression ||
    node.type === T.ChainExpression
  );
}

/** The nearest ancestor that is not a wrapper `skipTypeWrappers` looks through. */
export function valueParent(node: Node): { parent: Node | undefined; child: Node } {
  let child = node;
  let parent = node.parent;
  while (parent && isValueWrapper(parent)) {
    child = parent;
    parent = parent.parent;
  }
  return { parent, child };
}

/** Name of a called function: `f(...)` → "f", `a.b.f(...)` → "f" with the receiver. */
export function calleeParts(callee: Node): { name: string | null; receiver: Node | null } {
  const c = skipTypeWrappers(callee);
  if (c.type === T.Identifier) return { name: c.name, receiver: null };
  if (c.type === T.MemberExpression && !c.computed && c.property.type === T.Identifier) {
    return { name: c.property.name, receiver: c.object };
  }
  if (c.type === T.MemberExpression && !c.computed && c.property.type === T.PrivateIdentifier) {
    return { name: c.property.name, receiver: c.object };
  }
  return { name: null, receiver: null };
}

export interface Position {
  line: number;
  column: number;
}

/** Position of the last character of a node (its closing brace for a block). */
export function endPosition(node: Node): Position {
  return { line: node.loc.end.line, column: Math.max(0, node.loc.end.column - 1) };
}

/** Short source-like name for a handle expression: `dev`, `this.dev`, `a.b`. */
export function displayName(node: Node): string {
  const e = skipTypeWrappers(node);
  if (e.type === T.Identifier) return e.name;
  if (e.type === T.ThisExpression) return "this";
  if (e.type === T.MemberExpression && !e.computed && e.property.type === T.Identifier) {
    return `${displayName(e.object)}.${e.property.name}`;
  }
  return "handle";
}
