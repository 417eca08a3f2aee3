// The lock model of one function: lock and unlock calls, local releaser functions
// (`const release = await mutex.acquire()`) whose call unlocks, and puts that take a lock.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { Node } from "../ast.js";
import { calleeParts, skipTypeWrappers } from "../ast.js";
import type { Event } from "../event-types.js";
import type { KindTable } from "../kinds/kinds.js";
import { LOCK_FUNCTIONS, LOCKING_PUTS, UNLOCK_FUNCTIONS, isLockLike, lockKeyOf } from "../kinds/locks.js";
import type { FunctionScope, PathKey } from "../scope.js";

export class FunctionLocks {
  /** Local releaser functions (`const release = await mutex.acquire()`) → the lock they release. */
  private readonly releasers = new Map<PathKey, string>();

  constructor(
    private readonly scope: FunctionScope,
    private readonly table: KindTable,
    /** The initializer of the variable an identifier refers to (tells lock-like objects). */
    private readonly initOf: (id: TSESTree.Identifier) => Node | null,
  ) {}

  /** Keys of the local releaser functions found so far. */
  releaserKeys(): Iterable<PathKey> {
    return this.releasers.keys();
  }

  /** Pre-scan: `const release = await m.acquire()` or `const [, release] = await sem.acquire()`. */
  noteReleaser(declarator: TSESTree.VariableDeclarator): void {
    const lock = this.acquiredLockOf(declarator.init);
    if (lock === null) return;
    const id = declarator.id;
    const releaser = id.type === T.ArrayPattern ? id.elements[1] : id;
    if (releaser && releaser.type === T.Identifier) this.releasers.set(this.scope.keyOfIdentifier(releaser), lock);
  }

  /** The lock of `await m.acquire()` (no callback argument) on a lock-like `m`, or of a kind's releaser lock. */
  acquiredLockOf(init: Node | null | undefined): string | null {
    if (!init) return null;
    let e = skipTypeWrappers(init);
    if (e.type === T.AwaitExpression) e = skipTypeWrappers(e.argument);
    if (e.type !== T.CallExpression) return null;
    const defined = this.table.lockOperationOf(e);
    if (defined?.releaser) return defined.lock ? lockKeyOf(defined.lock, (n) => this.scope.pathOf(n)) : `~${calleeParts(e.callee).name ?? "lock"}`;
    if (e.arguments.length > 0) return null;
    const { name, receiver } = calleeParts(e.callee);
    if (name !== "acquire" || !receiver || !isLockLike(receiver, this.initOf)) return null;
    return lockKeyOf(receiver, (n) => this.scope.pathOf(n));
  }

  /** Lock and unlock calls: `mutex_lock(m)`, `m.lock()`, `m.unlock()`, `release()`. */
  lockEvents(call: TSESTree.CallExpression | TSESTree.NewExpression): Event[] | null {
    if (call.type !== T.CallExpression) return null;
    const { name, receiver } = calleeParts(call.callee);
    if (name === null) return null;
    const keyOf = (n: Node): string => lockKeyOf(n, (x) => this.scope.pathOf(x));
    // Lock operations a kind defines (a releaser lock is handled with its declaration).
    const defined = this.table.lockOperationOf(call);
    if (defined && !defined.releaser && defined.lock && defined.op !== "scoped") {
      return [{ t: defined.op, key: keyOf(defined.lock) }];
    }
    if (!receiver) {
      const arg = call.arguments[0];
      if (arg && arg.type !== T.SpreadElement) {
        if (LOCK_FUNCTIONS.has(name)) return [{ t: "lock", key: keyOf(arg) }];
        if (UNLOCK_FUNCTIONS.has(name)) return [{ t: "unlock", key: keyOf(arg) }];
      }
      const callee = skipTypeWrappers(call.callee);
      const releaser = callee.type === T.Identifier ? this.releasers.get(this.scope.keyOfIdentifier(callee)) : undefined;
      return releaser === undefined ? null : [{ t: "unlock", key: releaser }];
    }
    if ((name === "lock" || name === "unlock" || name === "release") && isLockLike(receiver, this.initOf)) {
      return [{ t: name === "lock" ? "lock" : "unlock", key: keyOf(receiver) }];
    }
    return null;
  }
}

/** The lock a put takes when it drops the last reference (`kref_put_mutex(r, rel, m)`): its argument. */
export function lockingPutArg(call: TSESTree.CallExpression | TSESTree.NewExpression): Node | null {
  const { name } = calleeParts(call.callee);
  const index = name === null ? undefined : LOCKING_PUTS.get(name);
  const arg = index === undefined ? undefined : call.arguments[index];
  return arg && arg.type !== T.SpreadElement ? arg : null;
}
