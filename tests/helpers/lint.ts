// Lints a snippet with one kref rule through ESLint's Linter, the way a user's config would.
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import plugin from "../../src/index.js";

export function lintWithRule(code: string, rule: string, filename = "example.ts"): Linter.LintMessage[] {
  const linter = new Linter({ configType: "flat" });
  return linter.verify(
    code,
    [
      {
        files: ["**/*.ts", "**/*.js"],
        languageOptions: { parser: tsParser as Linter.Parser },
        plugins: { kref: plugin as never },
        rules: { [`kref/${rule}`]: "error" },
      },
    ],
    filename,
  );
}

/** Lints with every kref rule (the recommended config). */
export function lintWithAllRules(code: string, filename = "example.ts"): Linter.LintMessage[] {
  const linter = new Linter({ configType: "flat" });
  return linter.verify(
    code,
    [{ files: ["**/*.ts", "**/*.js"], languageOptions: { parser: tsParser as Linter.Parser } }, plugin.configs.recommended as Linter.Config],
    filename,
  );
}
