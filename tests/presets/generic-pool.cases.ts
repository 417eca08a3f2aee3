// kref/put-on-every-path with the generic-pool preset (generic-pool 3): acquire() → release(r)/destroy(r).
import type { InvalidTestCase, ValidTestCase } from "@typescript-eslint/rule-tester";
import type { ESLintUtils } from "@typescript-eslint/utils";
import type putOnEveryPath from "../../src/rules/put-on-every-path.js";

type MessageId = ESLintUtils.InferMessageIdsTypeFromRule<typeof putOnEveryPath>;

export const rule = "put-on-every-path" as const;

const head = `import { createPool } from "generic-pool";
const pool = createPool({ create: async () => ({}), destroy: async () => undefined });
`;

export const valid: ValidTestCase<[]>[] = [
  { name: "release in finally", code: `${head}export async function use() {
  const resource = await pool.acquire();
  try {
    return await work(resource);
  } finally {
    await pool.release(resource);
  }
}` },
  { name: "destroy on failure, release on success", code: `${head}export async function use() {
  const resource = await pool.acquire();
  try {
    await work(resource);
  } catch (err) {
    await pool.destroy(resource);
    throw err;
  }
  await pool.release(resource);
}` },
  { name: "pool.use is scoped", code: `${head}export async function use() {
  return pool.use((resource) => work(resource));
}` },
  { name: "returned to the caller", code: `${head}export async function borrow() {
  const resource = await pool.acquire();
  return resource;
}` },
  { name: "acquire with a priority argument", code: `${head}export async function use() {
  const resource = await pool.acquire(1);
  try {
    await work(resource);
  } finally {
    pool.release(resource);
  }
}` },
  { name: "early return after release", code: `${head}export async function use(skip: boolean) {
  const resource = await pool.acquire();
  try {
    if (skip) return null;
    return await work(resource);
  } finally {
    pool.release(resource);
  }
}` },
  { name: "loop with release in finally", code: `${head}export async function all(n: number) {
  for (let i = 0; i < n; i++) {
    const resource = await pool.acquire();
    try {
      await work(resource);
    } finally {
      pool.release(resource);
    }
  }
}` },
  { name: "the same code without importing generic-pool is not checked", code: `export async function use(pool: { acquire(): Promise<object> }) {
  const resource = await pool.acquire();
  await work(resource);
}` },
  // sequelize-pool has generic-pool's API (sequelize's own pool): a pool picked by `?:` from two
  // fields of that type is one; with a branch of unknown origin, the receiver is unknown.
  { name: "sequelize-pool: a pool picked by ?: from one of two fields of unknown origin", code: `import { Pool } from "sequelize-pool";
export class Pools {
  constructor(readonly write: Pool<object>, readonly other: { acquire(): Promise<object> }) {}
  async get(read: boolean) {
    const pool = read ? this.other : this.write;
    const connection = await pool.acquire();
    await check(connection);
    return connection;
  }
}` },
];

export const invalid: InvalidTestCase<MessageId, []>[] = [
  { name: "a throw between acquire and release", code: `${head}export async function use() {
  const resource = await pool.acquire();
  await work(resource);
  await pool.release(resource);
}`, errors: [{ messageId: "leakOnThrow", line: 5, column: 3 }] },
  { name: "early return skips the release", code: `${head}export async function use(skip: boolean) {
  const resource = await pool.acquire();
  try {
    if (skip) return null;
    await work(resource);
  } catch (err) {
    await pool.destroy(resource);
    throw err;
  }
  await pool.release(resource);
  return 1;
}`, errors: [{ messageId: "leakAtExit", line: 6, column: 15 }] },
  { name: "catch swallows and returns without destroy", code: `${head}export async function use() {
  const resource = await pool.acquire();
  try {
    await work(resource);
  } catch {
    return false;
  }
  await pool.release(resource);
  return true;
}`, errors: [{ messageId: "leakAtExit", line: 8, column: 5 }] },
  { name: "continue without release", code: `${head}export async function all(items: number[]) {
  for (const item of items) {
    const resource = await pool.acquire();
    if (item < 0) continue;
    pool.release(resource);
  }
}`, errors: [{ messageId: "leakAtExit", line: 6, column: 19 }] },
  { name: "never released", code: `${head}export async function use() {
  const resource = await pool.acquire();
  return 1;
}`, errors: [{ messageId: "leakAtExit", line: 5, column: 3 }] },
  { name: "released on one branch only", code: `${head}export async function use(ok: boolean) {
  const resource = await pool.acquire();
  if (ok) pool.release(resource);
}`, errors: [{ messageId: "leakAtEnd", line: 6, column: 1 }] },
  { name: "sequelize-pool: a connection lost when the after-acquire hook throws (pool picked by ?:)", code: `import { Pool } from "sequelize-pool";
interface Connection { id: number }
export class ReplicationPool {
  readonly read: Pool<Connection> | null = null;
  readonly write: Pool<Connection>;
  constructor(write: Pool<Connection>, private readonly afterAcquire: (c: Connection) => Promise<void>) {
    this.write = write;
  }
  async acquire(type: "read" | "write") {
    const pool = this.read != null && type === "read" ? this.read : this.write;
    let connection;
    try {
      connection = await pool.acquire();
    } catch (error) {
      throw error;
    }
    await this.afterAcquire(connection);
    return connection;
  }
}`, errors: [{ messageId: "leakOnThrow", line: 17, column: 5 }] },
  { name: "a pool or null picked by ?: is the pool when the call runs", code: `import { createPool } from "generic-pool";
const shared = createPool({ create: async () => ({}), destroy: async () => undefined });
export async function use(enabled: boolean) {
  const pool = enabled ? shared : null;
  if (!pool) return 0;
  const resource = await pool.acquire();
  await work(resource);
  await pool.release(resource);
  return 1;
}`, errors: [{ messageId: "leakOnThrow", line: 7, column: 3 }] },
];
