// Expected suggestions of the invalid cases in quickjs-emscripten.cases.ts, per case name and error.
// Written by scripts/gen-suggestions.js and reviewed; tests/suggestions.test.ts checks that every
// suggestion parses, removes its finding and adds no other kref finding.
import type { SuggestionTable } from "../helpers/suggestions.js";

export const suggestions: SuggestionTable = {
  "consume on one branch only": [
    [
      {
        messageId: "suggestPut",
        output: "import { getQuickJS, type QuickJSContext } from \"quickjs-emscripten\";\nexport function show(vm: QuickJSContext, quiet: boolean) {\n  const value = vm.getProp(vm.global, \"x\");\n  if (quiet) { value.consume((v) => console.log(vm.dump(v))); return; }\n  value.consume((v) => console.log(vm.dump(v)));\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "import { getQuickJS, type QuickJSContext } from \"quickjs-emscripten\";\nexport function show(vm: QuickJSContext, quiet: boolean) {\n  const value = vm.getProp(vm.global, \"x\");\n  try {\n    if (quiet) return;\n  } finally {\n    value.consume((v) => console.log(vm.dump(v)));\n  }\n}"
      },
      {
        messageId: "suggestUsing",
        output: "import { getQuickJS, type QuickJSContext } from \"quickjs-emscripten\";\nexport function show(vm: QuickJSContext, quiet: boolean) {\n  using value = vm.getProp(vm.global, \"x\");\n  if (quiet) return;\n}"
      }
    ]
  ],
  "unwrapResult may throw before dispose": [
    [
      {
        messageId: "suggestUsing",
        output: "import { getQuickJS, type QuickJSContext } from \"quickjs-emscripten\";\nexport function setName(vm: QuickJSContext, name: string, code: string) {\n  using handle = vm.newString(name);\n  vm.setProp(vm.global, \"name\", handle);\n  const result = vm.unwrapResult(vm.evalCode(code));\n  result.dispose();\n}"
      }
    ]
  ],
  "early return keeps the result": [
    [
      {
        messageId: "suggestPut",
        output: "import { getQuickJS, type QuickJSContext } from \"quickjs-emscripten\";\nexport function run(vm: QuickJSContext, code: string) {\n  const result = vm.unwrapResult(vm.evalCode(code));\n  try {\n    if (!code) { result.dispose(); return null; }\n    return vm.dump(result);\n  } catch {\n    result.dispose();\n    return null;\n  }\n}"
      }
    ],
    []
  ],
  "continue skips dispose": [
    [
      {
        messageId: "suggestPut",
        output: "import { getQuickJS, type QuickJSContext } from \"quickjs-emscripten\";\nexport function each(vm: QuickJSContext, names: string[]) {\n  for (const name of names) {\n    const h = vm.newString(name);\n    if (!name) { h.dispose(); continue; }\n    h.dispose();\n  }\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "import { getQuickJS, type QuickJSContext } from \"quickjs-emscripten\";\nexport function each(vm: QuickJSContext, names: string[]) {\n  for (const name of names) {\n    const h = vm.newString(name);\n    try {\n      if (!name) continue;\n    } finally {\n      h.dispose();\n    }\n  }\n}"
      },
      {
        messageId: "suggestUsing",
        output: "import { getQuickJS, type QuickJSContext } from \"quickjs-emscripten\";\nexport function each(vm: QuickJSContext, names: string[]) {\n  for (const name of names) {\n    using h = vm.newString(name);\n    if (!name) continue;\n  }\n}"
      }
    ]
  ]
};
