// Typed matching (`settings.kref.typed`): with a type-checked program, library operations are
// confirmed by the module that declares the receiver's type. The fixture project declares the
// module "pg" (tests/fixtures/typed/pg.d.ts) and a helper that returns its Pool (db.ts).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { RuleTester } from "@typescript-eslint/rule-tester";
import { rules } from "../src/rules/index.js";

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures", "typed");
const filename = "file.ts";
const typed = { kref: { typed: true } };

const ruleTester = new RuleTester({
  languageOptions: { parserOptions: { project: "./tsconfig.json", tsconfigRootDir: fixture } },
});

// pg's pool reached through another module of the project, without importing pg here.
const viaDb = `import { getPool } from "./db.js";
export async function q() {
  const client = await getPool().connect();
  await client.query("select 1");
}`;

// A class of the file's own that happens to have pg's method names.
const ownPool = `import "pg";
class Pool {
  async connect() {
    return { release() {}, async query(sql: string) { return sql; } };
  }
}
export async function count(pool: Pool) {
  const client = await pool.connect();
  await client.query("select 1");
}`;

// Without a type-checked program (no parserOptions.project), typed falls back to names.
new RuleTester().run("typed matching without type information", rules["put-on-every-path"], {
  valid: [
    // Receiver provenance, as without `typed`: `pool: Pool` names the file's own class, not pg's.
    { name: "typed, but the parser has no program: receiver provenance as usual", code: ownPool, settings: typed },
  ],
  invalid: [
    {
      name: "typed, but the parser has no program: a pool made by pg's constructor is checked",
      code: `import { Pool } from "pg";
const pool = new Pool();
export async function count() {
  const client = await pool.connect();
  await client.query("select 1");
}`,
      settings: typed,
      errors: [
        { messageId: "leakOnThrow", line: 5, column: 3, suggestions: [] },
        { messageId: "leakAtEnd", line: 6, column: 1, suggestions: [] },
      ],
    },
  ],
});

ruleTester.run("typed matching", rules["put-on-every-path"], {
  valid: [
    { name: "typed: a look-alike class of the file's own is not pg's pool", code: ownPool, filename, settings: typed },
    // Receiver provenance (issue 12): `pool: Pool` names the file's own class, not pg's.
    { name: "untyped (the default): a look-alike class of the file's own is not pg's pool", code: ownPool, filename },
    {
      name: "typed: pg's client released in finally",
      code: `import { Pool } from "pg";
export async function q(pool: Pool) {
  const client = await pool.connect();
  try {
    await client.query("select 1");
  } finally {
    client.release();
  }
}`,
      filename,
      settings: typed,
    },
    {
      name: "untyped (the default): pg's pool reached without importing pg is not checked",
      code: viaDb,
      filename,
    },
    {
      name: "typed: a function of the file's own named like fs/promises' open() is not it",
      code: `import { readFile } from "fs/promises";
async function open(name: string) {
  return { async read() { return readFile(name); }, async close() {} };
}
export async function first(name: string) {
  const fh = await open(name);
  await fh.read();
}`,
      filename,
      settings: typed,
    },
  ],
  invalid: [
    {
      name: "typed: the imported open() is fs/promises' open (resolved through the import alias)",
      code: `import { open } from "fs/promises";
export async function first(name: string) {
  const fh = await open(name);
  await fh.read();
}`,
      filename,
      settings: typed,
      errors: [
        { messageId: "leakOnThrow", data: { handle: "fh", line: "3" }, line: 4, column: 3, suggestions: [] },
        { messageId: "leakAtEnd", line: 5, column: 1, suggestions: [] },
      ],
    },
    {
      name: "typed: pg's pool reached through another module is checked without the import",
      code: viaDb,
      filename,
      settings: typed,
      errors: [
        { messageId: "leakOnThrow", data: { handle: "client", line: "3" }, line: 4, column: 3, suggestions: [] },
        { messageId: "leakAtEnd", line: 5, column: 1, suggestions: [] },
      ],
    },
    {
      name: "typed: an early return keeps pg's client",
      code: `import type { Pool } from "pg";
export async function q(pool: Pool, skip: boolean) {
  const client = await pool.connect();
  if (skip) return;
  client.release();
}`,
      filename,
      settings: typed,
      errors: [
        {
          messageId: "leakAtExit",
          data: { handle: "client", line: "3", exit: "return" },
          line: 4,
          column: 13,
          suggestions: [
            {
              messageId: "suggestPut",
              output: `import type { Pool } from "pg";
export async function q(pool: Pool, skip: boolean) {
  const client = await pool.connect();
  if (skip) { client.release(); return; }
  client.release();
}`,
            },
            {
              messageId: "suggestTryFinally",
              output: `import type { Pool } from "pg";
export async function q(pool: Pool, skip: boolean) {
  const client = await pool.connect();
  try {
    if (skip) return;
  } finally {
    client.release();
  }
}`,
            },
          ],
        },
      ],
    },
  ],
});

// The built-in `disposable` kind with type information (issue 14): a class whose instances are
// disposable by their type is an owner wherever it is declared (tests/fixtures/typed/editor.ts).
const earlyReturn = (cls: string) => `import { ${cls} } from "./editor.js";
export function f(ok: boolean) {
  const d = new ${cls}();
  if (!ok) return;
  d.dispose();
}`;
const leakAt = (line: number, column: number) => ({
  messageId: "leakAtExit" as const,
  data: { handle: "d", line: "3", exit: "return" },
  line,
  column,
});

ruleTester.run("typed disposables", rules["put-on-every-path"], {
  valid: [
    { name: "a dispose() of no known convention is not a handle by type", code: earlyReturn("Plain") },
    {
      name: "an iterator is never a handle by type, though it has [Symbol.dispose]",
      code: `import { Countdown } from "./editor.js";
export function first() {
  const it = new Countdown();
  return it.next().value;
}`,
    },
    {
      name: "a disposable by type disposed in finally",
      code: `import { Watcher } from "./editor.js";
export function f(work: () => void) {
  const d = new Watcher();
  try {
    work();
  } finally {
    d.dispose();
  }
}`,
    },
    { name: "settings.kref.disposable: false turns typed discovery off too", code: earlyReturn("Watcher"), settings: { kref: { disposable: false } } },
    {
      name: "a subscription handed to _register",
      code: `import { onDidChange } from "./editor.js";
export class View {
  declare _register: <T>(t: T) => T;
  constructor() {
    this._register(onDidChange(() => undefined));
  }
}`,
    },
    {
      name: "a getter's disposable is lent, not owned",
      code: `import { getWatcher } from "./editor.js";
export function f(ok: boolean) {
  const w = getWatcher();
  if (!ok) return;
  w.dispose();
}`,
    },
  ],
  invalid: [
    {
      name: "implements IDisposable: not disposed on an early return",
      code: earlyReturn("Watcher"),
      errors: [{ ...leakAt(4, 12), suggestions: [
        { messageId: "suggestPut", output: earlyReturn("Watcher").replace("if (!ok) return;", "if (!ok) { d.dispose(); return; }") },
        { messageId: "suggestTryFinally", output: earlyReturn("Watcher").replace("  if (!ok) return;\n  d.dispose();", "  try {\n    if (!ok) return;\n  } finally {\n    d.dispose();\n  }") },
      ] }],
    },
    {
      name: "extends a Disposable base class",
      code: earlyReturn("Emitter"),
      errors: [{ ...leakAt(4, 12), suggestions: [
        { messageId: "suggestPut", output: earlyReturn("Emitter").replace("if (!ok) return;", "if (!ok) { d.dispose(); return; }") },
        { messageId: "suggestTryFinally", output: earlyReturn("Emitter").replace("  if (!ok) return;\n  d.dispose();", "  try {\n    if (!ok) return;\n  } finally {\n    d.dispose();\n  }") },
      ] }],
    },
    {
      name: "a creating call whose type is disposable: not disposed on an early return",
      code: `import { createWatcher } from "./editor.js";
export function f(ok: boolean) {
  const d = createWatcher();
  if (!ok) return;
  d.dispose();
}`,
      errors: [{ ...leakAt(4, 12), suggestions: [
        { messageId: "suggestPut", output: `import { createWatcher } from "./editor.js";
export function f(ok: boolean) {
  const d = createWatcher();
  if (!ok) { d.dispose(); return; }
  d.dispose();
}` },
        { messageId: "suggestTryFinally", output: `import { createWatcher } from "./editor.js";
export function f(ok: boolean) {
  const d = createWatcher();
  try {
    if (!ok) return;
  } finally {
    d.dispose();
  }
}` },
      ] }],
    },
    {
      name: "a subscription whose disposable is dropped",
      code: `import { onDidChange } from "./editor.js";
export function listen() {
  onDidChange(() => undefined);
}`,
      errors: [{ messageId: "leakUnbound", data: { handle: "onDidChange(…)" }, line: 3, column: 3, suggestions: [] }],
    },
    {
      name: "settings.kref.typed keeps the disposable kind (a class of the file)",
      code: `class Local {
  dispose(): void {}
}
export function f(ok: boolean) {
  const d = new Local();
  if (!ok) return;
  d.dispose();
}`,
      settings: typed,
      errors: [{ messageId: "leakAtExit", data: { handle: "d", line: "5", exit: "return" }, line: 6, column: 12, suggestions: [
        { messageId: "suggestPut", output: `class Local {
  dispose(): void {}
}
export function f(ok: boolean) {
  const d = new Local();
  if (!ok) { d.dispose(); return; }
  d.dispose();
}` },
        { messageId: "suggestTryFinally", output: `class Local {
  dispose(): void {}
}
export function f(ok: boolean) {
  const d = new Local();
  try {
    if (!ok) return;
  } finally {
    d.dispose();
  }
}` },
      ] }],
    },
    {
      name: "[Symbol.dispose]() makes a class disposable by type",
      code: `import { Lease } from "./editor.js";
export function f() {
  const d = new Lease();
  return 1;
}`,
      errors: [{ ...leakAt(4, 3), suggestions: [] }],
    },
  ],
});

// Without type information, a class of another module is never guessed to be disposable.
new RuleTester().run("disposables without type information", rules["put-on-every-path"], {
  valid: [{ name: "an imported class is not known without types", code: earlyReturn("Watcher") }],
  invalid: [],
});

// VS Code's own sources (and forks): the reference API is declared by modules under src/vs/,
// not by the `vscode` module, and typed matching accepts those declarations too.
ruleTester.run("typed matching of VS Code's own sources", rules["put-on-every-path"], {
  valid: [
    {
      name: "typed: VS Code's own ITextModelService reference disposed in finally",
      code: `import type { ITextModelService } from "./vs/editor/common/services/resolverService.js";
export async function title(service: ITextModelService, uri: string) {
  const ref = await service.createModelReference(uri);
  try {
    return ref.object.uri;
  } finally {
    ref.dispose();
  }
}`,
      filename,
      settings: typed,
    },
    {
      name: "typed: a project's own createModelReference outside vs/ is not VS Code's",
      code: `import type { ModelService } from "./lookalike/models.js";
export async function title(service: ModelService, uri: string) {
  const model = await service.createModelReference(uri);
  return model.uri;
}`,
      filename,
      settings: typed,
    },
  ],
  invalid: [
    {
      name: "typed: VS Code's own ITextModelService reference kept on an early return",
      code: `import type { ITextModelService } from "./vs/editor/common/services/resolverService.js";
export async function title(service: ITextModelService, uri: string, skip: boolean) {
  const ref = await service.createModelReference(uri);
  if (skip) return "";
  const value = ref.object.uri;
  ref.dispose();
  return value;
}`,
      filename,
      settings: typed,
      errors: [
        {
          messageId: "leakAtExit",
          data: { handle: "ref", line: "3", exit: "return" },
          line: 4,
          column: 13,
          suggestions: [
            {
              messageId: "suggestPut",
              output: `import type { ITextModelService } from "./vs/editor/common/services/resolverService.js";
export async function title(service: ITextModelService, uri: string, skip: boolean) {
  const ref = await service.createModelReference(uri);
  if (skip) { ref.dispose(); return ""; }
  const value = ref.object.uri;
  ref.dispose();
  return value;
}`,
            },
            {
              messageId: "suggestTryFinally",
              output: `import type { ITextModelService } from "./vs/editor/common/services/resolverService.js";
export async function title(service: ITextModelService, uri: string, skip: boolean) {
  const ref = await service.createModelReference(uri);
  try {
    if (skip) return "";
    const value = ref.object.uri;
    return value;
  } finally {
    ref.dispose();
  }
}`,
            },
          ],
        },
      ],
    },
  ],
});
