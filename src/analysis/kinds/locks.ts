// The lock model: which calls start and end a critical section, and on which lock.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as T } from "@typescript-eslint/types";
import type { Node } from "../ast.js";
import { calleeParts, displayName, skipTypeWrappers, valueParent } from "../ast.js";

const KERNEL_LOCKS = ["mutex_lock", "spin_lock", "spin_lock_irq", "spin_lock_irqsave", "spin_lock_bh", "read_lock", "write_lock"];
const KERNEL_UNLOCKS = [
  "mutex_unlock",
  "spin_unlock",
  "spin_unlock_irq",
  "spin_unlock_irqrestore",
  "spin_unlock_bh",
  "read_unlock",
  "write_unlock",
];

function camel(name: string): string {
  return name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** `mutex_lock(m)` and friends, in snake and camel case: the lock is the first argument. */
export const LOCK_FUNCTIONS: ReadonlySet<string> = new Set([...KERNEL_LOCKS, ...KERNEL_LOCKS.map(camel)]);
export const UNLOCK_FUNCTIONS: ReadonlySet<string> = new Set([...KERNEL_UNLOCKS, ...KERNEL_UNLOCKS.map(camel)]);

/** Puts that take the lock (argument 2) only when they return true: the last reference went. */
export const LOCKING_PUTS: ReadonlyMap<string, number> = new Map([
  ["kref_put_mutex", 2],
  ["krefPutMutex", 2],
  ["kref_put_lock", 2],
  ["krefPutLock", 2],
]);

const LOCK_NAME = /lock|mutex|mtx/i;
const LOCK_CONSTRUCTORS = new Set(["Mutex", "Semaphore", "Lock", "AsyncLock", "RWLock"]);
const LOCK_FACTORIES = new Set(["DEFINE_MUTEX", "DEFINE_SPINLOCK", "defineMutex", "defineSpinlock"]);

/** Is this expression a lock object: named like one, or created by a lock constructor? */
export function isLockLike(receiver: Node, initOf: (id: TSESTree.Identifier) => Node | null): boolean {
  const r = skipTypeWrappers(receiver);
  const name = r.type === T.Identifier ? r.name : r.type === T.MemberExpression && !r.computed && r.property.type === T.Identifier ? r.property.name : null;
  if (name !== null && LOCK_NAME.test(name)) return true;
  if (r.type !== T.Identifier) return false;
  const init = initOf(r);
  if (!init) return false;
  const i = skipTypeWrappers(init);
  if (i.type === T.NewExpression) return LOCK_CONSTRUCTORS.has(calleeParts(i.callee).name ?? "");
  if (i.type === T.CallExpression) return LOCK_FACTORIES.has(calleeParts(i.callee).name ?? "");
  return false;
}

/** A stable name for a lock expression: its access path, else its shape. */
export function lockKeyOf(lock: Node, pathOf: (n: Node) => string | null): string {
  return pathOf(lock) ?? `~${displayName(lock)}`;
}

/**
 * The lock held while `fn` runs, when `fn` is the callback of a scoped lock API:
 * `m.runExclusive(fn)`, `navigator.locks.request(name, fn)`, `lock.acquire(key, fn)`.
 */
export function scopedLockOf(
  fn: Node,
  pathOf: (n: Node) => string | null,
  initOf: (id: TSESTree.Identifier) => Node | null,
): string | null {
  const { parent, child } = valueParent(fn);
  if (!parent || parent.type !== T.CallExpression) return null;
  if (!parent.arguments.includes(child as TSESTree.CallExpressionArgument)) return null;
  const { name, receiver } = calleeParts(parent.callee);
  if (!receiver) return null;
  if (name === "runExclusive") return lockKeyOf(receiver, pathOf);
  const first = parent.arguments[0];
  const literal = first && first.type === T.Literal && typeof first.value === "string" ? first.value : null;
  if (name === "request" && displayName(receiver).endsWith("locks")) return `locks:${literal ?? "?"}`;
  if (name === "acquire" && parent.arguments.length >= 2 && isLockLike(receiver, initOf)) {
    return `${lockKeyOf(receiver, pathOf)}:${literal ?? "?"}`;
  }
  return null;
}
