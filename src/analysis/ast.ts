// Small helpers over the TS-ESTree AST. Nothing here knows about handles or ESLint.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
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

/** Keys that only ever hold type syntax: nothing under them runs, so no walk needs them. */
const TYPE_ONLY_KEYS = new Set(["typeAnnotation", "returnType", "typeParameters", "typeArguments", "superTypeArguments", "implements"]);
/** Declarations made of types alone. */
const TYPE_ONLY_NODES = new Set<string>([T.TSInterfaceDeclaration, T.TSTypeAliasDeclaration]);
const runtimeKeys = new Map<string, readonly string[]>();

function runtimeKeysOf(type: string): readonly string[] {
  let keys = runtimeKeys.get(type);
  if (!keys) {
    const all = (visitorKeys as Record<string, readonly string[] | undefined>)[type] ?? [];
    keys = TYPE_ONLY_NODES.has(type) ? [] : all.filter((k) => !TYPE_ONLY_KEYS.has(k));
    runtimeKeys.set(type, keys);
  }
  return keys;
}

/**
 * Child nodes in source order, using the official visitor keys, without type annotations
 * (walking them is most of the work in typed code, and no runtime behaviour lives there).
 */
export function forEachChild(node: Node, visit: (child: Node) => void): void {
  const keys = runtimeKeysOf(node.type);
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

/**
 * Pushes the child nodes onto `stack` in reverse source order, so that popping visits them in
 * source order. The walkers' inner loop: no callback, no intermediate array.
 */
export function pushChildren(node: Node, stack: Node[]): void {
  const keys = runtimeKeysOf(node.type);
  const record = node as unknown as Record<string, unknown>;
  for (let k = keys.length - 1; k >= 0; k--) {
    const value = record[keys[k] as string];
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        if (isNode(item)) stack.push(item);
      }
    } else if (isNode(value)) {
      stack.push(value);
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
    pushChildren(node, stack);
  }
}

/** Visits `root` and every node below it in source order, nested functions included. */
export function walkAll(root: Node, enter: (node: Node) => void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    enter(node);
    pushChildren(node, stack);
  }
}

/** The call whose last argument is `fn` (`pool.connect((err, c, done) => …)`), if there is one. */
export function callWithLastArgument(fn: Node): TSESTree.CallExpression | null {
  const call = fn.parent;
  return call && call.type === T.CallExpression && call.arguments[call.arguments.length - 1] === fn ? call : null;
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
/** The access path a node spells (`a`, `this.b.c`), or null for any other expression. */
export function pathName(node: Node): string | null {
  const e = skipTypeWrappers(node);
  if (e.type === T.Identifier) return e.name;
  if (e.type === T.ThisExpression) return "this";
  if (e.type === T.MemberExpression && !e.computed && e.property.type === T.Identifier) {
    const base = pathName(e.object);
    return base === null ? null : `${base}.${e.property.name}`;
  }
  return null;
}

export function displayName(node: Node): string {
  const e = skipTypeWrappers(node);
  if (e.type === T.Identifier) return e.name;
  if (e.type === T.ThisExpression) return "this";
  if (e.type === T.MemberExpression && !e.computed && e.property.type === T.Identifier) {
    return `${displayName(e.object)}.${e.property.name}`;
  }
  return "handle";
}

/** `true` / `false` written as a literal, or null. */
export function booleanLiteral(node: Node): boolean | null {
  const e = skipTypeWrappers(node);
  return e.type === T.Literal && typeof e.value === "boolean" ? e.value : null;
}
