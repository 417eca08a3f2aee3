// Expected suggestions of the invalid cases in disposable-stack.cases.ts, per case name and error.
// Written by scripts/gen-suggestions.js and reviewed; tests/suggestions.test.ts checks that every
// suggestion parses, removes its finding and adds no other kref finding.
import type { SuggestionTable } from "../helpers/suggestions.js";

export const suggestions: SuggestionTable = {
  "an early return skips dispose()": [
    [
      {
        messageId: "suggestPut",
        output: "export function run(skip: boolean) {\n  const stack = new DisposableStack();\n  if (skip) { stack.dispose(); return; }\n  stack.dispose();\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "export function run(skip: boolean) {\n  const stack = new DisposableStack();\n  try {\n    if (skip) return;\n  } finally {\n    stack.dispose();\n  }\n}"
      },
      {
        messageId: "suggestUsing",
        output: "export function run(skip: boolean) {\n  using stack = new DisposableStack();\n  if (skip) return;\n}"
      }
    ]
  ],
  "a throw statement before disposeAsync": [
    [
      {
        messageId: "suggestPut",
        output: "export async function run(ok: boolean) {\n  const stack = new AsyncDisposableStack();\n  if (!ok) { await stack.disposeAsync(); throw new Error(\"bad\"); }\n  await stack.disposeAsync();\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "export async function run(ok: boolean) {\n  const stack = new AsyncDisposableStack();\n  try {\n    if (!ok) throw new Error(\"bad\");\n  } finally {\n    await stack.disposeAsync();\n  }\n}"
      },
      {
        messageId: "suggestUsing",
        output: "export async function run(ok: boolean) {\n  await using stack = new AsyncDisposableStack();\n  if (!ok) throw new Error(\"bad\");\n}"
      }
    ]
  ],
  "the catch returns without disposing": [
    [
      {
        messageId: "suggestPut",
        output: "export function run() {\n  const stack = new DisposableStack();\n  try {\n    work();\n  } catch {\n    stack.dispose();\n    return false;\n  }\n  stack.dispose();\n  return true;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "export function run() {\n  const stack = new DisposableStack();\n  try {\n    try {\n      work();\n    } catch {\n      return false;\n    }\n    return true;\n  } finally {\n    stack.dispose();\n  }\n}"
      },
      {
        messageId: "suggestUsing",
        output: "export function run() {\n  using stack = new DisposableStack();\n  try {\n    work();\n  } catch {\n    return false;\n  }\n  return true;\n}"
      }
    ]
  ],
  "a loop iteration that continues without disposing": [
    [
      {
        messageId: "suggestPut",
        output: "export function each(names: string[]) {\n  for (const name of names) {\n    const stack = new DisposableStack();\n    if (!name) { stack.dispose(); continue; }\n    stack.dispose();\n  }\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "export function each(names: string[]) {\n  for (const name of names) {\n    const stack = new DisposableStack();\n    try {\n      if (!name) continue;\n    } finally {\n      stack.dispose();\n    }\n  }\n}"
      },
      {
        messageId: "suggestUsing",
        output: "export function each(names: string[]) {\n  for (const name of names) {\n    using stack = new DisposableStack();\n    if (!name) continue;\n  }\n}"
      }
    ]
  ]
};
