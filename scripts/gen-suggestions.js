// Regenerates tests/rules/<rule>.suggestions.ts: the suggestions each invalid RuleTester case
// offers today, with their outputs. Review the diff before committing: the tables are the
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

for (const rule of Object.keys(plugin.rules)) {
  const { invalid } = await import(path.join(out, "tests", "rules", `${rule}.cases.js`));
  const linter = new Linter({ configType: "flat" });
  const config = [
    {
      files: ["**/*.ts"],
      languageOptions: { parser: tsParser },
      plugins: { kref: plugin },
      rules: { [`kref/${rule}`]: "error" },
    },
  ];
  const table = {};
  for (const c of invalid) {
    const messages = linter.verify(c.code, config, "case.ts");
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
    path.join(root, "tests", "rules", `${rule}.suggestions.ts`),
    `// Expected suggestions of the invalid cases in ${rule}.cases.ts, per case name and error.\n` +
      `// Written by scripts/gen-suggestions.js and reviewed; tests/suggestions.test.ts checks that every\n` +
      `// suggestion parses, removes its finding and adds no other kref finding.\n` +
      `import type { SuggestionTable } from "../helpers/suggestions.js";\n\n` +
      `export const suggestions: SuggestionTable = ${body};\n`,
  );
  console.log(`${rule}: ${Object.keys(table).length} cases with suggestions`);
}
fs.rmSync(out, { recursive: true, force: true });
