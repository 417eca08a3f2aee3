// kref/put-on-every-path with the fs-promises preset (Node 20 fs/promises): open()/opendir() → close(), or await using.
import type { InvalidTestCase, ValidTestCase } from "@typescript-eslint/rule-tester";
import type { ESLintUtils } from "@typescript-eslint/utils";
import type putOnEveryPath from "../../src/rules/put-on-every-path.js";

type MessageId = ESLintUtils.InferMessageIdsTypeFromRule<typeof putOnEveryPath>;

export const rule = "put-on-every-path" as const;

const head = `import { open, opendir } from "node:fs/promises";
`;

export const valid: ValidTestCase<[]>[] = [
  { name: "close in finally", code: `${head}export async function read(path: string) {
  const fh = await open(path);
  try {
    return await fh.readFile("utf8");
  } finally {
    await fh.close();
  }
}` },
  { name: "await using closes at scope exit", code: `${head}export async function read(path: string) {
  await using fh = await open(path);
  if (!path) return "";
  return fh.readFile("utf8");
}` },
  { name: "opendir closed in finally", code: `${head}export async function list(path: string) {
  const dir = await opendir(path);
  try {
    return await dir.read();
  } finally {
    await dir.close();
  }
}` },
  { name: "returned to the caller", code: `${head}export async function openLog(path: string) {
  const fh = await open(path, "a");
  return fh;
}` },
  { name: "close on both branches", code: `${head}export async function size(path: string, quick: boolean) {
  const fh = await open(path);
  if (quick) {
    await fh.close();
    return 0;
  }
  await fh.close();
  return 1;
}` },
  { name: "fs.readFile needs no handle", code: `import { readFile } from "node:fs/promises";
export async function read(path: string) {
  return readFile(path, "utf8");
}` },
  { name: "loop closing each handle in finally", code: `${head}export async function all(paths: string[]) {
  for (const path of paths) {
    const fh = await open(path);
    try {
      await fh.stat();
    } finally {
      await fh.close();
    }
  }
}` },
  { name: "the same code without importing fs/promises is not checked", code: `export async function read(open: (p: string) => Promise<{ readFile(e: string): Promise<string> }>, path: string) {
  const fh = await open(path);
  return fh.readFile("utf8");
}` },
];

export const invalid: InvalidTestCase<MessageId, []>[] = [
  { name: "readFile throws before close", code: `${head}export async function read(path: string) {
  const fh = await open(path);
  const text = await fh.readFile("utf8");
  await fh.close();
  return text;
}`, errors: [{ messageId: "leakOnThrow", line: 4, column: 16 }] },
  { name: "early returns without close", code: `${head}export async function read(path: string) {
  const fh = await open(path);
  try {
    if (!path.endsWith(".txt")) return null;
    return await fh.readFile("utf8");
  } catch {
    await fh.close();
    return null;
  }
}`, errors: [
    { messageId: "leakAtExit", line: 5, column: 33 },
    // the success path returns without closing too
    { messageId: "leakAtExit", line: 6, column: 5 },
  ] },
  { name: "never closed", code: `${head}export async function touch(path: string) {
  const fh = await open(path, "w");
  return path;
}`, errors: [{ messageId: "leakAtExit", line: 4, column: 3 }] },
  { name: "opendir never closed on the error path", code: `${head}export async function first(path: string) {
  const dir = await opendir(path);
  try {
    const entry = await dir.read();
    await dir.close();
    return entry;
  } catch {
    return null;
  }
}`, errors: [{ messageId: "leakAtExit", line: 9, column: 5 }] },
  { name: "continue skips close", code: `${head}export async function all(paths: string[]) {
  for (const path of paths) {
    const fh = await open(path);
    if (!path) continue;
    await fh.close();
  }
}`, errors: [{ messageId: "leakAtExit", line: 5, column: 16 }] },
  { name: "closed on one branch only", code: `${head}export async function maybe(path: string, ok: boolean) {
  const fh = await open(path);
  if (ok) await fh.close();
}`, errors: [{ messageId: "leakAtEnd", line: 5, column: 1 }] },
];
