// Expected suggestions of the invalid cases in disposables.cases.ts, per case name and error.
// Written by scripts/gen-suggestions.js and reviewed; tests/suggestions.test.ts checks that every
// suggestion parses, removes its finding and adds no other kref finding.
import type { SuggestionTable } from "../helpers/suggestions.js";

export const suggestions: SuggestionTable = {
  "a local disposable class not disposed on an early return": [
    [
      {
        messageId: "suggestPut",
        output: "class Connection {\n  dispose(): void {}\n}\nclass Plain {\n  close(): void {}\n}\nexport function f(ok: boolean) {\n  const c = new Connection();\n  if (!ok) { c.dispose(); return; }\n  c.dispose();\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "class Connection {\n  dispose(): void {}\n}\nclass Plain {\n  close(): void {}\n}\nexport function f(ok: boolean) {\n  const c = new Connection();\n  try {\n    if (!ok) return;\n  } finally {\n    c.dispose();\n  }\n}"
      }
    ]
  ]
};
