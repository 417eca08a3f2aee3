// `npm run bench`: what the kref rules cost, measured with ESLint's own statistics
// (Linter#verifyAndFix with { stats: true }, then getTimes()), against parse time and against a
// core rule. Exits non-zero when a budget is exceeded. Not part of `npm test`.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { parseForESLint } from "@typescript-eslint/parser";
import plugin from "../dist/index.js";
import { analyzeUncached } from "../dist/analysis/index.js";
import { PRESETS } from "../dist/analysis/kinds/presets.js";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
const krefRules = Object.keys(plugin.rules).map((name) => `kref/${name}`);
const baseline = "no-unused-vars";

function config(files, parser, sourceType = "commonjs", krefPlugin = plugin) {
  return [
    {
      files,
      languageOptions: parser ? { parser } : { sourceType, ecmaVersion: "latest" },
      plugins: { kref: krefPlugin },
      rules: Object.fromEntries([...krefRules, baseline].map((r) => [r, "error"])),
    },
  ];
}

/**
 * Lints each input (a list of sources); returns, per input, milliseconds for parse, kref rules
 * and the baseline rule. Two warm-up rounds (an editor lints the same code over and over), then
 * seven measured rounds, of which each figure is the median: the machines this runs on are
 * shared and noisy. Inputs measured together are interleaved round by round, so that a change
 * of load hits all of them alike; a round of a small input lints it repeatedly until it has
 * lasted 250 ms and reports the time per lint, so timer resolution and one-off pauses do not
 * decide a scaling ratio.
 */
function measureAll(inputs, filename, parser, sourceType = "commonjs", plugins = []) {
  const linter = new Linter({ configType: "flat" });
  const configs = inputs.map((_, index) => config(["**/*.js", "**/*.ts"], parser, sourceType, plugins[index] ?? plugin));
  const rounds = inputs.map(() => []);
  for (let round = 0; round < 9; round++) {
    inputs.forEach((sources, index) => {
      const totals = { parse: 0, kref: 0, baseline: 0, files: 0, findings: 0 };
      const started = performance.now();
      let repeats = 0;
      do {
        repeats++;
        totals.files = 0;
        totals.findings = 0;
        for (const code of sources) {
          const result = linter.verifyAndFix(code, configs[index], { filename, stats: true, fix: false });
          const fatal = result.messages.find((m) => m.fatal);
          if (fatal) throw new Error(`parse error in benchmark input: ${fatal.message}`);
          const pass = linter.getTimes().passes[0];
          totals.parse += pass.parse.total;
          for (const rule of krefRules) totals.kref += pass.rules?.[rule]?.total ?? 0;
          totals.baseline += pass.rules?.[baseline]?.total ?? 0;
          totals.files++;
          totals.findings += result.messages.filter((m) => m.ruleId?.startsWith("kref/")).length;
        }
      } while (performance.now() - started < 250);
      for (const key of ["parse", "kref", "baseline"]) totals[key] /= repeats;
      if (round >= 2) rounds[index].push(totals);
    });
  }
  return rounds.map((measured) => {
    const median = (key) => measured.map((r) => r[key]).sort((a, b) => a - b)[measured.length >> 1];
    const first = measured[0];
    return { parse: median("parse"), kref: median("kref"), baseline: median("baseline"), files: first.files, findings: first.findings };
  });
}

/**
 * The analysis alone (no ESLint traversal), median of seven rounds after two warm-ups, for inputs
 * on which ESLint's own code-path analysis is the bottleneck: it grows exponentially with nested
 * `finally` blocks (about 2x per level), whatever rules are on.
 */
function measureAnalysisAll(inputs) {
  const rounds = inputs.map(() => []);
  for (let round = 0; round < 9; round++) {
    inputs.forEach((code, index) => {
      const totals = { parse: 0, kref: 0, baseline: 0, files: 1, findings: 0 };
      const started = performance.now();
      let repeats = 0;
      do {
        repeats++;
        const t0 = performance.now();
        const parsed = parseForESLint(code, { range: true, loc: true, sourceType: "module", ecmaVersion: "latest" });
        const t1 = performance.now();
        const result = analyzeUncached({ program: parsed.ast, scopeManager: parsed.scopeManager, text: code, settings: {} });
        totals.kref += performance.now() - t1;
        totals.parse += t1 - t0;
        totals.findings = result.findings.length;
      } while (performance.now() - started < 250);
      totals.parse /= repeats;
      totals.kref /= repeats;
      if (round >= 2) rounds[index].push(totals);
    });
  }
  return rounds.map((measured) => {
    const median = (key) => measured.map((r) => r[key]).sort((a, b) => a - b)[measured.length >> 1];
    return { parse: median("parse"), kref: median("kref"), baseline: 0, files: 1, findings: measured[0].findings };
  });
}

function measure(sources, filename, parser, sourceType = "commonjs") {
  return measureAll([sources], filename, parser, sourceType)[0];
}

function jsFilesUnder(dir, limit = 400) {
  const out = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith(".js") && out.length < limit) out.push(fs.readFileSync(p, "utf8"));
    }
  };
  walk(dir);
  return out;
}

/** Deterministic pseudo-random numbers, so every run lints the same generated code. */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function handleDense(functions) {
  const r = rng(42);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const stmts = [
    (h) => `kref_get(${h}.ref);`,
    (h) => `kref_put(${h}.ref, release);`,
    (h) => `if (${h}.bad) { kref_put(${h}.ref, release); return -1; }`,
    (h) => `for (const it of ${h}.children) { kref_get(it.ref); visit(it); kref_put(it.ref, release); }`,
    (h) => `try { work(${h}); } finally { log(${h}.id); }`,
    (h) => `mutex_lock(lock); if (table.get(${h}.id)) kref_get(${h}.ref); mutex_unlock(lock);`,
    (h) => `setTimeout(() => kref_put(${h}.ref, release), 10);`,
    (h) => `if (!kref_get_unless_zero(${h}.ref)) return 0;`,
    (h) => `switch (${h}.mode) { case 1: use(${h}); break; default: log(1); }`,
    (h) => `while (${h}.busy) { if (${h}.stop) break; poll(${h}); }`,
  ];
  const out = [];
  for (let i = 0; i < functions; i++) {
    const body = [];
    for (let j = 0; j < 12; j++) body.push(pick(stmts)(pick(["a", "b", "c"])));
    out.push(`export function f${i}(a: Dev, b: Dev, c: Dev): number {\n  ${body.join("\n  ")}\n  return 0;\n}`);
  }
  return out.join("\n\n");
}

function sequentialBranches(n) {
  const lines = [];
  for (let i = 0; i < n; i++) lines.push(`  if (c${i % 50}) kref_get(d.ref);\n  if (c${i % 50}) kref_put(d.ref, release);`);
  const params = Array.from({ length: 50 }, (_, i) => `c${i}: boolean`).join(", ");
  return `export function seq(d: Dev, ${params}) {\n${lines.join("\n")}\n}`;
}

function nested(depth) {
  let body = "kref_get(d.ref); kref_put(d.ref, release);";
  for (let i = 0; i < depth; i++) body = i % 2 ? `if (c) { ${body} }` : `while (c) { ${body} }`;
  return `export function deep(d: Dev, c: boolean) { ${body} }`;
}

/** `try/finally` nested `depth` deep, each `try` with an early return: one copy of each body. */
function nestedFinally(depth) {
  let body = "kref_put(d.ref, release);";
  for (let i = 0; i < depth; i++) body = `try { if (c) return ${i}; work(d); } finally { log(${i}); ${body} }`;
  return `export function fin(d: Dev, c: boolean) { kref_get(d.ref); ${body} return -1; }`;
}

function longFunction(statements) {
  const lines = [];
  for (let i = 0; i < statements; i++) {
    lines.push(i % 4 === 0 ? "  kref_get(d.ref);" : i % 4 === 3 ? "  kref_put(d.ref, release);" : `  if (d.v${i % 7}) log(${i});`);
  }
  return `export function long(d: Dev) {\n${lines.join("\n")}\n}`;
}

const rows = [];
const failures = [];
const ratio = (a, b) => (b === 0 ? 0 : a / b);
function row(name, totals, budget) {
  const overParse = ratio(totals.kref, totals.parse);
  rows.push({
    input: name,
    files: totals.files,
    "parse ms": totals.parse.toFixed(1),
    "kref ms": totals.kref.toFixed(1),
    [`${baseline} ms`]: totals.baseline.toFixed(1),
    "kref/parse": `${(overParse * 100).toFixed(1)}%`,
    [`kref/${baseline}`]: ratio(totals.kref, totals.baseline).toFixed(2),
    findings: totals.findings,
  });
  if (budget !== undefined && overParse > budget) {
    failures.push(`${name}: kref rules took ${(overParse * 100).toFixed(1)}% of parse time (budget ${budget * 100}%)`);
  }
  return totals;
}

const eslintLib = path.join(path.dirname(require.resolve("eslint/package.json")), "lib");
const estreeDist = path.join(path.dirname(require.resolve("@typescript-eslint/typescript-estree/package.json")), "dist");
// `npm run bench -- --only bc` measures only the listed groups (a, b, c, d, r, m); all by default.
const onlyAt = process.argv.indexOf("--only");
const groups = onlyAt >= 0 ? (process.argv[onlyAt + 1] ?? "") : "abcdrm";
const realNotes = [];
const run = (group, measureGroup) => {
  if (groups.includes(group)) measureGroup();
};

// The child processes of the memory row (m) lint and exit before any other row runs.
const memoryDirs = [];
for (let i = 0; i < process.argv.length; i++) if (process.argv[i] === "--memory" && process.argv[i + 1]) memoryDirs.push(process.argv[i + 1]);
if (process.env.KREF_BENCH_MEMORY_CHILD) {
  const withKref = process.env.KREF_BENCH_MEMORY_CHILD === "with";
  const linter = new Linter({ configType: "flat" });
  const cfg = [
    {
      files: ["**/*.js", "**/*.ts", "**/*.tsx", "**/*.mjs", "**/*.cjs"],
      languageOptions: { parser: tsParser, sourceType: "module" },
      plugins: { kref: plugin },
      settings: { kref: { presets: [...PRESETS.keys()].filter((name) => name !== "kref") } },
      rules: Object.fromEntries([...(withKref ? krefRules : []), baseline].map((r) => [r, "error"])),
    },
  ];
  let files = 0;
  for (const dir of memoryDirs) {
    for (const file of sourceFilesUnder(dir)) {
      linter.verify(fs.readFileSync(file, "utf8"), cfg, { filename: path.basename(file).replace(/\.(mjs|cjs)$/, ".js") });
      files++;
    }
  }
  console.log(JSON.stringify({ files, maxRssKb: process.resourceUsage().maxRSS }));
  process.exit(0);
}
// `--against DIR`: the (a) and (b) inputs are also linted with the build in DIR/dist, interleaved
// round by round with this one, so that both figures come from one run on the same load.
const againstAt = process.argv.indexOf("--against");
const against = againstAt >= 0 ? (await import(path.resolve(process.argv[againstAt + 1] ?? ".", "dist/index.js"))).default : null;
run("a", () => {
  const label = "(a) eslint/lib + typescript-estree/dist (no handles)";
  const files = [...jsFilesUnder(eslintLib), ...jsFilesUnder(estreeDist)];
  if (!against) {
    row(label, measure(files, "dep.js"), 0.05);
    return;
  }
  const [ours, theirs] = measureAll([files, files], "dep.js", undefined, "commonjs", [plugin, against]);
  row(label, ours, 0.05);
  row(`(a) the same, with ${process.argv[againstAt + 1]}`, theirs);
});
run("b", () => {
  const dense = [handleDense(300)];
  if (!against) {
    row("(b) generated handle-dense TS (300 functions)", measure(dense, "dense.ts", tsParser), 0.5);
    return;
  }
  const [ours, theirs] = measureAll([dense, dense], "dense.ts", tsParser, "commonjs", [plugin, against]);
  row("(b) generated handle-dense TS (300 functions)", ours, 0.5);
  row(`(b) the same, with ${process.argv[againstAt + 1]}`, theirs);
});

const scaling = (label, sizes, make, analysisOnly = false) => {
  const measured = analysisOnly ? measureAnalysisAll(sizes.map(make)) : measureAll(sizes.map((n) => [make(n)]), "scale.ts", tsParser);
  let previous = null;
  sizes.forEach((n, i) => {
    const totals = row(`(c) ${label} = ${n}`, measured[i]);
    if (previous && previous.kref > 1 && totals.kref > previous.kref * (n / previous.n) * 1.2) {
      failures.push(`${label}: ${previous.n} → ${n} grew kref time ${previous.kref.toFixed(1)} → ${totals.kref.toFixed(1)} ms`);
    }
    previous = { n, kref: totals.kref };
  });
};
run("c", () => {
  scaling("sequential branches N", [100, 1000, 10000], sequentialBranches);
  scaling("nesting depth", [10, 50, 200], nested);
  // ESLint itself cannot lint this one at depth 20 (its code paths through nested finally grow
  // exponentially): the row times the analysis alone.
  scaling("nested finally depth (analysis alone)", [5, 10, 20], nestedFinally, true);
});
// (r) Real handle-dense code: `npm run bench -- --real DIR…` lints every TypeScript/JavaScript file
// under each DIR (node_modules and .d.ts skipped) with the default, import-aware settings; each file
// best of 5 after a warm-up round, so one-off pauses do not decide it. Totals, and per file the p99
// and the maximum of kref time. Skipped when no --real is given or a DIR is absent.
const realDirs = [];
for (let i = 0; i < process.argv.length; i++) if (process.argv[i] === "--real" && process.argv[i + 1]) realDirs.push(process.argv[i + 1]);
run("r", () => {
  for (const dir of realDirs) {
    if (!fs.existsSync(dir)) {
      console.log(`(r) ${dir}: absent, skipped`);
      continue;
    }
    realRow(dir);
  }
});

function sourceFilesUnder(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.(ts|tsx|js|mjs|cjs)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

function realRow(dir) {
  const files = sourceFilesUnder(dir).map((file) => ({ file, code: fs.readFileSync(file, "utf8") }));
  const linter = new Linter({ configType: "flat" });
  const cfg = config(["**/*.js", "**/*.ts", "**/*.tsx", "**/*.mjs", "**/*.cjs"], tsParser);
  const best = files.map(() => ({ parse: Infinity, kref: Infinity, baseline: Infinity, findings: 0 }));
  for (let round = 0; round < 6; round++) {
    files.forEach(({ file, code }, index) => {
      const filename = path.basename(file).replace(/\.(mjs|cjs)$/, ".js");
      const result = linter.verifyAndFix(code, cfg, { filename, stats: true, fix: false });
      if (round === 0) return; // warm-up
      const pass = linter.getTimes().passes[0];
      const b = best[index];
      let kref = 0;
      for (const rule of krefRules) kref += pass.rules?.[rule]?.total ?? 0;
      b.parse = Math.min(b.parse, pass.parse.total);
      b.kref = Math.min(b.kref, kref);
      b.baseline = Math.min(b.baseline, pass.rules?.[baseline]?.total ?? 0);
      b.findings = result.messages.filter((m) => m.ruleId?.startsWith("kref/")).length;
    });
  }
  const sum = (key) => best.reduce((total, b) => total + b[key], 0);
  const totals = { parse: sum("parse"), kref: sum("kref"), baseline: sum("baseline"), files: files.length, findings: sum("findings") };
  const name = `(r) ${path.relative(process.cwd(), dir) || dir}`;
  const measured = row(name, totals, 0.1);
  if (measured.kref > 3 * measured.baseline) {
    failures.push(`${name}: kref ${measured.kref.toFixed(1)} ms is over 3x ${baseline} (${measured.baseline.toFixed(1)} ms)`);
  }
  const byKref = best.map((b, i) => ({ ...b, file: files[i].file })).sort((x, y) => x.kref - y.kref);
  const p99 = byKref[Math.min(byKref.length - 1, Math.ceil(byKref.length * 0.99) - 1)];
  const max = byKref[byKref.length - 1];
  if (max) {
    realNotes.push(`${name}: per-file kref p99 ${p99.kref.toFixed(2)} ms, max ${max.kref.toFixed(2)} ms (${path.relative(dir, max.file)}, parse ${max.parse.toFixed(1)} ms)`);
    if (max.kref > 10) failures.push(`${name}: ${path.relative(dir, max.file)} took ${max.kref.toFixed(1)} ms of kref time (budget 10 ms per file)`);
  }
}

// (m) Memory: `npm run bench -- --only m --memory DIR…` lints every file under the DIRs once in a
// fresh process with every preset forced on, with and without the kref rules (no-unused-vars in
// both), and compares the processes' peak RSS (median of three processes each) (getrusage's maxrss, what `/usr/bin/time -f %M`
// prints). Budget: at most 20% more with the kref rules.
run("m", () => {
  if (memoryDirs.length === 0) return;
  const peak = (mode) => {
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
      env: { ...process.env, KREF_BENCH_MEMORY_CHILD: mode },
      encoding: "utf8",
      maxBuffer: 1 << 26,
    });
    return JSON.parse(out.trim().split("\n").pop());
  };
  // Peak RSS depends on when the collector runs: three processes of each, alternated, and the median.
  const runs = { without: [], with: [] };
  for (let i = 0; i < 3; i++) for (const mode of ["without", "with"]) runs[mode].push(peak(mode));
  const median = (list) => list.sort((a, b) => a.maxRssKb - b.maxRssKb)[1];
  const without = median(runs.without);
  const withKref = median(runs.with);
  const growth = withKref.maxRssKb / without.maxRssKb - 1;
  realNotes.push(
    `(m) peak RSS linting ${without.files} files with every preset forced on: ${(without.maxRssKb / 1024).toFixed(0)} MB without the kref rules, ` +
      `${(withKref.maxRssKb / 1024).toFixed(0)} MB with them (+${(growth * 100).toFixed(1)}%, budget +20%)`,
  );
  if (growth > 0.2) failures.push(`(m) peak RSS grew ${(growth * 100).toFixed(1)}% with the kref rules (budget 20%)`);
});

// Adversarial inputs: reported, not budgeted beyond finishing.
run("d", () => row("(d) one function, 50,000 statements", measure([longFunction(50_000)], "long.ts", tsParser)));
// typescript-estree overflows its own stack near depth 500, so this one is plain JavaScript (espree).
run("d", () => row("(d) nesting depth 500 (JavaScript)", measure([nested(500).replace("(d: Dev, c: boolean)", "(d, c)")], "deep.js", undefined, "module")));

console.log(`Node ${process.version}, ${os.cpus()[0]?.model ?? "cpu"} x${os.cpus().length}, ${plugin.meta.name} ${plugin.meta.version}`);
console.table(rows);
for (const note of realNotes) console.log(note);
if (failures.length > 0) {
  console.error(`Over budget:\n- ${failures.join("\n- ")}`);
  process.exitCode = 1;
} else {
  console.log("All budgets met.");
}
