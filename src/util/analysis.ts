// The bridge from an ESLint rule context to the shared, cached file analysis.
import type { TSESLint } from "@typescript-eslint/utils";
import type { FileAnalysis } from "../analysis/index.js";
import { analyzeFile } from "../analysis/index.js";
import type { ScopeManagerLike } from "../analysis/scope.js";

export function analysisOf(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): FileAnalysis {
  const sourceCode = context.sourceCode;
  return analyzeFile({
    program: sourceCode.ast,
    scopeManager: sourceCode.scopeManager as unknown as ScopeManagerLike | null,
    text: sourceCode.text,
  });
}
