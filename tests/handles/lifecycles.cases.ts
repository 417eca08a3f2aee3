// Library lifecycles (issue 12, "What to build" 4): a pg `Client` (connect … end), callback
// checkouts wrapped in a promise, and the callback forms of mysql2's `getConnection` and
// generic-pool 2's `acquire`. Verdicts were decided from the issue and DESIGN §2.2 before running
// them. Suggestion outputs live in lifecycles.suggestions.ts, written by scripts/gen-suggestions.js.
import type { InvalidTestCase, ValidTestCase } from "@typescript-eslint/rule-tester";
import type { ESLintUtils } from "@typescript-eslint/utils";
import type putOnEveryPath from "../../src/rules/put-on-every-path.js";
import { at } from "../helpers/locate.js";
import { atExit, onThrow } from "../helpers/leak-errors.js";

type MessageId = ESLintUtils.InferMessageIdsTypeFromRule<typeof putOnEveryPath>;

export const rule = "put-on-every-path" as const;

const mysql = `import mysql from "mysql2";
const pool = mysql.createPool({});
`;
const genericPool = `import genericPool from "generic-pool";
declare const pool: genericPool.Pool<Db>;
`;

function invalidCase(name: string, code: string, errors: (code: string) => InvalidTestCase<MessageId, []>["errors"]): InvalidTestCase<MessageId, []> {
  return { name, code, errors: errors(code) };
}

export const valid: ValidTestCase<[]>[] = [
  // pg Client: the acquire is `connect()` (a client never connected holds nothing), the put `end()`.
  {
    name: "pg Client: connect inside try, end in finally (canonical)",
    code: `import { Client } from "pg";
export async function run(q: string) {
  const client = new Client();
  try {
    await client.connect();
    return await client.query(q);
  } finally {
    await client.end();
  }
}`,
  },
  {
    name: "pg Client of a default import: connect, then try with end in finally",
    code: `import pg from "pg";
export async function run(q: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const res = await client.query(q);
    return res.rows;
  } finally {
    await client.end();
  }
}`,
  },
  {
    name: "pg Client: ended on both the normal and the catch path",
    code: `import { Client } from "pg";
export async function run(q: string) {
  const client = new Client();
  await client.connect();
  try {
    const res = await client.query(q);
    await client.end();
    return res;
  } catch (error) {
    await client.end();
    throw error;
  }
}`,
  },
  {
    name: "pg Client never connected holds nothing",
    code: `import { Client } from "pg";
export function make(config: object | null) {
  const client = new Client(config ?? undefined);
  if (!config) return null;
  return client;
}`,
  },
  {
    name: "pg Client connected and returned: the caller ends it",
    code: `import { Client } from "pg";
export async function open() {
  const client = new Client();
  await client.connect();
  return client;
}`,
  },
  {
    name: "pg Client in a class field: connected in one method, ended in another",
    code: `import { Client } from "pg";
export class Db {
  private client = new Client();
  async start() {
    await this.client.connect();
    await this.client.query("set search_path to app");
  }
  async stop() {
    await this.client.end();
  }
}`,
  },
  {
    name: "a local class named Client is not pg's",
    code: `import { Pool } from "pg";
class Client {
  async connect() {}
  async query(q: string) { return q; }
  async end() {}
}
export async function run(q: string) {
  const client = new Client();
  await client.connect();
  await client.query(q);
  await client.end();
}`,
  },
  {
    name: "pg Client whose end is handed to an event (client.end.bind(client)) is ended later",
    code: `import pg from "pg";
export function createTables(done: () => void) {
  const client = new pg.Client();
  client.connect();
  client.on("drain", client.end.bind(client));
  client.on("end", done);
  client.query("create table if not exists p(id serial primary key)");
}`,
  },
  {
    name: "a pooled client whose release is handed to a callback is released later",
    code: `import { Pool } from "pg";
const pool = new Pool();
export async function stream(q: string, onDone: (fn: () => void) => void) {
  const client = await pool.connect();
  onDone(client.release.bind(client));
  await client.query(q);
}`,
  },
  {
    name: "end() of a response or a stream is not a put",
    code: `import { Client } from "pg";
export async function respond(res: { write(s: string): void; end(): void }) {
  res.write("ok");
  res.end();
}`,
  },
  // Callback checkouts wrapped in a promise: the executor hands the handle to the promise's value.
  {
    name: "promise-wrapped mysql2 checkout: the executor is silent, the caller releases in finally",
    code: `${mysql}export async function run(q: string) {
  const conn = await new Promise<mysql.PoolConnection>((resolve, reject) => {
    pool.getConnection((err, c) => {
      if (err) reject(err);
      else resolve(c);
    });
  });
  try {
    return await conn.promise().query(q);
  } finally {
    conn.release();
  }
}`,
  },
  {
    name: "promise-wrapped checkout in a helper: the caller releases in finally",
    code: `${mysql}function getConnection(): Promise<mysql.PoolConnection> {
  return new Promise((resolve, reject) => pool.getConnection((err, conn) => (err ? reject(err) : resolve(conn))));
}
export async function run(q: string) {
  const conn = await getConnection();
  try {
    return await conn.promise().query(q);
  } finally {
    conn.release();
  }
}`,
  },
  {
    name: "a promise that resolves with something else is not a checkout",
    code: `${mysql}export async function ping() {
  return new Promise<number>((resolve) =>
    pool.getConnection((err, conn) => {
      if (err) return resolve(0);
      conn.release();
      resolve(1);
    }),
  );
}`,
  },
  {
    name: "promise-wrapped generic-pool 2 checkout released in finally",
    code: `${genericPool}export async function run() {
  const db = await new Promise<Db>((resolve, reject) => pool.acquire((err, r) => (err ? reject(err) : resolve(r))));
  try {
    await db.query("select 1");
  } finally {
    pool.release(db);
  }
}`,
  },
  // Callback forms: the handle is held in the callback unless the error is set.
  {
    name: "mysql2 getConnection callback: released on every path",
    code: `${mysql}export function run(q: string, done: (e: unknown, rows?: unknown) => void) {
  pool.getConnection((err, conn) => {
    if (err) return done(err);
    conn.query(q, (queryError, rows) => {
      conn.release();
      done(queryError, rows);
    });
  });
}`,
  },
  {
    name: "generic-pool 2 acquire callback: released when acquired",
    code: `${genericPool}export function run() {
  pool.acquire(function (err, client) {
    if (err) {
      console.error(err);
    } else {
      client.query("select 1", [], function () {
        pool.release(client);
      });
    }
  });
}`,
  },
];

export const invalid: InvalidTestCase<MessageId, []>[] = [
  // Why: a connected pg Client never ended when a query throws.
  invalidCase(
    "pg Client connected, then a query throws before end()",
    `import { Client } from "pg";
export async function run(q: string) {
  const c = new Client();
  await c.connect();
  await c.query(q);
  await c.end();
}`,
    (code) => [onThrow(code, "await c.query", "c", "c.connect")],
  ),
  invalidCase(
    "pg Client: an early return after connect leaks the connection",
    `import { Client } from "pg";
export async function run(q: string, dryRun: boolean) {
  const client = new Client();
  await client.connect();
  if (dryRun) return null;
  try {
    return await client.query(q);
  } finally {
    await client.end();
  }
}`,
    (code) => [atExit(code, "return null", "client", "client.connect")],
  ),
  invalidCase(
    "pg Client from require: a query throws before end()",
    `const { Client } = require("pg");
async function run(q) {
  const client = new Client();
  await client.connect();
  const res = await client.query(q);
  await client.end();
  return res;
}
module.exports = { run };`,
    (code) => [onThrow(code, "await client.query", "client", "client.connect")],
  ),
  // Why: a callback checkout wrapped in a promise is a checkout the caller must release.
  invalidCase(
    "promise-wrapped mysql2 checkout: a query throws before release",
    `${mysql}export async function run(q: string) {
  const conn = await new Promise<mysql.PoolConnection>((res, rej) => pool.getConnection((err, c) => (err ? rej(err) : res(c))));
  await conn.promise().query(q);
  conn.release();
}`,
    (code) => [onThrow(code, "await conn.promise()", "conn", "const conn")],
  ),
  invalidCase(
    "promise-wrapped pg callback checkout: a query throws before release",
    `import { Pool } from "pg";
const pool = new Pool();
export async function run(q: string) {
  const client = await new Promise<import("pg").PoolClient>((resolve, reject) => {
    pool.connect((err, c, done) => {
      if (err) reject(err);
      else resolve(c);
    });
  });
  await client.query(q);
  client.release();
}`,
    (code) => [onThrow(code, "await client.query", "client", "const client")],
  ),
  invalidCase(
    "promise-wrapped checkout in a helper: the caller returns early without release",
    `${mysql}function getConnection(): Promise<mysql.PoolConnection> {
  return new Promise((resolve, reject) => pool.getConnection((err, conn) => (err ? reject(err) : resolve(conn))));
}
export async function run(skip: boolean) {
  const conn = await getConnection();
  if (skip) return null;
  conn.release();
  return 1;
}`,
    (code) => [atExit(code, "return null", "conn", "const conn")],
  ),
  // Callback forms: every path of the callback must release.
  invalidCase(
    "mysql2 getConnection callback: an early return without release",
    `${mysql}export function run(q: string, done: (e: unknown) => void) {
  pool.getConnection((err, conn) => {
    if (err) return done(err);
    if (!q) return;
    conn.release();
    done(null);
  });
}`,
    (code) => [atExit(code, "return;", "conn", "pool.getConnection")],
  ),
  // A callback that hands the connection on (the caller's callback, a wrapper) is a layer: the
  // pass is a possible transfer, not a borrow, so nothing is reported at its return. Only the
  // throw model speaks: a call that throws took nothing.
  invalidCase(
    "mysql2 getConnection callback handing the connection on: no leak at the return",
    `${mysql}export function getConnection(cb: (e: unknown, c?: mysql.PoolConnection) => void) {
  pool.getConnection((err, connection) => {
    if (err) return cb(err);
    return cb(null, connection);
  });
}`,
    (code) => [onThrow(code, "cb(null, connection)", "connection", "pool.getConnection")],
  ),
  invalidCase(
    "generic-pool 2 acquire callback: an early return without release",
    `${genericPool}export function run(skip: boolean) {
  pool.acquire((err, client) => {
    if (err) return;
    if (skip) return;
    pool.release(client);
  });
}`,
    (code) => [{ ...atExit(code, "if (skip)", "client", "pool.acquire"), ...at(code, "return;", 1) }],
  ),
];
