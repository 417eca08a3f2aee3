// Where a call's result goes when a variable keeps it: the declarator or plain assignment whose
// value it is, seen through `await`, and through `Promise.all([…])` into an array pattern
// (`const [a, b] = await Promise.all([pool.connect(), pool.connect()])`).
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { Node } from "../ast.js";
import { calleeParts, skipTypeWrappers, valueParent } from "../ast.js";

export type BindingNode = TSESTree.VariableDeclarator | TSESTree.AssignmentExpression;

export interface Binding {
  /** The declarator or assignment that binds the value. */
  readonly node: BindingNode;
  /** The pattern that receives the value: the declared id, the assigned left side, or one element of it. */
  readonly target: Node;
}

/** The declarator whose initializer, or the plain `=` assignment whose right side, is `child`. */
export function bindingNodeOf(parent: Node | undefined, child: Node): BindingNode | null {
  if (!parent) return null;
  if (parent.type === T.VariableDeclarator && parent.init === child) return parent;
  if (parent.type === T.AssignmentExpression && parent.operator === "=" && parent.right === child) return parent;
  return null;
}

/** The parent of a value, looking through one `await` above it. */
export function consumerOf(value: Node): { parent: Node | undefined; child: Node } {
  const up = valueParent(value);
  return up.parent && up.parent.type === T.AwaitExpression ? valueParent(up.parent) : up;
}

/** The binding of a call's (awaited) result, if a declaration or an assignment keeps it. */
export function bindingOf(call: Node): Binding | null {
  let { parent, child } = consumerOf(call);
  let index: number | null = null;
  if (parent && parent.type === T.ArrayExpression) {
    // `await Promise.all([a(), b()])`: element i of the array pattern gets the result of call i.
    const i = parent.elements.indexOf(child as TSESTree.Expression);
    if (i < 0 || parent.elements.slice(0, i).some((e) => !e || e.type === T.SpreadElement)) return null;
    const all = valueParent(parent);
    if (!isPromiseAll(all.parent, all.child)) return null;
    index = i;
    ({ parent, child } = consumerOf(all.parent as Node));
  }
  const node = bindingNodeOf(parent, child);
  if (!node) return null;
  const pattern = node.type === T.VariableDeclarator ? node.id : skipTypeWrappers(node.left);
  if (index === null) return { node, target: pattern };
  if (pattern.type !== T.ArrayPattern) return null;
  const element = pattern.elements[index];
  return element ? { node, target: element } : null;
}

/** The calls whose results a bound value holds: the call itself, or each element of `Promise.all([…])`. */
export function boundCalls(value: Node): Node[] {
  let v = skipTypeWrappers(value);
  if (v.type === T.AwaitExpression) v = skipTypeWrappers(v.argument);
  if (v.type !== T.CallExpression && v.type !== T.NewExpression) return [];
  const array = v.type === T.CallExpression ? v.arguments[0] : undefined;
  if (array && array.type === T.ArrayExpression && isPromiseAll(v, array)) {
    return array.elements.flatMap((e) => {
      const x = e && e.type !== T.SpreadElement ? skipTypeWrappers(e) : null;
      return x && (x.type === T.CallExpression || x.type === T.NewExpression) ? [x] : [];
    });
  }
  return [v];
}

/** `Promise.all(array)`: its result holds the results of the array's elements, in order. */
function isPromiseAll(call: Node | undefined, array: Node): boolean {
  if (!call || call.type !== T.CallExpression || call.arguments[0] !== array) return false;
  const { name, receiver } = calleeParts(call.callee);
  const r = receiver ? skipTypeWrappers(receiver) : null;
  return name === "all" && r !== null && r.type === T.Identifier && r.name === "Promise";
}
