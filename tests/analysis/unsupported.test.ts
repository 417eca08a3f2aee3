// Constructs the analysis does not model: the function is skipped (silent), nothing throws.
import { parseForESLint } from "@typescript-eslint/parser";
import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { walkAll } from "../../src/analysis/ast.js";
import { MAX_CFG_NODES } from "../../src/analysis/cfg/build.js";
import { analyzeUncached } from "../../src/analysis/index.js";
import type { ScopeManagerLike } from "../../src/analysis/scope.js";
import { analyzeText, parse } from "../helpers/parse.js";

function skippedReasons(code: string): (string | null)[] {
  const result = analyzeText(code);
  expect(result.findings).toEqual([]);
  return result.functions.map((f) => f.skipped);
}

describe("unsupported syntax is skipped, never thrown on", () => {
  it("using in a for-of head", () => {
    expect(skippedReasons(`
function f(d: D, rs: R[]) {
  kref_get(d.ref);
  for (using r of rs) r.touch();
}`)).toEqual(["using in a loop head"]);
  });

  it("using in a switch case", () => {
    expect(skippedReasons(`
function f(d: D, m: number) {
  kref_get(d.ref);
  switch (m) {
    case 1:
      using r = open();
      break;
  }
}`)).toEqual(["using in a switch case"]);
  });

  it("a with statement (sloppy-mode script)", () => {
    const text = `
function f(d, scope) {
  kref_get(d.ref);
  with (scope) { work(); }
}`;
    const parsed = parseForESLint(text, { range: true, loc: true, sourceType: "script", ecmaVersion: 5 });
    const program = parsed.ast as TSESTree.Program;
    walkAll(program, (node) => {
      for (const value of Object.values(node)) {
        for (const child of Array.isArray(value) ? value : [value]) {
          if (child && typeof child === "object" && "type" in child && child !== node.parent) {
            (child as { parent?: unknown }).parent ??= node;
          }
        }
      }
    });
    const result = analyzeUncached({ program, scopeManager: parsed.scopeManager as unknown as ScopeManagerLike, text });
    expect(result.findings).toEqual([]);
    expect(result.functions.map((f) => f.skipped)).toEqual(["WithStatement"]);
  });

  it("a function whose graph would exceed the node cap", () => {
    // The graph is linear in the source, so the cap is lowered for the test rather than parsing
    // a function of 100,000 nodes.
    expect(MAX_CFG_NODES).toBe(100_000);
    const body = Array.from({ length: 40 }, (_, i) => `if (a) return ${i};`).join(" ");
    const code = `function huge(d: D, a: boolean) {\n  kref_get(d.ref);\n  ${body}\n}`;
    const parsed = parse(code);
    const result = analyzeUncached({ ...parsed, limits: { maxNodes: 50 } });
    expect(result.findings).toEqual([]);
    expect(result.functions.map((f) => f.skipped)).toEqual(["function too large"]);
    // with the default cap, the same function is analysed and its leaks reported
    expect(analyzeText(code).findings.length).toBeGreaterThan(0);
  });

  it("a file without a scope manager (a parser that gives none) is skipped whole", () => {
    const parsed = parseForESLint("function f(d) { kref_get(d.ref); }", { range: true, loc: true });
    const result = analyzeUncached({ program: parsed.ast as TSESTree.Program, scopeManager: null, text: "kref_get" });
    expect(result).toEqual({ findings: [], functions: [], debug: false, configError: null });
  });
});
