// What a branch tells: the condition a test establishes on the state (a path is null or not,
// a boolean fact holds or not), from the shapes the analysis understands.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { Node } from "./ast.js";
import { calleeParts, skipTypeWrappers } from "./ast.js";
import { ERROR_TESTS, isErrorPointer, isNullish } from "./call-tables.js";
import type { Condition } from "./event-types.js";
import type { FunctionScope, PathKey } from "./scope.js";

/** What conditions need from the function's classifier. */
export interface ConditionContext {
  readonly scope: FunctionScope;
  /** Locals worth a path-sensitive fact. */
  readonly factVars: ReadonlySet<PathKey>;
  /** The path of an expression that can hold a handle, or null. */
  relevantPath(expression: Node): PathKey | null;
  /** The fact a call's result carries, or null. */
  resultFactOf(expression: Node): string | null;
  /** What a true answer of a kind's liveness query means (`alive`, `isDeleted()`), if it is one. */
  livenessOf(name: string, call: boolean): "live" | "dead" | null;
  /** Is this a static handle of a kind's object (`vm.undefined` of a QuickJS `vm`)? */
  isStaticHandle(member: TSESTree.MemberExpression): boolean;
}

function factKeyOf(c: ConditionContext, id: TSESTree.Identifier): string | null {
const key = c.scope.keyOfIdentifier(id);
return c.factVars.has(key) ? `f${key}` : null;
}

/** `IS_ERR(t)`, `t instanceof Error`, `t == null`: true when the hand-off stored in `t` failed. */
function failureTestOf(c: ConditionContext, e: Node): string | null {
  const subjectFact = (n: Node): string | null => {
    const x = skipTypeWrappers(n);
    if (x.type === T.Identifier) return factKeyOf(c, x);
    return c.resultFactOf(x);
  };
  if (e.type === T.CallExpression) {
    const { name, receiver } = calleeParts(e.callee);
    const arg = e.arguments[0];
    if (name !== null && receiver === null && ERROR_TESTS.has(name) && arg && arg.type !== T.SpreadElement) {
      return subjectFact(arg);
    }
    return null;
  }
  if (e.type === T.BinaryExpression && e.operator === "instanceof") {
    const right = skipTypeWrappers(e.right);
    return right.type === T.Identifier && right.name === "Error" ? subjectFact(e.left) : null;
  }
  if (e.type === T.BinaryExpression && (e.operator === "==" || e.operator === "===")) {
    if (isNullish(e.right) || isErrorPointer(e.right)) return subjectFact(e.left);
    if (isNullish(e.left) || isErrorPointer(e.left)) return subjectFact(e.right);
  }
  return null;
}

/** `IS_ERR(o)` where `o` is a handle path: the path the test is about. */
function errorTestedPath(c: ConditionContext, e: Node): PathKey | null {
  if (e.type !== T.CallExpression) return null;
  const { name, receiver } = calleeParts(e.callee);
  const arg = e.arguments[0];
  if (name === null || receiver !== null || !ERROR_TESTS.has(name) || !arg || arg.type === T.SpreadElement) return null;
  return c.relevantPath(arg);
}

/** `t != null`: true when the hand-off stored in `t` succeeded. */
function successTestOf(c: ConditionContext, e: Node): string | null {
  if (e.type !== T.BinaryExpression || (e.operator !== "!=" && e.operator !== "!==")) return null;
  const subject = isNullish(e.right) ? e.left : isNullish(e.left) ? e.right : null;
  const x = subject ? skipTypeWrappers(subject) : null;
  return x && x.type === T.Identifier ? factKeyOf(c, x) : null;
}

/** `h.alive`, `m.isDeleted()`: a kind's liveness query on a handle path. */
function livenessTestOf(c: ConditionContext, e: Node): Condition | null {
  let subject: Node | null = null;
  let means: "live" | "dead" | null = null;
  if (e.type === T.MemberExpression && !e.computed && e.property.type === T.Identifier) {
    means = c.livenessOf(e.property.name, false);
    subject = e.object;
  } else if (e.type === T.CallExpression && e.arguments.length === 0) {
    const { name, receiver } = calleeParts(e.callee);
    if (name !== null && receiver !== null) {
      means = c.livenessOf(name, true);
      subject = receiver;
    }
  }
  if (means === null || subject === null) return null;
  const path = c.relevantPath(subject);
  return path === null ? null : { kind: "live", path, trueMeans: means };
}

/** The condition a branch on `test` establishes, or null when it tells nothing. */
export function conditionOf(c: ConditionContext, test: Node, mode: "truthy" | "nullish"): Condition | null {
  const e = skipTypeWrappers(test);
  if (mode === "nullish") {
    const path = c.relevantPath(e);
    return path === null ? null : { kind: "null", path, onTrue: "null", onFalse: "nonnull" };
  }
  if (e.type === T.UnaryExpression && e.operator === "!") {
    // `!flag && …` outside an `if` (where the builder swaps the edges itself).
    const inner = conditionOf(c, e.argument, mode);
    if (inner === null) return null;
    if (inner.kind === "fact") return { ...inner, negate: !inner.negate };
    if (inner.kind === "live") return { ...inner, trueMeans: inner.trueMeans === "live" ? "dead" : "live" };
    return { ...inner, onTrue: inner.onFalse, onFalse: inner.onTrue };
  }
  const live = livenessTestOf(c, e);
  if (live !== null) return live;
  const fact = c.resultFactOf(e);
  if (fact !== null) return { kind: "fact", key: fact, negate: false };
  if (e.type === T.Identifier) {
    const path = c.relevantPath(e);
    if (path !== null) return { kind: "null", path, onTrue: "nonnull", onFalse: "null" };
    const key = factKeyOf(c, e);
    return key === null ? null : { kind: "fact", key, negate: false };
  }
  const failure = failureTestOf(c, e);
  if (failure !== null) return { kind: "fact", key: failure, negate: true };
  const success = successTestOf(c, e);
  if (success !== null) return { kind: "fact", key: success, negate: false };
  // `IS_ERR(o)` on a handle (a nullable helper's `ERR_PTR(…)`): an error pointer holds nothing.
  const errorTested = errorTestedPath(c, e);
  if (errorTested !== null) return { kind: "null", path: errorTested, onTrue: "null", onFalse: "nonnull" };
  if (e.type === T.MemberExpression) {
    const path = c.relevantPath(e);
    return path === null ? null : { kind: "null", path, onTrue: "nonnull", onFalse: "null" };
  }
  if (e.type === T.BinaryExpression && ["==", "===", "!=", "!=="].includes(e.operator)) {
    const staticTest = staticHandleTestOf(c, e);
    if (staticTest !== null) return staticTest;
    const [subject, other] = isNullish(e.right) ? [e.left, e.right] : isNullish(e.left) ? [e.right, e.left] : [null, null];
    if (!subject || !other) return null;
    const path = c.relevantPath(subject);
    if (path === null) return null;
    const loose = e.operator === "==" || e.operator === "!=";
    const equal = e.operator === "==" || e.operator === "===";
    const whenEqual = "null" as const;
    const whenDifferent = loose ? ("nonnull" as const) : null;
    return equal
      ? { kind: "null", path, onTrue: whenEqual, onFalse: whenDifferent }
      : { kind: "null", path, onTrue: whenDifferent, onFalse: whenEqual };
  }
  return null;
}

/**
 * `h === vm.undefined`: a handle equal to a kind's static handle holds nothing of its own (like
 * null); a different one tells nothing.
 */
function staticHandleTestOf(c: ConditionContext, e: TSESTree.BinaryExpression): Condition | null {
  const isStatic = (n: Node): boolean => {
    const x = skipTypeWrappers(n);
    return x.type === T.MemberExpression && c.isStaticHandle(x);
  };
  const subject = isStatic(e.right) ? e.left : isStatic(e.left) ? e.right : null;
  if (subject === null || e.left.type === T.PrivateIdentifier) return null;
  const path = c.relevantPath(subject);
  if (path === null) return null;
  const equal = e.operator === "==" || e.operator === "===";
  return equal ? { kind: "null", path, onTrue: "null", onFalse: null } : { kind: "null", path, onTrue: null, onFalse: "null" };
}
