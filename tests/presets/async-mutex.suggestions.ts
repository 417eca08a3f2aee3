// Expected suggestions of the invalid cases in async-mutex.cases.ts, per case name and error.
// Written by scripts/gen-suggestions.js and reviewed; tests/suggestions.test.ts checks that every
// suggestion parses, removes its finding and adds no other kref finding.
import type { SuggestionTable } from "../helpers/suggestions.js";

export const suggestions: SuggestionTable = {
  "work throws before release": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Mutex, Semaphore } from \"async-mutex\";\nconst mutex = new Mutex();\nconst semaphore = new Semaphore(2);\nexport async function critical() {\n  const release = await mutex.acquire();\n  try {\n    await work();\n  } finally {\n    release();\n  }\n}"
      }
    ]
  ],
  "early return keeps the mutex locked": [
    [
      {
        messageId: "suggestPut",
        output: "import { Mutex, Semaphore } from \"async-mutex\";\nconst mutex = new Mutex();\nconst semaphore = new Semaphore(2);\nexport async function critical(skip: boolean) {\n  const release = await mutex.acquire();\n  if (skip) { release(); return; }\n  release();\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "import { Mutex, Semaphore } from \"async-mutex\";\nconst mutex = new Mutex();\nconst semaphore = new Semaphore(2);\nexport async function critical(skip: boolean) {\n  const release = await mutex.acquire();\n  try {\n    if (skip) return;\n  } finally {\n    release();\n  }\n}"
      }
    ]
  ],
  "semaphore slot never released": [
    [
      {
        messageId: "suggestPut",
        output: "import { Mutex, Semaphore } from \"async-mutex\";\nconst mutex = new Mutex();\nconst semaphore = new Semaphore(2);\nexport async function limited() {\n  const [value, release] = await semaphore.acquire();\n  release();\n  return value;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "import { Mutex, Semaphore } from \"async-mutex\";\nconst mutex = new Mutex();\nconst semaphore = new Semaphore(2);\nexport async function limited() {\n  const [value, release] = await semaphore.acquire();\n  try {\n    return value;\n  } finally {\n    release();\n  }\n}"
      }
    ]
  ],
  "catch returns without releasing": [
    [
      {
        messageId: "suggestPut",
        output: "import { Mutex, Semaphore } from \"async-mutex\";\nconst mutex = new Mutex();\nconst semaphore = new Semaphore(2);\nexport async function critical() {\n  const release = await mutex.acquire();\n  try {\n    await work();\n  } catch {\n    release();\n    return false;\n  }\n  release();\n  return true;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "import { Mutex, Semaphore } from \"async-mutex\";\nconst mutex = new Mutex();\nconst semaphore = new Semaphore(2);\nexport async function critical() {\n  const release = await mutex.acquire();\n  try {\n    try {\n      await work();\n    } catch {\n      return false;\n    }\n    return true;\n  } finally {\n    release();\n  }\n}"
      }
    ]
  ],
  "continue in a loop keeps it locked": [
    [
      {
        messageId: "suggestPut",
        output: "import { Mutex, Semaphore } from \"async-mutex\";\nconst mutex = new Mutex();\nconst semaphore = new Semaphore(2);\nexport async function each(items: number[]) {\n  for (const item of items) {\n    const release = await mutex.acquire();\n    if (item < 0) { release(); continue; }\n    release();\n  }\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "import { Mutex, Semaphore } from \"async-mutex\";\nconst mutex = new Mutex();\nconst semaphore = new Semaphore(2);\nexport async function each(items: number[]) {\n  for (const item of items) {\n    const release = await mutex.acquire();\n    try {\n      if (item < 0) continue;\n    } finally {\n      release();\n    }\n  }\n}"
      }
    ]
  ]
};
