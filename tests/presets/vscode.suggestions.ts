// Expected suggestions of the invalid cases in vscode.cases.ts, per case name and error.
// Written by scripts/gen-suggestions.js and reviewed; tests/suggestions.test.ts checks that every
// suggestion parses, removes its finding and adds no other kref finding.
import type { SuggestionTable } from "../helpers/suggestions.js";

export const suggestions: SuggestionTable = {
  "ReferenceCollection.acquire() without dispose on the early return": [
    [
      {
        messageId: "suggestPut",
        output: "import * as vscode from \"vscode\";\nexport function peek(models: ReferenceCollection<Model>, key: string, skip: boolean) {\n  const ref = models.acquire(key);\n  if (skip) { ref.dispose(); return 0; }\n  ref.dispose();\n  return 1;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "import * as vscode from \"vscode\";\nexport function peek(models: ReferenceCollection<Model>, key: string, skip: boolean) {\n  const ref = models.acquire(key);\n  try {\n    if (skip) return 0;\n    return 1;\n  } finally {\n    ref.dispose();\n  }\n}"
      }
    ]
  ],
  "reading the model may throw before dispose": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import * as vscode from \"vscode\";\nexport async function text(uri: vscode.Uri) {\n  const ref = await vscode.workspace.createModelReference(uri);\n  try {\n    const value = ref.object.textEditorModel.getValue();\n    return value;\n  } finally {\n    ref.dispose();\n  }\n}"
      }
    ]
  ],
  "early return keeps the reference": [
    [
      {
        messageId: "suggestPut",
        output: "import * as vscode from \"vscode\";\nexport async function first(uri: vscode.Uri, skip: boolean) {\n  const ref = await vscode.workspace.createModelReference(uri);\n  if (skip) { ref.dispose(); return null; }\n  ref.dispose();\n  return 1;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "import * as vscode from \"vscode\";\nexport async function first(uri: vscode.Uri, skip: boolean) {\n  const ref = await vscode.workspace.createModelReference(uri);\n  try {\n    if (skip) return null;\n    return 1;\n  } finally {\n    ref.dispose();\n  }\n}"
      }
    ]
  ],
  "continue skips dispose": [
    [
      {
        messageId: "suggestPut",
        output: "import * as vscode from \"vscode\";\nexport async function all(uris: vscode.Uri[]) {\n  for (const uri of uris) {\n    const ref = await vscode.workspace.createModelReference(uri);\n    if (!uri.path) { ref.dispose(); continue; }\n    ref.dispose();\n  }\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "import * as vscode from \"vscode\";\nexport async function all(uris: vscode.Uri[]) {\n  for (const uri of uris) {\n    const ref = await vscode.workspace.createModelReference(uri);\n    try {\n      if (!uri.path) continue;\n    } finally {\n      ref.dispose();\n    }\n  }\n}"
      }
    ]
  ],
  "catch returns without dispose": [
    [
      {
        messageId: "suggestPut",
        output: "import * as vscode from \"vscode\";\nexport async function safe(uri: vscode.Uri) {\n  const ref = await vscode.workspace.createModelReference(uri);\n  try {\n    ref.object.textEditorModel.getValue();\n  } catch {\n    ref.dispose();\n    return false;\n  }\n  ref.dispose();\n  return true;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "import * as vscode from \"vscode\";\nexport async function safe(uri: vscode.Uri) {\n  const ref = await vscode.workspace.createModelReference(uri);\n  try {\n    try {\n      ref.object.textEditorModel.getValue();\n    } catch {\n      return false;\n    }\n    return true;\n  } finally {\n    ref.dispose();\n  }\n}"
      }
    ]
  ]
};
