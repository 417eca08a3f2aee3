// Runs the analysis and the oracle on one generated program and compares normalised findings.
//
// A finding is compared as (type, handle, start line, start column) plus, for a leak, the line where
// the leaked reference was taken, for getAfterHandoff the hand-off's line and for lookupWithoutLock
// the lookup's line. The leak's exit kind is shown but not compared: the location already says which
// exit it is (return/throw statement, throwing call, closing brace, yield), and a `yield` exit has no
// kind of its own in the analysis' vocabulary. Everything else (messages, suggestions, `onEveryPath`)
// is presentation and not compared.
import type { Finding } from "../../src/analysis/findings.js";
import { analyzeUncached } from "../../src/analysis/index.js";
import { parse } from "../helpers/parse.js";
import type { Program } from "./ast.js";
import type { OracleFinding } from "./interpret.js";
import { findingKey, oracle, OutsideFragment } from "./interpret.js";
import { print } from "./print.js";

export function normalise(f: Finding): OracleFinding {
  const base = { type: f.type, handle: f.handle, line: f.loc.start.line, column: f.loc.start.column };
  switch (f.type) {
    case "leak":
      return { ...base, ref: f.acquiredLine, exit: f.exit };
    case "getAfterHandoff":
      return { ...base, ref: f.handoffLine };
    case "handoffWithoutRef":
      return { ...base, ref: null };
    case "lookupWithoutLock":
      return { ...base, ref: f.lookupLine };
  }
}

export interface Comparison {
  readonly skipped: boolean; // outside the fragment (then only crashes are checked)
  readonly outside?: string | null;
  readonly ok: boolean;
  readonly text: string;
  readonly missing: readonly OracleFinding[]; // oracle only: false negatives of the analysis
  readonly extra: readonly OracleFinding[]; // analysis only: false positives
  readonly problems: readonly string[]; // skipped functions, internal errors
  readonly paths: number;
}

export function compare(p: Program, maxStates?: number): Comparison {
  const printed = print(p);
  let expected: OracleFinding[] | null = null;
  let outside: string | null = null;
  let paths = 0;
  try {
    const r = oracle(printed);
    expected = r.findings;
    paths = r.paths;
  } catch (e) {
    if (!(e instanceof OutsideFragment)) throw e;
    outside = e.message;
  }
  const parsed = parse(printed.text);
  const analysis = analyzeUncached({
    program: parsed.program,
    scopeManager: parsed.scopeManager,
    text: printed.text,
    ...(maxStates !== undefined ? { limits: { maxStates } } : {}),
  });
  if (expected === null) {
    // Outside the fragment: only "never crashes".
    const crashes = analysis.functions.filter((f) => f.skipped?.startsWith("internal error")).map((f) => `${f.skipped}`);
    return { skipped: true, outside, ok: crashes.length === 0, text: printed.text, missing: [], extra: [], problems: crashes, paths };
  }
  const problems = analysis.functions.filter((f) => f.skipped).map((f) => `skipped function: ${f.skipped}`);
  const actual = analysis.findings.map(normalise);
  const actualKeys = new Set(actual.map(findingKey));
  const expectedKeys = new Set(expected.map(findingKey));
  const missing = expected.filter((f) => !actualKeys.has(findingKey(f)));
  const extra = actual.filter((f) => !expectedKeys.has(findingKey(f)));
  return { skipped: false, outside: null, ok: missing.length === 0 && extra.length === 0 && problems.length === 0, text: printed.text, missing, extra, problems, paths };
}

const show = (f: OracleFinding) =>
  `  ${f.type} \`${f.handle}\` at ${f.line}:${f.column}` +
  (f.type === "leak" ? ` (${f.exit}, reference taken at line ${f.ref})` : "") +
  (f.type === "getAfterHandoff" ? ` (handed off at line ${f.ref})` : "") +
  (f.type === "lookupWithoutLock" ? ` (looked up at line ${f.ref})` : "");

export function report(c: Comparison): string {
  const numbered = c.text
    .trimEnd()
    .split("\n")
    .map((l, i) => `${String(i + 1).padStart(3)} | ${l}`)
    .join("\n");
  return [
    "analysis and oracle disagree on",
    numbered,
    ...(c.missing.length ? ["missed by the analysis (oracle only):", ...c.missing.map(show)] : []),
    ...(c.extra.length ? ["reported by the analysis only:", ...c.extra.map(show)] : []),
    ...c.problems.map((p) => `  ${p}`),
  ].join("\n");
}
