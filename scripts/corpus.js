// `npm run corpus`: lints real packages with the recommended config and reports every finding.
// Fetches pinned tarballs with `npm pack` (no install, no dependencies) into .corpus-cache/,
// lints their TypeScript and JavaScript sources, prints per-rule counts and each finding, writes
// .corpus-cache/findings.json, and exits non-zero if any file makes a rule crash.
// Not part of `npm test`: it needs the npm registry.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import plugin from "../dist/index.js";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cache = path.join(root, ".corpus-cache");

/** Package, pinned version, and which files to lint inside the tarball. */
const PACKAGES = [
  { name: "@theia/core", version: "1.75.0", pattern: /^package\/src\/.*\.tsx?$/ },
  { name: "slonik", version: "49.10.9", pattern: /^package\/src\/.*\.ts$/ },
  { name: "@lumino/disposable", version: "2.1.6", pattern: /^package\/(src|lib)\/.*\.(ts|js)$/ },
  { name: "pg-pool", version: "3.14.0", pattern: /^package\/.*\.js$/ },
  { name: "generic-pool", version: "3.9.0", pattern: /^package\/(lib\/.*|index)\.js$/ },
  { name: "mysql2", version: "3.24.6", pattern: /^package\/(lib\/.*|promise|index)\.js$/ },
];

function fetch(pkg) {
  const dir = path.join(cache, `${pkg.name.replace("/", "__")}@${pkg.version}`);
  if (!fs.existsSync(path.join(dir, "package"))) {
    fs.mkdirSync(dir, { recursive: true });
    const out = execFileSync("npm", ["pack", `${pkg.name}@${pkg.version}`, "--pack-destination", dir, "--silent"], {
      encoding: "utf8",
    });
    const tarball = path.join(dir, out.trim().split("\n").pop());
    execFileSync("tar", ["-xzf", tarball, "-C", dir]);
  }
  return dir;
}

function filesOf(dir, pattern) {
  const out = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (pattern.test(path.relative(dir, p).split(path.sep).join("/")) && !p.endsWith(".d.ts")) out.push(p);
    }
  };
  walk(path.join(dir, "package"));
  return out;
}

// Two passes: presets import-aware (what users get), and every preset forced on in every file,
// imported or not (the harshest setting: method names like open() then match unrelated code).
const presets = [
  "pg",
  "mysql2",
  "generic-pool",
  "async-mutex",
  "fs-promises",
  "quickjs-emscripten",
  "embind",
  "vscode",
  "disposable-stack",
  "async-disposable-stack",
];
const base = [
  { files: ["**/*.ts", "**/*.tsx"], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
  { files: ["**/*.js"], languageOptions: { parser: tsParser, sourceType: "module" } },
  plugin.configs.recommended,
];
const modes = { "import-aware": base, forced: [...base, { settings: { kref: { presets } } }] };

const linter = new Linter({ configType: "flat" });
const report = {};
let crashed = false;
const sources = PACKAGES.map((pkg) => {
  const dir = fetch(pkg);
  const files = filesOf(dir, pkg.pattern);
  console.log(`${pkg.name}@${pkg.version}: ${files.length} files`);
  return { pkg, dir, files };
});
for (const [mode, config] of Object.entries(modes)) {
  const findings = [];
  const crashes = [];
  const perRule = new Map();
  let linted = 0;
  for (const { pkg, dir, files } of sources) {
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8");
      const relative = `${pkg.name}@${pkg.version}/${path.relative(path.join(dir, "package"), file)}`;
      let messages;
      try {
        messages = linter.verify(text, config, file);
      } catch (error) {
        crashes.push({ file: relative, error: String(error?.stack ?? error) });
        continue;
      }
      linted++;
      for (const m of messages) {
        if (m.fatal || !m.ruleId?.startsWith("kref/")) continue; // a parse error of the package's own source is not ours
        perRule.set(m.ruleId, (perRule.get(m.ruleId) ?? 0) + 1);
        findings.push({ file: relative, line: m.line, column: m.column, rule: m.ruleId, message: m.message });
      }
    }
  }
  console.log(`\n[${mode}] linted ${linted} files, ${crashes.length} crashes.`);
  for (const rule of Object.keys(plugin.rules)) console.log(`  kref/${rule}: ${perRule.get(`kref/${rule}`) ?? 0}`);
  for (const f of findings) console.log(`  ${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`);
  for (const c of crashes) console.error(`CRASH ${c.file}\n${c.error}`);
  crashed ||= crashes.length > 0;
  report[mode] = { linted, findings, crashes };
}
fs.writeFileSync(path.join(cache, "findings.json"), JSON.stringify(report, null, 2));
console.log(`\nWrote ${path.relative(root, path.join(cache, "findings.json"))}`);
if (crashed) process.exitCode = 1;
