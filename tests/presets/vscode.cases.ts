// kref/put-on-every-path with the vscode preset (VS Code API 1.95): createModelReference() → dispose().
import type { InvalidTestCase, ValidTestCase } from "@typescript-eslint/rule-tester";
import type { ESLintUtils } from "@typescript-eslint/utils";
import type putOnEveryPath from "../../src/rules/put-on-every-path.js";

type MessageId = ESLintUtils.InferMessageIdsTypeFromRule<typeof putOnEveryPath>;

export const rule = "put-on-every-path" as const;

const head = `import * as vscode from "vscode";
`;

export const valid: ValidTestCase<[]>[] = [
  { name: "dispose in finally", code: `${head}export async function text(uri: vscode.Uri) {
  const ref = await vscode.workspace.createModelReference(uri);
  try {
    return ref.object.textEditorModel.getValue();
  } finally {
    ref.dispose();
  }
}` },
  { name: "kept by a DisposableStore (escapes into the store)", code: `${head}export async function keep(uri: vscode.Uri, store: { add(d: { dispose(): void }): void }) {
  const ref = await vscode.workspace.createModelReference(uri);
  store.add(ref);
}` },
  { name: "registered on a Disposable (_register keeps it)", code: `${head}export class Editor extends vscode.Disposable {
  async open(uri: vscode.Uri) {
    const ref = await vscode.workspace.createModelReference(uri);
    this._register(ref);
  }
}` },
  { name: "kept by a DisposableStack that is itself disposed by using", code: `${head}export async function scoped(uri: vscode.Uri) {
  using stack = new DisposableStack();
  const ref = await vscode.workspace.createModelReference(uri);
  stack.use(ref);
  return 1;
}` },
  { name: "returned to the caller", code: `${head}export async function open(uri: vscode.Uri) {
  const ref = await vscode.workspace.createModelReference(uri);
  return ref;
}` },
  { name: "dispose on both branches", code: `${head}export async function maybe(uri: vscode.Uri, ok: boolean) {
  const ref = await vscode.workspace.createModelReference(uri);
  if (ok) {
    ref.dispose();
    return 1;
  }
  ref.dispose();
  return 0;
}` },
  { name: "pushed to context.subscriptions (kept by the extension)", code: `${head}export async function watch(uri: vscode.Uri, context: vscode.ExtensionContext) {
  const ref = await vscode.workspace.createModelReference(uri);
  context.subscriptions.push(ref);
}` },
  { name: "an ordinary disposable without createModelReference is not tracked", code: `${head}export function listen(context: vscode.ExtensionContext) {
  const sub = vscode.workspace.onDidSaveTextDocument(() => undefined);
  return sub;
}` },
  { name: "loop with dispose in finally", code: `${head}export async function all(uris: vscode.Uri[]) {
  for (const uri of uris) {
    const ref = await vscode.workspace.createModelReference(uri);
    try {
      ref.object.textEditorModel.getLineCount();
    } finally {
      ref.dispose();
    }
  }
}` },
  { name: "without the vscode import, a generic acquire() is not checked", code: `export function f(models: { acquire(u: string): { dispose(): void } }) {
  const ref = models.acquire("x");
  return 1;
}` },
  { name: "ReferenceCollection.acquire() disposed in finally", code: `${head}export function peek(models: ReferenceCollection<Model>, key: string) {
  const ref = models.acquire(key);
  try {
    return ref.object.version;
  } finally {
    ref.dispose();
  }
}` },
];

export const invalid: InvalidTestCase<MessageId, []>[] = [
  { name: "createModelReference is distinctive: checked without the vscode import", code: `export async function f(ws: { createModelReference(u: string): Promise<{ dispose(): void }> }) {
  const ref = await ws.createModelReference("x");
  return 1;
}`, errors: [{ messageId: "leakAtExit", data: { handle: "ref", line: "2", exit: "return" }, line: 3, column: 3 }] },
  { name: "ReferenceCollection.acquire() without dispose on the early return", code: `${head}export function peek(models: ReferenceCollection<Model>, key: string, skip: boolean) {
  const ref = models.acquire(key);
  if (skip) return 0;
  ref.dispose();
  return 1;
}`, errors: [{ messageId: "leakAtExit", data: { handle: "ref", line: "3", exit: "return" }, line: 4, column: 13 }] },
  { name: "reading the model may throw before dispose", code: `${head}export async function text(uri: vscode.Uri) {
  const ref = await vscode.workspace.createModelReference(uri);
  const value = ref.object.textEditorModel.getValue();
  ref.dispose();
  return value;
}`, errors: [{ messageId: "leakOnThrow", line: 4, column: 17 }] },
  { name: "never disposed", code: `${head}export async function leak(uri: vscode.Uri) {
  const ref = await vscode.workspace.createModelReference(uri);
  return 1;
}`, errors: [{ messageId: "leakAtExit", line: 4, column: 3 }] },
  { name: "early return keeps the reference", code: `${head}export async function first(uri: vscode.Uri, skip: boolean) {
  const ref = await vscode.workspace.createModelReference(uri);
  if (skip) return null;
  ref.dispose();
  return 1;
}`, errors: [{ messageId: "leakAtExit", line: 4, column: 13 }] },
  { name: "disposed on one branch only", code: `${head}export async function maybe(uri: vscode.Uri, ok: boolean) {
  const ref = await vscode.workspace.createModelReference(uri);
  if (ok) ref.dispose();
}`, errors: [{ messageId: "leakAtEnd", line: 5, column: 1 }] },
  { name: "continue skips dispose", code: `${head}export async function all(uris: vscode.Uri[]) {
  for (const uri of uris) {
    const ref = await vscode.workspace.createModelReference(uri);
    if (!uri.path) continue;
    ref.dispose();
  }
}`, errors: [{ messageId: "leakAtExit", line: 5, column: 20 }] },
  { name: "catch returns without dispose", code: `${head}export async function safe(uri: vscode.Uri) {
  const ref = await vscode.workspace.createModelReference(uri);
  try {
    ref.object.textEditorModel.getValue();
  } catch {
    return false;
  }
  ref.dispose();
  return true;
}`, errors: [{ messageId: "leakAtExit", line: 7, column: 5 }] },
];
