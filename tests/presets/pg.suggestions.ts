// Expected suggestions of the invalid cases in pg.cases.ts, per case name and error.
// Written by scripts/gen-suggestions.js and reviewed; tests/suggestions.test.ts checks that every
// suggestion parses, removes its finding and adds no other kref finding.
import type { SuggestionTable } from "../helpers/suggestions.js";

export const suggestions: SuggestionTable = {
  "early return forgets the release": [
    [
      {
        messageId: "suggestPut",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function first(sql: string) {\n  const client = await pool.connect();\n  try {\n    const res = await client.query(sql);\n    if (res.rows.length === 0) { client.release(); return null; }\n    client.release();\n    return res.rows[0];\n  } catch (err) {\n    client.release(err as Error);\n    throw err;\n  }\n}"
      }
    ]
  ],
  "a query that throws outside try leaks the client": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function q(sql: string) {\n  const client = await pool.connect();\n  try {\n    const res = await client.query(sql);\n    return res.rows;\n  } finally {\n    client.release();\n  }\n}"
      }
    ]
  ],
  "catch returns without releasing": [
    [
      {
        messageId: "suggestPut",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function tx() {\n  const client = await pool.connect();\n  try {\n    await client.query(\"BEGIN\");\n  } catch {\n    client.release();\n    return false;\n  }\n  client.release();\n  return true;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function tx() {\n  const client = await pool.connect();\n  try {\n    try {\n      await client.query(\"BEGIN\");\n    } catch {\n      return false;\n    }\n    return true;\n  } finally {\n    client.release();\n  }\n}"
      }
    ]
  ],
  "continue skips the release in a loop": [
    [
      {
        messageId: "suggestPut",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function each(ids: string[]) {\n  for (const id of ids) {\n    const client = await pool.connect();\n    if (!id) { client.release(); continue; }\n    client.release();\n  }\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function each(ids: string[]) {\n  for (const id of ids) {\n    const client = await pool.connect();\n    try {\n      if (!id) continue;\n    } finally {\n      client.release();\n    }\n  }\n}"
      }
    ]
  ],
  "callback form: an early return skips done()": [
    [
      {
        messageId: "suggestPut",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport function first(skip: boolean) {\n  pool.connect((err, client, done) => {\n    if (err) throw err;\n    if (skip) { done(); return; }\n    done();\n  });\n}"
      }
    ]
  ],
  "a throw on a bad argument after the checkout": [
    [
      {
        messageId: "suggestPut",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function q(id: string) {\n  const client = await pool.connect();\n  if (!id) { client.release(); throw new Error(\"no id\"); }\n  client.release();\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function q(id: string) {\n  const client = await pool.connect();\n  try {\n    if (!id) throw new Error(\"no id\");\n  } finally {\n    client.release();\n  }\n}"
      }
    ]
  ]
};
