// Parses TypeScript the way ESLint does with typescript-eslint's parser, for analysis unit tests.
import { parseForESLint } from "@typescript-eslint/parser";
import type { TSESTree } from "@typescript-eslint/utils";
import type { FunctionNode } from "../../src/analysis/ast.js";
import { isFunction, walkAll } from "../../src/analysis/ast.js";
import type { FileAnalysis, FunctionAnalysis } from "../../src/analysis/index.js";
import { analyzeFunctionDetailed, analyzeUncached } from "../../src/analysis/index.js";
import type { ScopeManagerLike } from "../../src/analysis/scope.js";
import type { ResourceKind } from "../../src/analysis/kinds/kinds.js";
import { KindTable, krefPreset } from "../../src/analysis/kinds/kinds.js";

export interface Parsed {
  readonly program: TSESTree.Program;
  readonly scopeManager: ScopeManagerLike;
  readonly text: string;
}

export function parse(text: string): Parsed {
  const result = parseForESLint(text, { range: true, loc: true, sourceType: "module", ecmaVersion: "latest" });
  const program = result.ast as TSESTree.Program;
  walkAll(program, (node) => {
    for (const key of Object.keys(node)) {
      if (key === "parent") continue;
      const value = (node as unknown as Record<string, unknown>)[key];
      const children = Array.isArray(value) ? value : [value];
      for (const child of children) {
        if (child && typeof child === "object" && typeof (child as { type?: unknown }).type === "string") {
          (child as { parent?: unknown }).parent = node;
        }
      }
    }
  });
  return { program, scopeManager: result.scopeManager as unknown as ScopeManagerLike, text };
}

/** The first function (in source order) of the text. */
export function firstFunction(parsed: Parsed): FunctionNode {
  let found: FunctionNode | null = null;
  walkAll(parsed.program, (node) => {
    if (isFunction(node) && (!found || node.range[0] < found.range[0])) found = node;
  });
  if (!found) throw new Error("no function in test source");
  return found;
}

export function analyzeFirstFunction(text: string, maxStates?: number): FunctionAnalysis {
  const parsed = parse(text);
  return analyzeFunctionDetailed(firstFunction(parsed), parsed.scopeManager, new KindTable([krefPreset]), { limits: { maxStates } });
}

export function analyzeText(text: string, kinds?: readonly ResourceKind[]): FileAnalysis {
  const parsed = parse(text);
  return analyzeUncached({ program: parsed.program, scopeManager: parsed.scopeManager, text, ...(kinds ? { kinds } : {}) });
}
