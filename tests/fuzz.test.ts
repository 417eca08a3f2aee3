// Property: no rule throws on any generated program, and the analysis always terminates.
import fc from "fast-check";
import { expect, it } from "vitest";
import { rules } from "../src/index.js";
import { lintWithRule } from "./helpers/lint.js";
import { analyzeText } from "./helpers/parse.js";
import { program } from "./helpers/programs.js";

const runs = Number(process.env.KREF_FUZZ_RUNS ?? 300);

it("no rule throws on generated programs, and each parses", () => {
  fc.assert(
    fc.property(program, (code) => {
      for (const name of Object.keys(rules)) {
        const messages = lintWithRule(code, name);
        expect(messages.filter((m) => m.fatal)).toEqual([]);
      }
      analyzeText(code);
    }),
    { numRuns: runs },
  );
});
