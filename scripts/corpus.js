// `npm run corpus`: lints real packages with the recommended config and reports every finding.
// Fetches pinned tarballs with `npm pack` (no install, no dependencies) into .corpus-cache/,
// lints their TypeScript and JavaScript sources, prints per-rule counts and each finding, writes
// .corpus-cache/findings.json, and exits non-zero if any file makes a rule crash.
// Not part of `npm test`: it needs the npm registry.
//
// `npm run corpus -- DIR…` lints local trees instead (a repository checked out or extracted
// anywhere): every .ts/.tsx/.mts/.cts/.js/.jsx/.mjs/.cjs file outside node_modules and build
// output, no .d.ts. A tree's provenance is read from DIR/.corpus-source ("owner/name commit")
// when present, else from `git rev-parse HEAD` in DIR, and printed with its line count.
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
  {
    files: ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  {
    files: ["**/*.js", "**/*.jsx", "**/*.mjs", "**/*.cjs"],
    languageOptions: { parser: tsParser, sourceType: "module", parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  plugin.configs.recommended,
];
const modes = { "import-aware": base, forced: [...base, { settings: { kref: { presets } } }] };

const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const SKIPPED_DIRS = new Set(["node_modules", ".git", "dist", "build", "out", "coverage", ".next"]);

/** Every lintable source file under a local tree. */
function localFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(p);
      } else if (entry.isFile() && SOURCE.test(entry.name) && !/\.d\.[mc]?ts$/.test(entry.name)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** "owner/name commit" of a local tree, as recorded when it was extracted, or its git HEAD. */
function provenanceOf(dir) {
  const recorded = path.join(dir, ".corpus-source");
  if (fs.existsSync(recorded)) return fs.readFileSync(recorded, "utf8").trim();
  try {
    return `${path.basename(dir)} ${execFileSync("git", ["-C", dir, "rev-parse", "HEAD"], { encoding: "utf8" }).trim()}`;
  } catch {
    return `${path.basename(dir)} (no commit recorded)`;
  }
}

const localDirs = process.argv.slice(2).filter((a) => !a.startsWith("--"));

const report = {};
let crashed = false;
const sources =
  localDirs.length > 0
    ? localDirs.map((given) => {
        const dir = path.resolve(given);
        if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
          console.error(`corpus: ${given} is not a directory`);
          process.exit(2);
        }
        const files = localFiles(dir);
        const lines = files.reduce((n, f) => n + fs.readFileSync(f, "utf8").split("\n").length, 0);
        const source = provenanceOf(dir);
        console.log(`${source}: ${files.length} files, ${lines} lines`);
        return { label: path.basename(dir), root: dir, files, lines, source };
      })
    : PACKAGES.map((pkg) => {
        const dir = fetch(pkg);
        const files = filesOf(dir, pkg.pattern);
        console.log(`${pkg.name}@${pkg.version}: ${files.length} files`);
        return { label: `${pkg.name}@${pkg.version}`, root: path.join(dir, "package"), files, source: `${pkg.name}@${pkg.version}` };
      });
for (const [mode, config] of Object.entries(modes)) {
  const findings = [];
  const crashes = [];
  const perRule = new Map();
  let linted = 0;
  for (const { label, root: treeRoot, files } of sources) {
    // Flat-config globs match relative to the linter's cwd: a tree outside the project gets its own.
    const linter = new Linter({ configType: "flat", cwd: treeRoot });
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8");
      const relative = `${label}/${path.relative(treeRoot, file)}`;
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
report.sources = sources.map(({ label, source, files, lines }) => ({ label, source, files: files.length, lines }));
fs.mkdirSync(cache, { recursive: true });
fs.writeFileSync(path.join(cache, "findings.json"), JSON.stringify(report, null, 2));
console.log(`\nWrote ${path.relative(root, path.join(cache, "findings.json"))}`);
if (crashed) process.exitCode = 1;
