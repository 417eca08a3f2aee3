// Expected suggestions of the invalid cases in generic-pool.cases.ts, per case name and error.
// Written by scripts/gen-suggestions.js and reviewed; tests/suggestions.test.ts checks that every
// suggestion parses, removes its finding and adds no other kref finding.
import type { SuggestionTable } from "../helpers/suggestions.js";

export const suggestions: SuggestionTable = {
  "early return skips the release": [
    [
      {
        messageId: "suggestPut",
        output: "import { createPool } from \"generic-pool\";\nconst pool = createPool({ create: async () => ({}), destroy: async () => undefined });\nexport async function use(skip: boolean) {\n  const resource = await pool.acquire();\n  try {\n    if (skip) { await pool.destroy(resource); return null; }\n    await work(resource);\n  } catch (err) {\n    await pool.destroy(resource);\n    throw err;\n  }\n  await pool.release(resource);\n  return 1;\n}"
      }
    ]
  ],
  "catch swallows and returns without destroy": [
    [
      {
        messageId: "suggestPut",
        output: "import { createPool } from \"generic-pool\";\nconst pool = createPool({ create: async () => ({}), destroy: async () => undefined });\nexport async function use() {\n  const resource = await pool.acquire();\n  try {\n    await work(resource);\n  } catch {\n    await pool.release(resource);\n    return false;\n  }\n  await pool.release(resource);\n  return true;\n}"
      }
    ]
  ],
  "continue without release": [
    [
      {
        messageId: "suggestPut",
        output: "import { createPool } from \"generic-pool\";\nconst pool = createPool({ create: async () => ({}), destroy: async () => undefined });\nexport async function all(items: number[]) {\n  for (const item of items) {\n    const resource = await pool.acquire();\n    if (item < 0) { pool.release(resource); continue; }\n    pool.release(resource);\n  }\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "import { createPool } from \"generic-pool\";\nconst pool = createPool({ create: async () => ({}), destroy: async () => undefined });\nexport async function all(items: number[]) {\n  for (const item of items) {\n    const resource = await pool.acquire();\n    try {\n      if (item < 0) continue;\n    } finally {\n      pool.release(resource);\n    }\n  }\n}"
      }
    ]
  ]
};
