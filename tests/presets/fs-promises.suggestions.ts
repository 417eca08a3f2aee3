// Expected suggestions of the invalid cases in fs-promises.cases.ts, per case name and error.
// Written by scripts/gen-suggestions.js and reviewed; tests/suggestions.test.ts checks that every
// suggestion parses, removes its finding and adds no other kref finding.
import type { SuggestionTable } from "../helpers/suggestions.js";

export const suggestions: SuggestionTable = {
  "readFile throws before close": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { open, opendir } from \"node:fs/promises\";\nexport async function read(path: string) {\n  const fh = await open(path);\n  try {\n    const text = await fh.readFile(\"utf8\");\n    return text;\n  } finally {\n    await fh.close();\n  }\n}"
      },
      {
        messageId: "suggestUsing",
        output: "import { open, opendir } from \"node:fs/promises\";\nexport async function read(path: string) {\n  await using fh = await open(path);\n  const text = await fh.readFile(\"utf8\");\n  return text;\n}"
      }
    ]
  ],
  "early returns without close": [
    [
      {
        messageId: "suggestPut",
        output: "import { open, opendir } from \"node:fs/promises\";\nexport async function read(path: string) {\n  const fh = await open(path);\n  try {\n    if (!path.endsWith(\".txt\")) { await fh.close(); return null; }\n    return await fh.readFile(\"utf8\");\n  } catch {\n    await fh.close();\n    return null;\n  }\n}"
      }
    ],
    []
  ],
  "opendir never closed on the error path": [
    [
      {
        messageId: "suggestUsing",
        output: "import { open, opendir } from \"node:fs/promises\";\nexport async function first(path: string) {\n  await using dir = await opendir(path);\n  try {\n    const entry = await dir.read();\n    return entry;\n  } catch {\n    return null;\n  }\n}"
      }
    ]
  ],
  "continue skips close": [
    [
      {
        messageId: "suggestPut",
        output: "import { open, opendir } from \"node:fs/promises\";\nexport async function all(paths: string[]) {\n  for (const path of paths) {\n    const fh = await open(path);\n    if (!path) { await fh.close(); continue; }\n    await fh.close();\n  }\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "import { open, opendir } from \"node:fs/promises\";\nexport async function all(paths: string[]) {\n  for (const path of paths) {\n    const fh = await open(path);\n    try {\n      if (!path) continue;\n    } finally {\n      await fh.close();\n    }\n  }\n}"
      },
      {
        messageId: "suggestUsing",
        output: "import { open, opendir } from \"node:fs/promises\";\nexport async function all(paths: string[]) {\n  for (const path of paths) {\n    await using fh = await open(path);\n    if (!path) continue;\n  }\n}"
      }
    ]
  ]
};
