// Assertions as branches (issue 12): a statement that throws exactly when a condition fails
// narrows the rest of the function like `if (!c) throw …`. In a callback checkout,
// `assert(!err)` or `expect(err).to.be(undefined)` says that past it the callback holds its
// handle, and that where it throws nothing was checked out. Recognised:
// - Node's `assert(c)`, `assert.ok(c)` (c truthy) and `assert.ifError(v)` (v nullish), `assert`
//   imported or required from `assert`, `node:assert` or their `/strict` forms;
// - `expect(x)` chains of expect.js, chai, Jest and Vitest (`expect` global, or imported or
//   required from one of them) whose matcher says x is set or unset: `to.be(undefined)`,
//   `to.equal(null)`, `toBeUndefined()`, `toBeNull()` (unset; a `not` makes them tell nothing,
//   since the other nullish value still passes), `toBeFalsy()` (unset), `to.be.ok()`,
//   `toBeTruthy()`, `to.be.an(Error)`, `toBeInstanceOf(Error)` (set); these four and `toBeFalsy`
//   reversed by an odd number of `not`. Error-first callbacks pass an Error or nothing, so "not an
//   Error" is read as unset. Any other matcher tells nothing (the call is an ordinary call).
// An assertion is a branch only where its condition tells the analysis something (a handle or a
// tracked flag: classifier.ts); elsewhere it is an ordinary call.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { Node } from "../ast.js";
import type { Assertion } from "../cfg/source.js";
import { skipTypeWrappers } from "../ast.js";
import type { FunctionScope, VariableLike } from "../scope.js";


/** The assertion a statement-level call makes, or null. */
export function assertionOf(call: TSESTree.CallExpression, scope: FunctionScope): Assertion | null {
  return nodeAssertion(call, scope) ?? expectAssertion(call, scope);
}

const ASSERT_MODULES = new Set(["assert", "node:assert", "assert/strict", "node:assert/strict"]);
const EXPECT_MODULES = new Set(["expect.js", "chai", "expect", "vitest", "@jest/globals"]);

function nodeAssertion(call: TSESTree.CallExpression, scope: FunctionScope): Assertion | null {
  const [first, ...rest] = call.arguments;
  if (!first || first.type === T.SpreadElement) return null;
  const callee = skipTypeWrappers(call.callee);
  let root: Node | null = null;
  let holds: Assertion["holds"] = "truthy";
  if (callee.type === T.Identifier) root = callee;
  else if (callee.type === T.MemberExpression && !callee.computed && callee.property.type === T.Identifier) {
    const method = callee.property.name;
    if (method === "ok" || method === "ifError") root = skipTypeWrappers(callee.object);
    if (method === "ifError") holds = "falsy";
  }
  if (!root || root.type !== T.Identifier || !boundTo(scope.variableOf(root), ASSERT_MODULES, ["ok", "strict"])) return null;
  return { condition: first, holds, onFailure: holds === "truthy" ? rest : [] };
}

/** Words of a chain that only read well (`to.be`, `not.to.have`): skipped, except `not`. */
const CHAIN_WORDS = new Set(["to", "be", "been", "is", "that", "which", "and", "has", "have", "with", "at", "of", "same", "does", "still", "not"]);
/** Say the subject is unset, exactly when it is nullish: not reversible (`not.toBeNull()` allows `undefined`). */
const NULLISH_MATCHERS = new Set(["toBeUndefined", "toBeNull"]);
/** Truthiness: reversible. */
const FALSY_MATCHERS = new Set(["toBeFalsy"]);
const TRUTHY_MATCHERS = new Set(["ok", "toBeTruthy"]);
const EQUALITY_MATCHERS = new Set(["be", "equal", "equals", "eql", "toBe", "toEqual", "toStrictEqual"]);
const INSTANCE_MATCHERS = new Set(["a", "an", "instanceof", "instanceOf", "toBeInstanceOf"]);

function expectAssertion(call: TSESTree.CallExpression, scope: FunctionScope): Assertion | null {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== T.MemberExpression || callee.computed || callee.property.type !== T.Identifier) return null;
  const matcher = callee.property.name;
  let negations = 0;
  let object = skipTypeWrappers(callee.object);
  while (object.type === T.MemberExpression && !object.computed && object.property.type === T.Identifier && CHAIN_WORDS.has(object.property.name)) {
    if (object.property.name === "not") negations++;
    object = skipTypeWrappers(object.object);
  }
  if (object.type !== T.CallExpression || object.arguments.length !== 1) return null;
  const subject = object.arguments[0];
  const expect = skipTypeWrappers(object.callee);
  if (!subject || subject.type === T.SpreadElement || expect.type !== T.Identifier || expect.name !== "expect") return null;
  const variable = scope.variableOf(expect);
  if (variable && variable.defs.length > 0 && !boundTo(variable, EXPECT_MODULES, ["expect"])) return null;
  const says = matcherSays(matcher, call.arguments);
  if (says === null) return null;
  const negated = negations % 2 === 1;
  // "Not nullish" (`not.toBeNull()`, `not.to.be(undefined)`) still lets the other nullish value
  // pass: it fails only where the subject is nullish, and passing tells nothing.
  if (negated && !says.reversible) return { condition: subject, holds: "truthy", onFailure: [], failsWhenNullish: true };
  const holds = says.set !== negated ? "truthy" : "falsy";
  return { condition: subject, holds, onFailure: [] };
}

/** Does the matcher say the subject is set or unset (and may a `not` reverse it), or nothing (null)? */
function matcherSays(matcher: string, args: readonly TSESTree.CallExpressionArgument[]): { set: boolean; reversible: boolean } | null {
  if (args.length === 0) {
    if (NULLISH_MATCHERS.has(matcher)) return { set: false, reversible: false };
    if (FALSY_MATCHERS.has(matcher)) return { set: false, reversible: true };
    if (TRUTHY_MATCHERS.has(matcher)) return { set: true, reversible: true };
    return null;
  }
  const [arg] = args;
  if (args.length !== 1 || !arg) return null;
  if (EQUALITY_MATCHERS.has(matcher)) {
    const isNullish = (arg.type === T.Identifier && arg.name === "undefined") || (arg.type === T.Literal && arg.value === null && !("regex" in arg));
    return isNullish ? { set: false, reversible: false } : null;
  }
  // Error-first callbacks pass an Error or nothing: "not an Error" reads as "no error".
  if (INSTANCE_MATCHERS.has(matcher)) return arg.type === T.Identifier && /Error$/.test(arg.name) ? { set: true, reversible: true } : null;
  return null;
}

/**
 * Is this variable imported or required from one of `modules` (a default or namespace binding,
 * `require(m)`, or a named import / destructured require of one of `names`)?
 */
function boundTo(variable: VariableLike | null, modules: ReadonlySet<string>, names: readonly string[]): boolean {
  const def = variable?.defs[0];
  if (!def) return false;
  if (def.type === "ImportBinding") {
    const declaration = def.node.parent;
    if (declaration?.type !== T.ImportDeclaration || !modules.has(declaration.source.value)) return false;
    const spec = def.node;
    return spec.type !== T.ImportSpecifier || (spec.imported.type === T.Identifier && names.includes(spec.imported.name));
  }
  if (def.type !== "Variable" || def.node.type !== T.VariableDeclarator) return false;
  const init = def.node.init ? skipTypeWrappers(def.node.init) : null;
  const required =
    init !== null &&
    init.type === T.CallExpression &&
    init.callee.type === T.Identifier &&
    init.callee.name === "require" &&
    init.arguments[0]?.type === T.Literal &&
    typeof init.arguments[0].value === "string" &&
    modules.has(init.arguments[0].value);
  if (!required) return false;
  const id = def.node.id;
  if (id.type === T.Identifier) return true;
  if (id.type !== T.ObjectPattern) return false;
  return id.properties.some(
    (p) => p.type === T.Property && !p.computed && p.key.type === T.Identifier && names.includes(p.key.name) && p.value.type === T.Identifier && variable?.identifiers.includes(p.value) === true,
  );
}
