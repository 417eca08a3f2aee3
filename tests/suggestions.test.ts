// Every suggestion offered on the rule suites' invalid cases and on examples/ is applied, and
// the result re-linted: it must parse, remove its own finding, add no other kref finding, and
// keep every comment.
import fs from "node:fs";
import path from "node:path";
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import { invalid as handoffCases } from "./rules/get-before-handoff.cases.js";
import { invalid as lockCases } from "./rules/lock-lookup-and-get.cases.js";
import { invalid as putCases } from "./rules/put-on-every-path.cases.js";
import { invalid as asyncMutexCases } from "./presets/async-mutex.cases.js";
import { invalid as fsPromisesCases } from "./presets/fs-promises.cases.js";
import { invalid as genericPoolCases } from "./presets/generic-pool.cases.js";
import { invalid as mysql2Cases } from "./presets/mysql2.cases.js";
import { invalid as pgCases } from "./presets/pg.cases.js";
import { invalid as disposableStackCases } from "./presets/disposable-stack.cases.js";
import { invalid as embindCases } from "./presets/embind.cases.js";
import { invalid as quickjsCases } from "./presets/quickjs-emscripten.cases.js";
import { invalid as vscodeCases } from "./presets/vscode.cases.js";
import { invalid as robustHandoffCases } from "./robustness/get-before-handoff.cases.js";
import { invalid as robustLockCases } from "./robustness/lock-lookup-and-get.cases.js";
import { invalid as robustPutCases } from "./robustness/put-on-every-path.cases.js";
import { invalid as acquireFormCases } from "./handles/acquire-forms.cases.js";
import { invalid as throwModelCases } from "./handles/throw-models.cases.js";
import { invalid as provenanceCases } from "./handles/provenance.cases.js";
import { invalid as positionalHandoffCases } from "./handles/positional-handoffs.cases.js";
import { invalid as lifecycleCases } from "./handles/lifecycles.cases.js";
import { invalid as disposableCases } from "./handles/disposables.cases.js";

const config: Linter.Config[] = [
  { files: ["**/*.ts"], languageOptions: { parser: tsParser as Linter.Parser } },
  plugin.configs.recommended as Linter.Config,
];

function lint(code: string): Linter.LintMessage[] {
  return new Linter({ configType: "flat" }).verify(code, config, "subject.ts");
}

/** A finding without its line numbers, which move when a suggestion inserts lines. */
function signature(m: Linter.LintMessage): string {
  return `${m.ruleId}|${m.messageId}|${m.message.replace(/line \d+/g, "line N")}`;
}

function comments(code: string): string[] {
  return [...code.matchAll(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g)].map((m) => m[0].trim()).sort();
}

const subjects: { name: string; code: string }[] = [
  ...[
    ...putCases,
    ...handoffCases,
    ...lockCases,
    ...pgCases,
    ...mysql2Cases,
    ...genericPoolCases,
    ...asyncMutexCases,
    ...fsPromisesCases,
    ...quickjsCases,
    ...embindCases,
    ...vscodeCases,
    ...disposableStackCases,
    ...robustPutCases,
    ...robustHandoffCases,
    ...robustLockCases,
    ...acquireFormCases,
    ...throwModelCases,
    ...provenanceCases,
    ...positionalHandoffCases,
    ...lifecycleCases,
    ...disposableCases,
  ].map((c) => ({ name: c.name ?? "case", code: c.code })),
  ...fs
    .readdirSync(path.join(import.meta.dirname, "..", "examples"))
    .filter((f) => f.endsWith(".ts"))
    .map((f) => ({ name: `examples/${f}`, code: fs.readFileSync(path.join(import.meta.dirname, "..", "examples", f), "utf8") })),
];

describe("every suggestion", () => {
  let offered = 0;
  for (const subject of subjects) {
    const before = lint(subject.code);
    before.forEach((message, index) => {
      for (const suggestion of message.suggestions ?? []) {
        offered++;
        it(`${subject.name} #${index}: ${suggestion.desc}`, () => {
          const { range, text } = suggestion.fix;
          const output = subject.code.slice(0, range[0]) + text + subject.code.slice(range[1]);
          const after = lint(output);
          expect(after.filter((m) => m.fatal)).toEqual([]);
          const remaining = before.map(signature);
          remaining.splice(remaining.indexOf(signature(message)), 1);
          for (const found of after.map(signature)) {
            const at = remaining.indexOf(found);
            expect(at, `new or repeated finding: ${found}\n--- output ---\n${output}`).toBeGreaterThanOrEqual(0);
            remaining.splice(at, 1);
          }
          expect(comments(output)).toEqual(comments(subject.code));
          // Indentation stays in the two-space style of every subject.
          for (const line of output.split("\n")) expect((/^ */.exec(line)?.[0].length ?? 0) % 2, line).toBe(0);
        });
      }
    });
  }

  it("are offered at all (the harness is not vacuous)", () => {
    expect(offered).toBeGreaterThan(30);
  });
});
