// settings.kref.debug: what the analysis skipped or merged is shown once per file, at the
// function; without it the same functions are silent.
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import { parseSettings } from "../src/analysis/kinds/settings.js";

function lint(code: string, debug: boolean | undefined): Linter.LintMessage[] {
  const linter = new Linter({ configType: "flat" });
  return linter.verify(
    code,
    [
      { files: ["**/*.ts"], languageOptions: { parser: tsParser as Linter.Parser } },
      plugin.configs.recommended as Linter.Config,
      ...(debug === undefined ? [] : [{ settings: { kref: { debug } } }]),
    ],
    "example.ts",
  );
}

const skipped = `
function f(d: D, rs: R[]) {
  kref_get(d.ref);
  for (using r of rs) r.touch();
}`;

const flags = Array.from({ length: 6 }, (_, i) => `f${i}`);
const merged = `
function g(d: D, ${flags.map((f) => `${f}: boolean`).join(", ")}) {
${flags.map((f) => `  if (${f}) kref_get(d.ref);\n  if (${f}) log();`).join("\n")}
  d.mark = 3;
}`;

// Only puts of a kind without a get (quickjs): nothing is acquired, so nothing is analysed there;
// the function that acquires is analysed, and so is a kref put (kref has gets: a put may end a
// looked-up reference).
const onlyPuts = `import type { QuickJSContext, QuickJSHandle } from "quickjs-emscripten";
export function done(a: QuickJSHandle, b: QuickJSHandle) {
  a.dispose();
  b.dispose();
}
export function make(vm: QuickJSContext) {
  const h = vm.newString("x");
  h.dispose();
}
function drop(d: D) {
  kref_put(d.ref, release);
}`;

describe("settings.kref.debug", () => {
  it("is validated like the other switches", () => {
    expect(parseSettings({ debug: "yes" })).toEqual({ ok: false, error: 'settings.kref.debug must be true or false, not "yes"' });
    expect(parseSettings({ debug: true })).toMatchObject({ ok: true, settings: { debug: true } });
  });

  it("shows a skipped function once, at its head, with the reason, whichever rules are on", () => {
    const messages = lint(skipped, true);
    expect(messages.map((m) => [m.ruleId, m.line, m.column, m.message])).toEqual([
      [
        "kref/get-before-handoff",
        2,
        1,
        "kref debug: the analysis skipped this function (using in a loop head); its handles are not checked",
      ],
    ]);
  });

  it("shows where the state cap merged paths", () => {
    const notes = lint(merged, true).filter((m) => m.message.startsWith("kref debug"));
    expect(notes).toHaveLength(1);
    expect(notes[0]?.message).toMatch(/^kref debug: paths were merged at line \d+(, \d+)* \(too many to keep apart\)/);
  });

  it("shows a function with only puts of a kind without a get as not analysed", () => {
    const notes = lint(onlyPuts, true).filter((m) => m.message.startsWith("kref debug"));
    expect(notes.map((m) => [m.line, m.message])).toEqual([
      [
        2,
        "kref debug: the analysis skipped this function (only puts or hand-offs of kinds without a get: no reference is taken here); its handles are not checked",
      ],
    ]);
    expect(lint(onlyPuts, false)).toEqual([]);
  });

  it("is off by default and when false: the same functions are silent", () => {
    expect(lint(skipped, undefined)).toEqual([]);
    expect(lint(skipped, false)).toEqual([]);
    expect(lint(merged, undefined).filter((m) => m.message.startsWith("kref debug"))).toEqual([]);
  });
});
