// kref/put-on-every-path with the embind preset (Emscripten embind, OpenCV.js, CanvasKit): clone() → delete().
import type { InvalidTestCase, ValidTestCase } from "@typescript-eslint/rule-tester";
import type { ESLintUtils } from "@typescript-eslint/utils";
import type putOnEveryPath from "../../src/rules/put-on-every-path.js";

type MessageId = ESLintUtils.InferMessageIdsTypeFromRule<typeof putOnEveryPath>;

export const rule = "put-on-every-path" as const;

const head = `import cv from "@techstark/opencv-js";
`;

export const valid: ValidTestCase<[]>[] = [
  { name: "delete in finally", code: `${head}export function gray(src: cv.Mat) {
  const copy = src.clone();
  try {
    cv.cvtColor(copy, copy, cv.COLOR_RGBA2GRAY);
    return copy.rows;
  } finally {
    copy.delete();
  }
}` },
  { name: "clone returned to the caller", code: `${head}export function duplicate(src: cv.Mat) {
  const copy = src.clone();
  return copy;
}` },
  { name: "delete on both branches", code: `${head}export function maybe(src: cv.Mat, ok: boolean) {
  const copy = src.clone();
  if (ok) {
    copy.delete();
    return 1;
  }
  copy.delete();
  return 0;
}` },
  { name: "a Map's delete is not an embind delete without a clone", code: `${head}export function forget(cache: Map<string, number>, key: string) {
  cache.delete(key);
}` },
  { name: "loop with delete in finally", code: `${head}export function all(mats: cv.Mat[]) {
  for (const m of mats) {
    const copy = m.clone();
    try {
      cv.blur(copy, copy, new cv.Size(3, 3));
    } finally {
      copy.delete();
    }
  }
}` },
  { name: "catch deletes and rethrows, success deletes", code: `${head}export function safe(src: cv.Mat) {
  const copy = src.clone();
  try {
    cv.threshold(copy, copy, 1, 255, 0);
  } catch (err) {
    copy.delete();
    throw err;
  }
  copy.delete();
}` },
  { name: "parameters are borrowed: no delete needed", code: `${head}export function size(src: cv.Mat) {
  return src.rows * src.cols;
}` },
  { name: "the same code without importing OpenCV.js is not checked", code: `export function f(src: { clone(): { delete(): void } }) {
  const copy = src.clone();
  return 1;
}` },
];

export const invalid: InvalidTestCase<MessageId, []>[] = [
  { name: "cvtColor may throw before delete", code: `${head}export function gray(src: cv.Mat) {
  const copy = src.clone();
  cv.cvtColor(copy, copy, cv.COLOR_RGBA2GRAY);
  copy.delete();
}`, errors: [{ messageId: "leakOnThrow", line: 4, column: 3 }] },
  { name: "never deleted", code: `${head}export function leak(src: cv.Mat) {
  const copy = src.clone();
  return 1;
}`, errors: [{ messageId: "leakAtExit", line: 4, column: 3 }] },
  { name: "early return inside try", code: `${head}export function gray(src: cv.Mat, skip: boolean) {
  const copy = src.clone();
  try {
    if (skip) return 0;
    cv.cvtColor(copy, copy, cv.COLOR_RGBA2GRAY);
  } catch {
    copy.delete();
    return -1;
  }
  copy.delete();
  return 1;
}`, errors: [{ messageId: "leakAtExit", line: 5, column: 15 }] },
  { name: "deleted on one branch only", code: `${head}export function maybe(src: cv.Mat, ok: boolean) {
  const copy = src.clone();
  if (ok) copy.delete();
}`, errors: [{ messageId: "leakAtEnd", line: 5, column: 1 }] },
  { name: "continue skips delete", code: `${head}export function all(mats: cv.Mat[]) {
  for (const m of mats) {
    const copy = m.clone();
    if (m.empty()) continue;
    copy.delete();
  }
}`, errors: [
    // \`m.empty()\` reads the Mat's header: the preset lists it as never throwing (docs/presets.md).
    { messageId: "leakAtExit", line: 5, column: 20 },
  ] },
  { name: "catch returns without delete", code: `${head}export function safe(src: cv.Mat) {
  const copy = src.clone();
  try {
    cv.threshold(copy, copy, 1, 255, 0);
  } catch {
    return false;
  }
  copy.delete();
  return true;
}`, errors: [{ messageId: "leakAtExit", line: 7, column: 5 }] },
];
