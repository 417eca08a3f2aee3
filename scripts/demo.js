// `npm run demo`: lints the bundled examples/ with the recommended config through ESLint itself
// and prints the findings. Exits 0: the findings are the point of the demo.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const examples = path.join(root, "examples");

const eslint = new ESLint({ cwd: examples, overrideConfigFile: path.join(examples, "eslint.config.js") });
const results = await eslint.lintFiles(["."]);
const formatter = await eslint.loadFormatter("stylish");
process.stdout.write(await formatter.format(results));

const perRule = new Map();
for (const result of results) {
  for (const message of result.messages) {
    const key = message.ruleId ?? "(parse error)";
    perRule.set(key, (perRule.get(key) ?? 0) + 1);
  }
}
console.log("Findings per rule:");
for (const [rule, count] of [...perRule].sort()) console.log(`  ${rule}: ${count}`);
if (perRule.has("(parse error)")) process.exitCode = 1;
