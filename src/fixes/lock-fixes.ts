// Suggestion for lock-lookup-and-get: hold the lock across the lookup and the get.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { Node } from "../analysis/ast.js";
import { calleeParts, walkAll } from "../analysis/ast.js";
import type { LockCall, LookupWithoutLockFinding } from "../analysis/index.js";
import { LOCK_FUNCTIONS, UNLOCK_FUNCTIONS } from "../analysis/kinds/locks.js";
import type { Fix, Fixer, SourceCode } from "./edits.js";
import {
  childStatementIn,
  insertAfterStatement,
  insertBeforeStatement,
  pathText,
  removeStatement,
  statementOf,
} from "./edits.js";

export interface LockSuggestion {
  /** The lock's source text, for the message. */
  readonly lock: string;
  readonly fix: (fixer: Fixer) => Fix[];
}

/**
 * Three shapes, all with the lookup and the get as statements of one block:
 * - an unlock between them: move it after the get;
 * - a lock between them: move it before the lookup;
 * - neither: take the lock that guards this location elsewhere in the file around both.
 */
export function holdLockAcross(finding: LookupWithoutLockFinding, sourceCode: SourceCode): LockSuggestion | null {
  if (!finding.lookupNode) return null;
  const lookup = statementOf(finding.lookupNode);
  if (!lookup?.inBlock) return null;
  const block = lookup.statement.parent;
  if (!block) return null;
  const get = childStatementIn(block, finding.node);
  if (!get || get === lookup.statement || get.range[0] < lookup.statement.range[1]) return null;
  const between = siblingsBetween(block, lookup.statement, get);
  const unlockCall = (s: Node): TSESTree.CallExpression | null => lockCallOf(s, UNLOCK_FUNCTIONS, "unlock", finding.lockCalls);
  const lockingCall = (s: Node): TSESTree.CallExpression | null => lockCallOf(s, LOCK_FUNCTIONS, "lock", finding.lockCalls);
  const unlocks = between.filter((s) => unlockCall(s) !== null);
  const locks = between.filter((s) => lockingCall(s) !== null);
  // Several lock operations in between: the sections need restructuring, not one move.
  if (unlocks.length + locks.length > 1) return null;
  const unlock = unlocks[0];
  if (unlock) {
    const text = sourceCode.getText(unlock);
    return {
      lock: lockName(unlockCall(unlock), sourceCode, finding.lockCalls),
      fix: (fixer) => [removeStatement(fixer, sourceCode, unlock), insertAfterStatement(sourceCode, fixer, get, text)],
    };
  }
  const lock = locks[0];
  if (lock) {
    const text = sourceCode.getText(lock);
    return {
      lock: lockName(lockingCall(lock), sourceCode, finding.lockCalls),
      fix: (fixer) => [insertBeforeStatement(fixer, sourceCode, lookup.statement, text), removeStatement(fixer, sourceCode, lock)],
    };
  }
  // An annotated lock is the authority on its location; otherwise a lock seen guarding it elsewhere.
  const known =
    finding.annotatedLock === null && finding.knownLock && finding.knownLock.type === T.CallExpression
      ? finding.knownLock
      : null;
  const lockCall = known ? sourceCode.getText(known) : annotatedLockCall(finding.annotatedLock, sourceCode);
  if (!lockCall) return null;
  // The function already takes that lock somewhere: adding another acquisition could deadlock.
  if (usesLock(finding.fn, lockCall)) return null;
  const lockText = `${lockCall};`;
  const unlockText = known ? unlockFor(known, sourceCode) : unlockOfText(lockCall);
  if (!unlockText) return null;
  return {
    lock: known ? lockName(known, sourceCode) : (finding.annotatedLock as string),
    fix: (fixer) => [
      insertBeforeStatement(fixer, sourceCode, lookup.statement, lockText),
      insertAfterStatement(sourceCode, fixer, get, `${unlockText};`),
    ],
  };
}

function usesLock(fn: Node, lockCall: string): boolean {
  let found = false;
  walkAll(fn, (node) => {
    if (node.type === T.CallExpression && node.arguments.length > 0) {
      const { name } = calleeParts(node.callee);
      const arg = node.arguments[0];
      if (name !== null && LOCK_FUNCTIONS.has(name) && arg && lockCall.includes(`(${pathText(arg)})`)) found = true;
    }
  });
  return found;
}


function siblingsBetween(block: Node, first: Node, last: Node): Node[] {
  const list = block.type === T.BlockStatement || block.type === T.Program ? block.body : block.type === T.SwitchCase ? block.consequent : [];
  return (list as Node[]).filter((s) => s.range[0] >= first.range[1] && s.range[1] <= last.range[0]);
}

/**
 * The lock (or unlock) call a statement consists of: one the analysis saw take or release a lock
 * (kinds may define their own), or one of the built-in names.
 */
function lockCallOf(
  statement: Node,
  functions: ReadonlySet<string>,
  method: string,
  seen: ReadonlyMap<Node, LockCall> = new Map(),
): TSESTree.CallExpression | null {
  if (statement.type !== T.ExpressionStatement || statement.expression.type !== T.CallExpression) return null;
  const call = statement.expression;
  if (seen.get(call)?.op === method) return call;
  const { name, receiver } = calleeParts(call.callee);
  if (name === null) return null;
  return (receiver === null && functions.has(name)) || (receiver !== null && name === method) ? call : null;
}

/** The lock's name: as the analysis resolved it (a releaser knows its mutex), else from the call's text. */
function lockName(call: TSESTree.CallExpression | null, sourceCode: SourceCode, seen: ReadonlyMap<Node, LockCall> = new Map()): string {
  if (!call) return "the lock";
  const resolved = seen.get(call)?.lock;
  if (resolved) return resolved;
  const { receiver } = calleeParts(call.callee);
  const arg = call.arguments[0];
  return receiver ? sourceCode.getText(receiver) : arg ? sourceCode.getText(arg) : "the lock";
}

/**
 * A lock call for an annotated lock name, in the style of the file's own lock calls
 * (`spin_lock(x)` if the file uses spin locks, `mutex_lock(x)` otherwise).
 */
function annotatedLockCall(lock: string | null, sourceCode: SourceCode): string | null {
  if (lock === null || !/^[A-Za-z_$][\w$]*$/.test(lock)) return null;
  let style = "mutex_lock";
  walkAll(sourceCode.ast, (node) => {
    if (node.type !== T.CallExpression) return;
    const { name, receiver } = calleeParts(node.callee);
    if (receiver === null && name !== null && LOCK_FUNCTIONS.has(name)) style = name;
  });
  return `${style}(${lock})`;
}

/** `mutex_lock(x)` → `mutex_unlock(x)`, by text. */
function unlockOfText(lockCall: string): string | null {
  const open = lockCall.indexOf("(");
  const unlock = unlockName(lockCall.slice(0, open));
  return unlock ? `${unlock}${lockCall.slice(open)}` : null;
}

function unlockName(lock: string): string | null {
  const unlock = lock
    .replace("irqsave", "irqrestore")
    .replace("Irqsave", "Irqrestore")
    .replace(/_lock/, "_unlock")
    .replace(/Lock/, "Unlock");
  return UNLOCK_FUNCTIONS.has(unlock) ? unlock : null;
}

/** `mutex_lock(m)` → `mutex_unlock(m)`, `spin_lock_irqsave(l)` → `spin_unlock_irqrestore(l)`, `m.lock()` → `m.unlock()`. */
function unlockFor(call: TSESTree.CallExpression, sourceCode: SourceCode): string | null {
  const { name, receiver } = calleeParts(call.callee);
  if (name === null) return null;
  const args = call.arguments.map((a) => sourceCode.getText(a)).join(", ");
  if (receiver) return name === "lock" ? `${sourceCode.getText(receiver)}.unlock(${args})` : null;
  const unlock = unlockName(name);
  return unlock ? `${unlock}(${args})` : null;
}
