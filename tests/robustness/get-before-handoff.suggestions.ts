// Expected suggestions of the invalid cases in get-before-handoff.cases.ts, per case name and error.
// Written by scripts/gen-suggestions.js and reviewed; tests/suggestions.test.ts checks that every
// suggestion parses, removes its finding and adds no other kref finding.
import type { SuggestionTable } from "../helpers/suggestions.js";

export const suggestions: SuggestionTable = {
  "sync callback: a borrowed handle handed off inside an IIFE, then the caller's reference put": [
    [
      {
        messageId: "suggestGet",
        output: "\nfunction retire(p: Device, queue: Device[]) {\n  (() => {\n    kref_get(p.ref);\n    queue.push(p);\n  })();\n  kref_put(p.ref, release);\n}"
      }
    ]
  ]
};
