// Throw models with method lists and liveness queries (issue 12, "What to build" 5 and 6): which
// calls may throw while a handle is held (built-ins that cannot, same-file async functions,
// promise chains that release, each kind's `throws`/`nothrow` lists), liveness queries that
// narrow like null checks, and each preset's canonical usage as its documentation shows it.
// User kinds' lists (settings) are tested in tests/settings.test.ts.
// Verdicts were decided from the issue and DESIGN §2.2 before running them. Suggestion outputs
// live in throw-models.suggestions.ts, written by scripts/gen-suggestions.js.
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
const quickjs = `import type { QuickJSContext } from "quickjs-emscripten";
`;
const mutex = `import { Mutex } from "async-mutex";
const mutex = new Mutex();
`;
const embind = `import cv from "@techstark/opencv-js";
`;

const atEnd = (code: string, needle: string, handle: string, taken: string, where = "at the end of the function") => ({
  messageId: "leakAtEnd" as const,
  data: { handle, line: lineOf(code, taken), where },
  ...at(code, needle),
});

/** The closing brace of the last function of a sample (where a leak at its end is reported). */
const lastBrace = (code: string) => at(code, "}", code.split("}").length - 2);

function invalidCase(name: string, code: string, errors: (code: string) => InvalidTestCase<MessageId, []>["errors"]): InvalidTestCase<MessageId, []> {
  return { name, code, errors: errors(code) };
}

export const valid: ValidTestCase<[]>[] = [
  // Corpus (pg-pool tests): `not.to.be(undefined)` of the client fails only where it is undefined,
  // where the callback holds nothing.
  { name: "expect.js: expect(client).to.not.be(undefined) fails only where no client is held", code: `import pg from "pg";
import expect from "expect.js";
const pool = new pg.Pool();
export function check() {
  pool.connect((err, client, release) => {
    expect(err).to.be(undefined);
    expect(client).to.not.be(undefined);
    release();
  });
}` },
  // An assertion on a value the analysis does not track is an ordinary call: under an `explicit`
  // kind it throws nowhere outside try.
  { name: "an expect on an untracked value while a DisposableStack is held", code: `import { expect } from "vitest";
declare function compute(): unknown;
export function f() {
  const stack = new DisposableStack();
  const r = compute();
  expect(r).toBeTruthy();
  stack.dispose();
}` },
  { name: "pg: a .catch before the releasing .then recovers, so the release runs", code: `${pg}export async function f() {
  const client = await pool.connect();
  client.query("a").catch(() => undefined).then(() => client.release());
}` },
  // Corpus (quickjs-emscripten tests): `vm.runtime` is the context's own object too.
  { name: "quickjs: a listed call on a property of the kind's object (vm.runtime.executePendingJobs())", code: `${quickjs}export function f(vm: QuickJSContext) {
  const p = vm.newObject();
  vm.runtime.executePendingJobs();
  p.dispose();
}` },
  // Corpus (quickjs-emscripten QuickJSIterator): `vm.undefined` is a static handle; a handle equal
  // to it holds nothing to dispose.
  { name: "quickjs: a handle equal to vm.undefined holds nothing", code: `${quickjs}export function f(vm: QuickJSContext, target: QuickJSHandle) {
  const method = vm.getProp(target, "return");
  if (method === vm.undefined) return null;
  const result = vm.callFunction(method, target);
  method.dispose();
  return result;
}` },
  // Corpus (quickjs-emscripten-sync tests): literal descriptors on a fresh object literal.
  { name: "Object.defineProperties with literal descriptors on a const object literal does not throw", code: `${quickjs}export function f(vm: QuickJSContext, bar: () => void) {
  const h = vm.newObject();
  const obj = {};
  Object.defineProperties(obj, { bar: { value: bar, enumerable: true }, foo: { get: bar, configurable: true } });
  Object.defineProperty(obj, "baz", { value: 1 });
  h.dispose();
  return obj;
}` },
  // Corpus (typeorm PostgresDriver): a pooled client is an EventEmitter.
  { name: "pg: subscribing to a checked-out client's events does not throw", code: `${pg}export async function q(log: (m: unknown) => void) {
  const client = await pool.connect();
  client.on("notice", log);
  client.release();
}` },
  // Corpus (pg-pool tests): expect-style assertions in a callback checkout are branches, like
  // Node's assert: past `expect(err).to.be(undefined)` the client is held, and where it throws
  // nothing was checked out.
  { name: "expect.js: expect(err).to.be(undefined) in a callback checkout", code: `import pg from "pg";
import expect from "expect.js";
const pool = new pg.Pool();
export function check() {
  pool.connect((err, client, release) => {
    expect(err).to.be(undefined);
    release();
  });
}` },
  { name: "expect.js: expect(err).not.to.be.an(Error) (an error-first callback passes an Error or nothing)", code: `import pg from "pg";
const expect = require("expect.js");
const pool = new pg.Pool();
export function check() {
  pool.connect((err, client, release) => {
    expect(err).not.to.be.an(Error);
    release();
  });
}` },
  { name: "Jest's global expect: expect(err).toBeNull()", code: `import pg from "pg";
const pool = new pg.Pool();
export function check() {
  pool.connect((err, client, release) => {
    expect(err).toBeNull();
    release();
  });
}` },
  { name: "chai's expect: expect(err).to.not.be.ok()", code: `import pg from "pg";
import { expect } from "chai";
const pool = new pg.Pool();
export function check() {
  pool.connect((err, client, release) => {
    expect(err).to.not.be.ok();
    release();
  });
}` },
  { name: "Node's assert.ifError(err)", code: `import pg from "pg";
import assert from "node:assert";
const pool = new pg.Pool();
export function check() {
  pool.connect((err, client, release) => {
    assert.ifError(err);
    release();
  });
}` },
  // Corpus (node-postgres tests): pg's `query` fails through its promise, callback or submittable;
  // it never throws where it is called (pg 8 throws synchronously only for a null query).
  { name: "pg: an unawaited query observed by .catch does not throw", code: `${pg}export async function listen() {
  const client = await pool.connect();
  client.query("LISTEN jobs").catch((e) => console.error(e));
  client.release();
}` },
  { name: "pg Client: a submittable query and event subscriptions do not throw", code: `import pg from "pg";
export function follow(stream: pg.Submittable, done: () => void) {
  const client = new pg.Client();
  client.connect();
  client.query(stream);
  client.on("error", done);
  client.end();
}` },
  { name: "pg Client: new Client() without a connection string does not throw", code: `import pg from "pg";
export async function two() {
  const first = new pg.Client();
  await first.connect();
  const second = new pg.Client({ user: "app" });
  await first.end();
  return second;
}` },
  // Corpus: a throw inside a promise executor rejects the promise; `new Promise` itself does not throw.
  { name: "new Promise(executor) does not throw while a client is held", code: `${pg}export async function wait() {
  const client = await pool.connect();
  const done = new Promise<void>((resolve) => setTimeout(resolve, 10));
  client.release();
  return done;
}` },
  // Corpus (node-postgres tests): Node's assert throws exactly when its condition is falsy, so
  // `assert(!err)` in a callback checkout narrows `err` like `if (err) throw …`.
  { name: "assert(!err) in a callback checkout throws only when nothing is held", code: `import pg from "pg";
import assert from "node:assert";
const pool = new pg.Pool();
export function check() {
  pool.connect((err, client, release) => {
    assert(!err);
    release();
  });
}` },
  // Corpus: test doubles only build a function (vitest, jest, sinon).
  { name: "vi.fn() of vitest never throws while a client is held", code: `${pg}import { vi } from "vitest";
export async function probe() {
  const client = await pool.connect();
  const spy = vi.fn();
  client.release();
  return spy;
}` },
  // ---- built-ins that cannot throw (Why: "Map#get/Map#set, console.* … treated as throwing")
  { name: "Map#get and Map#set of a module Map, console.log: no throw while the client is held", code: `${pg}const cache = new Map<string, number>();
export async function q(k: string) {
  const client = await pool.connect();
  const hit = cache.get(k);
  cache.set(k, (hit ?? 0) + 1);
  console.log(hit);
  client.release();
}` },
  { name: "class fields initialised with new Map() and [], an annotated Set parameter", code: `${pg}export class Repo {
  private cache = new Map<string, number>();
  private seen: string[] = [];
  async q(k: string, done: Set<string>) {
    const client = await pool.connect();
    this.cache.delete(k);
    this.seen.push(k);
    done.add(k);
    if (this.seen.includes(k)) this.seen.pop();
    client.release();
  }
}` },
  { name: "a constructor parameter property annotated Map", code: `${pg}export class Cache {
  constructor(private readonly entries: Map<string, number>) {}
  async refresh(k: string) {
    const client = await pool.connect();
    this.entries.set(k, 0);
    client.release();
  }
}` },
  { name: "Math, Object, Array, Number, Date, Promise statics and global conversions", code: `${pg}export async function q(row: Record<string, unknown>) {
  const client = await pool.connect();
  const n = Math.max(1, Number(row.n));
  const keys = Object.keys(row);
  const copy = Object.assign({}, Object.freeze(row));
  const list = Array.isArray(row.list) ? row.list : [];
  const now = Date.now();
  const label = String(now) + Boolean(copy) + keys.join(",").trim();
  void Promise.resolve(n);
  client.release();
  return [list, label];
}` },
  { name: "array literal methods and string literal methods", code: `${pg}export async function q(name: string) {
  const client = await pool.connect();
  const parts = ["a", "b"].concat(name.split("."));
  const upper = "select".toUpperCase();
  parts.forEach((p) => console.log(p, upper));
  client.release();
}` },
  { name: "Map#forEach with an inline callback: the callback's own calls are what may throw", code: `${pg}const jobs = new Map<string, number>();
export async function q() {
  const client = await pool.connect();
  jobs.forEach((n, k) => console.log(k, n));
  client.release();
}` },
  // ---- same-file async functions (Why: "a same-file async function never throws synchronously")
  { name: "a same-file async function called without await cannot throw at the call", code: `${pg}async function audit(message: string) {
  console.log(message);
}
export async function q() {
  const client = await pool.connect();
  audit("checked out");
  client.release();
}` },
  { name: "an async method of the same class through this", code: `${pg}export class Jobs {
  private async log(message: string) {
    console.log(message);
  }
  async run() {
    const client = await pool.connect();
    this.log("run");
    client.release();
  }
}` },
  // ---- promise chains that release (Why: "persist(x).finally(release) … not credited")
  { name: "persist(x).finally(release) releases the async-mutex lock of that chain", code: `${mutex}declare function persist(x: number): Promise<void>;
export async function save(x: number) {
  const release = await mutex.acquire();
  persist(x).finally(release);
}` },
  { name: "await persist(x).finally(release): the release comes before the await may throw", code: `${mutex}declare function persist(x: number): Promise<void>;
export async function save(x: number) {
  const release = await mutex.acquire();
  await persist(x).finally(release);
  console.log("saved");
}` },
  { name: "client.query(…).then(…).finally(() => client.release())", code: `${pg}export async function rows(sql: string) {
  const client = await pool.connect();
  return client.query(sql).then((r) => r.rows).finally(() => client.release());
}` },
  { name: "a .then(ok, err) pair that releases on both", code: `${pg}export async function rows(sql: string) {
  const client = await pool.connect();
  return client.query(sql).then(
    (r) => {
      client.release();
      return r.rows;
    },
    (e) => {
      client.release();
      throw e;
    },
  );
}` },
  { name: ".then(release, release) with a releaser", code: `${mutex}declare function persist(x: number): Promise<void>;
export async function save(x: number) {
  const release = await mutex.acquire();
  persist(x).then(release, release);
}` },
  // ---- quickjs-emscripten (Why: "libraries' own canonical README examples are reported")
  { name: "quickjs-emscripten README: newString, setProp on the global, dispose", code: `import { getQuickJS } from "quickjs-emscripten";
export async function main() {
  const QuickJS = await getQuickJS();
  const vm = QuickJS.newContext();
  const world = vm.newString("world");
  vm.setProp(vm.global, "NAME", world);
  world.dispose();
  const result = vm.evalCode(\`"Hello " + NAME + "!"\`);
  if (result.error) {
    console.log("Execution failed:", vm.dump(result.error));
    result.error.dispose();
  } else {
    console.log("Success:", vm.dump(result.value));
    result.value.dispose();
  }
  vm.dispose();
}` },
  { name: "quickjs reads (getString, getNumber, typeof, dump) and callFunction hold no host exception", code: `${quickjs}export function read(vm: QuickJSContext, fn: ReturnType<QuickJSContext["newObject"]>) {
  const arg = vm.newNumber(2);
  const result = vm.callFunction(fn, vm.undefined, arg);
  const kind = vm.typeof(arg);
  const n = vm.getNumber(arg);
  console.log(kind, n, vm.getString(arg), vm.dump(arg));
  arg.dispose();
  return result;
}` },
  { name: "quickjs evalCode + unwrapResult + dispose in finally", code: `${quickjs}export function run(vm: QuickJSContext, code: string) {
  const value = vm.unwrapResult(vm.evalCode(code));
  try {
    return vm.dump(value);
  } finally {
    value.dispose();
  }
}` },
  { name: "quickjs unwrapResult inside try whose finally disposes the earlier handle", code: `${quickjs}export function run(vm: QuickJSContext, code: string) {
  const name = vm.newString("x");
  try {
    vm.setProp(vm.global, "name", name);
    const value = vm.unwrapResult(vm.evalCode(code));
    value.dispose();
  } finally {
    name.dispose();
  }
}` },
  // ---- liveness queries (Why: "Liveness queries are not understood")
  { name: "quickjs: finally { if (h.alive) h.dispose(); }", code: `${quickjs}declare function run(code: string): void;
export function f(vm: QuickJSContext, code: string) {
  const h = vm.newObject();
  try {
    vm.setProp(vm.global, "o", h);
    run(code);
  } finally {
    if (h.alive) h.dispose();
  }
}` },
  { name: "quickjs: disposed on one branch, then disposed if still alive", code: `${quickjs}export function f(vm: QuickJSContext, early: boolean) {
  const h = vm.newObject();
  if (early) h.dispose();
  if (h.alive) {
    h.dispose();
  }
}` },
  { name: "quickjs: h?.alive with a handle that may not exist", code: `${quickjs}declare function work(): void;
export function f(vm: QuickJSContext, make: boolean) {
  const h = make ? vm.newObject() : undefined;
  try {
    work();
  } finally {
    if (h?.alive) h.dispose();
  }
}` },
  { name: "embind: if (!m.isDeleted()) m.delete()", code: `${embind}declare function work(m: unknown): void;
export function f(src: cv.Mat) {
  const m = src.clone();
  try {
    work(m);
  } finally {
    if (!m.isDeleted()) m.delete();
  }
}` },
  { name: "embind: deleted on one branch, then deleted unless already", code: `${embind}export function f(src: cv.Mat, early: boolean) {
  const m = src.clone();
  if (early) m.delete();
  if (m.isDeleted()) return;
  m.delete();
}` },
  // ---- each preset's canonical usage, as its documentation shows it
  { name: "pg: checkout, query in try, release in finally", code: `${pg}export async function count() {
  const client = await pool.connect();
  try {
    const res = await client.query("SELECT count(*) FROM users");
    return res.rows[0];
  } finally {
    client.release();
  }
}` },
  { name: "mysql2/promise: getConnection, query in try, release in finally", code: `import mysql from "mysql2/promise";
const pool = mysql.createPool({ host: "localhost" });
export async function names() {
  const conn = await pool.getConnection();
  try {
    const [rows] = await conn.query("SELECT name FROM t WHERE id = " + conn.escape(1));
    return rows;
  } finally {
    conn.release();
  }
}` },
  { name: "generic-pool: acquire, use in try, release in finally", code: `import { createPool } from "generic-pool";
declare const factory: { create(): Promise<{ run(): Promise<void> }>; destroy(r: unknown): Promise<void> };
const pool = createPool(factory, { max: 4 });
export async function work() {
  const resource = await pool.acquire();
  try {
    await resource.run();
  } finally {
    await pool.release(resource);
  }
}` },
  { name: "async-mutex: acquire, try, release in finally; and runExclusive", code: `${mutex}let counter = 0;
export async function increment() {
  const release = await mutex.acquire();
  try {
    counter += 1;
  } finally {
    release();
  }
  await mutex.runExclusive(() => {
    counter -= 1;
  });
}` },
  { name: "fs/promises: open, read in try, close in finally", code: `import { open } from "node:fs/promises";
export async function head(path: string) {
  const fh = await open(path, "r");
  try {
    const { bytesRead } = await fh.read(Buffer.alloc(16), 0, 16, 0);
    return bytesRead;
  } finally {
    await fh.close();
  }
}` },
  { name: "embind (OpenCV.js): clone, work in try, delete in finally", code: `${embind}export function gray(src: cv.Mat) {
  const dst = src.clone();
  try {
    cv.cvtColor(src, dst, cv.COLOR_RGBA2GRAY);
    return dst.size();
  } finally {
    dst.delete();
  }
}` },
  { name: "vscode: createModelReference, read in try, dispose in finally", code: `import * as vscode from "vscode";
export async function text(uri: vscode.Uri) {
  const ref = await vscode.workspace.createModelReference(uri);
  try {
    return ref.object.textEditorModel.getValue();
  } finally {
    ref.dispose();
  }
}` },
  { name: "DisposableStack: use what you open, dispose the stack", code: `declare function openLog(): Disposable;
export function record() {
  using stack = new DisposableStack();
  const log = stack.use(openLog());
  stack.defer(() => console.log("done"));
  return typeof log;
}` },
];

export const invalid: InvalidTestCase<MessageId, []>[] = [
  invalidCase("quickjs: a .global of another object is no static handle", `${quickjs}export function f(vm: QuickJSContext, target: QuickJSHandle, opts: { global: unknown }) {
  const h = vm.getProp(target, "x");
  if (h === opts.global) return null;
  h.dispose();
  return 1;
}`, (code) => [atExit(code, "return null;", "h", "vm.getProp")]),
  invalidCase("Object.defineProperty with a non-function getter throws", `${quickjs}export function f(vm: QuickJSContext) {
  const h = vm.newObject();
  const obj = {};
  Object.defineProperty(obj, "x", { get: 5 });
  h.dispose();
  return obj;
}`, (code) => [onThrow(code, "Object.defineProperty(", "h", "vm.newObject")]),
  invalidCase("expect(err).not.toBeNull() tells nothing (undefined passes): an ordinary call", `import pg from "pg";
import { expect } from "vitest";
const pool = new pg.Pool();
export function f() {
  pool.connect((err, client, release) => {
    expect(err).not.toBeNull();
    return;
  });
}`, (code) => [onThrow(code, "expect(err)", "client", "client, release"), atExit(code, "return;", "client", "client, release")]),
  invalidCase("quickjs: a property of this is no kind object, even when the method puts this", `${quickjs}declare class Base { dispose(): void }
export class Runner extends Base {
  declare engine: { evalCode(code: string): void };
  run(vm: QuickJSContext, code: string) {
    const h = vm.newObject();
    this.engine.evalCode(code);
    h.dispose();
    this.dispose();
  }
}`, (code) => [onThrow(code, "this.engine.evalCode", "h", "vm.newObject")]),
  invalidCase("pg: a rejected query skips a releasing .then after Promise.all", `${pg}export async function both() {
  const client = await pool.connect();
  Promise.all([client.query("a"), client.query("b")]).then(() => client.release());
}`, (code) => [onThrow(code, "client.query(\"a\")", "client", "pool.connect()")]),
  invalidCase("pg: a rejected query kept in a local skips the .then on it", `${pg}export async function later() {
  const client = await pool.connect();
  const p = client.query("a");
  p.then(() => client.release());
}`, (code) => [onThrow(code, "client.query(", "client", "pool.connect()")]),
  invalidCase("pg: .then(ok, err) where only ok releases", `${pg}export async function half() {
  const client = await pool.connect();
  client.query("a").then(() => client.release(), (e) => console.error(e));
}`, (code) => [onThrow(code, "client.query(", "client", "pool.connect()")]),
  invalidCase("quickjs: a handle different from vm.undefined is still owned", `${quickjs}export function f(vm: QuickJSContext, target: QuickJSHandle) {
  const method = vm.getProp(target, "return");
  if (method !== vm.undefined) return null;
  method.dispose();
  return 1;
}`, (code) => [atExit(code, "return null;", "method", "vm.getProp")]),
  invalidCase("Object.defineProperty mixing a value with an accessor throws", `${quickjs}export function f(vm: QuickJSContext, get: () => number) {
  const h = vm.newObject();
  const obj = {};
  Object.defineProperty(obj, "x", { value: 1, get });
  h.dispose();
  return obj;
}`, (code) => [onThrow(code, "Object.defineProperty(", "h", "vm.newObject")]),
  invalidCase("Object.defineProperties on an object that came from elsewhere may throw", `${quickjs}export function f(vm: QuickJSContext, obj: object) {
  const h = vm.newObject();
  Object.defineProperties(obj, { x: { value: 1 } });
  h.dispose();
}`, (code) => [onThrow(code, "Object.defineProperties(", "h", "vm.newObject")]),
  invalidCase("expect.js: a matcher that says nothing of err is an ordinary call", `import pg from "pg";
import expect from "expect.js";
const pool = new pg.Pool();
export function check() {
  pool.connect((err, client, release) => {
    expect(err).to.equal(0);
    release();
  });
}`, (code) => [onThrow(code, "expect(err).to.equal(0)", "client", "client, release")]),
  invalidCase("an expect of the file's own is an ordinary call", `import pg from "pg";
declare function expect(v: unknown): { to: { be(v: unknown): void } };
const pool = new pg.Pool();
export function check() {
  pool.connect((err, client, release) => {
    expect(err).to.be(undefined);
    release();
  });
}`, (code) => [onThrow(code, "expect(err).to.be(undefined)", "client", "client, release")]),
  invalidCase("expect.js: past expect(err).to.be(undefined), a failing assertion on the client throws while it is held", `import pg from "pg";
import expect from "expect.js";
const pool = new pg.Pool();
export function check() {
  pool.connect((err, client, release) => {
    expect(err).to.be(undefined);
    expect(client.processID).to.be.ok();
    release();
  });
}`, (code) => [onThrow(code, "expect(client.processID)", "client", "client, release")]),
  invalidCase("pg Client: a connection string is parsed, and a malformed one throws", `import pg from "pg";
export async function two(url: string) {
  const first = new pg.Client();
  await first.connect();
  const second = new pg.Client({ connectionString: url });
  await first.end();
  return second;
}`, (code) => [onThrow(code, "new pg.Client({", "first", "first.connect()")]),
  invalidCase("pg Client: a rejected query skips the .then that ends the client", `import pg from "pg";
export async function once() {
  const client = new pg.Client();
  await client.connect();
  return client.query("SELECT 1").then((r) => {
    void client.end();
    return r.rows;
  });
}`, (code) => [onThrow(code, "client.query(", "client", "client.connect()")]),
  invalidCase("assert(c) throws while a client is held when c is falsy", `${pg}import assert from "node:assert";
export async function check(ready: boolean) {
  const client = await pool.connect();
  assert(ready, "not ready");
  client.release();
}`, (code) => [onThrow(code, "assert(ready", "client", "pool.connect()")]),
  // The suggestions move this handle's own put: the put of a temporary before it (named by no
  // variable) is not `handle`'s, even though unnamed expressions are shown as `handle`.
  invalidCase("quickjs: a put of an unwrapped temporary sits between the acquire and the handle's own put", `${quickjs}export function f(vm: QuickJSContext, code: string) {
  const handle = vm.newObject();
  vm.unwrapResult(vm.evalCode(code)).dispose();
  handle.dispose();
}`, (code) => [onThrow(code, "vm.unwrapResult(vm.evalCode", "handle", "vm.newObject()")]),
  // Real leaks stay reported: a Map#get does not hide the call after it that may throw.
  invalidCase("Map#get before an await that may throw: reported at the await", `${pg}const cache = new Map<string, number>();
declare function load(): Promise<void>;
export async function q(k: string) {
  const client = await pool.connect();
  const hit = cache.get(k);
  await load();
  client.release();
  return hit;
}`, (code) => [onThrow(code, "await load()", "client", "pool.connect()")]),
  invalidCase("an unknown call still throws under any-call", `${pg}declare function check(): void;
export async function q() {
  const client = await pool.connect();
  check();
  client.release();
}`, (code) => [onThrow(code, "check();", "client", "pool.connect()")]),
  invalidCase("get() of an object of unknown provenance may throw", `${pg}export async function q(store: { get(k: string): number }) {
  const client = await pool.connect();
  store.get("x");
  client.release();
}`, (code) => [onThrow(code, `store.get("x")`, "client", "pool.connect()")]),
  invalidCase("a Map received untyped is not known to be a Map", `${pg}export async function q(cache: any) {
  const client = await pool.connect();
  cache.get("x");
  client.release();
}`, (code) => [onThrow(code, `cache.get("x")`, "client", "pool.connect()")]),
  invalidCase("a local named console is not the global console", `${pg}declare function makeLogger(): { log(message: string): void };
export async function q() {
  const console = makeLogger();
  const client = await pool.connect();
  console.log("checked out");
  client.release();
}`, (code) => [onThrow(code, `console.log("checked out")`, "client", "pool.connect()")]),
  invalidCase("JSON.stringify may throw (a cycle, a BigInt)", `${pg}export async function q(row: object) {
  const client = await pool.connect();
  const text = JSON.stringify(row);
  client.release();
  return text;
}`, (code) => [onThrow(code, "JSON.stringify(row)", "client", "pool.connect()")]),
  invalidCase("a same-file function that is not async may throw", `${pg}function audit(message: string) {
  if (!message) throw new Error("empty");
}
export async function q() {
  const client = await pool.connect();
  audit("checked out");
  client.release();
}`, (code) => [onThrow(code, `audit("checked out")`, "client", "pool.connect()")]),
  invalidCase("awaiting a same-file async function may throw (it rejects)", `${pg}async function audit(message: string) {
  console.log(message);
}
export async function q() {
  const client = await pool.connect();
  await audit("checked out");
  client.release();
}`, (code) => [onThrow(code, `await audit("checked out")`, "client", "pool.connect()")]),
  invalidCase("reduce without an initial value throws on an empty array", `${pg}export async function q(sizes: number[]) {
  const client = await pool.connect();
  const total = sizes.reduce((a, b) => a + b);
  client.release();
  return total;
}`, (code) => [onThrow(code, "sizes.reduce(", "client", "pool.connect()")]),
  invalidCase("a .then that releases only on success does not cover the chain", `${pg}export async function rows(sql: string) {
  const client = await pool.connect();
  return client.query(sql).then((r) => {
    client.release();
    return r.rows;
  });
}`, (code) => [onThrow(code, "client.query(sql)", "client", "pool.connect()")]),
  invalidCase("persist(x).finally(release) on one branch only", `${mutex}declare function persist(x: number): Promise<void>;
export async function save(x: number) {
  const release = await mutex.acquire();
  if (x > 0) persist(x).finally(release);
}`, (code) => [{ ...atEnd(code, "\n}", "release", "mutex.acquire()"), ...lastBrace(code) }]),
  invalidCase("quickjs: unwrapResult throws the guest's error while another handle is held", `${quickjs}export function f(vm: QuickJSContext, code: string) {
  const a = vm.newString("x");
  const r = vm.unwrapResult(vm.evalCode(code));
  a.dispose();
  r.dispose();
}`, (code) => [onThrow(code, "vm.unwrapResult(", "a", "vm.newString")]),
  invalidCase("quickjs: past an alive test the handle is still owned", `${quickjs}export function f(vm: QuickJSContext) {
  const h = vm.newObject();
  if (!h.alive) return 0;
  return 1;
}`, (code) => [atExit(code, "return 1;", "h", "vm.newObject()")]),
  invalidCase("embind: returning when the clone is not deleted leaks it", `${embind}export function f(src: cv.Mat) {
  const m = src.clone();
  if (!m.isDeleted()) return;
  m.delete();
}`, (code) => [atExit(code, "return;", "m", "src.clone()")]),
  invalidCase("embind: a method of another object is not the kind's (no nothrow list applies)", `${embind}export function f(src: cv.Mat, other: { size(): number }) {
  const m = src.clone();
  other.size();
  m.delete();
}`, (code) => [onThrow(code, "other.size()", "m", "src.clone()")]),
];
