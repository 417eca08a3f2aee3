// Every case of every suite, valid or invalid, is analysed without an internal error (the
// analysis would otherwise skip the function silently and the suites could not tell).
import { expect, it } from "vitest";
import * as handoff from "../rules/get-before-handoff.cases.js";
import * as lock from "../rules/lock-lookup-and-get.cases.js";
import * as put from "../rules/put-on-every-path.cases.js";
import * as pg from "../presets/pg.cases.js";
import * as vscode from "../presets/vscode.cases.js";
import { analyzeText } from "../helpers/parse.js";

const suites = [put, handoff, lock, pg, vscode];

it("analyses every suite case without an internal error", () => {
  let functions = 0;
  for (const suite of suites) {
    for (const c of [...suite.valid, ...suite.invalid]) {
      const code = typeof c === "string" ? c : c.code;
      const analysis = analyzeText(code);
      functions += analysis.functions.length;
      expect(analysis.functions.filter((f) => f.skipped?.startsWith("internal error")), code).toEqual([]);
    }
  }
  expect(functions).toBeGreaterThan(150);
});
