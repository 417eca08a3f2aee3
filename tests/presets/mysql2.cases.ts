// kref/put-on-every-path with the mysql2 preset (mysql2 3): getConnection() → release()/releaseConnection()/destroy().
import type { InvalidTestCase, ValidTestCase } from "@typescript-eslint/rule-tester";
import type { ESLintUtils } from "@typescript-eslint/utils";
import type putOnEveryPath from "../../src/rules/put-on-every-path.js";

type MessageId = ESLintUtils.InferMessageIdsTypeFromRule<typeof putOnEveryPath>;

export const rule = "put-on-every-path" as const;

const head = `import mysql from "mysql2/promise";
const pool = mysql.createPool({});
`;

export const valid: ValidTestCase<[]>[] = [
  { name: "release in finally", code: `${head}export async function q() {
  const conn = await pool.getConnection();
  try {
    const [rows] = await conn.query("select 1");
    return rows;
  } finally {
    conn.release();
  }
}` },
  { name: "pool.releaseConnection(conn) in finally", code: `${head}export async function q() {
  const conn = await pool.getConnection();
  try {
    await conn.execute("select 1");
  } finally {
    pool.releaseConnection(conn);
  }
}` },
  { name: "destroy on error, release otherwise", code: `${head}export async function q() {
  const conn = await pool.getConnection();
  try {
    await conn.ping();
  } catch (err) {
    conn.destroy();
    throw err;
  }
  conn.release();
}` },
  { name: "pool.query needs no connection handling", code: `${head}export async function q() {
  const [rows] = await pool.query("select 1");
  return rows;
}` },
  { name: "returned to the caller", code: `${head}export async function checkout() {
  const conn = await pool.getConnection();
  return conn;
}` },
  { name: "transaction with commit and rollback, released in finally", code: `${head}export async function tx() {
  const conn = await pool.getConnection();
  try {
    await conn.beginTransaction();
    await conn.commit();
  } catch (err) {
    await conn.rollback();
    throw err;
  } finally {
    conn.release();
  }
}` },
  { name: "released in both branches", code: `${head}export async function q(flag: boolean) {
  const conn = await pool.getConnection();
  if (flag) {
    conn.release();
    return;
  }
  conn.release();
}` },
  { name: "the same code without importing mysql2 is not checked", code: `export async function q(pool: { getConnection(): Promise<{ release(): void; ping(): Promise<void> }> }) {
  const conn = await pool.getConnection();
  await conn.ping();
}` },
];

export const invalid: InvalidTestCase<MessageId, []>[] = [
  { name: "early return without release", code: `${head}export async function q(id: number) {
  const conn = await pool.getConnection();
  try {
    if (id < 0) return null;
    await conn.query("select 1");
  } catch {
    conn.release();
    return null;
  }
  conn.release();
  return id;
}`, errors: [{ messageId: "leakAtExit", line: 6, column: 17 }] },
  { name: "a query outside try leaks when it throws", code: `${head}export async function q() {
  const conn = await pool.getConnection();
  await conn.query("select 1");
  conn.release();
}`, errors: [{ messageId: "leakOnThrow", line: 5, column: 3 }] },
  { name: "releaseConnection only on one branch", code: `${head}export async function q(flag: boolean) {
  const conn = await pool.getConnection();
  if (flag) pool.releaseConnection(conn);
}`, errors: [{ messageId: "leakAtEnd", line: 6, column: 1 }] },
  { name: "catch rethrows without release", code: `${head}export async function q() {
  const conn = await pool.getConnection();
  try {
    await conn.ping();
  } catch (err) {
    throw err;
  }
  conn.release();
}`, errors: [{ messageId: "leakAtExit", line: 8, column: 5 }] },
  { name: "break out of a retry loop with the connection", code: `${head}export async function q() {
  for (let i = 0; i < 3; i++) {
    const conn = await pool.getConnection();
    if (i > 1) break;
    conn.release();
  }
}`, errors: [{ messageId: "leakAtExit", line: 6, column: 16 }] },
  { name: "never released", code: `${head}export async function q() {
  const conn = await pool.getConnection();
  return 1;
}`, errors: [{ messageId: "leakAtExit", line: 5, column: 3 }] },
];
