// Expected suggestions of the invalid cases in mysql2.cases.ts, per case name and error.
// Written by scripts/gen-suggestions.js and reviewed; tests/suggestions.test.ts checks that every
// suggestion parses, removes its finding and adds no other kref finding.
import type { SuggestionTable } from "../helpers/suggestions.js";

export const suggestions: SuggestionTable = {
  "early return without release": [
    [
      {
        messageId: "suggestPut",
        output: "import mysql from \"mysql2/promise\";\nconst pool = mysql.createPool({});\nexport async function q(id: number) {\n  const conn = await pool.getConnection();\n  try {\n    if (id < 0) { conn.release(); return null; }\n    await conn.query(\"select 1\");\n  } catch {\n    conn.release();\n    return null;\n  }\n  conn.release();\n  return id;\n}"
      }
    ]
  ],
  "a query outside try leaks when it throws": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import mysql from \"mysql2/promise\";\nconst pool = mysql.createPool({});\nexport async function q() {\n  const conn = await pool.getConnection();\n  try {\n    await conn.query(\"select 1\");\n  } finally {\n    conn.release();\n  }\n}"
      }
    ]
  ],
  "catch rethrows without release": [
    [
      {
        messageId: "suggestPut",
        output: "import mysql from \"mysql2/promise\";\nconst pool = mysql.createPool({});\nexport async function q() {\n  const conn = await pool.getConnection();\n  try {\n    await conn.ping();\n  } catch (err) {\n    conn.release();\n    throw err;\n  }\n  conn.release();\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "import mysql from \"mysql2/promise\";\nconst pool = mysql.createPool({});\nexport async function q() {\n  const conn = await pool.getConnection();\n  try {\n    try {\n      await conn.ping();\n    } catch (err) {\n      throw err;\n    }\n  } finally {\n    conn.release();\n  }\n}"
      }
    ]
  ],
  "break out of a retry loop with the connection": [
    [
      {
        messageId: "suggestPut",
        output: "import mysql from \"mysql2/promise\";\nconst pool = mysql.createPool({});\nexport async function q() {\n  for (let i = 0; i < 3; i++) {\n    const conn = await pool.getConnection();\n    if (i > 1) { conn.release(); break; }\n    conn.release();\n  }\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "import mysql from \"mysql2/promise\";\nconst pool = mysql.createPool({});\nexport async function q() {\n  for (let i = 0; i < 3; i++) {\n    const conn = await pool.getConnection();\n    try {\n      if (i > 1) break;\n    } finally {\n      conn.release();\n    }\n  }\n}"
      }
    ]
  ]
};
