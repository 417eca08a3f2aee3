// Statements that can do nothing to a state holding nothing: the sparse start of a graph. At the
// entry of a function that starts without handles (no callback hand-over, no deferred capture),
// the leading statements that mention no handle, flag or releaser, call no tracked operation,
// lock or same-file function, and neither jump nor declare functions, would only add steps
// without events (their exception edges carry a state that holds nothing, so no leak can be
// found on them) and branches whose conditions leave that state as it is. The builder skips them
// (cfg/build.ts): fewer nodes to build, classify and solve, and the same findings.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { Node } from "../ast.js";
import { calleeParts, pushChildren } from "../ast.js";
import { LOCK_FUNCTIONS, UNLOCK_FUNCTIONS } from "../kinds/locks.js";
import type { KindTable } from "../kinds/kinds.js";

/** What the test needs to know of the function (the pre-scan's facts). */
export interface InertContext {
  /**
   * Source names of every variable that may hold a handle, a fact or a releaser here; null when
   * some such variable has no name to look for (then nothing is skipped).
   */
  readonly watchedNames: ReadonlySet<string> | null;
  /** `this` (or a field of it) may hold a handle. */
  readonly thisIsRelevant: boolean;
  readonly table: KindTable;
  isTrackedCall(call: Node): boolean;
  /** A function of this file called by name: its summary may acquire or consume. */
  sameFileFunctionOf(call: Node): Node | null;
  /**
   * Is this statement-level call an assertion main recognises (`assert(c)`, `expect(x).to.be(…)`;
   * assertions.ts), whether or not its condition narrows? Required: a leading assertion is never
   * skipped, so a classifier that tells assertions differently must say so here too.
   */
  isAssertion(call: TSESTree.CallExpression): boolean;
}

/** A statement larger than this (in AST nodes) is built, inert or not. */
const MAX_INERT_NODES = 200;

/** Method names that may lock or unlock a lock-like receiver (events/locks.ts). */
const LOCK_METHODS = new Set(["lock", "unlock", "release", "acquire"]);

/** Statements the builder may skip at the start of a body that starts holding nothing. */
const INERT_STATEMENTS = new Set<string>([
  T.ExpressionStatement,
  T.VariableDeclaration,
  T.IfStatement,
  T.BlockStatement,
  T.EmptyStatement,
  T.TSTypeAliasDeclaration,
  T.TSInterfaceDeclaration,
]);

/**
 * Can this statement, run from a state that holds nothing (no handle bound, no fact), change
 * anything the analysis reports? False means it is inert: no event, no exit, no condition that
 * would split or narrow such a state. Conservative: a name that merely looks like a handle's
 * (shadowing, a property name) keeps the statement.
 */
export function isInertAtEntry(statement: Node, c: InertContext): boolean {
  const names = c.watchedNames;
  if (names === null) return false;
  const stack: Node[] = [statement];
  let budget = MAX_INERT_NODES;
  while (stack.length > 0) {
    // The walk of the first statement that is not inert is wasted: it stays short.
    if (--budget < 0) return false;
    const node = stack.pop() as Node;
    switch (node.type) {
      case T.Identifier:
        if (names.has(node.name)) return false;
        break;
      case T.ThisExpression:
        if (c.thisIsRelevant) return false;
        break;
      case T.VariableDeclaration:
        if (node.kind === "using" || node.kind === "await using") return false;
        break;
      case T.ExpressionStatement:
        if (node.expression.type === T.CallExpression && c.isAssertion(node.expression)) return false;
        break;
      case T.CallExpression:
      case T.NewExpression:
        if (!inertCall(node, c)) return false;
        break;
      // Jumps and exits start exits; `yield` may stop the generator; functions and classes
      // capture (or run in place); the rest opens contexts the builder routes exits through.
      case T.ReturnStatement:
      case T.ThrowStatement:
      case T.BreakStatement:
      case T.ContinueStatement:
      case T.YieldExpression:
      case T.FunctionExpression:
      case T.ArrowFunctionExpression:
      case T.FunctionDeclaration:
      case T.ClassExpression:
      case T.ClassDeclaration:
        return false;
      default:
        if (node === statement && !INERT_STATEMENTS.has(node.type)) return false;
        // Any other statement nested in an `if` or a block: only the plain ones above.
        if (node !== statement && isStatement(node) && !INERT_STATEMENTS.has(node.type)) return false;
    }
    pushChildren(node, stack);
  }
  return true;
}

function inertCall(call: TSESTree.CallExpression | TSESTree.NewExpression, c: InertContext): boolean {
  if (c.isTrackedCall(call) || c.sameFileFunctionOf(call) !== null) return false;
  const { name, receiver } = calleeParts(call.callee);
  if (name === null) return true;
  if (call.type === T.CallExpression && c.table.lockOperationOf(call) !== null) return false;
  return receiver === null ? !LOCK_FUNCTIONS.has(name) && !UNLOCK_FUNCTIONS.has(name) : !LOCK_METHODS.has(name);
}

function isStatement(node: Node): boolean {
  return node.type.endsWith("Statement") || node.type.endsWith("Declaration");
}
