// Expected suggestions of the invalid cases in throw-models.cases.ts, per case name and error.
// Written by scripts/gen-suggestions.js and reviewed; tests/suggestions.test.ts checks that every
// suggestion parses, removes its finding and adds no other kref finding.
import type { SuggestionTable } from "../helpers/suggestions.js";

export const suggestions: SuggestionTable = {
  "quickjs: a .global of another object is no static handle": [
    [
      {
        messageId: "suggestPut",
        output: "import type { QuickJSContext } from \"quickjs-emscripten\";\nexport function f(vm: QuickJSContext, target: QuickJSHandle, opts: { global: unknown }) {\n  const h = vm.getProp(target, \"x\");\n  if (h === opts.global) { h.dispose(); return null; }\n  h.dispose();\n  return 1;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "import type { QuickJSContext } from \"quickjs-emscripten\";\nexport function f(vm: QuickJSContext, target: QuickJSHandle, opts: { global: unknown }) {\n  const h = vm.getProp(target, \"x\");\n  try {\n    if (h === opts.global) return null;\n    return 1;\n  } finally {\n    h.dispose();\n  }\n}"
      },
      {
        messageId: "suggestUsing",
        output: "import type { QuickJSContext } from \"quickjs-emscripten\";\nexport function f(vm: QuickJSContext, target: QuickJSHandle, opts: { global: unknown }) {\n  using h = vm.getProp(target, \"x\");\n  if (h === opts.global) return null;\n  return 1;\n}"
      }
    ]
  ],
  "Object.defineProperty with a non-function getter throws": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import type { QuickJSContext } from \"quickjs-emscripten\";\nexport function f(vm: QuickJSContext) {\n  const h = vm.newObject();\n  try {\n    const obj = {};\n    Object.defineProperty(obj, \"x\", { get: 5 });\n    return obj;\n  } finally {\n    h.dispose();\n  }\n}"
      },
      {
        messageId: "suggestUsing",
        output: "import type { QuickJSContext } from \"quickjs-emscripten\";\nexport function f(vm: QuickJSContext) {\n  using h = vm.newObject();\n  const obj = {};\n  Object.defineProperty(obj, \"x\", { get: 5 });\n  return obj;\n}"
      }
    ]
  ],
  "quickjs: a property of this is no kind object, even when the method puts this": [
    [
      {
        messageId: "suggestUsing",
        output: "import type { QuickJSContext } from \"quickjs-emscripten\";\ndeclare class Base { dispose(): void }\nexport class Runner extends Base {\n  declare engine: { evalCode(code: string): void };\n  run(vm: QuickJSContext, code: string) {\n    using h = vm.newObject();\n    this.engine.evalCode(code);\n    this.dispose();\n  }\n}"
      }
    ]
  ],
  "quickjs: a handle different from vm.undefined is still owned": [
    [
      {
        messageId: "suggestPut",
        output: "import type { QuickJSContext } from \"quickjs-emscripten\";\nexport function f(vm: QuickJSContext, target: QuickJSHandle) {\n  const method = vm.getProp(target, \"return\");\n  if (method !== vm.undefined) { method.dispose(); return null; }\n  method.dispose();\n  return 1;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "import type { QuickJSContext } from \"quickjs-emscripten\";\nexport function f(vm: QuickJSContext, target: QuickJSHandle) {\n  const method = vm.getProp(target, \"return\");\n  try {\n    if (method !== vm.undefined) return null;\n    return 1;\n  } finally {\n    method.dispose();\n  }\n}"
      },
      {
        messageId: "suggestUsing",
        output: "import type { QuickJSContext } from \"quickjs-emscripten\";\nexport function f(vm: QuickJSContext, target: QuickJSHandle) {\n  using method = vm.getProp(target, \"return\");\n  if (method !== vm.undefined) return null;\n  return 1;\n}"
      }
    ]
  ],
  "Object.defineProperty mixing a value with an accessor throws": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import type { QuickJSContext } from \"quickjs-emscripten\";\nexport function f(vm: QuickJSContext, get: () => number) {\n  const h = vm.newObject();\n  try {\n    const obj = {};\n    Object.defineProperty(obj, \"x\", { value: 1, get });\n    return obj;\n  } finally {\n    h.dispose();\n  }\n}"
      },
      {
        messageId: "suggestUsing",
        output: "import type { QuickJSContext } from \"quickjs-emscripten\";\nexport function f(vm: QuickJSContext, get: () => number) {\n  using h = vm.newObject();\n  const obj = {};\n  Object.defineProperty(obj, \"x\", { value: 1, get });\n  return obj;\n}"
      }
    ]
  ],
  "Object.defineProperties on an object that came from elsewhere may throw": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import type { QuickJSContext } from \"quickjs-emscripten\";\nexport function f(vm: QuickJSContext, obj: object) {\n  const h = vm.newObject();\n  try {\n    Object.defineProperties(obj, { x: { value: 1 } });\n  } finally {\n    h.dispose();\n  }\n}"
      },
      {
        messageId: "suggestUsing",
        output: "import type { QuickJSContext } from \"quickjs-emscripten\";\nexport function f(vm: QuickJSContext, obj: object) {\n  using h = vm.newObject();\n  Object.defineProperties(obj, { x: { value: 1 } });\n}"
      }
    ]
  ],
  "pg Client: a connection string is parsed, and a malformed one throws": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import pg from \"pg\";\nexport async function two(url: string) {\n  const first = new pg.Client();\n  await first.connect();\n  try {\n    const second = new pg.Client({ connectionString: url });\n    return second;\n  } finally {\n    await first.end();\n  }\n}"
      }
    ]
  ],
  "assert(c) throws while a client is held when c is falsy": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nimport assert from \"node:assert\";\nexport async function check(ready: boolean) {\n  const client = await pool.connect();\n  try {\n    assert(ready, \"not ready\");\n  } finally {\n    client.release();\n  }\n}"
      }
    ]
  ],
  "quickjs: a put of an unwrapped temporary sits between the acquire and the handle's own put": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import type { QuickJSContext } from \"quickjs-emscripten\";\nexport function f(vm: QuickJSContext, code: string) {\n  const handle = vm.newObject();\n  try {\n    vm.unwrapResult(vm.evalCode(code)).dispose();\n  } finally {\n    handle.dispose();\n  }\n}"
      },
      {
        messageId: "suggestUsing",
        output: "import type { QuickJSContext } from \"quickjs-emscripten\";\nexport function f(vm: QuickJSContext, code: string) {\n  using handle = vm.newObject();\n  vm.unwrapResult(vm.evalCode(code)).dispose();\n}"
      }
    ]
  ],
  "Map#get before an await that may throw: reported at the await": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nconst cache = new Map<string, number>();\ndeclare function load(): Promise<void>;\nexport async function q(k: string) {\n  const client = await pool.connect();\n  try {\n    const hit = cache.get(k);\n    await load();\n    return hit;\n  } finally {\n    client.release();\n  }\n}"
      }
    ]
  ],
  "an unknown call still throws under any-call": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\ndeclare function check(): void;\nexport async function q() {\n  const client = await pool.connect();\n  try {\n    check();\n  } finally {\n    client.release();\n  }\n}"
      }
    ]
  ],
  "get() of an object of unknown provenance may throw": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function q(store: { get(k: string): number }) {\n  const client = await pool.connect();\n  try {\n    store.get(\"x\");\n  } finally {\n    client.release();\n  }\n}"
      }
    ]
  ],
  "a Map received untyped is not known to be a Map": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function q(cache: any) {\n  const client = await pool.connect();\n  try {\n    cache.get(\"x\");\n  } finally {\n    client.release();\n  }\n}"
      }
    ]
  ],
  "a local named console is not the global console": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\ndeclare function makeLogger(): { log(message: string): void };\nexport async function q() {\n  const console = makeLogger();\n  const client = await pool.connect();\n  try {\n    console.log(\"checked out\");\n  } finally {\n    client.release();\n  }\n}"
      }
    ]
  ],
  "JSON.stringify may throw (a cycle, a BigInt)": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function q(row: object) {\n  const client = await pool.connect();\n  try {\n    const text = JSON.stringify(row);\n    return text;\n  } finally {\n    client.release();\n  }\n}"
      }
    ]
  ],
  "a same-file function that is not async may throw": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nfunction audit(message: string) {\n  if (!message) throw new Error(\"empty\");\n}\nexport async function q() {\n  const client = await pool.connect();\n  try {\n    audit(\"checked out\");\n  } finally {\n    client.release();\n  }\n}"
      }
    ]
  ],
  "awaiting a same-file async function may throw (it rejects)": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nasync function audit(message: string) {\n  console.log(message);\n}\nexport async function q() {\n  const client = await pool.connect();\n  try {\n    await audit(\"checked out\");\n  } finally {\n    client.release();\n  }\n}"
      }
    ]
  ],
  "reduce without an initial value throws on an empty array": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function q(sizes: number[]) {\n  const client = await pool.connect();\n  try {\n    const total = sizes.reduce((a, b) => a + b);\n    return total;\n  } finally {\n    client.release();\n  }\n}"
      }
    ]
  ],
  "quickjs: unwrapResult throws the guest's error while another handle is held": [
    [
      {
        messageId: "suggestUsing",
        output: "import type { QuickJSContext } from \"quickjs-emscripten\";\nexport function f(vm: QuickJSContext, code: string) {\n  using a = vm.newString(\"x\");\n  const r = vm.unwrapResult(vm.evalCode(code));\n  r.dispose();\n}"
      }
    ]
  ],
  "embind: returning when the clone is not deleted leaks it": [
    [
      {
        messageId: "suggestPut",
        output: "import cv from \"@techstark/opencv-js\";\nexport function f(src: cv.Mat) {\n  const m = src.clone();\n  if (!m.isDeleted()) { m.delete(); return; }\n  m.delete();\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "import cv from \"@techstark/opencv-js\";\nexport function f(src: cv.Mat) {\n  const m = src.clone();\n  try {\n    if (!m.isDeleted()) return;\n  } finally {\n    m.delete();\n  }\n}"
      }
    ]
  ],
  "embind: a method of another object is not the kind's (no nothrow list applies)": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import cv from \"@techstark/opencv-js\";\nexport function f(src: cv.Mat, other: { size(): number }) {\n  const m = src.clone();\n  try {\n    other.size();\n  } finally {\n    m.delete();\n  }\n}"
      }
    ]
  ]
};
