// kref/put-on-every-path with the async-mutex preset (async-mutex 0.5): the releaser from acquire() must be called.
import type { InvalidTestCase, ValidTestCase } from "@typescript-eslint/rule-tester";
import type { ESLintUtils } from "@typescript-eslint/utils";
import type putOnEveryPath from "../../src/rules/put-on-every-path.js";

type MessageId = ESLintUtils.InferMessageIdsTypeFromRule<typeof putOnEveryPath>;

export const rule = "put-on-every-path" as const;

const head = `import { Mutex, Semaphore } from "async-mutex";
const mutex = new Mutex();
const semaphore = new Semaphore(2);
`;

export const valid: ValidTestCase<[]>[] = [
  { name: "release in finally", code: `${head}export async function critical() {
  const release = await mutex.acquire();
  try {
    await work();
  } finally {
    release();
  }
}` },
  { name: "semaphore [value, release] in finally", code: `${head}export async function limited() {
  const [value, release] = await semaphore.acquire();
  try {
    await work(value);
  } finally {
    release();
  }
}` },
  { name: "runExclusive is scoped", code: `${head}export async function critical() {
  return mutex.runExclusive(() => work());
}` },
  { name: "withSemaphore style scoped use", code: `${head}export async function limited() {
  return semaphore.runExclusive(async (value) => work(value));
}` },
  { name: "release on both branches", code: `${head}export async function critical(fast: boolean) {
  const release = await mutex.acquire();
  if (fast) {
    release();
    return 1;
  }
  release();
  return 0;
}` },
  { name: "the releaser is returned to the caller", code: `${head}export async function lock() {
  const release = await mutex.acquire();
  return release;
}` },
  { name: "loop with release in finally", code: `${head}export async function each(n: number) {
  for (let i = 0; i < n; i++) {
    const release = await mutex.acquire();
    try {
      await work(i);
    } finally {
      release();
    }
  }
}` },
  { name: "the same code without importing async-mutex is not checked", code: `export async function critical(mutex: { acquire(): Promise<() => void> }) {
  const release = await mutex.acquire();
  await work();
}` },
];

export const invalid: InvalidTestCase<MessageId, []>[] = [
  { name: "work throws before release", code: `${head}export async function critical() {
  const release = await mutex.acquire();
  await work();
  release();
}`, errors: [{ messageId: "leakOnThrow", data: { handle: "release", line: "5" }, line: 6, column: 3 }] },
  { name: "early return keeps the mutex locked", code: `${head}export async function critical(skip: boolean) {
  const release = await mutex.acquire();
  if (skip) return;
  release();
}`, errors: [{ messageId: "leakAtExit", line: 6, column: 13 }] },
  { name: "semaphore slot never released", code: `${head}export async function limited() {
  const [value, release] = await semaphore.acquire();
  return value;
}`, errors: [{ messageId: "leakAtExit", line: 6, column: 3 }] },
  { name: "catch returns without releasing", code: `${head}export async function critical() {
  const release = await mutex.acquire();
  try {
    await work();
  } catch {
    return false;
  }
  release();
  return true;
}`, errors: [{ messageId: "leakAtExit", line: 9, column: 5 }] },
  { name: "continue in a loop keeps it locked", code: `${head}export async function each(items: number[]) {
  for (const item of items) {
    const release = await mutex.acquire();
    if (item < 0) continue;
    release();
  }
}`, errors: [{ messageId: "leakAtExit", line: 7, column: 19 }] },
  { name: "released only on one branch", code: `${head}export async function critical(ok: boolean) {
  const release = await mutex.acquire();
  if (ok) release();
}`, errors: [{ messageId: "leakAtEnd", line: 7, column: 1 }] },
];
