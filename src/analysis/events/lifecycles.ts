// Library lifecycles that name matching cannot see (issue 12, "What to build" 4): operations whose
// handle is decided by where the receiver or the value comes from, not by the called name.
// - A pg `Client` made here with `new Client()` holds a connection from `client.connect()` until
//   `client.end()`. The acquire is the connect, not the `new`: a client never connected holds
//   nothing, and a connect that throws connected nothing (`try { await c.connect(); … } finally
//   { await c.end() }` is the canonical form).
// - A callback checkout wrapped in a promise, `new Promise((res, rej) => pool.getConnection((err,
//   c) => err ? rej(err) : res(c)))`: the promise's value is the checked-out handle, so the
//   `new Promise` is an acquire of the kind of the wrapped checkout, and `res(c)` hands the
//   callback's handle over to the promise's value.
// Both are recognised narrowly, and stay silent (no match) when unsure.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { FunctionNode, Node } from "../ast.js";
import { calleeParts, isFunction, skipTypeWrappers, walkAll } from "../ast.js";
import type { KindTable, ListedCall, MatchedCall, ResourceKind } from "../kinds/kinds.js";
import { callbackParamsOf, listedCallsOf } from "../kinds/kinds.js";
import { pgClientLifecycle } from "../kinds/presets.js";
import { isSymbolDispose } from "../kinds/disposable.js";
import type { FunctionScope, VariableLike } from "../scope.js";

/**
 * The lifecycles' throw lists by method name. Their kinds are not in any file's kind table, so
 * throws.ts asks here too; a method counts only on a receiver the function uses as that kind's.
 */
export const LIFECYCLE_LISTED: ReadonlyMap<string, readonly ListedCall[]> = (() => {
  const byName = new Map<string, ListedCall[]>();
  for (const kind of [pgClientLifecycle]) {
    for (const { name, isMethod, list } of listedCallsOf(kind)) {
      if (!isMethod) continue;
      const entries = byName.get(name) ?? [];
      entries.push({ kind, list });
      byName.set(name, entries);
    }
  }
  return byName;
})();

/** Modules whose `Client` class is pg's. */
const PG_MODULES = new Set(["pg"]);

/**
 * `client.connect()` / `client.end()` on a local made in this function by `new Client(…)` (or
 * `new pg.Client(…)`) of pg: the acquire and the put of the client's connection. A connect with a
 * callback (`client.connect((err) => …)`) is not modelled.
 */
export function pgClientMatch(call: Node, scope: FunctionScope): MatchedCall | null {
  if (call.type !== T.CallExpression) return null;
  const { name, receiver } = calleeParts(call.callee);
  if ((name !== "connect" && name !== "end") || receiver === null) return null;
  const r = skipTypeWrappers(receiver);
  if (r.type !== T.Identifier || !isPgClientLocal(r, scope)) return null;
  if (name === "connect") {
    if (call.arguments.some((a) => isFunction(a))) return null;
    return { kind: pgClientLifecycle, operation: "acquire", handle: r, position: { receiver: true } };
  }
  return { kind: pgClientLifecycle, operation: "put", handle: r, position: { receiver: true } };
}

/**
 * `new Client()` of pg with no configuration, or with an object literal that names no
 * `connectionString`: the constructor only copies options and reads the environment, so it cannot
 * throw. (A connection string is parsed, and a malformed one throws.)
 */
export function isQuietPgClientConstruction(node: TSESTree.NewExpression, scope: FunctionScope): boolean {
  if (!isPgClientClass(node.callee, scope) || node.arguments.length > 1) return false;
  const config = node.arguments[0];
  if (config === undefined) return true;
  if (config.type !== T.ObjectExpression) return false;
  return config.properties.every(
    (p) => p.type === T.Property && !p.computed && !(p.key.type === T.Identifier && p.key.name === "connectionString") && !(p.key.type === T.Literal && p.key.value === "connectionString"),
  );
}

/** Is this identifier a local of the function declared once as `new Client(…)` of pg? */
function isPgClientLocal(id: TSESTree.Identifier, scope: FunctionScope): boolean {
  const variable = scope.variableOf(id);
  if (!variable || !scope.isLocal(variable) || variable.defs.length !== 1) return false;
  const def = variable.defs[0]?.node;
  if (!def || def.type !== T.VariableDeclarator || !def.init) return false;
  const init = skipTypeWrappers(def.init);
  return init.type === T.NewExpression && isPgClientClass(init.callee, scope);
}

/** `Client` imported from pg, or `pg.Client` of a pg namespace or default import (or require). */
function isPgClientClass(callee: Node, scope: FunctionScope): boolean {
  const c = skipTypeWrappers(callee);
  if (c.type === T.Identifier) {
    const from = importOf(scope.variableOf(c));
    return from !== null && from.imported === "Client";
  }
  if (c.type === T.MemberExpression && !c.computed && c.property.type === T.Identifier && c.property.name === "Client") {
    const object = skipTypeWrappers(c.object);
    if (object.type !== T.Identifier) return false;
    const from = importOf(scope.variableOf(object));
    return from !== null && from.imported === "*";
  }
  return false;
}

/**
 * The pg binding a variable imports: `{ imported: "Client" }` for `import { Client } from "pg"` or
 * `const { Client } = require("pg")`; `{ imported: "*" }` for the module itself (default,
 * namespace, `require("pg")`). Null for anything else.
 */
function importOf(variable: VariableLike | null): { imported: string } | null {
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!def) return null;
  const node = def.node;
  if (node.type === T.ImportSpecifier || node.type === T.ImportDefaultSpecifier || node.type === T.ImportNamespaceSpecifier) {
    const declaration = node.parent;
    if (!declaration || declaration.type !== T.ImportDeclaration || !PG_MODULES.has(String(declaration.source.value))) return null;
    if (declaration.importKind === "type" || (node.type === T.ImportSpecifier && node.importKind === "type")) return null;
    if (node.type !== T.ImportSpecifier) return { imported: "*" };
    const imported = node.imported.type === T.Identifier ? node.imported.name : String(node.imported.value);
    return { imported };
  }
  if (node.type === T.VariableDeclarator && node.init && isRequireOf(node.init)) {
    if (node.id.type === T.Identifier) return { imported: "*" };
    if (node.id.type !== T.ObjectPattern) return null;
    for (const property of node.id.properties) {
      if (property.type !== T.Property || property.computed || property.key.type !== T.Identifier) continue;
      const value = property.value;
      if (value.type === T.Identifier && variable && variable.identifiers.includes(value)) return { imported: property.key.name };
    }
  }
  return null;
}

function isRequireOf(init: Node): boolean {
  const e = skipTypeWrappers(init);
  if (e.type !== T.CallExpression || e.callee.type !== T.Identifier || e.callee.name !== "require") return false;
  const arg = e.arguments[0];
  return !!arg && arg.type === T.Literal && typeof arg.value === "string" && PG_MODULES.has(arg.value);
}

/**
 * `new Promise((resolve, reject) => checkout((err, h) => … resolve(h) …))`: an acquire of the
 * wrapped checkout's kind when the executor's checkout is a callback form of some kind (its
 * callback declares the handle parameter) and that callback resolves the promise with the handle.
 */
export function promisedCheckoutMatch(node: Node, table: KindTable): MatchedCall | null {
  const wrapped = promisedCheckout(node, table);
  return wrapped ? { kind: wrapped.kind, operation: "acquire", handle: null, position: { result: true } } : null;
}

/** The checkout a `new Promise(executor)` wraps, with its kind, or null when it wraps none. */
function promisedCheckout(node: Node, table: KindTable): { kind: ResourceKind } | null {
  if (node.type !== T.NewExpression) return null;
  const callee = skipTypeWrappers(node.callee);
  if (callee.type !== T.Identifier || callee.name !== "Promise") return null;
  const executor = node.arguments[0];
  if (!executor || !isFunction(executor)) return null;
  const resolve = executor.params[0];
  if (!resolve || resolve.type !== T.Identifier) return null;
  let found: ResourceKind | null = null;
  walkAll(executor.body, (inner) => {
    if (found || inner.type !== T.CallExpression) return;
    const m = table.match(inner);
    const params = callbackParamsOf(m);
    if (!m || m.operation !== "acquire" || !params || params.handle === undefined) return;
    const callback = inner.arguments[inner.arguments.length - 1];
    if (!callback || !isFunction(callback)) return;
    const handle = callback.params[params.handle];
    if (!handle || handle.type !== T.Identifier) return;
    if (resolvesWith(callback, resolve.name, handle.name)) found = m.kind;
  });
  return found ? { kind: found } : null;
}

/** Does `fn` call `resolve(handle)` (the promise's executor's resolve with the callback's handle)? */
function resolvesWith(fn: FunctionNode, resolve: string, handle: string): boolean {
  let resolves = false;
  walkAll(fn, (inner) => {
    if (resolves || inner.type !== T.CallExpression) return;
    const callee = skipTypeWrappers(inner.callee);
    const arg = inner.arguments[0];
    resolves =
      callee.type === T.Identifier &&
      callee.name === resolve &&
      inner.arguments.length === 1 &&
      !!arg &&
      skipTypeWrappers(arg).type === T.Identifier &&
      (skipTypeWrappers(arg) as TSESTree.Identifier).name === handle;
  });
  return resolves;
}

/**
 * In the checkout callback of such a promise, `resolve(h)`: the handle goes to the promise's value
 * (a hand-off), when `resolve` is the enclosing executor's first parameter.
 */
export function isResolveOfPromisedCheckout(call: Node, table: KindTable): boolean {
  if (call.type !== T.CallExpression) return false;
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== T.Identifier) return false;
  for (let p: Node | undefined = call.parent; p; p = p.parent) {
    if (p.type === T.NewExpression && promisedCheckout(p, table)) {
      const executor = p.arguments[0];
      const resolve = executor && isFunction(executor) ? executor.params[0] : undefined;
      return !!resolve && resolve.type === T.Identifier && resolve.name === callee.name;
    }
  }
  return false;
}

/**
 * `manage(h)` where `manage` was destructured from an object (`({ manage }) => …`, a test
 * fixture; `const { manage } = scope`): the hand-off of a kind's method of that name.
 */
export function detachedSinkMatch(node: Node, scope: FunctionScope, table: KindTable): MatchedCall | null {
  if (node.type !== T.CallExpression || !table.hasDetachedSinks) return null;
  const callee = skipTypeWrappers(node.callee);
  if (callee.type !== T.Identifier) return null;
  const method = destructuredPropertyOf(scope.variableOf(callee));
  return method === null ? null : table.matchDetachedSink(node, method);
}

/** The property a variable was destructured from (`{ manage }`, `{ manage: m }`), if it was. */
function destructuredPropertyOf(variable: VariableLike | null): string | null {
  const id = variable?.defs.length === 1 ? variable.identifiers[0] : undefined;
  const property = id?.parent;
  if (!property || property.type !== T.Property || property.value !== id || property.computed) return null;
  if (property.parent?.type !== T.ObjectPattern) return null;
  return property.key.type === T.Identifier ? property.key.name : null;
}

/**
 * Puts of the `disposable` kind that its name patterns cannot say: VS Code's `dispose(x)` helper
 * (imported from a `…/lifecycle` module: `vs/base/common/lifecycle`), and `x[Symbol.dispose]()`
 * / `x[Symbol.asyncDispose]()`.
 */
export function disposePutMatch(node: Node, scope: FunctionScope, table: KindTable): MatchedCall | null {
  const kind = table.disposableKind;
  if (node.type !== T.CallExpression || !kind) return null;
  const callee = skipTypeWrappers(node.callee);
  if (callee.type === T.MemberExpression && callee.computed && isSymbolDispose(callee.property)) {
    return { kind, operation: "put", handle: callee.object, position: { receiver: true } };
  }
  const arg = node.arguments[0];
  if (callee.type !== T.Identifier || callee.name !== "dispose" || node.arguments.length !== 1 || !arg || arg.type === T.SpreadElement) return null;
  const def = scope.variableOf(callee)?.defs[0];
  const declaration = def?.type === "ImportBinding" ? def.node.parent : undefined;
  if (declaration?.type !== T.ImportDeclaration || !/(^|\/)lifecycle$/.test(declaration.source.value)) return null;
  return { kind, operation: "put", handle: arg, position: { arg: 0, fieldOfHandle: false } };
}
