// Consistency of the published package: rules, docs, configs and metadata agree.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import plugin, { rules } from "../src/index.js";

const root = path.join(import.meta.dirname, "..");
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
  name: string;
  version: string;
  exports: Record<string, unknown>;
};
const ruleFiles = fs
  .readdirSync(path.join(root, "src", "rules"))
  .filter((f) => f.endsWith(".ts") && f !== "index.ts")
  .map((f) => f.slice(0, -3))
  .sort();

describe("package", () => {
  it("exports every rule file under its file name", () => {
    expect(Object.keys(rules).sort()).toEqual(ruleFiles);
    expect(plugin.rules).toBe(rules);
  });

  it("has meta matching package.json", () => {
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: "kref" });
  });

  it("declares an exports map with types", () => {
    expect(pkg.exports["."]).toEqual({ types: "./dist/index.d.ts", default: "./dist/index.js" });
  });

  it("recommended config lists exactly the rules marked recommended, at error", () => {
    const expected = Object.fromEntries(
      Object.entries(rules)
        .filter(([, rule]) => rule.meta.docs?.recommended === true)
        .map(([name]) => [`kref/${name}`, "error"]),
    );
    expect(plugin.configs.recommended.rules).toEqual(expected);
    expect(plugin.configs.recommended.name).toBe("kref/recommended");
    expect(plugin.configs.recommended.plugins?.kref).toBe(plugin);
  });

  const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
  it("README starts with the two quick-start commands", () => {
    const quickStart = readme.slice(readme.indexOf("## Quick start"), readme.indexOf("## Quick start") + 300);
    expect(quickStart).toContain("npm ci && npm run demo");
    expect(quickStart).toContain("npm test");
  });

  for (const [name, rule] of Object.entries(rules)) {
    describe(name, () => {
      const docPath = path.join(root, "docs", "rules", `${name}.md`);
      it("has a docs page whose description matches meta.docs.description", () => {
        const doc = fs.readFileSync(docPath, "utf8");
        expect(doc.split("\n")[0]).toBe(`# kref/${name}`);
        const quote = doc.split("\n").find((line) => line.startsWith("> "));
        expect(quote).toBe(`> ${rule.meta.docs?.description}`);
      });

      it("links its docs page", () => {
        expect(rule.meta.docs?.url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
      });

      it("is listed in the README rules table", () => {
        expect(readme).toContain(`[\`kref/${name}\`](docs/rules/${name}.md)`);
      });

      it("has a test file, a schema and default options", () => {
        expect(fs.existsSync(path.join(root, "tests", "rules", `${name}.test.ts`))).toBe(true);
        expect(rule.meta.schema).toBeDefined();
        expect(rule.meta.defaultOptions).toBeDefined();
      });
    });
  }
});
