// Expected suggestions of the invalid cases in lifecycles.cases.ts, per case name and error.
// Written by scripts/gen-suggestions.js and reviewed; tests/suggestions.test.ts checks that every
// suggestion parses, removes its finding and adds no other kref finding.
import type { SuggestionTable } from "../helpers/suggestions.js";

export const suggestions: SuggestionTable = {
  "pg Client connected, then a query throws before end()": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Client } from \"pg\";\nexport async function run(q: string) {\n  const c = new Client();\n  await c.connect();\n  try {\n    await c.query(q);\n  } finally {\n    await c.end();\n  }\n}"
      }
    ]
  ],
  "pg Client: an early return after connect leaks the connection": [
    [
      {
        messageId: "suggestPut",
        output: "import { Client } from \"pg\";\nexport async function run(q: string, dryRun: boolean) {\n  const client = new Client();\n  await client.connect();\n  if (dryRun) { await client.end(); return null; }\n  try {\n    return await client.query(q);\n  } finally {\n    await client.end();\n  }\n}"
      }
    ]
  ],
  "pg Client from require: a query throws before end()": [
    [
      {
        messageId: "suggestTryFinally",
        output: "const { Client } = require(\"pg\");\nasync function run(q) {\n  const client = new Client();\n  await client.connect();\n  try {\n    const res = await client.query(q);\n    return res;\n  } finally {\n    await client.end();\n  }\n}\nmodule.exports = { run };"
      }
    ]
  ],
  "promise-wrapped mysql2 checkout: a query throws before release": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import mysql from \"mysql2\";\nconst pool = mysql.createPool({});\nexport async function run(q: string) {\n  const conn = await new Promise<mysql.PoolConnection>((res, rej) => pool.getConnection((err, c) => (err ? rej(err) : res(c))));\n  try {\n    await conn.promise().query(q);\n  } finally {\n    conn.release();\n  }\n}"
      }
    ]
  ],
  "promise-wrapped pg callback checkout: a query throws before release": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(q: string) {\n  const client = await new Promise<import(\"pg\").PoolClient>((resolve, reject) => {\n    pool.connect((err, c, done) => {\n      if (err) reject(err);\n      else resolve(c);\n    });\n  });\n  try {\n    await client.query(q);\n  } finally {\n    client.release();\n  }\n}"
      }
    ]
  ],
  "promise-wrapped checkout in a helper: the caller returns early without release": [
    [
      {
        messageId: "suggestPut",
        output: "import mysql from \"mysql2\";\nconst pool = mysql.createPool({});\nfunction getConnection(): Promise<mysql.PoolConnection> {\n  return new Promise((resolve, reject) => pool.getConnection((err, conn) => (err ? reject(err) : resolve(conn))));\n}\nexport async function run(skip: boolean) {\n  const conn = await getConnection();\n  if (skip) { conn.release(); return null; }\n  conn.release();\n  return 1;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "import mysql from \"mysql2\";\nconst pool = mysql.createPool({});\nfunction getConnection(): Promise<mysql.PoolConnection> {\n  return new Promise((resolve, reject) => pool.getConnection((err, conn) => (err ? reject(err) : resolve(conn))));\n}\nexport async function run(skip: boolean) {\n  const conn = await getConnection();\n  try {\n    if (skip) return null;\n    return 1;\n  } finally {\n    conn.release();\n  }\n}"
      }
    ]
  ],
  "mysql2 getConnection callback: an early return without release": [
    [
      {
        messageId: "suggestPut",
        output: "import mysql from \"mysql2\";\nconst pool = mysql.createPool({});\nexport function run(q: string, done: (e: unknown) => void) {\n  pool.getConnection((err, conn) => {\n    if (err) return done(err);\n    if (!q) { conn.release(); return; }\n    conn.release();\n    done(null);\n  });\n}"
      }
    ]
  ],
  "generic-pool 2 acquire callback: an early return without release": [
    [
      {
        messageId: "suggestPut",
        output: "import genericPool from \"generic-pool\";\ndeclare const pool: genericPool.Pool<Db>;\nexport function run(skip: boolean) {\n  pool.acquire((err, client) => {\n    if (err) return;\n    if (skip) { pool.release(client); return; }\n    pool.release(client);\n  });\n}"
      }
    ]
  ]
};
