// Receiver provenance for library kinds without type information (issue 12, "What to build" 1):
// a library acquire matches only on a receiver that comes from the library (its imported
// constructor or factory, one of its types, a field of the class declared or initialised that
// way, a handle of the kind), or, in a file importing the library at run time, on a receiver of
// unknown origin when the operation is distinctive or the function puts the result.
// Each look-alike of the "Why" was reported on main and is silent here; each real library
// receiver still reports. Verdicts were decided from the issue and DESIGN §2.2 before running.
// Suggestion outputs live in provenance.suggestions.ts, written by scripts/gen-suggestions.js.
import type { InvalidTestCase, ValidTestCase } from "@typescript-eslint/rule-tester";
import type { ESLintUtils } from "@typescript-eslint/utils";
import type putOnEveryPath from "../../src/rules/put-on-every-path.js";
import { at } from "../helpers/locate.js";

type MessageId = ESLintUtils.InferMessageIdsTypeFromRule<typeof putOnEveryPath>;

export const rule = "put-on-every-path" as const;

/** Line (1-based) of the first occurrence of `needle`, as the string the messages use. */
const lineOf = (code: string, needle: string): string => String(at(code, needle, 0).line);

const onThrow = (code: string, needle: string, handle: string, taken: string) => ({
  messageId: "leakOnThrow" as const,
  data: { handle, line: lineOf(code, taken) },
  ...at(code, needle),
});

/** The `k`-th closing brace from the end (0: the last), where a function's end is reported. */
function closing(code: string, k = 0): { line: number; column: number } {
  let index = code.length;
  for (let i = 0; i <= k; i++) index = code.lastIndexOf("}", index - 1);
  const before = code.slice(0, index).split("\n");
  return { line: before.length, column: (before[before.length - 1] ?? "").length + 1 };
}

const atEnd = (code: string, k: number, handle: string, taken: string) => ({
  messageId: "leakAtEnd" as const,
  data: { handle, line: lineOf(code, taken), where: "at the end of the function" },
  ...closing(code, k),
});

const atExit = (code: string, needle: string, handle: string, taken: string, exit = "return") => ({
  messageId: "leakAtExit" as const,
  data: { handle, line: lineOf(code, taken), exit },
  ...at(code, needle),
});

function invalidCase(
  name: string,
  code: string,
  errors: (code: string) => InvalidTestCase<MessageId, []>["errors"],
  filename?: string,
): InvalidTestCase<MessageId, []> {
  return { name, code, errors: errors(code), ...(filename ? { filename } : {}) };
}

// Look-alikes of the "Why" (each reported on main).
const ownConnect = `import type { PoolClient } from "pg";
export class Db {
  async connect(): Promise<PoolClient> {
    throw new Error("not connected");
  }
  async count() {
    const c = await this.connect();
    await c.query("select 1");
  }
}`;

const netConnect = `import net from "node:net";
import { Pool } from "pg";
export const pool = new Pool();
export function dial(port: number) {
  const socket = net.connect(port);
  socket.write("hello");
}`;

// The client's own lifecycle (connect … end) is checked too (lifecycles.cases.ts): it ends here.
const pgClient = `import pg from "pg";
export async function direct() {
  const client = new pg.Client();
  const connected = await client.connect();
  try {
    await client.query("select 1");
  } finally {
    await client.end();
  }
  return connected;
}`;

const windowOpen = `import { readFile } from "fs/promises";
export async function preview(url: string) {
  const popup = window.open(url);
  popup?.document.write(await readFile("x", "utf8"));
}`;

const optsClone = `import cv from "@techstark/opencv-js";
export function settings(opts: { clone(): { size: number } }) {
  const copy = opts.clone();
  report(copy.size);
  return cv.CV_8U;
}
declare function report(n: number): void;`;

const emGetConnection = `import type { Pool } from "mysql2/promise";
interface EntityManager {
  getConnection(): Promise<{ query(sql: string): Promise<unknown> }>;
}
export async function run(em: EntityManager, pool: Pool | null) {
  const conn = await em.getConnection();
  await conn.query("select 1");
  return pool;
}`;

const doubleClaim = `import { createPool } from "generic-pool";
import { Mutex } from "async-mutex";
const mutex = new Mutex();
export const pool = createPool({ create: async () => ({}), destroy: async () => undefined });
export async function critical(work: () => Promise<void>) {
  const release = await mutex.acquire();
  try {
    await work();
  } finally {
    release();
  }
}`;

// Corpus (forced pass, sequelize and typeorm): three more ways a name was taken for a handle.
// (A) vscode's `acquire` matched on any receiver, ahead of every usage-evidence claim.
const vscodeUntypedAcquire = `import * as vscode from "vscode";
export async function t(sequelize: any) {
  const connection = await sequelize.pool.acquire();
  expect(connection.filename).to.equal("");
}
export const api = vscode;
declare function expect(v: unknown): { to: { equal(v: unknown): void } };`;

// (B) a called releaser (async-mutex's form) taken as evidence for generic-pool's result form.
const releaserNotPoolEvidence = `export async function query(lock: any, q: string) {
  const release = await lock.acquire();
  if (q) return 1;
  release();
  return 2;
}`;

// (C) `this.pool.release(c)` read as pg's `client.release()` of the pool, so `c` was never put.
const poolReleaseBesidePg = `export class S {
  declare pool: any;
  async f(cb: () => Promise<void>) {
    const c = await this.pool.acquire();
    try {
      await cb();
    } finally {
      this.pool.release(c);
    }
  }
}`;

const ALL_PRESETS = ["pg", "mysql2", "generic-pool", "async-mutex", "fs-promises", "quickjs-emscripten", "embind", "vscode", "disposable-stack", "async-disposable-stack"];

export const valid: ValidTestCase<[]>[] = [
  { name: "why: a class's own this.connect() in a file importing pg types is not a checkout", code: ownConnect },
  { name: "why: net.connect(port) in a file importing pg is not a checkout", code: netConnect },
  { name: "why: client.connect() of a pg.Client is not a pool checkout", code: pgClient },
  // Corpus (forced pass): a kind that describes no receivers (vscode's `acquire`) gives way to the
  // kind whose provenance matches; a put named by two kinds goes to the kind whose object receives it.
  {
    name: "forced generic-pool and vscode: an untyped pool's acquire is the pool's (usage evidence), released in finally",
    settings: { kref: { presets: ["generic-pool", "vscode"] } },
    code: `export async function use(pool: any, work: (r: object) => Promise<void>) {
  const r = await pool.acquire();
  try {
    await work(r);
  } finally {
    pool.release(r);
  }
}`,
  },
  { name: "pool.release(r) of a generic-pool beside pg's client.release(): generic-pool's put", code: `import { createPool } from "generic-pool";
import { Pool } from "pg";
declare const factory: { create(): Promise<object>; destroy(r: object): Promise<void> };
const pool = createPool(factory);
export const pg = new Pool();
export async function use(work: (r: object) => Promise<void>) {
  const r = await pool.acquire();
  try {
    await work(r);
  } finally {
    pool.release(r);
  }
}` },
  { name: "why: window.open() in a file importing fs/promises is not a file handle", code: windowOpen },
  { name: "why: opts.clone() in a file importing an embind library is not an embind clone", code: optsClone },
  { name: "why: em.getConnection() of an ORM in a file importing mysql2 types is not a checkout", code: emGetConnection },
  { name: "why: mutex.acquire() with generic-pool and async-mutex imported is async-mutex's, released in finally", code: doubleClaim },
  // More look-alikes, pinned silent.
  {
    name: "a Client typed with pg's Client type connects without a checkout",
    code: `import type { Client } from "pg";
export async function open(client: Client) {
  const c = await client.connect();
  return [c];
}`,
  },
  {
    name: "an untyped receiver in a file importing pg at run time, no release in the function: unknown, silent",
    code: `import { Pool } from "pg";
export const pool = new Pool();
export async function ping(server: { connect(): Promise<{ query(s: string): Promise<void> }> }) {
  const c = await server.connect();
  await c.query("select 1");
}`,
  },
  {
    name: "import type only: an untyped receiver with a release is not inferred (no runtime import)",
    code: `import type { Pool } from "pg";
export async function q(pool: any, p: Pool) {
  const c = await pool.connect();
  await c.query("select 1");
  c.release();
  return p;
}`,
  },
  {
    name: "a plain open() that is not fs/promises' own binding is not a file handle",
    code: `import { readFile } from "fs/promises";
function open(path: string) {
  return { path, close() {} };
}
export async function f(path: string) {
  const h = open(path);
  await readFile(h.path);
}`,
  },
  {
    name: "a quickjs operation that is not distinctive (getProp) on an untyped receiver: unknown, silent",
    code: `import { getQuickJS } from "quickjs-emscripten";
export async function read(store, key) {
  const value = store.getProp(key);
  await getQuickJS();
  return value.size;
}`,
  },
  {
    name: "a field typed with the file's own class is not pg's pool",
    code: `import "pg";
class Pool {
  async connect() {
    return { async query(s: string) { return s; } };
  }
}
export class Repo {
  private pool: Pool = new Pool();
  async run() {
    const c = await this.pool.connect();
    await c.query("x");
  }
}`,
  },
  {
    name: "a forced preset: net.connect() is still Node's, not pg's",
    code: `import net from "node:net";
export function dial(port: number) {
  const socket = net.connect(port);
  socket.write("hello");
}`,
    settings: { kref: { presets: ["pg"] } },
  },
  // Real library receivers released correctly stay silent.
  {
    name: "pg's pool from the namespace constructor, released in finally",
    code: `import pg from "pg";
const pool = new pg.Pool();
export async function q() {
  const client = await pool.connect();
  try {
    await client.query("select 1");
  } finally {
    client.release();
  }
}`,
  },
  // Corpus (forced pass on sequelize and typeorm), each reported on main.
  { name: "why (A): an untyped pool's acquire() in a file importing vscode is no ReferenceCollection's: silent", code: vscodeUntypedAcquire },
  {
    name: "why (A), every preset forced: an acquire nobody releases in the function has no usage evidence: silent",
    settings: { kref: { presets: ALL_PRESETS } },
    code: `export async function leaseOnly(sequelize: any) {
  const connection = await sequelize.pool.acquire();
  await connection.ping();
}`,
  },
  { name: "why (B), generic-pool forced: a called releaser is no evidence of generic-pool's acquire", settings: { kref: { presets: ["generic-pool"] } }, code: releaserNotPoolEvidence },
  { name: "why (C), generic-pool and pg forced: this.pool.release(c) is generic-pool's put of c, not pg's release of the pool", settings: { kref: { presets: ["generic-pool", "pg"] } }, code: poolReleaseBesidePg },
  {
    name: "why (C), every preset forced: pool.release(connection) on a member receiver puts the acquired connection",
    settings: { kref: { presets: ALL_PRESETS } },
    code: `export async function getConnectionPid(sequelize: any) {
  const connection = await sequelize.pool.acquire();
  const pid = connection.processID;
  sequelize.pool.release(connection);
  return pid;
}`,
  },
  {
    name: "(C) generic-pool and mysql2 forced: this.pool.destroy(c) is generic-pool's put of c, not mysql2's conn.destroy()",
    settings: { kref: { presets: ["generic-pool", "mysql2"] } },
    code: `export class S {
  declare pool: any;
  async f(cb: (c: object) => Promise<void>) {
    const c = await this.pool.acquire();
    try {
      await cb(c);
    } finally {
      await this.pool.destroy(c);
    }
  }
}`,
  },
  {
    name: "(C) import-aware: a file importing generic-pool and pg, an untyped pool released in finally",
    code: `import { createPool } from "generic-pool";
import { Pool } from "pg";
export const pools = [createPool, Pool];
export async function use(pool: any, work: (r: object) => Promise<void>) {
  const r = await pool.acquire();
  try {
    await work(r);
  } finally {
    pool.release(r);
  }
}`,
  },
  {
    name: "(C) a generic-pool 2 callback checkout released by pool.release(r) beside pg",
    settings: { kref: { presets: ["generic-pool", "pg"] } },
    code: `export function use(pool: any, work: (r: object) => void) {
  pool.acquire((err: Error | null, r: object) => {
    if (err) return;
    try {
      work(r);
    } finally {
      pool.release(r);
    }
  });
}`,
  },
];

export const invalid: InvalidTestCase<MessageId, []>[] = [
  invalidCase(
    "a pool made by pg's constructor: the unreleased client is reported",
    `import { Pool } from "pg";
const pool = new Pool();
export async function q() {
  const c = await pool.connect();
  await c.query("select 1");
}`,
    (code) => [onThrow(code, `await c.query("select 1")`, "c", "pool.connect"), atEnd(code, 0, "c", "pool.connect")],
  ),
  invalidCase(
    "this.pool: a field typed Pool (import type)",
    `import type { Pool } from "pg";
export class Repo {
  private pool: Pool;
  constructor(pool: Pool) {
    this.pool = pool;
  }
  async run() {
    const c = await this.pool.connect();
    await c.query("select 1");
  }
}`,
    (code) => [onThrow(code, `await c.query("select 1")`, "c", "this.pool.connect"), atEnd(code, 1, "c", "this.pool.connect")],
  ),
  invalidCase(
    "this.pool: a field initialised with new Pool() in the constructor",
    `import { Pool } from "pg";
export class Repo {
  pool;
  constructor() {
    this.pool = new Pool();
  }
  async run() {
    const c = await this.pool.connect();
    await c.query("select 1");
  }
}`,
    (code) => [onThrow(code, `await c.query("select 1")`, "c", "this.pool.connect"), atEnd(code, 1, "c", "this.pool.connect")],
  ),
  invalidCase(
    "a parameter typed Pool through import type",
    `import type { Pool } from "pg";
export async function q(pool: Pool) {
  const c = await pool.connect();
  await c.query("select 1");
}`,
    (code) => [onThrow(code, `await c.query("select 1")`, "c", "pool.connect"), atEnd(code, 0, "c", "pool.connect")],
  ),
  invalidCase(
    "plain JavaScript, untyped parameter: releasing on one path is usage evidence, the throw path leaks",
    `import { Pool } from "pg";
export async function q(pool) {
  const c = await pool.connect();
  await c.query("select 1");
  c.release();
}`,
    (code) => [onThrow(code, `await c.query("select 1")`, "c", "pool.connect")],
    "example.js",
  ),
  invalidCase(
    "plain JavaScript, untyped parameter: a released checkout is evidence for a second one on the same pool",
    `import { Pool } from "pg";
export async function twice(pool) {
  const a = await pool.connect();
  a.release();
  const b = await pool.connect();
  return b.processID;
}`,
    (code) => [atExit(code, "return b.processID", "b", "const b")],
    "example.js",
  ),
  invalidCase(
    "quickjs: a distinctive operation on an untyped vm in a file importing quickjs at run time",
    `import { getQuickJS } from "quickjs-emscripten";
export function define(vm, name) {
  const h = vm.newString(name);
  vm.setProp(vm.global, name, h);
}`,
    // setProp neither throws nor takes the handle (throw lists, item 7): h leaks at the end.
    (code) => [{
      messageId: "leakAtEnd" as const,
      data: { handle: "h", line: String(at(code, "vm.newString", 0).line), where: "at the end of the function" },
      line: code.split("\n").length,
      column: 1,
    }],
  ),
  invalidCase(
    "quickjs: a context from getQuickJS().newContext() and a dup of its handle",
    `import { getQuickJS } from "quickjs-emscripten";
export async function run() {
  const QuickJS = await getQuickJS();
  const vm = QuickJS.newContext();
  const h = vm.newObject();
  const d = h.dup();
  d.dispose();
  vm.dispose();
}`,
    (code) => [atEnd(code, 0, "h", "vm.newObject")],
  ),
  invalidCase(
    "double claim: mutex.acquire() with generic-pool and async-mutex imported is one handle, reported once",
    `import { createPool } from "generic-pool";
import { Mutex } from "async-mutex";
const mutex = new Mutex();
export const pool = createPool({ create: async () => ({}), destroy: async () => undefined });
export async function forgotten() {
  const release = await mutex.acquire();
  return 1;
}`,
    (code) => [atExit(code, "return 1", "release", "mutex.acquire")],
  ),
  invalidCase(
    "mysql2: a pool from mysql.createPool() keeps its provenance through .promise()",
    `import mysql from "mysql2";
const pool = mysql.createPool({}).promise();
export async function q() {
  const conn = await pool.getConnection();
  await conn.query("select 1");
}`,
    (code) => [onThrow(code, `await conn.query("select 1")`, "conn", "pool.getConnection"), atEnd(code, 0, "conn", "pool.getConnection")],
  ),
  invalidCase(
    "fs/promises: fs.open() on the module's namespace is a file handle",
    `import * as fs from "node:fs/promises";
export async function head(path: string) {
  const fh = await fs.open(path);
  await fh.read();
}`,
    (code) => [onThrow(code, "await fh.read()", "fh", "fs.open"), atEnd(code, 0, "fh", "fs.open")],
  ),
  invalidCase(
    "quickjs: a module variable assigned getQuickJS() later gives its contexts provenance",
    `import { getQuickJS } from "quickjs-emscripten";
let QuickJS;
export async function init() {
  QuickJS = await getQuickJS();
}
export function read() {
  const vm = QuickJS.newContext();
  const x = vm.getProp(vm.global, "x");
  vm.dispose();
}`,
    (code) => [atEnd(code, 0, "x", "vm.getProp")],
  ),
  invalidCase(
    "quickjs: a placeholder null does not hide the context assigned later",
    `import { getQuickJS } from "quickjs-emscripten";
let vm = null;
export async function setup() {
  vm = (await getQuickJS()).newContext();
  vm = undefined;
}
export function kind() {
  const g = vm.getProp(vm.global, "x");
  return g === undefined;
}`,
    (code) => [atExit(code, "return g === undefined", "g", "vm.getProp")],
  ),
  invalidCase(
    "a subclass of pg's Pool is a pool",
    `import { Pool } from "pg";
class AppPool extends Pool {}
const db = new AppPool();
export async function q() {
  const c = await db.connect();
  await c.query("select 1");
}`,
    (code) => [onThrow(code, `await c.query("select 1")`, "c", "db.connect"), atEnd(code, 0, "c", "db.connect")],
  ),
  {
    ...invalidCase(
      "a forced preset counts as imported: an untyped pool with usage evidence is checked without the import",
      `export async function q(pool) {
  const c = await pool.connect();
  await c.query("select 1");
  c.release();
}`,
      (code) => [onThrow(code, `await c.query("select 1")`, "c", "pool.connect")],
    ),
    settings: { kref: { presets: ["pg"] } },
  },
  invalidCase(
    "embind: a clone of a Mat made with new cv.Mat()",
    `import cv from "@techstark/opencv-js";
export function copy() {
  const m = new cv.Mat();
  const c = m.clone();
  m.delete();
  return c.rows;
}`,
    (code) => [atExit(code, "return c.rows", "c", "m.clone")],
  ),
  invalidCase(
    "(A) vscode: a subclass of VS Code's own ReferenceCollection is a collection, wherever the class is imported from",
    `import { ReferenceCollection } from "../../base/common/lifecycle.js";
class Models extends ReferenceCollection<{ version: number }> {
  protected createReferencedObject() {
    return { version: 1 };
  }
  protected destroyReferencedObject() {}
}
const models = new Models();
export function peek(key: string, skip: boolean) {
  const ref = models.acquire(key);
  if (skip) return 0;
  ref.dispose();
  return 1;
}
export const open = (service: { createModelReference(u: string): Promise<unknown> }, u: string) => service.createModelReference(u);`,
    (code) => [atExit(code, "return 0", "ref", "models.acquire")],
  ),
  invalidCase(
    "(A) vscode: an untyped receiver whose reference the function disposes on some path (usage evidence)",
    `import * as vscode from "vscode";
export function peek(models: any, key: string, skip: boolean) {
  const ref = models.acquire(key);
  if (skip) return 0;
  ref.dispose();
  return vscode.version;
}`,
    (code) => [atExit(code, "return 0", "ref", "models.acquire")],
  ),
  {
    ...invalidCase(
      "(B) generic-pool and async-mutex forced: the called releaser is async-mutex's evidence, the early return leaks once",
      releaserNotPoolEvidence,
      (code) => [atExit(code, "return 1", "release", "lock.acquire")],
    ),
    settings: { kref: { presets: ["generic-pool", "async-mutex"] } },
  },
  {
    ...invalidCase(
      "(C) generic-pool and pg forced: this.pool.release(c) after a call that may throw is a put, and the throw path leaks",
      `export class S {
  declare pool: any;
  async f(cb: () => Promise<void>) {
    const c = await this.pool.acquire();
    await cb();
    this.pool.release(c);
  }
}`,
      (code) => [onThrow(code, "await cb()", "c", "this.pool.acquire")],
    ),
    settings: { kref: { presets: ["generic-pool", "pg"] } },
  },
  {
    ...invalidCase(
      "a user kind that describes no receivers (matched by name) gives way to a preset's usage evidence: async-mutex's releaser, reported once",
      releaserNotPoolEvidence,
      (code) => [atExit(code, "return 1", "release", "lock.acquire")],
    ),
    settings: {
      kref: {
        presets: ["async-mutex"],
        resources: [{ name: "lease", acquire: [{ methods: ["acquire"], handle: "result" }], put: [{ methods: ["dispose"], handle: "receiver" }] }],
      },
    },
  },
  invalidCase(
    "(A) vscode: this.acquire(key) inside a subclass of ReferenceCollection is the collection's",
    `import * as vscode from "vscode";
import { ReferenceCollection } from "./lifecycle";
export class Documents extends ReferenceCollection<vscode.TextDocument> {
  version(key: string, skip: boolean) {
    const ref = this.acquire(key);
    if (skip) return 0;
    const v = ref.object.version;
    ref.dispose();
    return v;
  }
}`,
    // Reading `ref.object.version` is no call: only the early return leaks.
    (code) => [atExit(code, "return 0", "ref", "this.acquire")],
  ),
  invalidCase(
    "(A) vscode: a field typed with the file's own subclass of ReferenceCollection",
    `import * as vscode from "vscode";
import { ReferenceCollection } from "vs/base/common/lifecycle";
class Models extends ReferenceCollection<{ v: number }> {
  protected createReferencedObject() {
    return { v: 1 };
  }
  protected destroyReferencedObject() {}
}
export class Service {
  private readonly models: Models = new Models();
  peek(key: string, skip: boolean) {
    const ref = this.models.acquire(key);
    if (skip) return 0;
    ref.dispose();
    return vscode.version;
  }
}`,
    (code) => [atExit(code, "return 0", "ref", "this.models.acquire")],
  ),
  invalidCase(
    "a field typed with the file's own subclass of pg's Pool is a pool",
    `import { Pool } from "pg";
class AppPool extends Pool {}
export class Repo {
  private pool: AppPool = new AppPool();
  async run() {
    const c = await this.pool.connect();
    await c.query("select 1");
  }
}`,
    (code) => [onThrow(code, `await c.query("select 1")`, "c", "this.pool.connect"), atEnd(code, 1, "c", "this.pool.connect")],
  ),
];
