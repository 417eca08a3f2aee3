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
  ]
};
