// kref/put-on-every-path with the pg preset (pg 8): `await pool.connect()` → `client.release()`.
import type { InvalidTestCase, ValidTestCase } from "@typescript-eslint/rule-tester";
import type { ESLintUtils } from "@typescript-eslint/utils";
import type putOnEveryPath from "../../src/rules/put-on-every-path.js";

type MessageId = ESLintUtils.InferMessageIdsTypeFromRule<typeof putOnEveryPath>;

const head = `import { Pool } from "pg";
const pool = new Pool();
`;
// Line numbers below count the two header lines: the function starts on line 3.

export const rule = "put-on-every-path" as const;

export const valid: ValidTestCase<[]>[] = [
  { name: "release in finally", code: `${head}export async function q(sql: string) {
  const client = await pool.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    client.release();
  }
}` },
  { name: "release with an error argument in catch, release in the success path", code: `${head}export async function tx() {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("COMMIT");
  } catch (err) {
    client.release(err as Error);
    throw err;
  }
  client.release();
}` },
  { name: "pool.query manages its own client", code: `${head}export async function count() {
  const res = await pool.query("select count(*) from t");
  return res.rows[0];
}` },
  { name: "returning the client hands it to the caller", code: `${head}export async function checkout() {
  const client = await pool.connect();
  return client;
}` },
  // A Client is not a pool checkout; its own lifecycle (connect … end) is checked too, so the
  // query sits in a try whose finally ends it (tests/handles/lifecycles.cases.ts).
  { name: "a client connected without a pool is not a pool checkout", code: `import { Client } from "pg";
export async function direct() {
  const client = new Client();
  await client.connect();
  try {
    await client.query("select 1");
  } finally {
    await client.end();
  }
}` },
  { name: "release on both branches", code: `${head}export async function branch(fast: boolean) {
  const client = await pool.connect();
  try {
    if (fast) {
      client.release();
      return 1;
    }
    await client.query("select 1");
  } catch {
    // fall through to the release below
  }
  client.release();
  return 0;
}` },
  { name: "await using would need Disposable clients: plain release in finally inside a loop", code: `${head}export async function each(ids: string[]) {
  for (const id of ids) {
    const client = await pool.connect();
    try {
      await client.query("select $1", [id]);
    } finally {
      client.release();
    }
  }
}` },
  // Regressions from the corpus run (docs/corpus.md).
  { name: "corpus: awaiting a pending connect aliases it; releasing the awaited client puts it", code: `${head}export async function later() {
  const pending = pool.connect();
  const client = await pending;
  client.release();
}` },
  { name: "corpus: a callback does not own a pooled client (no get to give it one)", code: `${head}export function watch(client: PoolClient, idle: boolean) {
  setTimeout(() => {
    if (idle) client.release();
  }, 1000);
}` },
  // The callback form: \`pool.connect((err, client, done) => …)\`.
  { name: "callback form: the documented idiom releases in the query callback", code: `${head}export function now() {
  pool.connect((err, client, release) => {
    if (err) {
      return console.error("Error acquiring client", err.stack);
    }
    client.query("SELECT NOW()", (qerr, result) => {
      release();
      if (qerr) return console.error(qerr.stack);
      console.log(result.rows);
    });
  });
}` },
  { name: "callback form: nothing is held when err is set, done() on both paths otherwise", code: `${head}export function ping(fast: boolean) {
  pool.connect((err, client, done) => {
    if (err) return;
    if (fast) {
      done();
      return;
    }
    done(new Error("slow"));
  });
}` },
  { name: "callback form: client.release() puts the same client as done()", code: `${head}export function viaClient() {
  pool.connect(function (err, client, done) {
    if (err) {
      done();
      return;
    }
    client.release();
  });
}` },
  { name: "corpus: a connect(callback) without the release parameter is another API (signals, connections)", code: `${head}export function watch(shell: Shell, conn: Connection) {
  shell.widgetAdded.connect((_, widget) => shell.track(widget));
  conn.connect((err, param) => {
    if (err) return;
    console.log(param);
  });
}` },
  { name: "the same code without importing pg is not checked", code: `export async function q(pool: { connect(): Promise<{ release(): void; query(s: string): Promise<void> }> }) {
  const client = await pool.connect();
  await client.query("select 1");
}` },
];

export const invalid: InvalidTestCase<MessageId, []>[] = [
  { name: "early return forgets the release", code: `${head}export async function first(sql: string) {
  const client = await pool.connect();
  try {
    const res = await client.query(sql);
    if (res.rows.length === 0) return null;
    client.release();
    return res.rows[0];
  } catch (err) {
    client.release(err as Error);
    throw err;
  }
}`, errors: [{ messageId: "leakAtExit", line: 7, column: 32 }] },
  { name: "a query that throws outside try leaks the client", code: `${head}export async function q(sql: string) {
  const client = await pool.connect();
  const res = await client.query(sql);
  client.release();
  return res.rows;
}`, errors: [{ messageId: "leakOnThrow", data: { handle: "client", line: "4" }, line: 5, column: 15 }] },
  { name: "never released", code: `${head}export async function leak() {
  const client = await pool.connect();
  client.on("error", () => undefined);
}`, errors: [
    // Subscribing to a client's events never throws (pg's nothrow list): only the end leaks.
    { messageId: "leakAtEnd", line: 6, column: 1 },
  ] },
  { name: "catch returns without releasing", code: `${head}export async function tx() {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
  } catch {
    return false;
  }
  client.release();
  return true;
}`, errors: [{ messageId: "leakAtExit", line: 8, column: 5 }] },
  { name: "continue skips the release in a loop", code: `${head}export async function each(ids: string[]) {
  for (const id of ids) {
    const client = await pool.connect();
    if (!id) continue;
    client.release();
  }
}`, errors: [{ messageId: "leakAtExit", line: 6, column: 14 }] },
  { name: "callback form: an early return skips done()", code: `${head}export function first(skip: boolean) {
  pool.connect((err, client, done) => {
    if (err) throw err;
    if (skip) return;
    done();
  });
}`, errors: [{ messageId: "leakAtExit", data: { handle: "client", line: "4", exit: "return" }, line: 6, column: 15 }] },
  { name: "a throw on a bad argument after the checkout", code: `${head}export async function q(id: string) {
  const client = await pool.connect();
  if (!id) throw new Error("no id");
  client.release();
}`, errors: [{ messageId: "leakAtExit", line: 5, column: 12 }] },
];
