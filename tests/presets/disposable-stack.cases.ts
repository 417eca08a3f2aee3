// kref/put-on-every-path with the built-in DisposableStack / AsyncDisposableStack kinds:
// `new DisposableStack()` → `stack.dispose()`, `using`, or `stack.move()` (hands everything on).
import type { InvalidTestCase, ValidTestCase } from "@typescript-eslint/rule-tester";
import type { ESLintUtils } from "@typescript-eslint/utils";
import type putOnEveryPath from "../../src/rules/put-on-every-path.js";

type MessageId = ESLintUtils.InferMessageIdsTypeFromRule<typeof putOnEveryPath>;

export const rule = "put-on-every-path" as const;

export const valid: ValidTestCase<[]>[] = [
  { name: "using disposes the stack and everything in it", code: `export function run(a: Disposable, b: Disposable) {
  using stack = new DisposableStack();
  stack.use(a);
  stack.use(b);
  work();
}` },
  { name: "dispose in finally", code: `export function run() {
  const stack = new DisposableStack();
  try {
    stack.defer(() => log("done"));
    work();
  } finally {
    stack.dispose();
  }
}` },
  { name: "move() hands everything to the caller's stack", code: `export function openBoth(open: (name: string) => Disposable) {
  using stack = new DisposableStack();
  const a = stack.use(open("a"));
  const b = stack.use(open("b"));
  return { a, b, resources: stack.move() };
}` },
  { name: "move() into a field: the owner disposes it later", code: `export class Session {
  #resources: DisposableStack | null = null;
  start(open: () => Disposable) {
    using stack = new DisposableStack();
    stack.use(open());
    this.#resources = stack.move();
  }
}` },
  { name: "await using an AsyncDisposableStack", code: `export async function run(file: AsyncDisposable) {
  await using stack = new AsyncDisposableStack();
  stack.use(file);
  await work();
}` },
  { name: "disposeAsync in finally", code: `export async function run() {
  const stack = new AsyncDisposableStack();
  try {
    await work();
  } finally {
    await stack.disposeAsync();
  }
}` },
  { name: "returning the stack hands it to the caller", code: `export function make() {
  const stack = new DisposableStack();
  stack.defer(() => log("bye"));
  return stack;
}` },
  { name: "a stack kept in a field is the object's to dispose", code: `export class Owner {
  #stack = new DisposableStack();
  close() {
    this.#stack.dispose();
  }
}` },
  { name: "explicit throw model: calls between construction and dispose are not throw points", code: `export async function run() {
  const stack = new AsyncDisposableStack();
  await work();
  await stack.disposeAsync();
}` },
  { name: "a class of another library with the same method names is not a DisposableStack", code: `export function run(stack: { dispose(): void; move(): unknown }, skip: boolean) {
  if (skip) return;
  stack.dispose();
}` },
];

export const invalid: InvalidTestCase<MessageId, []>[] = [
  { name: "an early return skips dispose()", code: `export function run(skip: boolean) {
  const stack = new DisposableStack();
  if (skip) return;
  stack.dispose();
}`, errors: [{ messageId: "leakAtExit", data: { handle: "stack", line: "2", exit: "return" }, line: 3, column: 13 }] },
  { name: "never disposed nor moved", code: `export function run() {
  const stack = new DisposableStack();
  stack.defer(() => log("bye"));
}`, errors: [
    { messageId: "leakAtEnd", line: 4, column: 1 },
  ] },
  { name: "moved on one branch only", code: `export function run(keep: boolean) {
  const stack = new DisposableStack();
  if (keep) return stack.move();
  return null;
}`, errors: [{ messageId: "leakAtExit", data: { handle: "stack", line: "2", exit: "return" }, line: 4, column: 3 }] },
  { name: "a throw statement before disposeAsync", code: `export async function run(ok: boolean) {
  const stack = new AsyncDisposableStack();
  if (!ok) throw new Error("bad");
  await stack.disposeAsync();
}`, errors: [{ messageId: "leakAtExit", data: { handle: "stack", line: "2", exit: "throw" }, line: 3, column: 12 }] },
  { name: "the catch returns without disposing", code: `export function run() {
  const stack = new DisposableStack();
  try {
    work();
  } catch {
    return false;
  }
  stack.dispose();
  return true;
}`, errors: [{ messageId: "leakAtExit", data: { handle: "stack", line: "2", exit: "return" }, line: 6, column: 5 }] },
  { name: "a loop iteration that continues without disposing", code: `export function each(names: string[]) {
  for (const name of names) {
    const stack = new DisposableStack();
    if (!name) continue;
    stack.dispose();
  }
}`, errors: [{ messageId: "leakAtExit", data: { handle: "stack", line: "3", exit: "continue" }, line: 4, column: 16 }] },
];
