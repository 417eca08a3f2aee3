// The built-in `disposable` kind without type information (issue 14, "No type information"): the
// well-known owner classes of the `IDisposable` convention, classes the settings add, and
// disposable classes declared in the linted file, owned when made with `new` and put by
// `dispose()` or `using`. Verdicts were decided from the issue and DESIGN §3.4 before running
// them. Suggestion outputs live in disposables.suggestions.ts, written by scripts/gen-suggestions.js.
import type { InvalidTestCase, ValidTestCase } from "@typescript-eslint/rule-tester";
import type { ESLintUtils } from "@typescript-eslint/utils";
import type putOnEveryPath from "../../src/rules/put-on-every-path.js";
import { at } from "../helpers/locate.js";
import { atExit, lineOf, onThrow } from "../helpers/leak-errors.js";

type MessageId = ESLintUtils.InferMessageIdsTypeFromRule<typeof putOnEveryPath>;

export const rule = "put-on-every-path" as const;

/** A disposable class of the file (a `dispose()` method) and one that is not. */
const local = `class Connection {
  dispose(): void {}
}
class Plain {
  close(): void {}
}
`;
const store = `import { DisposableStore } from "vs/base/common/lifecycle";
`;

const atEnd = (code: string, handle: string, taken: string) => ({
  messageId: "leakAtEnd" as const,
  data: { handle, line: lineOf(code, taken), where: "at the end of the function" },
  line: code.split("\n").length,
  column: 1,
});

function invalidCase(name: string, code: string, errors: (code: string) => InvalidTestCase<MessageId, []>["errors"], settings?: Record<string, unknown>): InvalidTestCase<MessageId, []> {
  return { name, code, errors: errors(code), ...(settings ? { settings } : {}) };
}

export const valid: ValidTestCase<[]>[] = [
  { name: "a local disposable class disposed in finally", code: `${local}export function f(work: () => void) {
  const c = new Connection();
  try {
    work();
  } finally {
    c.dispose();
  }
}` },
  { name: "using declares the disposal", code: `${store}export function f() {
  using s = new DisposableStore();
  return 1;
}` },
  { name: "returning the new disposable hands it to the caller", code: `${local}export function make() {
  const c = new Connection();
  return c;
}` },
  { name: "_register, store.add and a field keep what they are given", code: `${store}${local}export class Owner {
  private readonly store = new DisposableStore();
  private current: Connection | undefined;
  declare _register: <T>(t: T) => T;
  start() {
    this._register(new Connection());
    const a = new Connection();
    this.store.add(a);
    const b = new Connection();
    this.current = b;
  }
}` },
  { name: "an extension's subscriptions keep what is pushed", code: `import * as vscode from "vscode";
export function activate(context: vscode.ExtensionContext) {
  const cts = new vscode.CancellationTokenSource();
  context.subscriptions.push(cts);
}` },
  { name: "VS Code's dispose(x) helper puts it", code: `${store}import { dispose } from "vs/base/common/lifecycle";
export function f(ok: boolean) {
  const s = new DisposableStore();
  if (!ok) {
    dispose(s);
    return;
  }
  s.dispose();
}` },
  { name: "x[Symbol.dispose]() puts it", code: `class Lease {
  [Symbol.dispose](): void {}
}
export function f(work: () => void) {
  const lease = new Lease();
  try {
    work();
  } finally {
    lease[Symbol.dispose]();
  }
}` },
  { name: "await x[Symbol.asyncDispose]() puts it", code: `class Session {
  async [Symbol.asyncDispose](): Promise<void> {}
}
export async function f(work: () => Promise<void>) {
  const s = new Session();
  try {
    await work();
  } finally {
    await s[Symbol.asyncDispose]();
  }
}` },
  { name: "a class of the file without dispose() is no handle", code: `${local}export function f() {
  const p = new Plain();
  p.close();
  return 1;
}` },
  { name: "settings.kref.disposable: false turns the kind off", code: `${local}export function f(ok: boolean) {
  const c = new Connection();
  if (!ok) return;
  c.dispose();
}`, settings: { kref: { disposable: false } } },
  { name: "a class named like an owner but not constructed here is not guessed", code: `${store}export function f(s: DisposableStore) {
  s.add(1);
}` },
];

export const invalid: InvalidTestCase<MessageId, []>[] = [
  invalidCase("a local disposable class not disposed on an early return", `${local}export function f(ok: boolean) {
  const c = new Connection();
  if (!ok) return;
  c.dispose();
}`, (code) => [atExit(code, "return;", "c", "new Connection")]),
  invalidCase("a class with [Symbol.dispose]() is disposable too", `class Lease {
  [Symbol.dispose](): void {}
}
export function f() {
  const lease = new Lease();
  return 1;
}`, (code) => [atExit(code, "return 1;", "lease", "new Lease")]),
  invalidCase("dispose(...reasons) and dispose(this: C) need no argument", `class A {
  dispose(...reasons: string[]): void {}
}
class B {
  dispose(this: B): void {}
}
export function f() {
  const a = new A();
  const b = new B();
  return 1;
}`, (code) => [atExit(code, "return 1;", "a", "new A"), atExit(code, "return 1;", "b", "new B")]),
  invalidCase("a DisposableStore never disposed", `${store}export function f() {
  const s = new DisposableStore();
  s.add({ dispose() {} });
}`, (code) => [atEnd(code, "s", "new DisposableStore")]),
  invalidCase("a CancellationTokenSource made through the vscode namespace", `import * as vscode from "vscode";
export function f() {
  const cts = new vscode.CancellationTokenSource();
  return cts.token;
}`, (code) => [atExit(code, "return cts.token;", "cts", "new vscode.CancellationTokenSource")]),
  invalidCase("a disposable dropped by an expression statement", `${store}export function f() {
  new DisposableStore();
}`, (code) => [{ messageId: "leakUnbound" as const, data: { handle: "new DisposableStore()" }, ...at(code, "new DisposableStore()") }]),
  // (A same-file function may still take what it is passed, so the end of f is silent.)
  invalidCase("a dispose(x) function of the file's own is no put", `import type { QuickJSContext } from "quickjs-emscripten";
${local}function dispose(x: unknown) {
  console.log("done with", x);
}
export function f(vm: QuickJSContext) {
  const h = vm.newObject();
  dispose(h);
}`, (code) => [onThrow(code, "dispose(h)", "h", "vm.newObject")]),
  invalidCase("a register method is no hand-off of another kind's handle in a file with a disposable class", `import type { QuickJSContext } from "quickjs-emscripten";
${local}declare const registry: { register(x: unknown): void };
export function f(vm: QuickJSContext) {
  const h = vm.newObject();
  registry.register(h);
}`, (code) => [onThrow(code, "registry.register(h)", "h", "vm.newObject"), atEnd(code, "h", "vm.newObject")]),
  invalidCase("a use destructured from another object is no hand-off", `import type { QuickJSContext } from "quickjs-emscripten";
${local}declare const React: { use(x: unknown): void };
export function f(vm: QuickJSContext) {
  const { use } = React;
  const h = vm.newObject();
  use(h);
}`, (code) => [onThrow(code, "use(h)", "h", "vm.newObject"), atEnd(code, "h", "vm.newObject")]),
  invalidCase("an owner class the settings add", `import { Pool } from "./pool";
export function f() {
  const p = new Pool();
  return 1;
}`, (code) => [atExit(code, "return 1;", "p", "new Pool")], { kref: { disposable: { owners: ["Pool"] } } }),
];

// `at` is re-exported for the generated suggestion tables' helpers.
export { at };
