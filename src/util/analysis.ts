// The bridge from an ESLint rule context to the shared, cached file analysis.
import type { TSESLint } from "@typescript-eslint/utils";
import type { FileAnalysis, Finding } from "../analysis/index.js";
import { analyzeFile } from "../analysis/index.js";
import type { ScopeManagerLike } from "../analysis/scope.js";
import { typeServicesOf } from "../analysis/kinds/types.js";
import { claimOncePerFile } from "./once-per-file.js";

function analysisOf(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): FileAnalysis {
  const sourceCode = context.sourceCode;
  return analyzeFile({
    program: sourceCode.ast,
    scopeManager: sourceCode.scopeManager as unknown as ScopeManagerLike | null,
    text: sourceCode.text,
    settings: (context.settings as { kref?: unknown }).kref,
    // Read directly: getParserServices() throws when the parser has no type information.
    types: typeServicesOf(sourceCode.parserServices),
  });
}

/** The message every rule carries for a bad `settings.kref`. */
export const INVALID_SETTINGS_MESSAGE = "Invalid `settings.kref`: {{message}}. The kref rules are off for this file until it is fixed.";

/** A rule's listener: once per file, `report` gets each of the file's findings. */
export function onFindings(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  report: (finding: Finding) => void,
): TSESLint.RuleListener {
  return {
    Program() {
      for (const finding of findingsFor(context)) report(finding);
    },
  };
}

/**
 * The file's findings, for a rule. A bad `settings.kref` is reported instead, at the top of the
 * file, once, by the first enabled kref rule that runs; the analysis did not run.
 */
function findingsFor(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): readonly Finding[] {
  const analysis = analysisOf(context);
  if (analysis.configError === null) return analysis.findings;
  if (!claimOncePerFile(context.sourceCode.ast, "invalidSettings")) return [];
  context.report({
    loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } },
    messageId: "invalidSettings",
    data: { message: analysis.configError },
  });
  return [];
}
