// Expected suggestions of the invalid cases in acquire-forms.cases.ts, per case name and error.
// Written by scripts/gen-suggestions.js and reviewed; tests/suggestions.test.ts checks that every
// suggestion parses, removes its finding and adds no other kref finding.
import type { SuggestionTable } from "../helpers/suggestions.js";

export const suggestions: SuggestionTable = {
  "quickjs: a kind's own call is no conditional transfer (vm.typeof only reads)": [
    [
      {
        messageId: "suggestPut",
        output: "import type { QuickJSContext, QuickJSHandle } from \"quickjs-emscripten\";\nexport function f(vm: QuickJSContext, code: string) {\n  const h = vm.unwrapResult(vm.evalCode(code));\n  const [type] = [vm.typeof(h)];\n  if (type !== \"object\") {\n    h.dispose();\n    return null;\n  }\n  h.dispose();\n  return type;\n}"
      },
      {
        messageId: "suggestUsing",
        output: "import type { QuickJSContext, QuickJSHandle } from \"quickjs-emscripten\";\nexport function f(vm: QuickJSContext, code: string) {\n  using h = vm.unwrapResult(vm.evalCode(code));\n  const [type] = [vm.typeof(h)];\n  if (type !== \"object\") {\n    return null;\n  }\n  return type;\n}"
      }
    ]
  ],
  "a same-file keeper lends the handle when the function disposes it itself on some path": [
    [
      {
        messageId: "suggestPut",
        output: "import type { QuickJSContext, QuickJSHandle } from \"quickjs-emscripten\";\ndeclare function store(h: QuickJSHandle): Promise<void>;\nconst keep = async (h: QuickJSHandle) => store(h);\nexport function f(vm: QuickJSContext, early: boolean) {\n  const h = vm.newObject();\n  void keep(h);\n  if (early) { h.dispose(); return; }\n  h.dispose();\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "import type { QuickJSContext, QuickJSHandle } from \"quickjs-emscripten\";\ndeclare function store(h: QuickJSHandle): Promise<void>;\nconst keep = async (h: QuickJSHandle) => store(h);\nexport function f(vm: QuickJSContext, early: boolean) {\n  const h = vm.newObject();\n  try {\n    void keep(h);\n    if (early) return;\n  } finally {\n    h.dispose();\n  }\n}"
      },
      {
        messageId: "suggestUsing",
        output: "import type { QuickJSContext, QuickJSHandle } from \"quickjs-emscripten\";\ndeclare function store(h: QuickJSHandle): Promise<void>;\nconst keep = async (h: QuickJSHandle) => store(h);\nexport function f(vm: QuickJSContext, early: boolean) {\n  using h = vm.newObject();\n  void keep(h);\n  if (early) return;\n}"
      }
    ]
  ],
  "assigned acquire: a query throws before the release": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function q(sql: string) {\n  let client;\n  client = await pool.connect();\n  try {\n    await client.query(sql);\n  } finally {\n    client.release();\n  }\n}"
      }
    ]
  ],
  "releaser assigned straight from the acquire: an early return skips it": [
    [
      {
        messageId: "suggestPut",
        output: "import { Mutex } from \"async-mutex\";\nconst mutex = new Mutex();\nexport async function locked(skip: boolean) {\n  let release;\n  release = await mutex.acquire();\n  if (skip) { release(); return; }\n  release();\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "import { Mutex } from \"async-mutex\";\nconst mutex = new Mutex();\nexport async function locked(skip: boolean) {\n  let release;\n  release = await mutex.acquire();\n  try {\n    if (skip) return;\n  } finally {\n    release();\n  }\n}"
      }
    ]
  ],
  "nullable helper: an early return after the null check keeps the reference": [
    [
      {
        messageId: "suggestPut",
        output: "\ninterface Obj { ref: object }\nfunction lookupAndGet(table: Map<string, Obj>, key: string): Obj | null {\n  const o = table.get(key);\n  if (!o || !krefGetUnlessZero(o.ref)) return null;\n  return o;\n}\nexport function use(table: Map<string, Obj>, key: string, quick: boolean) {\n  const o = lookupAndGet(table, key);\n  if (!o) return -1;\n  if (quick) { krefPut(o.ref, release); return 1; }\n  krefPut(o.ref, release);\n  return 0;\n}"
      }
    ]
  ],
  "nullable helper (ERR_PTR): an early return after IS_ERR keeps the reference": [
    [
      {
        messageId: "suggestPut",
        output: "\ninterface Dev { ok: boolean; ref: object }\nfunction getDev(dev: Dev) {\n  if (!dev.ok) return ERR_PTR(-5);\n  krefGet(dev.ref);\n  return dev;\n}\nexport function use(d: Dev, quick: boolean) {\n  const o = getDev(d);\n  if (IS_ERR(o)) return PTR_ERR(o);\n  if (quick) { krefPut(o.ref, release); return 1; }\n  krefPut(o.ref, release);\n  return 0;\n}"
      }
    ]
  ]
};
