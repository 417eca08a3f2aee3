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

/** The message every rule carries for `settings.kref.debug` notes. */
export const DEBUG_MESSAGE = "kref debug: {{note}}";

/** A rule's listener: once per file, `report` gets each of the file's findings. */
export function onFindings(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  report: (finding: Finding) => void,
): TSESLint.RuleListener {
  return {
    Program(program) {
      for (const finding of findingsFor(context)) report(finding);
      // The first enabled kref rule shows the file's debug notes.
      const analysis = analysisOf(context);
      if (analysis.debug && claimOncePerFile(program, "debugNote")) showDebugNotes(context, analysis);
    },
  };
}

/** What the analysis skipped or merged, at each function's head: silence shown, not hidden. */
function showDebugNotes(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, analysis: FileAnalysis): void {
  for (const { fn, skipped, merged } of analysis.functions) {
    const loc = { start: fn.loc.start, end: fn.body.loc.start };
    if (skipped !== null) {
      const note = `the analysis skipped this function (${skipped}); its handles are not checked`;
      context.report({ loc, messageId: "debugNote", data: { note } });
    } else if (merged.length > 0) {
      const note = `paths were merged at line ${merged.join(", ")} (too many to keep apart); handles they disagree on are not reported from there`;
      context.report({ loc, messageId: "debugNote", data: { note } });
    }
  }
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
