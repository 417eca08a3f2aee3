// Regenerates tests/{rules,robustness,presets}/<name>.suggestions.ts: the suggestions each invalid
// RuleTester case offers today, with their outputs. Review the diff before committing: the tables are the
// expectations the rule tests then hold the rules to.
//   npm run build && node scripts/gen-suggestions.js
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import plugin from "../dist/index.js";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = fs.mkdtempSync(path.join(os.tmpdir(), "kref-cases-"));
execFileSync("npx", ["tsc", "-p", "tsconfig.json", "--outDir", out, "--noEmit", "false", "--declaration", "false"], {
  cwd: root,
  stdio: "inherit",
});
fs.writeFileSync(path.join(out, "package.json"), '{"type":"module"}');

/**
 * Case files: tests/rules/<rule>.cases.ts, tests/robustness/<rule>.cases.ts (where present), and
 * tests/presets/<preset>.cases.ts and tests/handles/<area>.cases.ts (which name their rule).
 */
const caseFiles = [
  ...Object.keys(plugin.rules).map((rule) => ({ dir: "rules", base: rule, rule })),
  ...Object.keys(plugin.rules)
    .filter((rule) => fs.existsSync(path.join(root, "tests", "robustness", `${rule}.cases.ts`)))
    .map((rule) => ({ dir: "robustness", base: rule, rule })),
  // Preset cases and the handle-recognition cases (issue 12) name their rule in the module.
  ...["presets", "handles"].flatMap((dir) =>
    (fs.existsSync(path.join(root, "tests", dir)) ? fs.readdirSync(path.join(root, "tests", dir)) : [])
      .filter((f) => f.endsWith(".cases.ts"))
      .map((f) => ({ dir, base: f.slice(0, -".cases.ts".length), rule: null })),
  ),
];

for (const { dir, base, rule: ruleName } of caseFiles) {
  const module = await import(path.join(out, "tests", dir, `${base}.cases.js`));
  const rule = ruleName ?? module.rule;
  const linter = new Linter({ configType: "flat" });
  const config = [
    {
      files: ["**/*.ts"],
      languageOptions: { parser: tsParser },
      plugins: { kref: plugin },
      settings: module.settings ?? {},
      rules: { [`kref/${rule}`]: "error" },
    },
  ];
  const table = {};
  for (const c of module.invalid) {
    // A case's own settings (a forced preset) apply as RuleTester applies them.
    const messages = linter.verify(c.code, c.settings ? [{ ...config[0], settings: c.settings }] : config, "case.ts");
    if (process.env.SHOW) {
      console.log(`  ${c.name}: ${messages.map((m) => `${m.line}:${m.column} ${m.messageId}`).join(", ")}`);
    }
    const perError = messages.map((m) =>
      (m.suggestions ?? []).map((s) => ({
        messageId: s.messageId,
        output: c.code.slice(0, s.fix.range[0]) + s.fix.text + c.code.slice(s.fix.range[1]),
      })),
    );
    if (perError.some((list) => list.length > 0)) table[c.name] = perError;
  }
  const body = JSON.stringify(table, null, 2).replace(/"([a-zA-Z]+)":/g, "$1:");
  fs.writeFileSync(
    path.join(root, "tests", dir, `${base}.suggestions.ts`),
    `// Expected suggestions of the invalid cases in ${base}.cases.ts, per case name and error.\n` +
      `// Written by scripts/gen-suggestions.js and reviewed; tests/suggestions.test.ts checks that every\n` +
      `// suggestion parses, removes its finding and adds no other kref finding.\n` +
      `import type { SuggestionTable } from "../helpers/suggestions.js";\n\n` +
      `export const suggestions: SuggestionTable = ${body};\n`,
  );
  console.log(`${dir}/${base}: ${Object.keys(table).length} cases with suggestions`);
}
fs.rmSync(out, { recursive: true, force: true });
