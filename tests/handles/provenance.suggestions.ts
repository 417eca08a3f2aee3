// Expected suggestions of the invalid cases in provenance.cases.ts, per case name and error.
// Written by scripts/gen-suggestions.js and reviewed; tests/suggestions.test.ts checks that every
// suggestion parses, removes its finding and adds no other kref finding.
import type { SuggestionTable } from "../helpers/suggestions.js";

export const suggestions: SuggestionTable = {
  "plain JavaScript, untyped parameter: releasing on one path is usage evidence, the throw path leaks": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nexport async function q(pool) {\n  const c = await pool.connect();\n  try {\n    await c.query(\"select 1\");\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "double claim: mutex.acquire() with generic-pool and async-mutex imported is one handle, reported once": [
    [
      {
        messageId: "suggestPut",
        output: "import { createPool } from \"generic-pool\";\nimport { Mutex } from \"async-mutex\";\nconst mutex = new Mutex();\nexport const pool = createPool({ create: async () => ({}), destroy: async () => undefined });\nexport async function forgotten() {\n  const release = await mutex.acquire();\n  release();\n  return 1;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "import { createPool } from \"generic-pool\";\nimport { Mutex } from \"async-mutex\";\nconst mutex = new Mutex();\nexport const pool = createPool({ create: async () => ({}), destroy: async () => undefined });\nexport async function forgotten() {\n  const release = await mutex.acquire();\n  try {\n    return 1;\n  } finally {\n    release();\n  }\n}"
      }
    ]
  ],
  "a forced preset counts as imported: an untyped pool with usage evidence is checked without the import": [
    [
      {
        messageId: "suggestTryFinally",
        output: "export async function q(pool) {\n  const c = await pool.connect();\n  try {\n    await c.query(\"select 1\");\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "(A) vscode: a subclass of VS Code's own ReferenceCollection is a collection, wherever the class is imported from": [
    [
      {
        messageId: "suggestPut",
        output: "import { ReferenceCollection } from \"../../base/common/lifecycle.js\";\nclass Models extends ReferenceCollection<{ version: number }> {\n  protected createReferencedObject() {\n    return { version: 1 };\n  }\n  protected destroyReferencedObject() {}\n}\nconst models = new Models();\nexport function peek(key: string, skip: boolean) {\n  const ref = models.acquire(key);\n  if (skip) { ref.dispose(); return 0; }\n  ref.dispose();\n  return 1;\n}\nexport const open = (service: { createModelReference(u: string): Promise<unknown> }, u: string) => service.createModelReference(u);"
      },
      {
        messageId: "suggestTryFinally",
        output: "import { ReferenceCollection } from \"../../base/common/lifecycle.js\";\nclass Models extends ReferenceCollection<{ version: number }> {\n  protected createReferencedObject() {\n    return { version: 1 };\n  }\n  protected destroyReferencedObject() {}\n}\nconst models = new Models();\nexport function peek(key: string, skip: boolean) {\n  const ref = models.acquire(key);\n  try {\n    if (skip) return 0;\n    return 1;\n  } finally {\n    ref.dispose();\n  }\n}\nexport const open = (service: { createModelReference(u: string): Promise<unknown> }, u: string) => service.createModelReference(u);"
      }
    ]
  ],
  "(A) vscode: an untyped receiver whose reference the function disposes on some path (usage evidence)": [
    [
      {
        messageId: "suggestPut",
        output: "import * as vscode from \"vscode\";\nexport function peek(models: any, key: string, skip: boolean) {\n  const ref = models.acquire(key);\n  if (skip) { ref.dispose(); return 0; }\n  ref.dispose();\n  return vscode.version;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "import * as vscode from \"vscode\";\nexport function peek(models: any, key: string, skip: boolean) {\n  const ref = models.acquire(key);\n  try {\n    if (skip) return 0;\n    return vscode.version;\n  } finally {\n    ref.dispose();\n  }\n}"
      }
    ]
  ],
  "(B) generic-pool and async-mutex forced: the called releaser is async-mutex's evidence, the early return leaks once": [
    [
      {
        messageId: "suggestPut",
        output: "export async function query(lock: any, q: string) {\n  const release = await lock.acquire();\n  if (q) { release(); return 1; }\n  release();\n  return 2;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "export async function query(lock: any, q: string) {\n  const release = await lock.acquire();\n  try {\n    if (q) return 1;\n    return 2;\n  } finally {\n    release();\n  }\n}"
      }
    ]
  ],
  "(C) generic-pool and pg forced: this.pool.release(c) after a call that may throw is a put, and the throw path leaks": [
    [
      {
        messageId: "suggestTryFinally",
        output: "export class S {\n  declare pool: any;\n  async f(cb: () => Promise<void>) {\n    const c = await this.pool.acquire();\n    try {\n      await cb();\n    } finally {\n      this.pool.release(c);\n    }\n  }\n}"
      }
    ]
  ],
  "a user kind that describes no receivers (matched by name) gives way to a preset's usage evidence: async-mutex's releaser, reported once": [
    [
      {
        messageId: "suggestPut",
        output: "export async function query(lock: any, q: string) {\n  const release = await lock.acquire();\n  if (q) { release(); return 1; }\n  release();\n  return 2;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "export async function query(lock: any, q: string) {\n  const release = await lock.acquire();\n  try {\n    if (q) return 1;\n    return 2;\n  } finally {\n    release();\n  }\n}"
      }
    ]
  ],
  "(A) vscode: this.acquire(key) inside a subclass of ReferenceCollection is the collection's": [
    [
      {
        messageId: "suggestPut",
        output: "import * as vscode from \"vscode\";\nimport { ReferenceCollection } from \"./lifecycle\";\nexport class Documents extends ReferenceCollection<vscode.TextDocument> {\n  version(key: string, skip: boolean) {\n    const ref = this.acquire(key);\n    if (skip) { ref.dispose(); return 0; }\n    const v = ref.object.version;\n    ref.dispose();\n    return v;\n  }\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "import * as vscode from \"vscode\";\nimport { ReferenceCollection } from \"./lifecycle\";\nexport class Documents extends ReferenceCollection<vscode.TextDocument> {\n  version(key: string, skip: boolean) {\n    const ref = this.acquire(key);\n    try {\n      if (skip) return 0;\n      const v = ref.object.version;\n      return v;\n    } finally {\n      ref.dispose();\n    }\n  }\n}"
      }
    ]
  ],
  "(A) vscode: a field typed with the file's own subclass of ReferenceCollection": [
    [
      {
        messageId: "suggestPut",
        output: "import * as vscode from \"vscode\";\nimport { ReferenceCollection } from \"vs/base/common/lifecycle\";\nclass Models extends ReferenceCollection<{ v: number }> {\n  protected createReferencedObject() {\n    return { v: 1 };\n  }\n  protected destroyReferencedObject() {}\n}\nexport class Service {\n  private readonly models: Models = new Models();\n  peek(key: string, skip: boolean) {\n    const ref = this.models.acquire(key);\n    if (skip) { ref.dispose(); return 0; }\n    ref.dispose();\n    return vscode.version;\n  }\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "import * as vscode from \"vscode\";\nimport { ReferenceCollection } from \"vs/base/common/lifecycle\";\nclass Models extends ReferenceCollection<{ v: number }> {\n  protected createReferencedObject() {\n    return { v: 1 };\n  }\n  protected destroyReferencedObject() {}\n}\nexport class Service {\n  private readonly models: Models = new Models();\n  peek(key: string, skip: boolean) {\n    const ref = this.models.acquire(key);\n    try {\n      if (skip) return 0;\n      return vscode.version;\n    } finally {\n      ref.dispose();\n    }\n  }\n}"
      }
    ]
  ]
};
