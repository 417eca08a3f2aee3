// How a bad settings.kref reaches the user: once per file, and never as a crash.
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { KindTable, krefPreset } from "../src/analysis/kinds/kinds.js";
import type { ResourceKind } from "../src/analysis/kinds/kinds.js";
import { PRESETS } from "../src/analysis/kinds/presets.js";
import plugin from "../src/index.js";
import { claimOncePerFile } from "../src/util/once-per-file.js";

const code = "export function f(d: D) {\n  kref_get(d.ref);\n  return;\n}\n";

function lint(settings: unknown, configs: Linter.Config[] = [plugin.configs.all]): Linter.LintMessage[] {
  const linter = new Linter({ configType: "flat" });
  return linter.verify(code, [{ files: ["**/*.ts"], languageOptions: { parser: tsParser as Linter.Parser } }, ...configs, { settings: { kref: settings } }], "file.ts");
}

describe("a bad settings.kref", () => {
  it("is reported once per file, by the first enabled kref rule", () => {
    const messages = lint({ presets: ["pgx"] });
    expect(messages.map((m) => [m.ruleId, m.line, m.messageId])).toEqual([["kref/get-before-handoff", 1, "invalidSettings"]]);
  });

  it("is reported by whichever kref rule is enabled first", () => {
    const messages = lint({ presets: ["pgx"] }, [{ plugins: { kref: plugin }, rules: { "kref/lock-lookup-and-get": "warn", "kref/put-on-every-path": "error" } }]);
    expect(messages.map((m) => m.ruleId)).toEqual(["kref/lock-lookup-and-get"]);
  });

  it("is reported again in the next file", () => {
    const linter = new Linter({ configType: "flat" });
    const config: Linter.Config[] = [plugin.configs.all, { settings: { kref: { typed: "yes" } } }];
    expect(linter.verify("kref_get(a.ref);", config, "a.js")).toHaveLength(1);
    expect(linter.verify("kref_get(b.ref);", config, "b.js")).toHaveLength(1);
  });

  it("a 40,000-character method name is a settings error, not an ESLint crash", () => {
    const messages = lint({ resources: [{ name: "k", put: [{ methods: ["m".repeat(40_000)], handle: "receiver" }] }] });
    expect(messages).toHaveLength(1);
    expect(messages[0]?.message).toContain("must be a method name of at most 128 characters");
  });

  it("a name that is a pattern or a call is rejected rather than never matching", () => {
    for (const name of ["/open.*/", "open("]) {
      const messages = lint({ resources: [{ name: "k", acquire: [{ methods: [name], handle: "result" }] }] });
      expect(messages.map((m) => m.messageId)).toEqual(["invalidSettings"]);
    }
  });
});

describe("claimOncePerFile", () => {
  it("gives each key once per Program object", () => {
    const a = {};
    const b = {};
    expect(claimOncePerFile(a, "x")).toBe(true);
    expect(claimOncePerFile(a, "x")).toBe(false);
    expect(claimOncePerFile(a, "y")).toBe(true);
    expect(claimOncePerFile(b, "x")).toBe(true);
  });
});

describe("the text pre-test", () => {
  const kindWith = (methods: string[]): ResourceKind => ({
    name: "many",
    modules: [],
    throwModel: "any-call",
    concurrency: "event-loop",
    operations: { acquire: [{ methods, handle: { result: true } }], get: [], tryGet: [], put: [], sink: [] },
  });

  it("never builds a regular expression too large to compile, whatever the names", () => {
    const long = "m".repeat(40_000);
    const table = new KindTable([krefPreset, ...PRESETS.values(), kindWith([long])]);
    expect(table.mayMatchText(`x.${long}()`)).toBe(true);
    expect(table.mayMatchText("nothing here")).toBe(false);
    const many = Array.from({ length: 5_000 }, (_, i) => `${"n".repeat(120)}_${i}`);
    const big = new KindTable([krefPreset, kindWith(many)]);
    expect(big.mayMatchText(`x.${many[4_999]}()`)).toBe(true);
    expect(big.mayMatchText("kref_get(d.ref)")).toBe(true);
    expect(big.mayMatchText(`x.${"n".repeat(120)}_()`)).toBe(false);
  });

  it("tests a few shared prefixes before the pattern, without changing the answer", () => {
    // kref's twelve names share `kref`; with a user kind's `release` the prefixes are two.
    const kref = new KindTable([krefPreset]);
    expect(kref.mayMatchText("const x = 1;")).toBe(false);
    expect(kref.mayMatchText("a kref in a comment, no call")).toBe(false);
    expect(kref.mayMatchText("krefGet(dev.ref)")).toBe(true);
    const two = new KindTable([krefPreset, kindWith(["release"])]);
    expect(two.mayMatchText("c.release()")).toBe(true);
    expect(two.mayMatchText("c.relax()")).toBe(false);
    // Many prefixes (every preset): the pattern alone decides.
    const all = new KindTable([krefPreset, ...PRESETS.values()]);
    expect(all.mayMatchText("await pool.connect()")).toBe(true);
    expect(all.mayMatchText("nothing here")).toBe(false);
  });
});
