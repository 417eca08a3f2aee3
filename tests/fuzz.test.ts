// Property: no rule throws on any generated program, and the analysis always terminates.
import fc from "fast-check";
import { expect, it } from "vitest";
import { rules } from "../src/rules/index.js";
import { lintWithAllRules } from "./helpers/lint.js";
import { analyzeText } from "./helpers/parse.js";
import { program } from "./helpers/programs.js";

// About 20 s on the 2-core CI machine; `KREF_FUZZ_RUNS=100000 npx vitest run tests/fuzz.test.ts` for longer runs.
const runs = Number(process.env.KREF_FUZZ_RUNS ?? 150);
// A fixed seed keeps `npm test` deterministic; `npm run fuzz` explores with fresh seeds.
const seed = Number(process.env.KREF_FUZZ_SEED ?? 20261129);

it("no rule throws on generated programs, and every suggestion's output parses", () => {
  fc.assert(
    fc.property(program, (code) => {
      const messages = lintWithAllRules(code);
      expect(messages.filter((m) => m.fatal)).toEqual([]);
      expect(new Set(messages.map((m) => m.ruleId?.replace("kref/", "")))).toSatisfy((ids: Set<string>) =>
        [...ids].every((id) => id in rules),
      );
      for (const message of messages) {
        for (const suggestion of message.suggestions ?? []) {
          const { range, text } = suggestion.fix;
          const output = code.slice(0, range[0]) + text + code.slice(range[1]);
          expect(lintWithAllRules(output).filter((m) => m.fatal), output).toEqual([]);
        }
      }
      const analysis = analyzeText(code);
      expect(analysis.functions.filter((f) => f.skipped?.startsWith("internal error"))).toEqual([]);
    }),
    { numRuns: runs, seed },
  );
});
