// Expected suggestions of the invalid cases in embind.cases.ts, per case name and error.
// Written by scripts/gen-suggestions.js and reviewed; tests/suggestions.test.ts checks that every
// suggestion parses, removes its finding and adds no other kref finding.
import type { SuggestionTable } from "../helpers/suggestions.js";

export const suggestions: SuggestionTable = {
  "cvtColor may throw before delete": [
    [
      {
        messageId: "suggestTryFinally",
        output: "import cv from \"@techstark/opencv-js\";\nexport function gray(src: cv.Mat) {\n  const copy = src.clone();\n  try {\n    cv.cvtColor(copy, copy, cv.COLOR_RGBA2GRAY);\n  } finally {\n    copy.delete();\n  }\n}"
      }
    ]
  ],
  "early return inside try": [
    [
      {
        messageId: "suggestPut",
        output: "import cv from \"@techstark/opencv-js\";\nexport function gray(src: cv.Mat, skip: boolean) {\n  const copy = src.clone();\n  try {\n    if (skip) { copy.delete(); return 0; }\n    cv.cvtColor(copy, copy, cv.COLOR_RGBA2GRAY);\n  } catch {\n    copy.delete();\n    return -1;\n  }\n  copy.delete();\n  return 1;\n}"
      }
    ]
  ],
  "continue skips delete": [
    [
      {
        messageId: "suggestPut",
        output: "import cv from \"@techstark/opencv-js\";\nexport function all(mats: cv.Mat[]) {\n  for (const m of mats) {\n    const copy = m.clone();\n    if (m.empty()) { copy.delete(); continue; }\n    copy.delete();\n  }\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "import cv from \"@techstark/opencv-js\";\nexport function all(mats: cv.Mat[]) {\n  for (const m of mats) {\n    const copy = m.clone();\n    try {\n      if (m.empty()) continue;\n    } finally {\n      copy.delete();\n    }\n  }\n}"
      }
    ]
  ],
  "catch returns without delete": [
    [
      {
        messageId: "suggestPut",
        output: "import cv from \"@techstark/opencv-js\";\nexport function safe(src: cv.Mat) {\n  const copy = src.clone();\n  try {\n    cv.threshold(copy, copy, 1, 255, 0);\n  } catch {\n    copy.delete();\n    return false;\n  }\n  copy.delete();\n  return true;\n}"
      },
      {
        messageId: "suggestTryFinally",
        output: "import cv from \"@techstark/opencv-js\";\nexport function safe(src: cv.Mat) {\n  const copy = src.clone();\n  try {\n    try {\n      cv.threshold(copy, copy, 1, 255, 0);\n    } catch {\n      return false;\n    }\n    return true;\n  } finally {\n    copy.delete();\n  }\n}"
      }
    ]
  ]
};
