// Built-in calls that never throw, whatever the kinds' throw models say (DESIGN §2.2: "built-ins
// that do not throw"). A method name alone says little (`get` could be any object's), so a method
// counts only on a receiver that provably is the built-in:
// - an unshadowed global namespace: `console.*`, `Math.*`, and listed statics of `Object`,
//   `Array`, `Number`, `Promise`, `Date`, `Symbol`, `performance`; `Object.defineProperty` /
//   `defineProperties` with literal descriptors on a `const` object literal of the function;
// - a collection: a variable, class field or constructor parameter property initialised with
//   `new Map(…)`, `new Set(…)`, `new WeakMap(…)`, `new WeakSet(…)`, an array literal or a call whose
//   result type is known (`Object.keys(o)`, `s.split(",")`: the type TypeScript infers from it,
//   which later assignments keep), or annotated `Map<…>`, `Set<…>`, `WeakMap<…>`, `WeakSet<…>`,
//   `ReadonlyMap<…>`, `ReadonlySet<…>`, `T[]`, `Array<T>`, `ReadonlyArray<T>`; an array literal;
// - a string: a string or template literal, or a variable annotated `string`.
// Unshadowed global functions `Number`, `String`, `Boolean`, `Symbol`, `isNaN`, `isFinite`,
// `parseInt`, `parseFloat`, timers and their `clear*` never throw either; nor do `new` of `Map`,
// `Set`, `WeakMap`, `WeakSet`, `Date`, `Object`, `AbortController` and error classes.
// `JSON.stringify` and `JSON.parse` may throw (a cycle, a BigInt, bad text) and are not listed.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { Node } from "../ast.js";
import { calleeParts, isFunction, skipTypeWrappers } from "../ast.js";
import type { FunctionScope, VariableLike } from "../scope.js";
import { isInlined } from "../sync-callbacks.js";

/** Statics of global namespaces that never throw (`*`: every method). */
const GLOBAL_STATICS = new Map<string, ReadonlySet<string> | "*">([
  ["console", "*"],
  ["Math", "*"],
  [
    "Object",
    new Set(["keys", "values", "entries", "assign", "freeze", "isFrozen", "seal", "isSealed", "create", "is", "hasOwn", "fromEntries", "getPrototypeOf", "getOwnPropertyNames"]),
  ],
  ["Array", new Set(["isArray", "of"])],
  ["Number", new Set(["isInteger", "isFinite", "isNaN", "isSafeInteger", "parseInt", "parseFloat"])],
  ["Promise", new Set(["resolve", "reject", "all", "allSettled", "race", "any", "withResolvers"])],
  ["Date", new Set(["now"])],
  ["Symbol", new Set(["for"])],
  ["performance", new Set(["now"])],
]);

const GLOBAL_FUNCTIONS = new Set([
  "Number",
  "String",
  "Boolean",
  "Symbol",
  "isNaN",
  "isFinite",
  "parseInt",
  "parseFloat",
  "setTimeout",
  "setInterval",
  "setImmediate",
  "queueMicrotask",
  "clearTimeout",
  "clearInterval",
  "clearImmediate",
]);

// `new Promise(executor)`: a throw inside the executor rejects the promise instead.
const GLOBAL_CONSTRUCTORS = new Set(["Map", "Set", "WeakMap", "WeakSet", "Date", "Object", "AbortController", "Promise"]);

/**
 * Test doubles that only build a function (`vi.fn(impl)`, `jest.fn()`, `sinon.spy()`): they never
 * throw. The namespace must be the framework's own (its global, or imported from its module).
 */
const TEST_DOUBLES = new Map<string, { readonly modules: ReadonlySet<string>; readonly methods: ReadonlySet<string> }>([
  ["vi", { modules: new Set(["vitest"]), methods: new Set(["fn"]) }],
  ["jest", { modules: new Set(["@jest/globals"]), methods: new Set(["fn"]) }],
  ["sinon", { modules: new Set(["sinon"]), methods: new Set(["spy", "stub", "fake"]) }],
]);

type Builtin = "map" | "set" | "weakmap" | "weakset" | "array" | "string";

/** Methods that never throw, per built-in type. Callback methods are separate (below). */
const METHODS: Readonly<Record<Builtin, ReadonlySet<string>>> = {
  map: new Set(["get", "set", "has", "delete", "clear", "keys", "values", "entries"]),
  set: new Set(["add", "has", "delete", "clear", "keys", "values", "entries"]),
  weakmap: new Set(["get", "set", "has", "delete"]),
  weakset: new Set(["add", "has", "delete"]),
  array: new Set([
    "push",
    "pop",
    "shift",
    "unshift",
    "slice",
    "splice",
    "indexOf",
    "lastIndexOf",
    "includes",
    "join",
    "concat",
    "at",
    "reverse",
    "fill",
    "keys",
    "values",
    "entries",
    "flat",
    "toReversed",
  ]),
  string: new Set([
    "at",
    "charAt",
    "charCodeAt",
    "codePointAt",
    "concat",
    "endsWith",
    "startsWith",
    "includes",
    "indexOf",
    "lastIndexOf",
    "padEnd",
    "padStart",
    "slice",
    "split",
    "substring",
    "substr",
    "toLowerCase",
    "toUpperCase",
    "toLocaleLowerCase",
    "toLocaleUpperCase",
    "trim",
    "trimStart",
    "trimEnd",
    "localeCompare",
    "toString",
    "valueOf",
  ]),
};

/**
 * Methods that run a callback: they never throw themselves when the callback is a function
 * literal run in place (its own calls have their own exceptional edges); a callback passed by
 * name may throw. `reduce` needs its initial value (an empty array throws without one).
 */
const CALLBACK_METHODS: Readonly<Partial<Record<Builtin, ReadonlySet<string>>>> = {
  map: new Set(["forEach"]),
  set: new Set(["forEach"]),
  array: new Set(["forEach", "map", "filter", "some", "every", "find", "findIndex", "findLast", "findLastIndex", "flatMap", "sort", "toSorted", "reduce", "reduceRight"]),
};

const COLLECTION_TYPES = new Map<string, Builtin>([
  ["Map", "map"],
  ["ReadonlyMap", "map"],
  ["Set", "set"],
  ["ReadonlySet", "set"],
  ["WeakMap", "weakmap"],
  ["WeakSet", "weakset"],
  ["Array", "array"],
  ["ReadonlyArray", "array"],
]);

/** Does this call or `new` of a built-in never throw? */
export function isNothrowBuiltin(call: TSESTree.CallExpression | TSESTree.NewExpression, scope: FunctionScope): boolean {
  const { name, receiver } = calleeParts(call.callee);
  if (name === null) return false;
  if (call.type === T.NewExpression) return receiver === null && GLOBAL_CONSTRUCTORS.has(name) && isUnshadowedGlobal(call.callee, scope);
  if (receiver === null) return GLOBAL_FUNCTIONS.has(name) && isUnshadowedGlobal(call.callee, scope);
  const r = skipTypeWrappers(receiver);
  if (r.type === T.Identifier && isUnshadowedGlobal(r, scope)) {
    if (r.name === "Object" && (name === "defineProperty" || name === "defineProperties")) return isQuietDefine(call, name, scope);
    const statics = GLOBAL_STATICS.get(r.name);
    if (statics !== undefined) return statics === "*" || statics.has(name);
  }
  if (r.type === T.Identifier) {
    const doubles = TEST_DOUBLES.get(r.name);
    if (doubles?.methods.has(name) && (isUnshadowedGlobal(r, scope) || importedFrom(r, scope, doubles.modules))) return true;
  }
  const type = builtinTypeOf(r, scope);
  if (type === null) return false;
  if (METHODS[type].has(name)) return true;
  if (!CALLBACK_METHODS[type]?.has(name)) return false;
  if (name === "sort" || name === "toSorted") return call.arguments.length === 0 || inlinedCallback(call.arguments[0]);
  if ((name === "reduce" || name === "reduceRight") && call.arguments.length < 2) return false;
  return inlinedCallback(call.arguments[0]);
}

/**
 * `Object.defineProperty(o, k, {…})` / `Object.defineProperties(o, { k: {…} })` on a `const`
 * made here from an object literal, with literal descriptors that do not mix a value with
 * accessors: nothing to throw about (a fresh object is extensible and has no non-configurable
 * property yet).
 */
function isQuietDefine(call: TSESTree.CallExpression, name: string, scope: FunctionScope): boolean {
  const [target, second, third] = call.arguments;
  if (!target || !isFreshObjectLiteral(target, scope)) return false;
  if (name === "defineProperty") return call.arguments.length === 3 && third !== undefined && isPlainDescriptor(third);
  if (call.arguments.length !== 2 || !second || second.type !== T.ObjectExpression) return false;
  return second.properties.every((p) => p.type === T.Property && !p.computed && isPlainDescriptor(p.value));
}

function isFreshObjectLiteral(node: Node, scope: FunctionScope): boolean {
  const id = skipTypeWrappers(node);
  if (id.type !== T.Identifier) return false;
  const variable = scope.variableOf(id);
  const def = variable?.defs.length === 1 ? variable.defs[0]?.node : undefined;
  return (
    def?.type === T.VariableDeclarator &&
    def.parent?.type === T.VariableDeclaration &&
    def.parent.kind === "const" &&
    def.init !== null &&
    skipTypeWrappers(def.init).type === T.ObjectExpression
  );
}

/** An object literal descriptor: plain keys, and a value/writable pair or get/set, not both. */
function isPlainDescriptor(node: Node): boolean {
  const d = skipTypeWrappers(node);
  if (d.type !== T.ObjectExpression) return false;
  const keys = new Set<string>();
  for (const p of d.properties) {
    if (p.type !== T.Property || p.computed || p.key.type !== T.Identifier) return false;
    keys.add(p.key.name);
  }
  const data = keys.has("value") || keys.has("writable");
  const accessor = keys.has("get") || keys.has("set");
  // An accessor must be a function (or a name that may hold one): `{ get: 5 }` throws.
  const accessorsOk = d.properties.every(
    (p) =>
      p.type !== T.Property ||
      p.key.type !== T.Identifier ||
      (p.key.name !== "get" && p.key.name !== "set") ||
      isFunction(p.value) ||
      p.value.type === T.Identifier,
  );
  return !(data && accessor) && accessorsOk;
}

function inlinedCallback(arg: Node | undefined): boolean {
  return arg !== undefined && isFunction(arg) && isInlined(arg);
}

/** An identifier bound by an import from one of `modules` (`import { vi } from "vitest"`). */
function importedFrom(id: TSESTree.Identifier, scope: FunctionScope, modules: ReadonlySet<string>): boolean {
  const def = scope.variableOf(id)?.defs[0];
  if (!def || def.type !== "ImportBinding") return false;
  const declaration = def.node.parent;
  return declaration?.type === T.ImportDeclaration && modules.has(declaration.source.value);
}

/** An identifier that names a global of the environment, not a variable of the file. */
function isUnshadowedGlobal(node: Node, scope: FunctionScope): boolean {
  const id = skipTypeWrappers(node);
  if (id.type !== T.Identifier) return false;
  const variable = scope.variableOf(id);
  // typescript-eslint declares the lib's globals as variables without definitions.
  return variable === null || (variable.scope.type === "global" && variable.defs.length === 0);
}

/** Methods whose result has a known built-in type, per receiver type. */
const RESULT_TYPES: Readonly<Partial<Record<Builtin, ReadonlyMap<string, Builtin>>>> = {
  array: new Map<string, Builtin>([
    ["slice", "array"],
    ["concat", "array"],
    ["filter", "array"],
    ["map", "array"],
    ["flat", "array"],
    ["flatMap", "array"],
    ["toReversed", "array"],
    ["toSorted", "array"],
    ["join", "string"],
  ]),
  string: new Map<string, Builtin>([
    ["split", "array"],
    ...["slice", "substring", "substr", "trim", "trimStart", "trimEnd", "toLowerCase", "toUpperCase", "padStart", "padEnd", "concat", "charAt", "at"].map((m): [string, Builtin] => [m, "string"]),
  ]),
};

/** Unshadowed global calls whose result has a known built-in type. */
const GLOBAL_RESULTS = new Map<string, Builtin>([
  ["Object.keys", "array"],
  ["Object.values", "array"],
  ["Object.entries", "array"],
  ["Array.of", "array"],
  ["String", "string"],
]);

/** The built-in type a receiver provably has, or null. */
function builtinTypeOf(receiver: Node, scope: FunctionScope, depth = 0): Builtin | null {
  const r = skipTypeWrappers(receiver);
  if (r.type === T.ArrayExpression) return "array";
  if ((r.type === T.Literal && typeof r.value === "string") || r.type === T.TemplateLiteral) return "string";
  if (r.type === T.CallExpression && depth < 8) return resultTypeOf(r, scope, depth + 1);
  if (r.type === T.Identifier) {
    const variable = scope.variableOf(r);
    return variable ? declaredType(variable, scope, depth) : null;
  }
  if (r.type === T.MemberExpression && !r.computed && r.property.type === T.Identifier && skipTypeWrappers(r.object).type === T.ThisExpression) {
    return fieldType(r, r.property.name);
  }
  return null;
}

/** The built-in type of a call's result: `Object.keys(o)`, `s.split(".")`, `a.join(",")`. */
function resultTypeOf(call: TSESTree.CallExpression, scope: FunctionScope, depth: number): Builtin | null {
  const { name, receiver } = calleeParts(call.callee);
  if (name === null) return null;
  if (receiver === null) return isUnshadowedGlobal(call.callee, scope) ? (GLOBAL_RESULTS.get(name) ?? null) : null;
  const r = skipTypeWrappers(receiver);
  if (r.type === T.Identifier && isUnshadowedGlobal(r, scope)) return GLOBAL_RESULTS.get(`${r.name}.${name}`) ?? null;
  const type = builtinTypeOf(r, scope, depth);
  return type === null ? null : (RESULT_TYPES[type]?.get(name) ?? null);
}

/** A variable's built-in type, from its one declaration's annotation or initialiser. */
function declaredType(variable: VariableLike, scope: FunctionScope, depth: number): Builtin | null {
  if (variable.defs.length !== 1) return null;
  const def = variable.defs[0] as VariableLike["defs"][number];
  const id = variable.identifiers[0] as (Node & { typeAnnotation?: TSESTree.TSTypeAnnotation }) | undefined;
  const annotated = id?.typeAnnotation ? typeOfAnnotation(id.typeAnnotation.typeAnnotation) : null;
  if (annotated !== null) return annotated;
  // An initialiser fixes the type TypeScript infers, which every later assignment must keep.
  if (def.type !== "Variable" || def.node.type !== T.VariableDeclarator || def.node.id !== id) return null;
  if (!def.node.init) return null;
  return typeOfInit(def.node.init) ?? (depth < 8 ? builtinTypeOf(def.node.init, scope, depth + 1) : null);
}

/** `this.cache`: a field of the enclosing class declared with a built-in type or initialiser. */
function fieldType(member: TSESTree.MemberExpression, name: string): Builtin | null {
  let node: Node | undefined = member.parent;
  // The class whose `this` this is: the first non-arrow function's class.
  while (node && !(isFunction(node) && node.type !== T.ArrowFunctionExpression)) node = node.parent;
  const method = node?.parent;
  const body = method && (method.type === T.MethodDefinition || method.type === T.PropertyDefinition) ? method.parent : undefined;
  if (!body || body.type !== T.ClassBody) return null;
  for (const element of body.body) {
    // `constructor(private cache: Map<K, V>)`: a parameter property with its annotation.
    if (element.type === T.MethodDefinition && element.kind === "constructor") {
      for (const param of element.value.params) {
        if (param.type !== T.TSParameterProperty || param.parameter.type !== T.Identifier || param.parameter.name !== name) continue;
        const annotation = param.parameter.typeAnnotation;
        return annotation ? typeOfAnnotation(annotation.typeAnnotation) : null;
      }
      continue;
    }
    if (element.type !== T.PropertyDefinition || element.computed || element.static) continue;
    if (element.key.type !== T.Identifier || element.key.name !== name) continue;
    const annotated = element.typeAnnotation ? typeOfAnnotation(element.typeAnnotation.typeAnnotation) : null;
    if (annotated !== null) return annotated;
    return element.value ? typeOfInit(element.value) : null;
  }
  return null;
}

function typeOfInit(init: Node): Builtin | null {
  const e = skipTypeWrappers(init);
  if (e.type === T.ArrayExpression) return "array";
  if (e.type === T.NewExpression && e.callee.type === T.Identifier) {
    const type = COLLECTION_TYPES.get(e.callee.name);
    return type === "array" ? null : (type ?? null);
  }
  return null;
}

function typeOfAnnotation(type: TSESTree.TypeNode): Builtin | null {
  if (type.type === T.TSStringKeyword) return "string";
  if (type.type === T.TSArrayType) return "array";
  if (type.type === T.TSTypeOperator && type.operator === "readonly" && type.typeAnnotation?.type === T.TSArrayType) return "array";
  if (type.type === T.TSTypeReference && type.typeName.type === T.Identifier) return COLLECTION_TYPES.get(type.typeName.name) ?? null;
  return null;
}
