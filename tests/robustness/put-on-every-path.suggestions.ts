// Expected suggestions of the invalid cases in put-on-every-path.cases.ts, per case name and error.
// Written by scripts/gen-suggestions.js and reviewed; tests/suggestions.test.ts checks that every
// suggestion parses, removes its finding and adds no other kref finding.
import type { SuggestionTable } from "../helpers/suggestions.js";

export const suggestions: SuggestionTable = {
  "more than 8 exits: 1 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 1 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 2 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 2 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 3 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 3 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 4 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 4 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 5 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 5 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 6 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 6 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 7 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 7 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 8 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 8 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 9 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 9 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 10 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 10 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 11 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 11 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 12 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 12 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 13 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 13 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 14 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 14 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 15 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 15 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 16 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 16 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 17 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  if (k === 17) {\n    kref_put(p.ref, release);\n    return 17;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 17 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  if (k === 17) {\n    kref_put(p.ref, release);\n    return 17;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 18 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  if (k === 17) {\n    kref_put(p.ref, release);\n    return 17;\n  }\n  if (k === 18) {\n    kref_put(p.ref, release);\n    return 18;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 18 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  if (k === 17) {\n    kref_put(p.ref, release);\n    return 17;\n  }\n  if (k === 18) {\n    kref_put(p.ref, release);\n    return 18;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 19 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  if (k === 17) {\n    kref_put(p.ref, release);\n    return 17;\n  }\n  if (k === 18) {\n    kref_put(p.ref, release);\n    return 18;\n  }\n  if (k === 19) {\n    kref_put(p.ref, release);\n    return 19;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 19 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  if (k === 17) {\n    kref_put(p.ref, release);\n    return 17;\n  }\n  if (k === 18) {\n    kref_put(p.ref, release);\n    return 18;\n  }\n  if (k === 19) {\n    kref_put(p.ref, release);\n    return 19;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 20 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  if (k === 17) {\n    kref_put(p.ref, release);\n    return 17;\n  }\n  if (k === 18) {\n    kref_put(p.ref, release);\n    return 18;\n  }\n  if (k === 19) {\n    kref_put(p.ref, release);\n    return 19;\n  }\n  if (k === 20) {\n    kref_put(p.ref, release);\n    return 20;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 20 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  if (k === 17) {\n    kref_put(p.ref, release);\n    return 17;\n  }\n  if (k === 18) {\n    kref_put(p.ref, release);\n    return 18;\n  }\n  if (k === 19) {\n    kref_put(p.ref, release);\n    return 19;\n  }\n  if (k === 20) {\n    kref_put(p.ref, release);\n    return 20;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 21 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  if (k === 17) {\n    kref_put(p.ref, release);\n    return 17;\n  }\n  if (k === 18) {\n    kref_put(p.ref, release);\n    return 18;\n  }\n  if (k === 19) {\n    kref_put(p.ref, release);\n    return 19;\n  }\n  if (k === 20) {\n    kref_put(p.ref, release);\n    return 20;\n  }\n  if (k === 21) {\n    kref_put(p.ref, release);\n    return 21;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 21 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  if (k === 17) {\n    kref_put(p.ref, release);\n    return 17;\n  }\n  if (k === 18) {\n    kref_put(p.ref, release);\n    return 18;\n  }\n  if (k === 19) {\n    kref_put(p.ref, release);\n    return 19;\n  }\n  if (k === 20) {\n    kref_put(p.ref, release);\n    return 20;\n  }\n  if (k === 21) {\n    kref_put(p.ref, release);\n    return 21;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 22 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  if (k === 17) {\n    kref_put(p.ref, release);\n    return 17;\n  }\n  if (k === 18) {\n    kref_put(p.ref, release);\n    return 18;\n  }\n  if (k === 19) {\n    kref_put(p.ref, release);\n    return 19;\n  }\n  if (k === 20) {\n    kref_put(p.ref, release);\n    return 20;\n  }\n  if (k === 21) {\n    kref_put(p.ref, release);\n    return 21;\n  }\n  if (k === 22) {\n    kref_put(p.ref, release);\n    return 22;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 22 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  if (k === 17) {\n    kref_put(p.ref, release);\n    return 17;\n  }\n  if (k === 18) {\n    kref_put(p.ref, release);\n    return 18;\n  }\n  if (k === 19) {\n    kref_put(p.ref, release);\n    return 19;\n  }\n  if (k === 20) {\n    kref_put(p.ref, release);\n    return 20;\n  }\n  if (k === 21) {\n    kref_put(p.ref, release);\n    return 21;\n  }\n  if (k === 22) {\n    kref_put(p.ref, release);\n    return 22;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 23 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  if (k === 17) {\n    kref_put(p.ref, release);\n    return 17;\n  }\n  if (k === 18) {\n    kref_put(p.ref, release);\n    return 18;\n  }\n  if (k === 19) {\n    kref_put(p.ref, release);\n    return 19;\n  }\n  if (k === 20) {\n    kref_put(p.ref, release);\n    return 20;\n  }\n  if (k === 21) {\n    kref_put(p.ref, release);\n    return 21;\n  }\n  if (k === 22) {\n    kref_put(p.ref, release);\n    return 22;\n  }\n  if (k === 23) {\n    kref_put(p.ref, release);\n    return 23;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 23 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  if (k === 17) {\n    kref_put(p.ref, release);\n    return 17;\n  }\n  if (k === 18) {\n    kref_put(p.ref, release);\n    return 18;\n  }\n  if (k === 19) {\n    kref_put(p.ref, release);\n    return 19;\n  }\n  if (k === 20) {\n    kref_put(p.ref, release);\n    return 20;\n  }\n  if (k === 21) {\n    kref_put(p.ref, release);\n    return 21;\n  }\n  if (k === 22) {\n    kref_put(p.ref, release);\n    return 22;\n  }\n  if (k === 23) {\n    kref_put(p.ref, release);\n    return 23;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 24 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  if (k === 17) {\n    kref_put(p.ref, release);\n    return 17;\n  }\n  if (k === 18) {\n    kref_put(p.ref, release);\n    return 18;\n  }\n  if (k === 19) {\n    kref_put(p.ref, release);\n    return 19;\n  }\n  if (k === 20) {\n    kref_put(p.ref, release);\n    return 20;\n  }\n  if (k === 21) {\n    kref_put(p.ref, release);\n    return 21;\n  }\n  if (k === 22) {\n    kref_put(p.ref, release);\n    return 22;\n  }\n  if (k === 23) {\n    kref_put(p.ref, release);\n    return 23;\n  }\n  if (k === 24) {\n    kref_put(p.ref, release);\n    return 24;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 24 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  if (k === 17) {\n    kref_put(p.ref, release);\n    return 17;\n  }\n  if (k === 18) {\n    kref_put(p.ref, release);\n    return 18;\n  }\n  if (k === 19) {\n    kref_put(p.ref, release);\n    return 19;\n  }\n  if (k === 20) {\n    kref_put(p.ref, release);\n    return 20;\n  }\n  if (k === 21) {\n    kref_put(p.ref, release);\n    return 21;\n  }\n  if (k === 22) {\n    kref_put(p.ref, release);\n    return 22;\n  }\n  if (k === 23) {\n    kref_put(p.ref, release);\n    return 23;\n  }\n  if (k === 24) {\n    kref_put(p.ref, release);\n    return 24;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 25 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  if (k === 17) {\n    kref_put(p.ref, release);\n    return 17;\n  }\n  if (k === 18) {\n    kref_put(p.ref, release);\n    return 18;\n  }\n  if (k === 19) {\n    kref_put(p.ref, release);\n    return 19;\n  }\n  if (k === 20) {\n    kref_put(p.ref, release);\n    return 20;\n  }\n  if (k === 21) {\n    kref_put(p.ref, release);\n    return 21;\n  }\n  if (k === 22) {\n    kref_put(p.ref, release);\n    return 22;\n  }\n  if (k === 23) {\n    kref_put(p.ref, release);\n    return 23;\n  }\n  if (k === 24) {\n    kref_put(p.ref, release);\n    return 24;\n  }\n  if (k === 25) {\n    kref_put(p.ref, release);\n    return 25;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 25 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  if (k === 17) {\n    kref_put(p.ref, release);\n    return 17;\n  }\n  if (k === 18) {\n    kref_put(p.ref, release);\n    return 18;\n  }\n  if (k === 19) {\n    kref_put(p.ref, release);\n    return 19;\n  }\n  if (k === 20) {\n    kref_put(p.ref, release);\n    return 20;\n  }\n  if (k === 21) {\n    kref_put(p.ref, release);\n    return 21;\n  }\n  if (k === 22) {\n    kref_put(p.ref, release);\n    return 22;\n  }\n  if (k === 23) {\n    kref_put(p.ref, release);\n    return 23;\n  }\n  if (k === 24) {\n    kref_put(p.ref, release);\n    return 24;\n  }\n  if (k === 25) {\n    kref_put(p.ref, release);\n    return 25;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 26 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  if (k === 17) {\n    kref_put(p.ref, release);\n    return 17;\n  }\n  if (k === 18) {\n    kref_put(p.ref, release);\n    return 18;\n  }\n  if (k === 19) {\n    kref_put(p.ref, release);\n    return 19;\n  }\n  if (k === 20) {\n    kref_put(p.ref, release);\n    return 20;\n  }\n  if (k === 21) {\n    kref_put(p.ref, release);\n    return 21;\n  }\n  if (k === 22) {\n    kref_put(p.ref, release);\n    return 22;\n  }\n  if (k === 23) {\n    kref_put(p.ref, release);\n    return 23;\n  }\n  if (k === 24) {\n    kref_put(p.ref, release);\n    return 24;\n  }\n  if (k === 25) {\n    kref_put(p.ref, release);\n    return 25;\n  }\n  if (k === 26) {\n    kref_put(p.ref, release);\n    return 26;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 26 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  if (k === 17) {\n    kref_put(p.ref, release);\n    return 17;\n  }\n  if (k === 18) {\n    kref_put(p.ref, release);\n    return 18;\n  }\n  if (k === 19) {\n    kref_put(p.ref, release);\n    return 19;\n  }\n  if (k === 20) {\n    kref_put(p.ref, release);\n    return 20;\n  }\n  if (k === 21) {\n    kref_put(p.ref, release);\n    return 21;\n  }\n  if (k === 22) {\n    kref_put(p.ref, release);\n    return 22;\n  }\n  if (k === 23) {\n    kref_put(p.ref, release);\n    return 23;\n  }\n  if (k === 24) {\n    kref_put(p.ref, release);\n    return 24;\n  }\n  if (k === 25) {\n    kref_put(p.ref, release);\n    return 25;\n  }\n  if (k === 26) {\n    kref_put(p.ref, release);\n    return 26;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 27 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  if (k === 17) {\n    kref_put(p.ref, release);\n    return 17;\n  }\n  if (k === 18) {\n    kref_put(p.ref, release);\n    return 18;\n  }\n  if (k === 19) {\n    kref_put(p.ref, release);\n    return 19;\n  }\n  if (k === 20) {\n    kref_put(p.ref, release);\n    return 20;\n  }\n  if (k === 21) {\n    kref_put(p.ref, release);\n    return 21;\n  }\n  if (k === 22) {\n    kref_put(p.ref, release);\n    return 22;\n  }\n  if (k === 23) {\n    kref_put(p.ref, release);\n    return 23;\n  }\n  if (k === 24) {\n    kref_put(p.ref, release);\n    return 24;\n  }\n  if (k === 25) {\n    kref_put(p.ref, release);\n    return 25;\n  }\n  if (k === 26) {\n    kref_put(p.ref, release);\n    return 26;\n  }\n  if (k === 27) {\n    kref_put(p.ref, release);\n    return 27;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 27 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  if (k === 17) {\n    kref_put(p.ref, release);\n    return 17;\n  }\n  if (k === 18) {\n    kref_put(p.ref, release);\n    return 18;\n  }\n  if (k === 19) {\n    kref_put(p.ref, release);\n    return 19;\n  }\n  if (k === 20) {\n    kref_put(p.ref, release);\n    return 20;\n  }\n  if (k === 21) {\n    kref_put(p.ref, release);\n    return 21;\n  }\n  if (k === 22) {\n    kref_put(p.ref, release);\n    return 22;\n  }\n  if (k === 23) {\n    kref_put(p.ref, release);\n    return 23;\n  }\n  if (k === 24) {\n    kref_put(p.ref, release);\n    return 24;\n  }\n  if (k === 25) {\n    kref_put(p.ref, release);\n    return 25;\n  }\n  if (k === 26) {\n    kref_put(p.ref, release);\n    return 26;\n  }\n  if (k === 27) {\n    kref_put(p.ref, release);\n    return 27;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 28 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  if (k === 17) {\n    kref_put(p.ref, release);\n    return 17;\n  }\n  if (k === 18) {\n    kref_put(p.ref, release);\n    return 18;\n  }\n  if (k === 19) {\n    kref_put(p.ref, release);\n    return 19;\n  }\n  if (k === 20) {\n    kref_put(p.ref, release);\n    return 20;\n  }\n  if (k === 21) {\n    kref_put(p.ref, release);\n    return 21;\n  }\n  if (k === 22) {\n    kref_put(p.ref, release);\n    return 22;\n  }\n  if (k === 23) {\n    kref_put(p.ref, release);\n    return 23;\n  }\n  if (k === 24) {\n    kref_put(p.ref, release);\n    return 24;\n  }\n  if (k === 25) {\n    kref_put(p.ref, release);\n    return 25;\n  }\n  if (k === 26) {\n    kref_put(p.ref, release);\n    return 26;\n  }\n  if (k === 27) {\n    kref_put(p.ref, release);\n    return 27;\n  }\n  if (k === 28) {\n    kref_put(p.ref, release);\n    return 28;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 28 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  if (k === 17) {\n    kref_put(p.ref, release);\n    return 17;\n  }\n  if (k === 18) {\n    kref_put(p.ref, release);\n    return 18;\n  }\n  if (k === 19) {\n    kref_put(p.ref, release);\n    return 19;\n  }\n  if (k === 20) {\n    kref_put(p.ref, release);\n    return 20;\n  }\n  if (k === 21) {\n    kref_put(p.ref, release);\n    return 21;\n  }\n  if (k === 22) {\n    kref_put(p.ref, release);\n    return 22;\n  }\n  if (k === 23) {\n    kref_put(p.ref, release);\n    return 23;\n  }\n  if (k === 24) {\n    kref_put(p.ref, release);\n    return 24;\n  }\n  if (k === 25) {\n    kref_put(p.ref, release);\n    return 25;\n  }\n  if (k === 26) {\n    kref_put(p.ref, release);\n    return 26;\n  }\n  if (k === 27) {\n    kref_put(p.ref, release);\n    return 27;\n  }\n  if (k === 28) {\n    kref_put(p.ref, release);\n    return 28;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 29 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  if (k === 17) {\n    kref_put(p.ref, release);\n    return 17;\n  }\n  if (k === 18) {\n    kref_put(p.ref, release);\n    return 18;\n  }\n  if (k === 19) {\n    kref_put(p.ref, release);\n    return 19;\n  }\n  if (k === 20) {\n    kref_put(p.ref, release);\n    return 20;\n  }\n  if (k === 21) {\n    kref_put(p.ref, release);\n    return 21;\n  }\n  if (k === 22) {\n    kref_put(p.ref, release);\n    return 22;\n  }\n  if (k === 23) {\n    kref_put(p.ref, release);\n    return 23;\n  }\n  if (k === 24) {\n    kref_put(p.ref, release);\n    return 24;\n  }\n  if (k === 25) {\n    kref_put(p.ref, release);\n    return 25;\n  }\n  if (k === 26) {\n    kref_put(p.ref, release);\n    return 26;\n  }\n  if (k === 27) {\n    kref_put(p.ref, release);\n    return 27;\n  }\n  if (k === 28) {\n    kref_put(p.ref, release);\n    return 28;\n  }\n  if (k === 29) {\n    kref_put(p.ref, release);\n    return 29;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 29 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  if (k === 17) {\n    kref_put(p.ref, release);\n    return 17;\n  }\n  if (k === 18) {\n    kref_put(p.ref, release);\n    return 18;\n  }\n  if (k === 19) {\n    kref_put(p.ref, release);\n    return 19;\n  }\n  if (k === 20) {\n    kref_put(p.ref, release);\n    return 20;\n  }\n  if (k === 21) {\n    kref_put(p.ref, release);\n    return 21;\n  }\n  if (k === 22) {\n    kref_put(p.ref, release);\n    return 22;\n  }\n  if (k === 23) {\n    kref_put(p.ref, release);\n    return 23;\n  }\n  if (k === 24) {\n    kref_put(p.ref, release);\n    return 24;\n  }\n  if (k === 25) {\n    kref_put(p.ref, release);\n    return 25;\n  }\n  if (k === 26) {\n    kref_put(p.ref, release);\n    return 26;\n  }\n  if (k === 27) {\n    kref_put(p.ref, release);\n    return 27;\n  }\n  if (k === 28) {\n    kref_put(p.ref, release);\n    return 28;\n  }\n  if (k === 29) {\n    kref_put(p.ref, release);\n    return 29;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 30 returns put, one before them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  if (k === 17) {\n    kref_put(p.ref, release);\n    return 17;\n  }\n  if (k === 18) {\n    kref_put(p.ref, release);\n    return 18;\n  }\n  if (k === 19) {\n    kref_put(p.ref, release);\n    return 19;\n  }\n  if (k === 20) {\n    kref_put(p.ref, release);\n    return 20;\n  }\n  if (k === 21) {\n    kref_put(p.ref, release);\n    return 21;\n  }\n  if (k === 22) {\n    kref_put(p.ref, release);\n    return 22;\n  }\n  if (k === 23) {\n    kref_put(p.ref, release);\n    return 23;\n  }\n  if (k === 24) {\n    kref_put(p.ref, release);\n    return 24;\n  }\n  if (k === 25) {\n    kref_put(p.ref, release);\n    return 25;\n  }\n  if (k === 26) {\n    kref_put(p.ref, release);\n    return 26;\n  }\n  if (k === 27) {\n    kref_put(p.ref, release);\n    return 27;\n  }\n  if (k === 28) {\n    kref_put(p.ref, release);\n    return 28;\n  }\n  if (k === 29) {\n    kref_put(p.ref, release);\n    return 29;\n  }\n  if (k === 30) {\n    kref_put(p.ref, release);\n    return 30;\n  }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: 30 returns put, one after them does not": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction exits(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 1) {\n    kref_put(p.ref, release);\n    return 1;\n  }\n  if (k === 2) {\n    kref_put(p.ref, release);\n    return 2;\n  }\n  if (k === 3) {\n    kref_put(p.ref, release);\n    return 3;\n  }\n  if (k === 4) {\n    kref_put(p.ref, release);\n    return 4;\n  }\n  if (k === 5) {\n    kref_put(p.ref, release);\n    return 5;\n  }\n  if (k === 6) {\n    kref_put(p.ref, release);\n    return 6;\n  }\n  if (k === 7) {\n    kref_put(p.ref, release);\n    return 7;\n  }\n  if (k === 8) {\n    kref_put(p.ref, release);\n    return 8;\n  }\n  if (k === 9) {\n    kref_put(p.ref, release);\n    return 9;\n  }\n  if (k === 10) {\n    kref_put(p.ref, release);\n    return 10;\n  }\n  if (k === 11) {\n    kref_put(p.ref, release);\n    return 11;\n  }\n  if (k === 12) {\n    kref_put(p.ref, release);\n    return 12;\n  }\n  if (k === 13) {\n    kref_put(p.ref, release);\n    return 13;\n  }\n  if (k === 14) {\n    kref_put(p.ref, release);\n    return 14;\n  }\n  if (k === 15) {\n    kref_put(p.ref, release);\n    return 15;\n  }\n  if (k === 16) {\n    kref_put(p.ref, release);\n    return 16;\n  }\n  if (k === 17) {\n    kref_put(p.ref, release);\n    return 17;\n  }\n  if (k === 18) {\n    kref_put(p.ref, release);\n    return 18;\n  }\n  if (k === 19) {\n    kref_put(p.ref, release);\n    return 19;\n  }\n  if (k === 20) {\n    kref_put(p.ref, release);\n    return 20;\n  }\n  if (k === 21) {\n    kref_put(p.ref, release);\n    return 21;\n  }\n  if (k === 22) {\n    kref_put(p.ref, release);\n    return 22;\n  }\n  if (k === 23) {\n    kref_put(p.ref, release);\n    return 23;\n  }\n  if (k === 24) {\n    kref_put(p.ref, release);\n    return 24;\n  }\n  if (k === 25) {\n    kref_put(p.ref, release);\n    return 25;\n  }\n  if (k === 26) {\n    kref_put(p.ref, release);\n    return 26;\n  }\n  if (k === 27) {\n    kref_put(p.ref, release);\n    return 27;\n  }\n  if (k === 28) {\n    kref_put(p.ref, release);\n    return 28;\n  }\n  if (k === 29) {\n    kref_put(p.ref, release);\n    return 29;\n  }\n  if (k === 30) {\n    kref_put(p.ref, release);\n    return 30;\n  }\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  kref_put(p.ref, release);\n  return -1;\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 1 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 2 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n    await c.query(sql, [2]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 3 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n    await c.query(sql, [2]);\n    await c.query(sql, [3]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 4 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n    await c.query(sql, [2]);\n    await c.query(sql, [3]);\n    await c.query(sql, [4]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 5 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n    await c.query(sql, [2]);\n    await c.query(sql, [3]);\n    await c.query(sql, [4]);\n    await c.query(sql, [5]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 6 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n    await c.query(sql, [2]);\n    await c.query(sql, [3]);\n    await c.query(sql, [4]);\n    await c.query(sql, [5]);\n    await c.query(sql, [6]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 7 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n    await c.query(sql, [2]);\n    await c.query(sql, [3]);\n    await c.query(sql, [4]);\n    await c.query(sql, [5]);\n    await c.query(sql, [6]);\n    await c.query(sql, [7]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 8 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n    await c.query(sql, [2]);\n    await c.query(sql, [3]);\n    await c.query(sql, [4]);\n    await c.query(sql, [5]);\n    await c.query(sql, [6]);\n    await c.query(sql, [7]);\n    await c.query(sql, [8]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 9 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n    await c.query(sql, [2]);\n    await c.query(sql, [3]);\n    await c.query(sql, [4]);\n    await c.query(sql, [5]);\n    await c.query(sql, [6]);\n    await c.query(sql, [7]);\n    await c.query(sql, [8]);\n    await c.query(sql, [9]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 10 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n    await c.query(sql, [2]);\n    await c.query(sql, [3]);\n    await c.query(sql, [4]);\n    await c.query(sql, [5]);\n    await c.query(sql, [6]);\n    await c.query(sql, [7]);\n    await c.query(sql, [8]);\n    await c.query(sql, [9]);\n    await c.query(sql, [10]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 11 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n    await c.query(sql, [2]);\n    await c.query(sql, [3]);\n    await c.query(sql, [4]);\n    await c.query(sql, [5]);\n    await c.query(sql, [6]);\n    await c.query(sql, [7]);\n    await c.query(sql, [8]);\n    await c.query(sql, [9]);\n    await c.query(sql, [10]);\n    await c.query(sql, [11]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 12 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n    await c.query(sql, [2]);\n    await c.query(sql, [3]);\n    await c.query(sql, [4]);\n    await c.query(sql, [5]);\n    await c.query(sql, [6]);\n    await c.query(sql, [7]);\n    await c.query(sql, [8]);\n    await c.query(sql, [9]);\n    await c.query(sql, [10]);\n    await c.query(sql, [11]);\n    await c.query(sql, [12]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 13 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n    await c.query(sql, [2]);\n    await c.query(sql, [3]);\n    await c.query(sql, [4]);\n    await c.query(sql, [5]);\n    await c.query(sql, [6]);\n    await c.query(sql, [7]);\n    await c.query(sql, [8]);\n    await c.query(sql, [9]);\n    await c.query(sql, [10]);\n    await c.query(sql, [11]);\n    await c.query(sql, [12]);\n    await c.query(sql, [13]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 14 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n    await c.query(sql, [2]);\n    await c.query(sql, [3]);\n    await c.query(sql, [4]);\n    await c.query(sql, [5]);\n    await c.query(sql, [6]);\n    await c.query(sql, [7]);\n    await c.query(sql, [8]);\n    await c.query(sql, [9]);\n    await c.query(sql, [10]);\n    await c.query(sql, [11]);\n    await c.query(sql, [12]);\n    await c.query(sql, [13]);\n    await c.query(sql, [14]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 15 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n    await c.query(sql, [2]);\n    await c.query(sql, [3]);\n    await c.query(sql, [4]);\n    await c.query(sql, [5]);\n    await c.query(sql, [6]);\n    await c.query(sql, [7]);\n    await c.query(sql, [8]);\n    await c.query(sql, [9]);\n    await c.query(sql, [10]);\n    await c.query(sql, [11]);\n    await c.query(sql, [12]);\n    await c.query(sql, [13]);\n    await c.query(sql, [14]);\n    await c.query(sql, [15]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 16 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n    await c.query(sql, [2]);\n    await c.query(sql, [3]);\n    await c.query(sql, [4]);\n    await c.query(sql, [5]);\n    await c.query(sql, [6]);\n    await c.query(sql, [7]);\n    await c.query(sql, [8]);\n    await c.query(sql, [9]);\n    await c.query(sql, [10]);\n    await c.query(sql, [11]);\n    await c.query(sql, [12]);\n    await c.query(sql, [13]);\n    await c.query(sql, [14]);\n    await c.query(sql, [15]);\n    await c.query(sql, [16]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 17 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n    await c.query(sql, [2]);\n    await c.query(sql, [3]);\n    await c.query(sql, [4]);\n    await c.query(sql, [5]);\n    await c.query(sql, [6]);\n    await c.query(sql, [7]);\n    await c.query(sql, [8]);\n    await c.query(sql, [9]);\n    await c.query(sql, [10]);\n    await c.query(sql, [11]);\n    await c.query(sql, [12]);\n    await c.query(sql, [13]);\n    await c.query(sql, [14]);\n    await c.query(sql, [15]);\n    await c.query(sql, [16]);\n    await c.query(sql, [17]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 18 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n    await c.query(sql, [2]);\n    await c.query(sql, [3]);\n    await c.query(sql, [4]);\n    await c.query(sql, [5]);\n    await c.query(sql, [6]);\n    await c.query(sql, [7]);\n    await c.query(sql, [8]);\n    await c.query(sql, [9]);\n    await c.query(sql, [10]);\n    await c.query(sql, [11]);\n    await c.query(sql, [12]);\n    await c.query(sql, [13]);\n    await c.query(sql, [14]);\n    await c.query(sql, [15]);\n    await c.query(sql, [16]);\n    await c.query(sql, [17]);\n    await c.query(sql, [18]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 19 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n    await c.query(sql, [2]);\n    await c.query(sql, [3]);\n    await c.query(sql, [4]);\n    await c.query(sql, [5]);\n    await c.query(sql, [6]);\n    await c.query(sql, [7]);\n    await c.query(sql, [8]);\n    await c.query(sql, [9]);\n    await c.query(sql, [10]);\n    await c.query(sql, [11]);\n    await c.query(sql, [12]);\n    await c.query(sql, [13]);\n    await c.query(sql, [14]);\n    await c.query(sql, [15]);\n    await c.query(sql, [16]);\n    await c.query(sql, [17]);\n    await c.query(sql, [18]);\n    await c.query(sql, [19]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 20 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n    await c.query(sql, [2]);\n    await c.query(sql, [3]);\n    await c.query(sql, [4]);\n    await c.query(sql, [5]);\n    await c.query(sql, [6]);\n    await c.query(sql, [7]);\n    await c.query(sql, [8]);\n    await c.query(sql, [9]);\n    await c.query(sql, [10]);\n    await c.query(sql, [11]);\n    await c.query(sql, [12]);\n    await c.query(sql, [13]);\n    await c.query(sql, [14]);\n    await c.query(sql, [15]);\n    await c.query(sql, [16]);\n    await c.query(sql, [17]);\n    await c.query(sql, [18]);\n    await c.query(sql, [19]);\n    await c.query(sql, [20]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 21 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n    await c.query(sql, [2]);\n    await c.query(sql, [3]);\n    await c.query(sql, [4]);\n    await c.query(sql, [5]);\n    await c.query(sql, [6]);\n    await c.query(sql, [7]);\n    await c.query(sql, [8]);\n    await c.query(sql, [9]);\n    await c.query(sql, [10]);\n    await c.query(sql, [11]);\n    await c.query(sql, [12]);\n    await c.query(sql, [13]);\n    await c.query(sql, [14]);\n    await c.query(sql, [15]);\n    await c.query(sql, [16]);\n    await c.query(sql, [17]);\n    await c.query(sql, [18]);\n    await c.query(sql, [19]);\n    await c.query(sql, [20]);\n    await c.query(sql, [21]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 22 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n    await c.query(sql, [2]);\n    await c.query(sql, [3]);\n    await c.query(sql, [4]);\n    await c.query(sql, [5]);\n    await c.query(sql, [6]);\n    await c.query(sql, [7]);\n    await c.query(sql, [8]);\n    await c.query(sql, [9]);\n    await c.query(sql, [10]);\n    await c.query(sql, [11]);\n    await c.query(sql, [12]);\n    await c.query(sql, [13]);\n    await c.query(sql, [14]);\n    await c.query(sql, [15]);\n    await c.query(sql, [16]);\n    await c.query(sql, [17]);\n    await c.query(sql, [18]);\n    await c.query(sql, [19]);\n    await c.query(sql, [20]);\n    await c.query(sql, [21]);\n    await c.query(sql, [22]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 23 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n    await c.query(sql, [2]);\n    await c.query(sql, [3]);\n    await c.query(sql, [4]);\n    await c.query(sql, [5]);\n    await c.query(sql, [6]);\n    await c.query(sql, [7]);\n    await c.query(sql, [8]);\n    await c.query(sql, [9]);\n    await c.query(sql, [10]);\n    await c.query(sql, [11]);\n    await c.query(sql, [12]);\n    await c.query(sql, [13]);\n    await c.query(sql, [14]);\n    await c.query(sql, [15]);\n    await c.query(sql, [16]);\n    await c.query(sql, [17]);\n    await c.query(sql, [18]);\n    await c.query(sql, [19]);\n    await c.query(sql, [20]);\n    await c.query(sql, [21]);\n    await c.query(sql, [22]);\n    await c.query(sql, [23]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 24 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n    await c.query(sql, [2]);\n    await c.query(sql, [3]);\n    await c.query(sql, [4]);\n    await c.query(sql, [5]);\n    await c.query(sql, [6]);\n    await c.query(sql, [7]);\n    await c.query(sql, [8]);\n    await c.query(sql, [9]);\n    await c.query(sql, [10]);\n    await c.query(sql, [11]);\n    await c.query(sql, [12]);\n    await c.query(sql, [13]);\n    await c.query(sql, [14]);\n    await c.query(sql, [15]);\n    await c.query(sql, [16]);\n    await c.query(sql, [17]);\n    await c.query(sql, [18]);\n    await c.query(sql, [19]);\n    await c.query(sql, [20]);\n    await c.query(sql, [21]);\n    await c.query(sql, [22]);\n    await c.query(sql, [23]);\n    await c.query(sql, [24]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 25 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n    await c.query(sql, [2]);\n    await c.query(sql, [3]);\n    await c.query(sql, [4]);\n    await c.query(sql, [5]);\n    await c.query(sql, [6]);\n    await c.query(sql, [7]);\n    await c.query(sql, [8]);\n    await c.query(sql, [9]);\n    await c.query(sql, [10]);\n    await c.query(sql, [11]);\n    await c.query(sql, [12]);\n    await c.query(sql, [13]);\n    await c.query(sql, [14]);\n    await c.query(sql, [15]);\n    await c.query(sql, [16]);\n    await c.query(sql, [17]);\n    await c.query(sql, [18]);\n    await c.query(sql, [19]);\n    await c.query(sql, [20]);\n    await c.query(sql, [21]);\n    await c.query(sql, [22]);\n    await c.query(sql, [23]);\n    await c.query(sql, [24]);\n    await c.query(sql, [25]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 26 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n    await c.query(sql, [2]);\n    await c.query(sql, [3]);\n    await c.query(sql, [4]);\n    await c.query(sql, [5]);\n    await c.query(sql, [6]);\n    await c.query(sql, [7]);\n    await c.query(sql, [8]);\n    await c.query(sql, [9]);\n    await c.query(sql, [10]);\n    await c.query(sql, [11]);\n    await c.query(sql, [12]);\n    await c.query(sql, [13]);\n    await c.query(sql, [14]);\n    await c.query(sql, [15]);\n    await c.query(sql, [16]);\n    await c.query(sql, [17]);\n    await c.query(sql, [18]);\n    await c.query(sql, [19]);\n    await c.query(sql, [20]);\n    await c.query(sql, [21]);\n    await c.query(sql, [22]);\n    await c.query(sql, [23]);\n    await c.query(sql, [24]);\n    await c.query(sql, [25]);\n    await c.query(sql, [26]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 27 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n    await c.query(sql, [2]);\n    await c.query(sql, [3]);\n    await c.query(sql, [4]);\n    await c.query(sql, [5]);\n    await c.query(sql, [6]);\n    await c.query(sql, [7]);\n    await c.query(sql, [8]);\n    await c.query(sql, [9]);\n    await c.query(sql, [10]);\n    await c.query(sql, [11]);\n    await c.query(sql, [12]);\n    await c.query(sql, [13]);\n    await c.query(sql, [14]);\n    await c.query(sql, [15]);\n    await c.query(sql, [16]);\n    await c.query(sql, [17]);\n    await c.query(sql, [18]);\n    await c.query(sql, [19]);\n    await c.query(sql, [20]);\n    await c.query(sql, [21]);\n    await c.query(sql, [22]);\n    await c.query(sql, [23]);\n    await c.query(sql, [24]);\n    await c.query(sql, [25]);\n    await c.query(sql, [26]);\n    await c.query(sql, [27]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 28 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n    await c.query(sql, [2]);\n    await c.query(sql, [3]);\n    await c.query(sql, [4]);\n    await c.query(sql, [5]);\n    await c.query(sql, [6]);\n    await c.query(sql, [7]);\n    await c.query(sql, [8]);\n    await c.query(sql, [9]);\n    await c.query(sql, [10]);\n    await c.query(sql, [11]);\n    await c.query(sql, [12]);\n    await c.query(sql, [13]);\n    await c.query(sql, [14]);\n    await c.query(sql, [15]);\n    await c.query(sql, [16]);\n    await c.query(sql, [17]);\n    await c.query(sql, [18]);\n    await c.query(sql, [19]);\n    await c.query(sql, [20]);\n    await c.query(sql, [21]);\n    await c.query(sql, [22]);\n    await c.query(sql, [23]);\n    await c.query(sql, [24]);\n    await c.query(sql, [25]);\n    await c.query(sql, [26]);\n    await c.query(sql, [27]);\n    await c.query(sql, [28]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 29 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n    await c.query(sql, [2]);\n    await c.query(sql, [3]);\n    await c.query(sql, [4]);\n    await c.query(sql, [5]);\n    await c.query(sql, [6]);\n    await c.query(sql, [7]);\n    await c.query(sql, [8]);\n    await c.query(sql, [9]);\n    await c.query(sql, [10]);\n    await c.query(sql, [11]);\n    await c.query(sql, [12]);\n    await c.query(sql, [13]);\n    await c.query(sql, [14]);\n    await c.query(sql, [15]);\n    await c.query(sql, [16]);\n    await c.query(sql, [17]);\n    await c.query(sql, [18]);\n    await c.query(sql, [19]);\n    await c.query(sql, [20]);\n    await c.query(sql, [21]);\n    await c.query(sql, [22]);\n    await c.query(sql, [23]);\n    await c.query(sql, [24]);\n    await c.query(sql, [25]);\n    await c.query(sql, [26]);\n    await c.query(sql, [27]);\n    await c.query(sql, [28]);\n    await c.query(sql, [29]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: pg client held across 30 queries outside try, reported once at the first": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { Pool } from \"pg\";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const c = await pool.connect();\n  try {\n    await c.query(sql, [1]);\n    await c.query(sql, [2]);\n    await c.query(sql, [3]);\n    await c.query(sql, [4]);\n    await c.query(sql, [5]);\n    await c.query(sql, [6]);\n    await c.query(sql, [7]);\n    await c.query(sql, [8]);\n    await c.query(sql, [9]);\n    await c.query(sql, [10]);\n    await c.query(sql, [11]);\n    await c.query(sql, [12]);\n    await c.query(sql, [13]);\n    await c.query(sql, [14]);\n    await c.query(sql, [15]);\n    await c.query(sql, [16]);\n    await c.query(sql, [17]);\n    await c.query(sql, [18]);\n    await c.query(sql, [19]);\n    await c.query(sql, [20]);\n    await c.query(sql, [21]);\n    await c.query(sql, [22]);\n    await c.query(sql, [23]);\n    await c.query(sql, [24]);\n    await c.query(sql, [25]);\n    await c.query(sql, [26]);\n    await c.query(sql, [27]);\n    await c.query(sql, [28]);\n    await c.query(sql, [29]);\n    await c.query(sql, [30]);\n  } finally {\n    c.release();\n  }\n}"
      }
    ]
  ],
  "more than 8 exits: an early-return leak before 1 nested try/finally (1 return(s) in each try, the outermost finally puts)": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  let n = 0;\n  try {\n    if (k === 10) return 10;\n    work(p, 1);\n  } finally {\n    kref_put(p.ref, release);\n  }\n  return n;\n}"
      }
    ]
  ],
  "more than 8 exits: an early-return leak before 2 nested try/finally (1 return(s) in each try, the outermost finally puts)": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  let n = 0;\n  try {\n    if (k === 10) return 10;\n    work(p, 1);\n    try {\n      if (k === 20) return 20;\n      work(p, 2);\n    } finally {\n      n += 2;\n    }\n  } finally {\n    kref_put(p.ref, release);\n  }\n  return n;\n}"
      }
    ]
  ],
  "more than 8 exits: an early-return leak before 3 nested try/finally (1 return(s) in each try, the outermost finally puts)": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  let n = 0;\n  try {\n    if (k === 10) return 10;\n    work(p, 1);\n    try {\n      if (k === 20) return 20;\n      work(p, 2);\n      try {\n        if (k === 30) return 30;\n        work(p, 3);\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    kref_put(p.ref, release);\n  }\n  return n;\n}"
      }
    ]
  ],
  "more than 8 exits: an early-return leak before 4 nested try/finally (1 return(s) in each try, the outermost finally puts)": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  let n = 0;\n  try {\n    if (k === 10) return 10;\n    work(p, 1);\n    try {\n      if (k === 20) return 20;\n      work(p, 2);\n      try {\n        if (k === 30) return 30;\n        work(p, 3);\n        try {\n          if (k === 40) return 40;\n          work(p, 4);\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    kref_put(p.ref, release);\n  }\n  return n;\n}"
      }
    ]
  ],
  "more than 8 exits: an early-return leak before 5 nested try/finally (1 return(s) in each try, the outermost finally puts)": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  let n = 0;\n  try {\n    if (k === 10) return 10;\n    work(p, 1);\n    try {\n      if (k === 20) return 20;\n      work(p, 2);\n      try {\n        if (k === 30) return 30;\n        work(p, 3);\n        try {\n          if (k === 40) return 40;\n          work(p, 4);\n          try {\n            if (k === 50) return 50;\n            work(p, 5);\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    kref_put(p.ref, release);\n  }\n  return n;\n}"
      }
    ]
  ],
  "more than 8 exits: an early-return leak before 6 nested try/finally (1 return(s) in each try, the outermost finally puts)": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  let n = 0;\n  try {\n    if (k === 10) return 10;\n    work(p, 1);\n    try {\n      if (k === 20) return 20;\n      work(p, 2);\n      try {\n        if (k === 30) return 30;\n        work(p, 3);\n        try {\n          if (k === 40) return 40;\n          work(p, 4);\n          try {\n            if (k === 50) return 50;\n            work(p, 5);\n            try {\n              if (k === 60) return 60;\n              work(p, 6);\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    kref_put(p.ref, release);\n  }\n  return n;\n}"
      }
    ]
  ],
  "more than 8 exits: an early-return leak before 7 nested try/finally (1 return(s) in each try, the outermost finally puts)": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  let n = 0;\n  try {\n    if (k === 10) return 10;\n    work(p, 1);\n    try {\n      if (k === 20) return 20;\n      work(p, 2);\n      try {\n        if (k === 30) return 30;\n        work(p, 3);\n        try {\n          if (k === 40) return 40;\n          work(p, 4);\n          try {\n            if (k === 50) return 50;\n            work(p, 5);\n            try {\n              if (k === 60) return 60;\n              work(p, 6);\n              try {\n                if (k === 70) return 70;\n                work(p, 7);\n              } finally {\n                n += 7;\n              }\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    kref_put(p.ref, release);\n  }\n  return n;\n}"
      }
    ]
  ],
  "more than 8 exits: an early-return leak before 8 nested try/finally (1 return(s) in each try, the outermost finally puts)": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  let n = 0;\n  try {\n    if (k === 10) return 10;\n    work(p, 1);\n    try {\n      if (k === 20) return 20;\n      work(p, 2);\n      try {\n        if (k === 30) return 30;\n        work(p, 3);\n        try {\n          if (k === 40) return 40;\n          work(p, 4);\n          try {\n            if (k === 50) return 50;\n            work(p, 5);\n            try {\n              if (k === 60) return 60;\n              work(p, 6);\n              try {\n                if (k === 70) return 70;\n                work(p, 7);\n                try {\n                  if (k === 80) return 80;\n                  work(p, 8);\n                } finally {\n                  n += 8;\n                }\n              } finally {\n                n += 7;\n              }\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    kref_put(p.ref, release);\n  }\n  return n;\n}"
      }
    ]
  ],
  "more than 8 exits: an early-return leak before 1 nested try/finally (2 return(s) in each try, the outermost finally puts)": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  let n = 0;\n  try {\n    if (k === 10) return 10;\n    if (k === 11) return 11;\n    work(p, 1);\n  } finally {\n    kref_put(p.ref, release);\n  }\n  return n;\n}"
      }
    ]
  ],
  "more than 8 exits: an early-return leak before 2 nested try/finally (2 return(s) in each try, the outermost finally puts)": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  let n = 0;\n  try {\n    if (k === 10) return 10;\n    if (k === 11) return 11;\n    work(p, 1);\n    try {\n      if (k === 20) return 20;\n      if (k === 21) return 21;\n      work(p, 2);\n    } finally {\n      n += 2;\n    }\n  } finally {\n    kref_put(p.ref, release);\n  }\n  return n;\n}"
      }
    ]
  ],
  "more than 8 exits: an early-return leak before 3 nested try/finally (2 return(s) in each try, the outermost finally puts)": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  let n = 0;\n  try {\n    if (k === 10) return 10;\n    if (k === 11) return 11;\n    work(p, 1);\n    try {\n      if (k === 20) return 20;\n      if (k === 21) return 21;\n      work(p, 2);\n      try {\n        if (k === 30) return 30;\n        if (k === 31) return 31;\n        work(p, 3);\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    kref_put(p.ref, release);\n  }\n  return n;\n}"
      }
    ]
  ],
  "more than 8 exits: an early-return leak before 4 nested try/finally (2 return(s) in each try, the outermost finally puts)": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  let n = 0;\n  try {\n    if (k === 10) return 10;\n    if (k === 11) return 11;\n    work(p, 1);\n    try {\n      if (k === 20) return 20;\n      if (k === 21) return 21;\n      work(p, 2);\n      try {\n        if (k === 30) return 30;\n        if (k === 31) return 31;\n        work(p, 3);\n        try {\n          if (k === 40) return 40;\n          if (k === 41) return 41;\n          work(p, 4);\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    kref_put(p.ref, release);\n  }\n  return n;\n}"
      }
    ]
  ],
  "more than 8 exits: an early-return leak before 5 nested try/finally (2 return(s) in each try, the outermost finally puts)": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  let n = 0;\n  try {\n    if (k === 10) return 10;\n    if (k === 11) return 11;\n    work(p, 1);\n    try {\n      if (k === 20) return 20;\n      if (k === 21) return 21;\n      work(p, 2);\n      try {\n        if (k === 30) return 30;\n        if (k === 31) return 31;\n        work(p, 3);\n        try {\n          if (k === 40) return 40;\n          if (k === 41) return 41;\n          work(p, 4);\n          try {\n            if (k === 50) return 50;\n            if (k === 51) return 51;\n            work(p, 5);\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    kref_put(p.ref, release);\n  }\n  return n;\n}"
      }
    ]
  ],
  "more than 8 exits: an early-return leak before 6 nested try/finally (2 return(s) in each try, the outermost finally puts)": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  let n = 0;\n  try {\n    if (k === 10) return 10;\n    if (k === 11) return 11;\n    work(p, 1);\n    try {\n      if (k === 20) return 20;\n      if (k === 21) return 21;\n      work(p, 2);\n      try {\n        if (k === 30) return 30;\n        if (k === 31) return 31;\n        work(p, 3);\n        try {\n          if (k === 40) return 40;\n          if (k === 41) return 41;\n          work(p, 4);\n          try {\n            if (k === 50) return 50;\n            if (k === 51) return 51;\n            work(p, 5);\n            try {\n              if (k === 60) return 60;\n              if (k === 61) return 61;\n              work(p, 6);\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    kref_put(p.ref, release);\n  }\n  return n;\n}"
      }
    ]
  ],
  "more than 8 exits: an early-return leak before 7 nested try/finally (2 return(s) in each try, the outermost finally puts)": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  let n = 0;\n  try {\n    if (k === 10) return 10;\n    if (k === 11) return 11;\n    work(p, 1);\n    try {\n      if (k === 20) return 20;\n      if (k === 21) return 21;\n      work(p, 2);\n      try {\n        if (k === 30) return 30;\n        if (k === 31) return 31;\n        work(p, 3);\n        try {\n          if (k === 40) return 40;\n          if (k === 41) return 41;\n          work(p, 4);\n          try {\n            if (k === 50) return 50;\n            if (k === 51) return 51;\n            work(p, 5);\n            try {\n              if (k === 60) return 60;\n              if (k === 61) return 61;\n              work(p, 6);\n              try {\n                if (k === 70) return 70;\n                if (k === 71) return 71;\n                work(p, 7);\n              } finally {\n                n += 7;\n              }\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    kref_put(p.ref, release);\n  }\n  return n;\n}"
      }
    ]
  ],
  "more than 8 exits: an early-return leak before 8 nested try/finally (2 return(s) in each try, the outermost finally puts)": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  let n = 0;\n  try {\n    if (k === 10) return 10;\n    if (k === 11) return 11;\n    work(p, 1);\n    try {\n      if (k === 20) return 20;\n      if (k === 21) return 21;\n      work(p, 2);\n      try {\n        if (k === 30) return 30;\n        if (k === 31) return 31;\n        work(p, 3);\n        try {\n          if (k === 40) return 40;\n          if (k === 41) return 41;\n          work(p, 4);\n          try {\n            if (k === 50) return 50;\n            if (k === 51) return 51;\n            work(p, 5);\n            try {\n              if (k === 60) return 60;\n              if (k === 61) return 61;\n              work(p, 6);\n              try {\n                if (k === 70) return 70;\n                if (k === 71) return 71;\n                work(p, 7);\n                try {\n                  if (k === 80) return 80;\n                  if (k === 81) return 81;\n                  work(p, 8);\n                } finally {\n                  n += 8;\n                }\n              } finally {\n                n += 7;\n              }\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    kref_put(p.ref, release);\n  }\n  return n;\n}"
      }
    ]
  ],
  "more than 8 exits: an early-return leak before 1 nested try/finally (3 return(s) in each try, the outermost finally puts)": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  let n = 0;\n  try {\n    if (k === 10) return 10;\n    if (k === 11) return 11;\n    if (k === 12) return 12;\n    work(p, 1);\n  } finally {\n    kref_put(p.ref, release);\n  }\n  return n;\n}"
      }
    ]
  ],
  "more than 8 exits: an early-return leak before 2 nested try/finally (3 return(s) in each try, the outermost finally puts)": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  let n = 0;\n  try {\n    if (k === 10) return 10;\n    if (k === 11) return 11;\n    if (k === 12) return 12;\n    work(p, 1);\n    try {\n      if (k === 20) return 20;\n      if (k === 21) return 21;\n      if (k === 22) return 22;\n      work(p, 2);\n    } finally {\n      n += 2;\n    }\n  } finally {\n    kref_put(p.ref, release);\n  }\n  return n;\n}"
      }
    ]
  ],
  "more than 8 exits: an early-return leak before 3 nested try/finally (3 return(s) in each try, the outermost finally puts)": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  let n = 0;\n  try {\n    if (k === 10) return 10;\n    if (k === 11) return 11;\n    if (k === 12) return 12;\n    work(p, 1);\n    try {\n      if (k === 20) return 20;\n      if (k === 21) return 21;\n      if (k === 22) return 22;\n      work(p, 2);\n      try {\n        if (k === 30) return 30;\n        if (k === 31) return 31;\n        if (k === 32) return 32;\n        work(p, 3);\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    kref_put(p.ref, release);\n  }\n  return n;\n}"
      }
    ]
  ],
  "more than 8 exits: an early-return leak before 4 nested try/finally (3 return(s) in each try, the outermost finally puts)": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  let n = 0;\n  try {\n    if (k === 10) return 10;\n    if (k === 11) return 11;\n    if (k === 12) return 12;\n    work(p, 1);\n    try {\n      if (k === 20) return 20;\n      if (k === 21) return 21;\n      if (k === 22) return 22;\n      work(p, 2);\n      try {\n        if (k === 30) return 30;\n        if (k === 31) return 31;\n        if (k === 32) return 32;\n        work(p, 3);\n        try {\n          if (k === 40) return 40;\n          if (k === 41) return 41;\n          if (k === 42) return 42;\n          work(p, 4);\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    kref_put(p.ref, release);\n  }\n  return n;\n}"
      }
    ]
  ],
  "more than 8 exits: an early-return leak before 5 nested try/finally (3 return(s) in each try, the outermost finally puts)": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  let n = 0;\n  try {\n    if (k === 10) return 10;\n    if (k === 11) return 11;\n    if (k === 12) return 12;\n    work(p, 1);\n    try {\n      if (k === 20) return 20;\n      if (k === 21) return 21;\n      if (k === 22) return 22;\n      work(p, 2);\n      try {\n        if (k === 30) return 30;\n        if (k === 31) return 31;\n        if (k === 32) return 32;\n        work(p, 3);\n        try {\n          if (k === 40) return 40;\n          if (k === 41) return 41;\n          if (k === 42) return 42;\n          work(p, 4);\n          try {\n            if (k === 50) return 50;\n            if (k === 51) return 51;\n            if (k === 52) return 52;\n            work(p, 5);\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    kref_put(p.ref, release);\n  }\n  return n;\n}"
      }
    ]
  ],
  "more than 8 exits: an early-return leak before 6 nested try/finally (3 return(s) in each try, the outermost finally puts)": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  let n = 0;\n  try {\n    if (k === 10) return 10;\n    if (k === 11) return 11;\n    if (k === 12) return 12;\n    work(p, 1);\n    try {\n      if (k === 20) return 20;\n      if (k === 21) return 21;\n      if (k === 22) return 22;\n      work(p, 2);\n      try {\n        if (k === 30) return 30;\n        if (k === 31) return 31;\n        if (k === 32) return 32;\n        work(p, 3);\n        try {\n          if (k === 40) return 40;\n          if (k === 41) return 41;\n          if (k === 42) return 42;\n          work(p, 4);\n          try {\n            if (k === 50) return 50;\n            if (k === 51) return 51;\n            if (k === 52) return 52;\n            work(p, 5);\n            try {\n              if (k === 60) return 60;\n              if (k === 61) return 61;\n              if (k === 62) return 62;\n              work(p, 6);\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    kref_put(p.ref, release);\n  }\n  return n;\n}"
      }
    ]
  ],
  "more than 8 exits: an early-return leak before 7 nested try/finally (3 return(s) in each try, the outermost finally puts)": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  let n = 0;\n  try {\n    if (k === 10) return 10;\n    if (k === 11) return 11;\n    if (k === 12) return 12;\n    work(p, 1);\n    try {\n      if (k === 20) return 20;\n      if (k === 21) return 21;\n      if (k === 22) return 22;\n      work(p, 2);\n      try {\n        if (k === 30) return 30;\n        if (k === 31) return 31;\n        if (k === 32) return 32;\n        work(p, 3);\n        try {\n          if (k === 40) return 40;\n          if (k === 41) return 41;\n          if (k === 42) return 42;\n          work(p, 4);\n          try {\n            if (k === 50) return 50;\n            if (k === 51) return 51;\n            if (k === 52) return 52;\n            work(p, 5);\n            try {\n              if (k === 60) return 60;\n              if (k === 61) return 61;\n              if (k === 62) return 62;\n              work(p, 6);\n              try {\n                if (k === 70) return 70;\n                if (k === 71) return 71;\n                if (k === 72) return 72;\n                work(p, 7);\n              } finally {\n                n += 7;\n              }\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    kref_put(p.ref, release);\n  }\n  return n;\n}"
      }
    ]
  ],
  "more than 8 exits: an early-return leak before 8 nested try/finally (3 return(s) in each try, the outermost finally puts)": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  if (k === 0) { kref_put(p.ref, release); return 0; }\n  let n = 0;\n  try {\n    if (k === 10) return 10;\n    if (k === 11) return 11;\n    if (k === 12) return 12;\n    work(p, 1);\n    try {\n      if (k === 20) return 20;\n      if (k === 21) return 21;\n      if (k === 22) return 22;\n      work(p, 2);\n      try {\n        if (k === 30) return 30;\n        if (k === 31) return 31;\n        if (k === 32) return 32;\n        work(p, 3);\n        try {\n          if (k === 40) return 40;\n          if (k === 41) return 41;\n          if (k === 42) return 42;\n          work(p, 4);\n          try {\n            if (k === 50) return 50;\n            if (k === 51) return 51;\n            if (k === 52) return 52;\n            work(p, 5);\n            try {\n              if (k === 60) return 60;\n              if (k === 61) return 61;\n              if (k === 62) return 62;\n              work(p, 6);\n              try {\n                if (k === 70) return 70;\n                if (k === 71) return 71;\n                if (k === 72) return 72;\n                work(p, 7);\n                try {\n                  if (k === 80) return 80;\n                  if (k === 81) return 81;\n                  if (k === 82) return 82;\n                  work(p, 8);\n                } finally {\n                  n += 8;\n                }\n              } finally {\n                n += 7;\n              }\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    kref_put(p.ref, release);\n  }\n  return n;\n}"
      }
    ]
  ],
  "nested finally: depth 2, the innermost finally puts, the 1 outer tries return before reaching it": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) { kref_put(p.ref, release); return 1; }\n    try {\n      if (k === 2) return 2;\n    } finally {\n      kref_put(p.ref, release);\n    }\n    log(2);\n  } finally {\n    n += 1;\n  }\n  return n;\n}"
      }
    ]
  ],
  "nested finally: depth 3, the innermost finally puts, the 2 outer tries return before reaching it": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) { kref_put(p.ref, release); return 1; }\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n      } finally {\n        kref_put(p.ref, release);\n      }\n      log(3);\n    } finally {\n      n += 2;\n    }\n    log(2);\n  } finally {\n    n += 1;\n  }\n  return n;\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) { kref_put(p.ref, release); return 2; }\n      try {\n        if (k === 3) return 3;\n      } finally {\n        kref_put(p.ref, release);\n      }\n      log(3);\n    } finally {\n      n += 2;\n    }\n    log(2);\n  } finally {\n    n += 1;\n  }\n  return n;\n}"
      }
    ]
  ],
  "nested finally: depth 4, the innermost finally puts, the 3 outer tries return before reaching it": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) { kref_put(p.ref, release); return 1; }\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n        } finally {\n          kref_put(p.ref, release);\n        }\n        log(4);\n      } finally {\n        n += 3;\n      }\n      log(3);\n    } finally {\n      n += 2;\n    }\n    log(2);\n  } finally {\n    n += 1;\n  }\n  return n;\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) { kref_put(p.ref, release); return 2; }\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n        } finally {\n          kref_put(p.ref, release);\n        }\n        log(4);\n      } finally {\n        n += 3;\n      }\n      log(3);\n    } finally {\n      n += 2;\n    }\n    log(2);\n  } finally {\n    n += 1;\n  }\n  return n;\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) { kref_put(p.ref, release); return 3; }\n        try {\n          if (k === 4) return 4;\n        } finally {\n          kref_put(p.ref, release);\n        }\n        log(4);\n      } finally {\n        n += 3;\n      }\n      log(3);\n    } finally {\n      n += 2;\n    }\n    log(2);\n  } finally {\n    n += 1;\n  }\n  return n;\n}"
      }
    ]
  ],
  "nested finally: depth 5, the innermost finally puts, the 4 outer tries return before reaching it": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) { kref_put(p.ref, release); return 1; }\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n          } finally {\n            kref_put(p.ref, release);\n          }\n          log(5);\n        } finally {\n          n += 4;\n        }\n        log(4);\n      } finally {\n        n += 3;\n      }\n      log(3);\n    } finally {\n      n += 2;\n    }\n    log(2);\n  } finally {\n    n += 1;\n  }\n  return n;\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) { kref_put(p.ref, release); return 2; }\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n          } finally {\n            kref_put(p.ref, release);\n          }\n          log(5);\n        } finally {\n          n += 4;\n        }\n        log(4);\n      } finally {\n        n += 3;\n      }\n      log(3);\n    } finally {\n      n += 2;\n    }\n    log(2);\n  } finally {\n    n += 1;\n  }\n  return n;\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) { kref_put(p.ref, release); return 3; }\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n          } finally {\n            kref_put(p.ref, release);\n          }\n          log(5);\n        } finally {\n          n += 4;\n        }\n        log(4);\n      } finally {\n        n += 3;\n      }\n      log(3);\n    } finally {\n      n += 2;\n    }\n    log(2);\n  } finally {\n    n += 1;\n  }\n  return n;\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) { kref_put(p.ref, release); return 4; }\n          try {\n            if (k === 5) return 5;\n          } finally {\n            kref_put(p.ref, release);\n          }\n          log(5);\n        } finally {\n          n += 4;\n        }\n        log(4);\n      } finally {\n        n += 3;\n      }\n      log(3);\n    } finally {\n      n += 2;\n    }\n    log(2);\n  } finally {\n    n += 1;\n  }\n  return n;\n}"
      }
    ]
  ],
  "nested finally: depth 6, the innermost finally puts, the 5 outer tries return before reaching it": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) { kref_put(p.ref, release); return 1; }\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) return 6;\n            } finally {\n              kref_put(p.ref, release);\n            }\n            log(6);\n          } finally {\n            n += 5;\n          }\n          log(5);\n        } finally {\n          n += 4;\n        }\n        log(4);\n      } finally {\n        n += 3;\n      }\n      log(3);\n    } finally {\n      n += 2;\n    }\n    log(2);\n  } finally {\n    n += 1;\n  }\n  return n;\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) { kref_put(p.ref, release); return 2; }\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) return 6;\n            } finally {\n              kref_put(p.ref, release);\n            }\n            log(6);\n          } finally {\n            n += 5;\n          }\n          log(5);\n        } finally {\n          n += 4;\n        }\n        log(4);\n      } finally {\n        n += 3;\n      }\n      log(3);\n    } finally {\n      n += 2;\n    }\n    log(2);\n  } finally {\n    n += 1;\n  }\n  return n;\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) { kref_put(p.ref, release); return 3; }\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) return 6;\n            } finally {\n              kref_put(p.ref, release);\n            }\n            log(6);\n          } finally {\n            n += 5;\n          }\n          log(5);\n        } finally {\n          n += 4;\n        }\n        log(4);\n      } finally {\n        n += 3;\n      }\n      log(3);\n    } finally {\n      n += 2;\n    }\n    log(2);\n  } finally {\n    n += 1;\n  }\n  return n;\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) { kref_put(p.ref, release); return 4; }\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) return 6;\n            } finally {\n              kref_put(p.ref, release);\n            }\n            log(6);\n          } finally {\n            n += 5;\n          }\n          log(5);\n        } finally {\n          n += 4;\n        }\n        log(4);\n      } finally {\n        n += 3;\n      }\n      log(3);\n    } finally {\n      n += 2;\n    }\n    log(2);\n  } finally {\n    n += 1;\n  }\n  return n;\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) { kref_put(p.ref, release); return 5; }\n            try {\n              if (k === 6) return 6;\n            } finally {\n              kref_put(p.ref, release);\n            }\n            log(6);\n          } finally {\n            n += 5;\n          }\n          log(5);\n        } finally {\n          n += 4;\n        }\n        log(4);\n      } finally {\n        n += 3;\n      }\n      log(3);\n    } finally {\n      n += 2;\n    }\n    log(2);\n  } finally {\n    n += 1;\n  }\n  return n;\n}"
      }
    ]
  ],
  "nested finally: depth 7, the innermost finally puts, the 6 outer tries return before reaching it": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) { kref_put(p.ref, release); return 1; }\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) return 6;\n              try {\n                if (k === 7) return 7;\n              } finally {\n                kref_put(p.ref, release);\n              }\n              log(7);\n            } finally {\n              n += 6;\n            }\n            log(6);\n          } finally {\n            n += 5;\n          }\n          log(5);\n        } finally {\n          n += 4;\n        }\n        log(4);\n      } finally {\n        n += 3;\n      }\n      log(3);\n    } finally {\n      n += 2;\n    }\n    log(2);\n  } finally {\n    n += 1;\n  }\n  return n;\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) { kref_put(p.ref, release); return 2; }\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) return 6;\n              try {\n                if (k === 7) return 7;\n              } finally {\n                kref_put(p.ref, release);\n              }\n              log(7);\n            } finally {\n              n += 6;\n            }\n            log(6);\n          } finally {\n            n += 5;\n          }\n          log(5);\n        } finally {\n          n += 4;\n        }\n        log(4);\n      } finally {\n        n += 3;\n      }\n      log(3);\n    } finally {\n      n += 2;\n    }\n    log(2);\n  } finally {\n    n += 1;\n  }\n  return n;\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) { kref_put(p.ref, release); return 3; }\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) return 6;\n              try {\n                if (k === 7) return 7;\n              } finally {\n                kref_put(p.ref, release);\n              }\n              log(7);\n            } finally {\n              n += 6;\n            }\n            log(6);\n          } finally {\n            n += 5;\n          }\n          log(5);\n        } finally {\n          n += 4;\n        }\n        log(4);\n      } finally {\n        n += 3;\n      }\n      log(3);\n    } finally {\n      n += 2;\n    }\n    log(2);\n  } finally {\n    n += 1;\n  }\n  return n;\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) { kref_put(p.ref, release); return 4; }\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) return 6;\n              try {\n                if (k === 7) return 7;\n              } finally {\n                kref_put(p.ref, release);\n              }\n              log(7);\n            } finally {\n              n += 6;\n            }\n            log(6);\n          } finally {\n            n += 5;\n          }\n          log(5);\n        } finally {\n          n += 4;\n        }\n        log(4);\n      } finally {\n        n += 3;\n      }\n      log(3);\n    } finally {\n      n += 2;\n    }\n    log(2);\n  } finally {\n    n += 1;\n  }\n  return n;\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) { kref_put(p.ref, release); return 5; }\n            try {\n              if (k === 6) return 6;\n              try {\n                if (k === 7) return 7;\n              } finally {\n                kref_put(p.ref, release);\n              }\n              log(7);\n            } finally {\n              n += 6;\n            }\n            log(6);\n          } finally {\n            n += 5;\n          }\n          log(5);\n        } finally {\n          n += 4;\n        }\n        log(4);\n      } finally {\n        n += 3;\n      }\n      log(3);\n    } finally {\n      n += 2;\n    }\n    log(2);\n  } finally {\n    n += 1;\n  }\n  return n;\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) { kref_put(p.ref, release); return 6; }\n              try {\n                if (k === 7) return 7;\n              } finally {\n                kref_put(p.ref, release);\n              }\n              log(7);\n            } finally {\n              n += 6;\n            }\n            log(6);\n          } finally {\n            n += 5;\n          }\n          log(5);\n        } finally {\n          n += 4;\n        }\n        log(4);\n      } finally {\n        n += 3;\n      }\n      log(3);\n    } finally {\n      n += 2;\n    }\n    log(2);\n  } finally {\n    n += 1;\n  }\n  return n;\n}"
      }
    ]
  ],
  "nested finally: depth 8, the innermost finally puts, the 7 outer tries return before reaching it": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) { kref_put(p.ref, release); return 1; }\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) return 6;\n              try {\n                if (k === 7) return 7;\n                try {\n                  if (k === 8) return 8;\n                } finally {\n                  kref_put(p.ref, release);\n                }\n                log(8);\n              } finally {\n                n += 7;\n              }\n              log(7);\n            } finally {\n              n += 6;\n            }\n            log(6);\n          } finally {\n            n += 5;\n          }\n          log(5);\n        } finally {\n          n += 4;\n        }\n        log(4);\n      } finally {\n        n += 3;\n      }\n      log(3);\n    } finally {\n      n += 2;\n    }\n    log(2);\n  } finally {\n    n += 1;\n  }\n  return n;\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) { kref_put(p.ref, release); return 2; }\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) return 6;\n              try {\n                if (k === 7) return 7;\n                try {\n                  if (k === 8) return 8;\n                } finally {\n                  kref_put(p.ref, release);\n                }\n                log(8);\n              } finally {\n                n += 7;\n              }\n              log(7);\n            } finally {\n              n += 6;\n            }\n            log(6);\n          } finally {\n            n += 5;\n          }\n          log(5);\n        } finally {\n          n += 4;\n        }\n        log(4);\n      } finally {\n        n += 3;\n      }\n      log(3);\n    } finally {\n      n += 2;\n    }\n    log(2);\n  } finally {\n    n += 1;\n  }\n  return n;\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) { kref_put(p.ref, release); return 3; }\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) return 6;\n              try {\n                if (k === 7) return 7;\n                try {\n                  if (k === 8) return 8;\n                } finally {\n                  kref_put(p.ref, release);\n                }\n                log(8);\n              } finally {\n                n += 7;\n              }\n              log(7);\n            } finally {\n              n += 6;\n            }\n            log(6);\n          } finally {\n            n += 5;\n          }\n          log(5);\n        } finally {\n          n += 4;\n        }\n        log(4);\n      } finally {\n        n += 3;\n      }\n      log(3);\n    } finally {\n      n += 2;\n    }\n    log(2);\n  } finally {\n    n += 1;\n  }\n  return n;\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) { kref_put(p.ref, release); return 4; }\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) return 6;\n              try {\n                if (k === 7) return 7;\n                try {\n                  if (k === 8) return 8;\n                } finally {\n                  kref_put(p.ref, release);\n                }\n                log(8);\n              } finally {\n                n += 7;\n              }\n              log(7);\n            } finally {\n              n += 6;\n            }\n            log(6);\n          } finally {\n            n += 5;\n          }\n          log(5);\n        } finally {\n          n += 4;\n        }\n        log(4);\n      } finally {\n        n += 3;\n      }\n      log(3);\n    } finally {\n      n += 2;\n    }\n    log(2);\n  } finally {\n    n += 1;\n  }\n  return n;\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) { kref_put(p.ref, release); return 5; }\n            try {\n              if (k === 6) return 6;\n              try {\n                if (k === 7) return 7;\n                try {\n                  if (k === 8) return 8;\n                } finally {\n                  kref_put(p.ref, release);\n                }\n                log(8);\n              } finally {\n                n += 7;\n              }\n              log(7);\n            } finally {\n              n += 6;\n            }\n            log(6);\n          } finally {\n            n += 5;\n          }\n          log(5);\n        } finally {\n          n += 4;\n        }\n        log(4);\n      } finally {\n        n += 3;\n      }\n      log(3);\n    } finally {\n      n += 2;\n    }\n    log(2);\n  } finally {\n    n += 1;\n  }\n  return n;\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) { kref_put(p.ref, release); return 6; }\n              try {\n                if (k === 7) return 7;\n                try {\n                  if (k === 8) return 8;\n                } finally {\n                  kref_put(p.ref, release);\n                }\n                log(8);\n              } finally {\n                n += 7;\n              }\n              log(7);\n            } finally {\n              n += 6;\n            }\n            log(6);\n          } finally {\n            n += 5;\n          }\n          log(5);\n        } finally {\n          n += 4;\n        }\n        log(4);\n      } finally {\n        n += 3;\n      }\n      log(3);\n    } finally {\n      n += 2;\n    }\n    log(2);\n  } finally {\n    n += 1;\n  }\n  return n;\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) return 6;\n              try {\n                if (k === 7) { kref_put(p.ref, release); return 7; }\n                try {\n                  if (k === 8) return 8;\n                } finally {\n                  kref_put(p.ref, release);\n                }\n                log(8);\n              } finally {\n                n += 7;\n              }\n              log(7);\n            } finally {\n              n += 6;\n            }\n            log(6);\n          } finally {\n            n += 5;\n          }\n          log(5);\n        } finally {\n          n += 4;\n        }\n        log(4);\n      } finally {\n        n += 3;\n      }\n      log(3);\n    } finally {\n      n += 2;\n    }\n    log(2);\n  } finally {\n    n += 1;\n  }\n  return n;\n}"
      }
    ]
  ],
  "nested finally: depth 1, every try returns, the put comes after the outermost try": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) { kref_put(p.ref, release); return 1; }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ]
  ],
  "nested finally: depth 2, every try returns, the put comes after the outermost try": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) { kref_put(p.ref, release); return 1; }\n    try {\n      if (k === 2) return 2;\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) { kref_put(p.ref, release); return 2; }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ]
  ],
  "nested finally: depth 3, every try returns, the put comes after the outermost try": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) { kref_put(p.ref, release); return 1; }\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) { kref_put(p.ref, release); return 2; }\n      try {\n        if (k === 3) return 3;\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) { kref_put(p.ref, release); return 3; }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ]
  ],
  "nested finally: depth 4, every try returns, the put comes after the outermost try": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) { kref_put(p.ref, release); return 1; }\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) { kref_put(p.ref, release); return 2; }\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) { kref_put(p.ref, release); return 3; }\n        try {\n          if (k === 4) return 4;\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) { kref_put(p.ref, release); return 4; }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ]
  ],
  "nested finally: depth 5, every try returns, the put comes after the outermost try": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) { kref_put(p.ref, release); return 1; }\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n            try {\n              if (k === 5) return 5;\n            } finally {\n              n += 5;\n            }\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) { kref_put(p.ref, release); return 2; }\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n            try {\n              if (k === 5) return 5;\n            } finally {\n              n += 5;\n            }\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) { kref_put(p.ref, release); return 3; }\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n            try {\n              if (k === 5) return 5;\n            } finally {\n              n += 5;\n            }\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) { kref_put(p.ref, release); return 4; }\n          try {\n            if (k === 5) return 5;\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n            try {\n              if (k === 5) return 5;\n            } finally {\n              n += 5;\n            }\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) { kref_put(p.ref, release); return 5; }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n            try {\n              if (k === 5) return 5;\n            } finally {\n              n += 5;\n            }\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ]
  ],
  "nested finally: depth 6, every try returns, the put comes after the outermost try": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) { kref_put(p.ref, release); return 1; }\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) return 6;\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n            try {\n              if (k === 5) return 5;\n              try {\n                if (k === 6) return 6;\n              } finally {\n                n += 6;\n              }\n            } finally {\n              n += 5;\n            }\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) { kref_put(p.ref, release); return 2; }\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) return 6;\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n            try {\n              if (k === 5) return 5;\n              try {\n                if (k === 6) return 6;\n              } finally {\n                n += 6;\n              }\n            } finally {\n              n += 5;\n            }\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) { kref_put(p.ref, release); return 3; }\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) return 6;\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n            try {\n              if (k === 5) return 5;\n              try {\n                if (k === 6) return 6;\n              } finally {\n                n += 6;\n              }\n            } finally {\n              n += 5;\n            }\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) { kref_put(p.ref, release); return 4; }\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) return 6;\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n            try {\n              if (k === 5) return 5;\n              try {\n                if (k === 6) return 6;\n              } finally {\n                n += 6;\n              }\n            } finally {\n              n += 5;\n            }\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) { kref_put(p.ref, release); return 5; }\n            try {\n              if (k === 6) return 6;\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n            try {\n              if (k === 5) return 5;\n              try {\n                if (k === 6) return 6;\n              } finally {\n                n += 6;\n              }\n            } finally {\n              n += 5;\n            }\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) { kref_put(p.ref, release); return 6; }\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n            try {\n              if (k === 5) return 5;\n              try {\n                if (k === 6) return 6;\n              } finally {\n                n += 6;\n              }\n            } finally {\n              n += 5;\n            }\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ]
  ],
  "nested finally: depth 7, every try returns, the put comes after the outermost try": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) { kref_put(p.ref, release); return 1; }\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) return 6;\n              try {\n                if (k === 7) return 7;\n              } finally {\n                n += 7;\n              }\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n            try {\n              if (k === 5) return 5;\n              try {\n                if (k === 6) return 6;\n                try {\n                  if (k === 7) return 7;\n                } finally {\n                  n += 7;\n                }\n              } finally {\n                n += 6;\n              }\n            } finally {\n              n += 5;\n            }\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) { kref_put(p.ref, release); return 2; }\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) return 6;\n              try {\n                if (k === 7) return 7;\n              } finally {\n                n += 7;\n              }\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n            try {\n              if (k === 5) return 5;\n              try {\n                if (k === 6) return 6;\n                try {\n                  if (k === 7) return 7;\n                } finally {\n                  n += 7;\n                }\n              } finally {\n                n += 6;\n              }\n            } finally {\n              n += 5;\n            }\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) { kref_put(p.ref, release); return 3; }\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) return 6;\n              try {\n                if (k === 7) return 7;\n              } finally {\n                n += 7;\n              }\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n            try {\n              if (k === 5) return 5;\n              try {\n                if (k === 6) return 6;\n                try {\n                  if (k === 7) return 7;\n                } finally {\n                  n += 7;\n                }\n              } finally {\n                n += 6;\n              }\n            } finally {\n              n += 5;\n            }\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) { kref_put(p.ref, release); return 4; }\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) return 6;\n              try {\n                if (k === 7) return 7;\n              } finally {\n                n += 7;\n              }\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n            try {\n              if (k === 5) return 5;\n              try {\n                if (k === 6) return 6;\n                try {\n                  if (k === 7) return 7;\n                } finally {\n                  n += 7;\n                }\n              } finally {\n                n += 6;\n              }\n            } finally {\n              n += 5;\n            }\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) { kref_put(p.ref, release); return 5; }\n            try {\n              if (k === 6) return 6;\n              try {\n                if (k === 7) return 7;\n              } finally {\n                n += 7;\n              }\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n            try {\n              if (k === 5) return 5;\n              try {\n                if (k === 6) return 6;\n                try {\n                  if (k === 7) return 7;\n                } finally {\n                  n += 7;\n                }\n              } finally {\n                n += 6;\n              }\n            } finally {\n              n += 5;\n            }\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) { kref_put(p.ref, release); return 6; }\n              try {\n                if (k === 7) return 7;\n              } finally {\n                n += 7;\n              }\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n            try {\n              if (k === 5) return 5;\n              try {\n                if (k === 6) return 6;\n                try {\n                  if (k === 7) return 7;\n                } finally {\n                  n += 7;\n                }\n              } finally {\n                n += 6;\n              }\n            } finally {\n              n += 5;\n            }\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) return 6;\n              try {\n                if (k === 7) { kref_put(p.ref, release); return 7; }\n              } finally {\n                n += 7;\n              }\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n            try {\n              if (k === 5) return 5;\n              try {\n                if (k === 6) return 6;\n                try {\n                  if (k === 7) return 7;\n                } finally {\n                  n += 7;\n                }\n              } finally {\n                n += 6;\n              }\n            } finally {\n              n += 5;\n            }\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ]
  ],
  "nested finally: depth 8, every try returns, the put comes after the outermost try": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) { kref_put(p.ref, release); return 1; }\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) return 6;\n              try {\n                if (k === 7) return 7;\n                try {\n                  if (k === 8) return 8;\n                } finally {\n                  n += 8;\n                }\n              } finally {\n                n += 7;\n              }\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n            try {\n              if (k === 5) return 5;\n              try {\n                if (k === 6) return 6;\n                try {\n                  if (k === 7) return 7;\n                  try {\n                    if (k === 8) return 8;\n                  } finally {\n                    n += 8;\n                  }\n                } finally {\n                  n += 7;\n                }\n              } finally {\n                n += 6;\n              }\n            } finally {\n              n += 5;\n            }\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) { kref_put(p.ref, release); return 2; }\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) return 6;\n              try {\n                if (k === 7) return 7;\n                try {\n                  if (k === 8) return 8;\n                } finally {\n                  n += 8;\n                }\n              } finally {\n                n += 7;\n              }\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n            try {\n              if (k === 5) return 5;\n              try {\n                if (k === 6) return 6;\n                try {\n                  if (k === 7) return 7;\n                  try {\n                    if (k === 8) return 8;\n                  } finally {\n                    n += 8;\n                  }\n                } finally {\n                  n += 7;\n                }\n              } finally {\n                n += 6;\n              }\n            } finally {\n              n += 5;\n            }\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) { kref_put(p.ref, release); return 3; }\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) return 6;\n              try {\n                if (k === 7) return 7;\n                try {\n                  if (k === 8) return 8;\n                } finally {\n                  n += 8;\n                }\n              } finally {\n                n += 7;\n              }\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n            try {\n              if (k === 5) return 5;\n              try {\n                if (k === 6) return 6;\n                try {\n                  if (k === 7) return 7;\n                  try {\n                    if (k === 8) return 8;\n                  } finally {\n                    n += 8;\n                  }\n                } finally {\n                  n += 7;\n                }\n              } finally {\n                n += 6;\n              }\n            } finally {\n              n += 5;\n            }\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) { kref_put(p.ref, release); return 4; }\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) return 6;\n              try {\n                if (k === 7) return 7;\n                try {\n                  if (k === 8) return 8;\n                } finally {\n                  n += 8;\n                }\n              } finally {\n                n += 7;\n              }\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n            try {\n              if (k === 5) return 5;\n              try {\n                if (k === 6) return 6;\n                try {\n                  if (k === 7) return 7;\n                  try {\n                    if (k === 8) return 8;\n                  } finally {\n                    n += 8;\n                  }\n                } finally {\n                  n += 7;\n                }\n              } finally {\n                n += 6;\n              }\n            } finally {\n              n += 5;\n            }\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) { kref_put(p.ref, release); return 5; }\n            try {\n              if (k === 6) return 6;\n              try {\n                if (k === 7) return 7;\n                try {\n                  if (k === 8) return 8;\n                } finally {\n                  n += 8;\n                }\n              } finally {\n                n += 7;\n              }\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n            try {\n              if (k === 5) return 5;\n              try {\n                if (k === 6) return 6;\n                try {\n                  if (k === 7) return 7;\n                  try {\n                    if (k === 8) return 8;\n                  } finally {\n                    n += 8;\n                  }\n                } finally {\n                  n += 7;\n                }\n              } finally {\n                n += 6;\n              }\n            } finally {\n              n += 5;\n            }\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) { kref_put(p.ref, release); return 6; }\n              try {\n                if (k === 7) return 7;\n                try {\n                  if (k === 8) return 8;\n                } finally {\n                  n += 8;\n                }\n              } finally {\n                n += 7;\n              }\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n            try {\n              if (k === 5) return 5;\n              try {\n                if (k === 6) return 6;\n                try {\n                  if (k === 7) return 7;\n                  try {\n                    if (k === 8) return 8;\n                  } finally {\n                    n += 8;\n                  }\n                } finally {\n                  n += 7;\n                }\n              } finally {\n                n += 6;\n              }\n            } finally {\n              n += 5;\n            }\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) return 6;\n              try {\n                if (k === 7) { kref_put(p.ref, release); return 7; }\n                try {\n                  if (k === 8) return 8;\n                } finally {\n                  n += 8;\n                }\n              } finally {\n                n += 7;\n              }\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n            try {\n              if (k === 5) return 5;\n              try {\n                if (k === 6) return 6;\n                try {\n                  if (k === 7) return 7;\n                  try {\n                    if (k === 8) return 8;\n                  } finally {\n                    n += 8;\n                  }\n                } finally {\n                  n += 7;\n                }\n              } finally {\n                n += 6;\n              }\n            } finally {\n              n += 5;\n            }\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ],
    [
      {
        messageId: "suggestPut",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  let n = 0;\n  try {\n    if (k === 1) return 1;\n    try {\n      if (k === 2) return 2;\n      try {\n        if (k === 3) return 3;\n        try {\n          if (k === 4) return 4;\n          try {\n            if (k === 5) return 5;\n            try {\n              if (k === 6) return 6;\n              try {\n                if (k === 7) return 7;\n                try {\n                  if (k === 8) { kref_put(p.ref, release); return 8; }\n                } finally {\n                  n += 8;\n                }\n              } finally {\n                n += 7;\n              }\n            } finally {\n              n += 6;\n            }\n          } finally {\n            n += 5;\n          }\n        } finally {\n          n += 4;\n        }\n      } finally {\n        n += 3;\n      }\n    } finally {\n      n += 2;\n    }\n  } finally {\n    n += 1;\n  }\n  kref_put(p.ref, release);\n  return n;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "\nfunction nested(p: Device, k: number): number {\n  kref_get(p.ref);\n  try {\n    let n = 0;\n    try {\n      if (k === 1) return 1;\n      try {\n        if (k === 2) return 2;\n        try {\n          if (k === 3) return 3;\n          try {\n            if (k === 4) return 4;\n            try {\n              if (k === 5) return 5;\n              try {\n                if (k === 6) return 6;\n                try {\n                  if (k === 7) return 7;\n                  try {\n                    if (k === 8) return 8;\n                  } finally {\n                    n += 8;\n                  }\n                } finally {\n                  n += 7;\n                }\n              } finally {\n                n += 6;\n              }\n            } finally {\n              n += 5;\n            }\n          } finally {\n            n += 4;\n          }\n        } finally {\n          n += 3;\n        }\n      } finally {\n        n += 2;\n      }\n    } finally {\n      n += 1;\n    }\n    return n;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ]
  ],
  "sync callback: forEach using the handle is not a hand-off; the early return leaks": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction visit(p: Device, items: Item[]): number {\n  kref_get(p.ref);\n  items.forEach((i) => use(p, i));\n  if (p.dead) { kref_put(p.ref, release); return -1; }\n  kref_put(p.ref, release);\n  return 0;\n}"
      }
    ]
  ],
  "sync callback: map using the handle is not a hand-off; the early return leaks": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction names(p: Device, items: Item[]): string[] {\n  kref_get(p.ref);\n  const out = items.map((i) => label(p, i));\n  if (out.length === 0) { kref_put(p.ref, release); return []; }\n  kref_put(p.ref, release);\n  return out;\n}"
      }
    ]
  ],
  "sync callback: an arrow IIFE using the handle is not a hand-off; the early return leaks": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction visit(p: Device): number {\n  kref_get(p.ref);\n  (() => {\n    use(p);\n  })();\n  if (p.dead) { kref_put(p.ref, release); return -1; }\n  kref_put(p.ref, release);\n  return 0;\n}"
      }
    ]
  ],
  "sync callback: a function-expression IIFE using the handle is not a hand-off; the early return leaks": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction visit(p: Device): number {\n  kref_get(p.ref);\n  (function () {\n    use(p);\n  })();\n  if (p.dead) { kref_put(p.ref, release); return -1; }\n  kref_put(p.ref, release);\n  return 0;\n}"
      }
    ]
  ],
  "await using twin: the second fs/promises handle is a plain const, leaked if a read throws": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import { open } from \"node:fs/promises\";\nexport async function copy(a: string, b: string) {\n  await using src = await open(a);\n  const dst = await open(b, \"w\");\n  try {\n    const text = await src.readFile(\"utf8\");\n    await dst.writeFile(text);\n  } finally {\n    await dst.close();\n  }\n}"
      },
      {
        messageId: "suggestUsing",
        output: "import { open } from \"node:fs/promises\";\nexport async function copy(a: string, b: string) {\n  await using src = await open(a);\n  await using dst = await open(b, \"w\");\n  const text = await src.readFile(\"utf8\");\n  await dst.writeFile(text);\n}"
      }
    ]
  ],
  "correlated twin: if (!dropped) return null (wrong polarity) leaks the reference kept in the loop": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction pick(p: Device, items: Item[]): Device | null {\n  kref_get(p.ref);\n  const r = p;\n  let dropped = false;\n  for (const it of items) {\n    if (it.bad) {\n      kref_put(p.ref, release);\n      dropped = true;\n      break;\n    }\n  }\n  if (!dropped) { kref_put(p.ref, release); return null; }\n  return r;\n}"
      }
    ]
  ],
  "generator: function* yields outside try while holding; leaked if the consumer stops there": [
    [
      {
        messageId: "suggestTryFinally",
        output: "\nfunction* walk(p: Device, items: Item[]) {\n  kref_get(p.ref);\n  try {\n    for (const it of items) yield it;\n  } finally {\n    kref_put(p.ref, release);\n  }\n}"
      }
    ]
  ],
  "borrow evidence: p handed off and put after create(p), so the IS_ERR return leaks": [
    [
      {
        messageId: "suggestPut",
        output: "\nfunction attach(p: Device): number {\n  kref_get(p.ref);\n  const cm = create(p);\n  if (IS_ERR(cm)) { kref_put(p.ref, release); return PTR_ERR(cm); }\n  cm.context = p;\n  kref_get(p.ref);\n  start(cm);\n  kref_put(p.ref, release);\n  return 0;\n}"
      }
    ]
  ]
};
