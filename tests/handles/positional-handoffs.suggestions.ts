// Expected suggestions of the invalid cases in positional-handoffs.cases.ts, per case name and error.
// Written by scripts/gen-suggestions.js and reviewed; tests/suggestions.test.ts checks that every
// suggestion parses, removes its finding and adds no other kref finding.
import type { SuggestionTable } from "../helpers/suggestions.js";

export const suggestions: SuggestionTable = {
  "map.set(k, obj) of a looked-up shared object without a get reports at the value": [
    [
      {
        messageId: "suggestGet",
        output: "const registry = new Map<number, Entry>();\nconst table = new Map<number, Entry>();\nexport function move(k: number) {\n  mutex_lock(registryLock);\n  const e = registry.get(k);\n  if (!e) {\n    mutex_unlock(registryLock);\n    return;\n  }\n  kref_get(e.ref);\n  table.set(k, e);\n  mutex_unlock(registryLock);\n  kref_put(e.ref, release);\n}"
      }
    ]
  ],
  "a field known to hold a handle is handed off: the late get is reported": [
    [
      {
        messageId: "suggestMoveGet",
        output: "export function enqueue(port: Port, queue: Device[]) {\n  kref_get(port.dev.ref);\n  queue.push(port.dev);\n}"
      }
    ]
  ]
};
