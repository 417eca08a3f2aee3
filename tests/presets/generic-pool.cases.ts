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
];
