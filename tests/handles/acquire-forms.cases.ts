// Every acquire form is a handle (issue 12, "What to build" 2 and 3): acquires not written
// `const x = [await] call()`, and same-file helpers that return a reference or a null-like value.
// Verdicts were decided from the issue and DESIGN §2.2 before running them. Suggestion outputs live
// in acquire-forms.suggestions.ts, written by scripts/gen-suggestions.js.
import type { InvalidTestCase, ValidTestCase } from "@typescript-eslint/rule-tester";
import type { ESLintUtils } from "@typescript-eslint/utils";
import type putOnEveryPath from "../../src/rules/put-on-every-path.js";
import { at } from "../helpers/locate.js";
import { lineOf, onThrow, atExit } from "../helpers/leak-errors.js";

type MessageId = ESLintUtils.InferMessageIdsTypeFromRule<typeof putOnEveryPath>;

export const rule = "put-on-every-path" as const;

const pg = `import { Pool } from "pg";
const pool = new Pool();
`;
const quickjs = `import type { QuickJSContext, QuickJSHandle } from "quickjs-emscripten";
`;
const mutex = `import { Mutex } from "async-mutex";
const mutex = new Mutex();
`;

const unbound = (code: string, needle: string, handle: string) => ({
  messageId: "leakUnbound" as const,
  data: { handle },
  ...at(code, needle),
});

function invalidCase(name: string, code: string, errors: (code: string) => InvalidTestCase<MessageId, []>["errors"]): InvalidTestCase<MessageId, []> {
  return { name, code, errors: errors(code) };
}

export const valid: ValidTestCase<[]>[] = [
  // Corpus (quickjs-emscripten-sync tests): a function of this file that passes its parameter on
  // keeps the handle, even when reached through what a same-file setup returns; later reads of
  // the handle are no evidence that it only borrowed it.
  { name: "quickjs: a same-file function that passes its parameter to the project's own code keeps the handle", code: `${quickjs}import { store } from "./store";
const setup = () => ({ keep: async (h: QuickJSHandle) => store(h) });
export function f(vm: QuickJSContext) {
  const { keep } = setup();
  const h = vm.newObject();
  void keep(h);
  vm.setProp(vm.global, "h", h);
}` },
  // Corpus (quickjs-emscripten tests): a Scope's `manage` taken off its object — a test fixture
  // `({ manage }) => …`, or `const { manage } = scope` — is the same hand-off as `scope.manage(h)`.
  { name: "quickjs: manage destructured from a test fixture", code: `${quickjs}declare function it(name: string, fn: (ctx: { manage<T>(h: T): T }) => void): void;
export function suite(vm: QuickJSContext) {
  it("keys", ({ manage }) => {
    const array = manage(vm.newArray());
    vm.setProp(array, 0, vm.undefined);
  });
}` },
  { name: "quickjs: manage destructured from a scope, renamed", code: `${quickjs}import { Scope } from "quickjs-emscripten";
export function f(vm: QuickJSContext) {
  Scope.withScope((scope) => {
    const { manage: own } = scope;
    const s = own(vm.newString("x"));
    vm.setProp(vm.global, "s", s);
  });
}` },
  // Item 7: passing a bound QuickJS handle leaves it owned, so the function disposes it itself;
  // a function of this file that disposes its parameter does take it.
  { name: "bound quickjs handle passed to setProp, then disposed (the README example)", code: `${quickjs}export function expose(vm: QuickJSContext, s: string) {
  const h = vm.newString(s);
  vm.setProp(vm.global, "NAME", h);
  h.dispose();
}` },
  // Corpus (quickjs-emscripten-sync VMMap): a `set` of four arguments may keep every one of them.
  { name: "bound quickjs handle kept by a four-argument set of a project's own map", code: `${quickjs}interface VMMap {
  set(key: object, handle: QuickJSHandle, key2: object, handle2: QuickJSHandle): void;
}
export function keep(vm: QuickJSContext, map: VMMap, target: object, wrapper: object) {
  const h = vm.newObject();
  const h2 = vm.newObject();
  map.set(target, h, wrapper, h2);
}` },
  { name: "bound quickjs handle given to a same-file function that disposes it", code: `${quickjs}function release(h: QuickJSHandle) {
  h.dispose();
}
export function expose(vm: QuickJSContext, s: string) {
  const h = vm.newString(s);
  release(h);
}` },
  // A variable that keeps a `?:` of acquires is the handle: returning it hands it on (corpus:
  // quickjs-emscripten-sync marshal/object.ts, where both branches were reported as never put).
  { name: "?: with an acquire in each branch, kept and returned", code: `${quickjs}export function make(ctx: QuickJSContext, t: unknown): QuickJSHandle {
  const raw = Array.isArray(t) ? ctx.newArray() : ctx.newObject();
  return raw;
}` },
  { name: "?: of an acquire or null, kept and returned", code: `${quickjs}export function make(ctx: QuickJSContext, t: unknown): QuickJSHandle | null {
  const raw = t ? ctx.newArray() : null;
  return raw;
}` },
  // `let c; c = await pool.connect();`: the canonical pg form.
  { name: "let, then assign in try: release in finally with ?.", code: `${pg}export async function q(sql: string) {
  let client;
  try {
    client = await pool.connect();
    return await client.query(sql);
  } finally {
    client?.release();
  }
}` },
  { name: "let initialised to null, assigned in try, released in finally when set", code: `${pg}export async function q(sql: string) {
  let client = null;
  try {
    client = await pool.connect();
    return await client.query(sql);
  } finally {
    if (client) client.release();
  }
}` },
  { name: "assigned acquire released in finally", code: `${pg}export async function q(sql: string) {
  let client;
  client = await pool.connect();
  try {
    await client.query(sql);
  } finally {
    client.release();
  }
}` },
  // `const c = cond ? await pool.connect() : null`: the null branch holds nothing.
  { name: "conditional acquire: the null check narrows", code: `${pg}export async function q(ready: boolean) {
  const client = ready ? await pool.connect() : null;
  if (!client) return;
  try {
    await client.query("select 1");
  } finally {
    client.release();
  }
}` },
  { name: "conditional acquire stored in a field: a hand-off", code: `${pg}export class Holder {
  client: unknown = null;
  async open(ready: boolean) {
    this.client = ready ? await pool.connect() : null;
  }
}` },
  { name: "acquire on the right of ??: released", code: `${pg}export async function q(existing: { release(): void } | null) {
  const client = existing ?? (await pool.connect());
  client.release();
}` },
  // Inline acquires.
  { name: "inline getProp disposed at once", code: `${quickjs}export function drop(vm: QuickJSContext, h: QuickJSHandle) {
  vm.getProp(h, "x").dispose();
}` },
  { name: "inline getProp consumed", code: `${quickjs}export function show(vm: QuickJSContext, h: QuickJSHandle) {
  vm.getProp(h, "x").consume((v) => console.log(vm.dump(v)));
}` },
  { name: "inline handle given to a scope or kept in an array", code: `${quickjs}import type { Scope } from "quickjs-emscripten";
export function keep(vm: QuickJSContext, scope: Scope, all: QuickJSHandle[]) {
  scope.manage(vm.newString("a"));
  all.push(vm.newString("b"));
}` },
  { name: "inline handle passed to a same-file function (it may dispose it)", code: `${quickjs}function show(vm: QuickJSContext, h: QuickJSHandle) {
  try {
    console.log(vm.dump(h));
  } finally {
    h.dispose();
  }
}
export function run(vm: QuickJSContext) {
  show(vm, vm.newString("x"));
}` },
  { name: "a pooled client passed to an unknown function may be taken", code: `${pg}export async function give(take: (c: unknown) => void) {
  take(await pool.connect());
}` },
  { name: "a pending checkout's then callback gets the client", code: `${pg}export function later() {
  return pool.connect().then((client) => {
    client.release();
  });
}` },
  { name: "a look-alike receiver of another method is not followed", code: `${pg}import net from "node:net";
export function dial(port: number) {
  net.connect(port).on("error", () => {});
}` },
  // `new Session(await pool.connect())`.
  { name: "acquire given to a constructor without any release through the object: a hand-off", code: `${pg}class Session {
  constructor(readonly client: { release(): void }) {}
}
export async function open() {
  const s = new Session(await pool.connect());
  await s.client.query("begin");
  return s;
}` },
  { name: "acquire given to a constructor, released through its field in finally", code: `${pg}class Session {
  constructor(readonly client: { release(): void; query(q: string): Promise<void> }) {}
}
export async function run() {
  const s = new Session(await pool.connect());
  try {
    await s.client.query("begin");
  } finally {
    s.client.release();
  }
}` },
  // `const [a, b] = await Promise.all([…])`.
  { name: "Promise.all destructured: both released in finally", code: `${pg}export async function pair() {
  const [a, b] = await Promise.all([pool.connect(), pool.connect()]);
  try {
    await a.query("select 1");
  } finally {
    a.release();
    b.release();
  }
}` },
  // `const p = mutex.acquire(); const release = await p;`
  { name: "unawaited acquire: the awaited releaser puts it", code: `${mutex}export async function locked(work: () => Promise<void>) {
  const pending = mutex.acquire();
  const release = await pending;
  try {
    await work();
  } finally {
    release();
  }
}` },
  // A releaser moved into another variable.
  { name: "releaser copied into another local", code: `${mutex}export async function locked(work: () => Promise<void>) {
  const ticket = await mutex.acquire();
  const release = ticket;
  try {
    await work();
  } finally {
    release();
  }
}` },
  { name: "releaser assigned to a let declared earlier", code: `${mutex}export async function locked(work: () => Promise<void>) {
  let release: () => void = () => {};
  const ticket = await mutex.acquire();
  release = ticket;
  try {
    await work();
  } finally {
    release();
  }
}` },
  { name: "releaser assigned straight from the acquire", code: `${mutex}export async function locked(work: () => Promise<void>) {
  let release;
  release = await mutex.acquire();
  try {
    await work();
  } finally {
    release();
  }
}` },
  // Nullable summaries: a same-file helper that returns a reference or a null-like value.
  { name: "nullable helper (null on a failed try-get): the caller's null check narrows", code: `
interface Obj { ref: object }
function lookupAndGet(table: Map<string, Obj>, key: string): Obj | null {
  const o = table.get(key);
  if (!o || !krefGetUnlessZero(o.ref)) return null;
  return o;
}
export function use(table: Map<string, Obj>, key: string) {
  const o = lookupAndGet(table, key);
  if (!o) return -1;
  work(o);
  krefPut(o.ref, release);
  return 0;
}` },
  { name: "nullable helper (undefined, falling off the end): the caller compares with undefined", code: `
interface Obj { ref: object }
function pin(o: Obj | undefined) {
  if (o) {
    krefGet(o.ref);
    return o;
  }
}
export function use(candidate: Obj | undefined) {
  const o = pin(candidate);
  if (o === undefined) return;
  krefPut(o.ref, release);
}` },
  { name: "nullable helper (ERR_PTR): IS_ERR narrows", code: `
interface Dev { ok: boolean; ref: object }
function getDev(dev: Dev) {
  if (!dev.ok) return ERR_PTR(-5);
  krefGet(dev.ref);
  return dev;
}
export function use(d: Dev) {
  const o = getDev(d);
  if (IS_ERR(o)) return PTR_ERR(o);
  krefPut(o.ref, release);
  return 0;
}` },
];

export const invalid: InvalidTestCase<MessageId, []>[] = [
  // Corpus (quickjs-emscripten-sync unmarshal): `const [v, kept] = unmarshal(h); if (kept) h.dispose()`
  // — the call decides who owns the handle, so the return is no leak; only its own throw is.
  invalidCase("conditional transfer: every dispose is under a test of the call's result", `${quickjs}export function f(vm: QuickJSContext, unmarshal: (h: QuickJSHandle) => [unknown, boolean]) {
  const h = vm.newObject();
  const [value, alreadyExists] = unmarshal(h);
  if (alreadyExists) h.dispose();
  return value;
}`, (code) => [onThrow(code, "unmarshal(h)", "h", "vm.newObject")]),
invalidCase("quickjs: a same-file function that hands its parameter to a library call only lends it", `${quickjs}function expose(vm: QuickJSContext, name: string, h: QuickJSHandle) {
  vm.setProp(vm.global, name, h);
}
export function f(vm: QuickJSContext) {
  const h = vm.newObject();
  expose(vm, "NAME", h);
  vm.setProp(vm.global, "COPY", h);
}`, (code) => [onThrow(code, "expose(vm, \"NAME\"", "h", "vm.newObject"), {
    messageId: "leakAtEnd" as const,
    data: { handle: "h", line: lineOf(code, "vm.newObject"), where: "at the end of the function" },
    line: code.split("\n").length,
    column: 1,
  }]),
  invalidCase("quickjs: a same-file wrapper of an unknown function lends the handle as the function would", `${quickjs}declare function store(h: QuickJSHandle): Promise<void>;
const keep = async (h: QuickJSHandle) => store(h);
export function f(vm: QuickJSContext) {
  const h = vm.newObject();
  void keep(h);
  vm.setProp(vm.global, "h", h);
}`, (code) => [{
    messageId: "leakAtEnd" as const,
    data: { handle: "h", line: lineOf(code, "vm.newObject"), where: "at the end of the function" },
    line: code.split("\n").length,
    column: 1,
  }]),
  invalidCase("quickjs: a shadowing parameter of a nested callback is not the helper's parameter", `${quickjs}declare function record(x: unknown): void;
function inspect(h: QuickJSHandle) {
  [1, 2].forEach((h) => record(h));
}
export function f(vm: QuickJSContext) {
  const h = vm.newObject();
  inspect(h);
  vm.setProp(vm.global, "x", h);
}`, (code) => [onThrow(code, "inspect(h)", "h", "vm.newObject"), {
    messageId: "leakAtEnd" as const,
    data: { handle: "h", line: lineOf(code, "vm.newObject"), where: "at the end of the function" },
    line: code.split("\n").length,
    column: 1,
  }]),
  invalidCase("quickjs: a kind's own call is no conditional transfer (vm.typeof only reads)", `${quickjs}export function f(vm: QuickJSContext, code: string) {
  const h = vm.unwrapResult(vm.evalCode(code));
  const [type] = [vm.typeof(h)];
  if (type !== "object") {
    h.dispose();
    return null;
  }
  return type;
}`, (code) => [atExit(code, "return type;", "h", "vm.unwrapResult")]),
  invalidCase("a same-file function that only reads its parameter borrows it", `${quickjs}const show = async (h: QuickJSHandle) => console.log(h);
export function f(vm: QuickJSContext) {
  const h = vm.newObject();
  void show(h);
  vm.setProp(vm.global, "h", h);
}`, (code) => [{
    messageId: "leakAtEnd" as const,
    data: { handle: "h", line: lineOf(code, "vm.newObject"), where: "at the end of the function" },
    line: code.split("\n").length,
    column: 1,
  }]),
  invalidCase("a same-file keeper lends the handle when the function disposes it itself on some path", `${quickjs}declare function store(h: QuickJSHandle): Promise<void>;
const keep = async (h: QuickJSHandle) => store(h);
export function f(vm: QuickJSContext, early: boolean) {
  const h = vm.newObject();
  void keep(h);
  if (early) return;
  h.dispose();
}`, (code) => [atExit(code, "return;", "h", "vm.newObject")]),
  invalidCase("quickjs: a destructured function of another name does not take the handle", `${quickjs}declare function it(name: string, fn: (ctx: { log(h: unknown): void }) => void): void;
export function suite(vm: QuickJSContext) {
  it("keys", ({ log }) => {
    log(vm.newArray());
  });
}`, (code) => [unbound(code, "vm.newArray()", "vm.newArray()")]),
  // Item 7: a QuickJS handle bound to a variable is not taken by a call it is passed to.
  invalidCase("bound quickjs handle passed to setProp and never disposed", `${quickjs}export function expose(vm: QuickJSContext, s: string) {
  const h = vm.newString(s);
  vm.setProp(vm.global, "NAME", h);
}`, (code) => [{
    messageId: "leakAtEnd" as const,
    data: { handle: "h", line: lineOf(code, "vm.newString"), where: "at the end of the function" },
    line: code.split("\n").length,
    column: 1,
  }]),
  invalidCase("bound quickjs handle passed to an unknown callback: still owned when it throws and after", `${quickjs}export function give(vm: QuickJSContext, s: string, keep: (h: QuickJSHandle) => void) {
  const h = vm.newString(s);
  keep(h);
}`, (code) => [onThrow(code, "keep(h)", "h", "vm.newString"), {
    messageId: "leakAtEnd" as const,
    data: { handle: "h", line: lineOf(code, "vm.newString"), where: "at the end of the function" },
    line: code.split("\n").length,
    column: 1,
  }]),
  // `let c; c = await pool.connect();`
  invalidCase("assigned acquire: a query throws before the release", `${pg}export async function q(sql: string) {
  let client;
  client = await pool.connect();
  await client.query(sql);
  client.release();
}`, (code) => [onThrow(code, "await client.query(sql)", "client", "client = await")]),
  invalidCase("let, then assign in try: released only on the success path", `${pg}export async function q(sql: string) {
  let client;
  try {
    client = await pool.connect();
    await client.query(sql);
    client.release();
  } catch {
    return null;
  }
  return 1;
}`, (code) => [atExit(code, "return null;", "client", "client = await")]),
  // `const c = cond ? await pool.connect() : null`
  invalidCase("conditional acquire: an early return after the null check", `${pg}export async function q(ready: boolean, quick: boolean) {
  const client = ready ? await pool.connect() : null;
  if (!client) return;
  if (quick) return;
  client.release();
}`, (code) => [atExit(code, "return;\n  client.release", "client", "ready ?")]),
  // `vm.getString(vm.getProp(h, k))`, `call(vm.newString(json))`
  invalidCase("inline getProp read and never disposed", `${quickjs}export function read(vm: QuickJSContext, h: QuickJSHandle, k: string) {
  return vm.getString(vm.getProp(h, k));
}`, (code) => [unbound(code, "vm.getProp(h, k)", "vm.getProp(…)")]),
  invalidCase("inline newString passed to a call", `${quickjs}export function send(vm: QuickJSContext, call: (h: QuickJSHandle) => void, json: string) {
  call(vm.newString(json));
}`, (code) => [unbound(code, "vm.newString(json)", "vm.newString(…)")]),
  invalidCase("inline newString set as a property (setProp does not take it)", `${quickjs}export function name(vm: QuickJSContext) {
  vm.setProp(vm.global, "NAME", vm.newString("kref"));
}`, (code) => [unbound(code, "vm.newString(", "vm.newString(…)")]),
  invalidCase("inline newString duplicated: the original is never disposed", `${quickjs}export function copy(vm: QuickJSContext) {
  const d = vm.newString("x").dup();
  d.dispose();
}`, (code) => [unbound(code, "vm.newString(", "vm.newString(…)")]),
  invalidCase("awaited checkout used as a receiver", `${pg}export async function once() {
  await (await pool.connect()).query("select 1");
}`, (code) => [unbound(code, "pool.connect()", "pool.connect()")]),
  // `new Session(await pool.connect())`
  invalidCase("acquire given to a constructor: begin throws before the try that releases through the field", `${pg}class Session {
  constructor(readonly client: { release(): void; query(q: string): Promise<void> }) {}
}
export async function run() {
  const s = new Session(await pool.connect());
  await s.client.query("begin");
  try {
    await s.client.query("select 1");
  } finally {
    s.client.release();
  }
}`, (code) => [onThrow(code, `await s.client.query("begin")`, "s.client", "new Session")]),
  // `const [a, b] = await Promise.all([…])`
  invalidCase("Promise.all destructured: the second client is never released", `${pg}export async function pair() {
  const [a, b] = await Promise.all([pool.connect(), pool.connect()]);
  try {
    await a.query("select 1");
  } finally {
    a.release();
  }
}`, (code) => [onThrow(code, "await a.query", "b", "Promise.all"), {
    messageId: "leakAtEnd" as const,
    data: { handle: "b", line: lineOf(code, "Promise.all"), where: "at the end of the function" },
    line: code.split("\n").length,
    column: 1,
  }]),
  // `const p = mutex.acquire(); const release = await p;`
  invalidCase("unawaited acquire: work throws before the release", `${mutex}export async function locked(work: () => Promise<void>) {
  const pending = mutex.acquire();
  const release = await pending;
  await work();
  release();
}`, (code) => [onThrow(code, "await work();", "release", "mutex.acquire()")]),
  // A releaser moved into another variable.
  invalidCase("releaser assigned to another local: work throws before the release", `${mutex}export async function locked(work: () => Promise<void>) {
  let release: () => void = () => {};
  const ticket = await mutex.acquire();
  release = ticket;
  await work();
  release();
}`, (code) => [onThrow(code, "await work();", "ticket", "mutex.acquire()")]),
  invalidCase("releaser assigned straight from the acquire: an early return skips it", `${mutex}export async function locked(skip: boolean) {
  let release;
  release = await mutex.acquire();
  if (skip) return;
  release();
}`, (code) => [atExit(code, "return;", "release", "release = await")]),
  // Nullable summaries.
  invalidCase("nullable helper: an early return after the null check keeps the reference", `
interface Obj { ref: object }
function lookupAndGet(table: Map<string, Obj>, key: string): Obj | null {
  const o = table.get(key);
  if (!o || !krefGetUnlessZero(o.ref)) return null;
  return o;
}
export function use(table: Map<string, Obj>, key: string, quick: boolean) {
  const o = lookupAndGet(table, key);
  if (!o) return -1;
  if (quick) return 1;
  krefPut(o.ref, release);
  return 0;
}`, (code) => [atExit(code, "return 1;", "o", "const o = lookupAndGet")]),
  invalidCase("nullable helper: never put, not even checked", `
interface Obj { ref: object }
function lookupAndGet(table: Map<string, Obj>, key: string): Obj | null {
  const o = table.get(key);
  if (!o || !krefGetUnlessZero(o.ref)) return null;
  return o;
}
export function peek(table: Map<string, Obj>, key: string) {
  const o = lookupAndGet(table, key);
  return o !== null;
}`, (code) => [atExit(code, "return o !== null;", "o", "const o = lookupAndGet")]),
  invalidCase("nullable helper (ERR_PTR): an early return after IS_ERR keeps the reference", `
interface Dev { ok: boolean; ref: object }
function getDev(dev: Dev) {
  if (!dev.ok) return ERR_PTR(-5);
  krefGet(dev.ref);
  return dev;
}
export function use(d: Dev, quick: boolean) {
  const o = getDev(d);
  if (IS_ERR(o)) return PTR_ERR(o);
  if (quick) return 1;
  krefPut(o.ref, release);
  return 0;
}`, (code) => [atExit(code, "return 1;", "o", "const o = getDev")]),
];
