// kref/put-on-every-path with the quickjs-emscripten preset (0.31): new*/getProp/unwrapResult/dup → dispose().
import type { InvalidTestCase, ValidTestCase } from "@typescript-eslint/rule-tester";
import type { ESLintUtils } from "@typescript-eslint/utils";
import type putOnEveryPath from "../../src/rules/put-on-every-path.js";

type MessageId = ESLintUtils.InferMessageIdsTypeFromRule<typeof putOnEveryPath>;

export const rule = "put-on-every-path" as const;

const head = `import { getQuickJS, type QuickJSContext } from "quickjs-emscripten";
`;

export const valid: ValidTestCase<[]>[] = [
  // The job count of executePendingJobs() unwraps to a number (corpus: quickjs-emscripten-sync tests).
  { name: "unwrapResult(rt.executePendingJobs()) is a count, not a handle", code: `${head}import type { QuickJSRuntime } from "quickjs-emscripten";
export function pump(vm: QuickJSContext, rt: QuickJSRuntime) {
  const jobs = vm.unwrapResult(rt.executePendingJobs());
  return jobs > 0;
}` },
  { name: "consume() disposes the handle after the callback", code: `${head}export function show(vm: QuickJSContext) {
  const value = vm.getProp(vm.global, "x");
  value.consume((v) => console.log(vm.dump(v)));
}` },
  { name: "Scope.withScope: a managed handle belongs to the scope", code: `${head}import { Scope } from "quickjs-emscripten";
export function greet(vm: QuickJSContext) {
  Scope.withScope((scope) => {
    const name = vm.newString("world");
    scope.manage(name);
    const fn = scope.manage(vm.getProp(vm.global, "greet"));
    vm.callFunction(fn, vm.undefined, name);
  });
}` },
  { name: "dispose in finally", code: `${head}export function setName(vm: QuickJSContext, name: string) {
  const handle = vm.newString(name);
  try {
    vm.setProp(vm.global, "name", handle);
  } finally {
    handle.dispose();
  }
}` },
  // quickjs-emscripten's README: \`setProp\` raises no host exception (a guest exception stays in the guest).
  { name: "setProp cannot throw before dispose", code: `${head}export function setName(vm: QuickJSContext, name: string) {
  const handle = vm.newString(name);
  vm.setProp(vm.global, "name", handle);
  handle.dispose();
}` },
  { name: "using disposes at scope exit", code: `${head}export function read(vm: QuickJSContext) {
  using value = vm.getProp(vm.global, "x");
  return vm.getNumber(value);
}` },
  { name: "unwrapResult then dispose", code: `${head}export function run(vm: QuickJSContext, code: string) {
  const result = vm.unwrapResult(vm.evalCode(code));
  try {
    return vm.dump(result);
  } finally {
    result.dispose();
  }
}` },
  { name: "a handle returned to the caller", code: `${head}export function make(vm: QuickJSContext) {
  const obj = vm.newObject();
  return obj;
}` },
  { name: "host function arguments are borrowed", code: `${head}export function install(vm: QuickJSContext) {
  using fn = vm.newFunction("log", (arg) => {
    console.log(vm.dump(arg));
  });
  vm.setProp(vm.global, "log", fn);
}` },
  { name: "dup gives a second handle, disposed too", code: `${head}export function twice(vm: QuickJSContext) {
  using a = vm.newObject();
  const b = a.dup();
  try {
    vm.setProp(vm.global, "b", b);
  } finally {
    b.dispose();
  }
}` },
  { name: "dispose on both branches", code: `${head}export function maybe(vm: QuickJSContext, ok: boolean) {
  const n = vm.newNumber(1);
  if (ok) {
    n.dispose();
    return 1;
  }
  n.dispose();
  return 0;
}` },
  { name: "the same code without importing quickjs is not checked", code: `export function f(vm: { newString(s: string): { dispose(): void } }) {
  const h = vm.newString("x");
  return 1;
}` },
];

export const invalid: InvalidTestCase<MessageId, []>[] = [
  { name: "consume on one branch only", code: `${head}export function show(vm: QuickJSContext, quiet: boolean) {
  const value = vm.getProp(vm.global, "x");
  if (quiet) return;
  value.consume((v) => console.log(vm.dump(v)));
}`, errors: [{ messageId: "leakAtExit", data: { handle: "value", line: "3", exit: "return" }, line: 4, column: 14 }] },
  { name: "unwrapResult may throw before dispose", code: `${head}export function setName(vm: QuickJSContext, name: string, code: string) {
  const handle = vm.newString(name);
  vm.setProp(vm.global, "name", handle);
  const result = vm.unwrapResult(vm.evalCode(code));
  result.dispose();
  handle.dispose();
}`, errors: [{ messageId: "leakOnThrow", line: 5, column: 18 }] },
  { name: "never disposed", code: `${head}export function leak(vm: QuickJSContext) {
  const obj = vm.newObject();
  return 1;
}`, errors: [{ messageId: "leakAtExit", line: 4, column: 3 }] },
  { name: "early return keeps the result", code: `${head}export function run(vm: QuickJSContext, code: string) {
  const result = vm.unwrapResult(vm.evalCode(code));
  try {
    if (!code) return null;
    return vm.dump(result);
  } catch {
    result.dispose();
    return null;
  }
}`, errors: [
    { messageId: "leakAtExit", line: 5, column: 16 },
    { messageId: "leakAtExit", line: 6, column: 5 },
  ] },
  { name: "dup never disposed", code: `${head}export function twice(vm: QuickJSContext) {
  using a = vm.newObject();
  const b = a.dup();
  return 0;
}`, errors: [{ messageId: "leakAtExit", line: 5, column: 3 }] },
  { name: "disposed on one branch only", code: `${head}export function maybe(vm: QuickJSContext, ok: boolean) {
  const n = vm.newNumber(1);
  if (ok) n.dispose();
}`, errors: [{ messageId: "leakAtEnd", line: 5, column: 1 }] },
  { name: "continue skips dispose", code: `${head}export function each(vm: QuickJSContext, names: string[]) {
  for (const name of names) {
    const h = vm.newString(name);
    if (!name) continue;
    h.dispose();
  }
}`, errors: [{ messageId: "leakAtExit", line: 5, column: 16 }] },
];
