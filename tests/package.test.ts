// Consistency of the published package: rules, docs, configs and metadata agree.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import { rules } from "../src/rules/index.js";

const root = path.join(import.meta.dirname, "..");
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
  name: string;
  version: string;
  license: string;
  main: string;
  exports: Record<string, unknown>;
  files: string[];
  scripts: Record<string, string>;
  repository?: { type: string; url: string };
  homepage?: string;
  bugs?: { url: string };
  peerDependencies: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
// The one place the repository is named: package.json's `repository` (git+https://….git).
const repositoryUrl = (pkg.repository?.url ?? "").replace(/^git\+/, "").replace(/\.git$/, "");
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

  it("require() of the package directory (as eslint-doc-generator does) gives the built plugin with its configs", () => {
    const required = createRequire(import.meta.url)(root) as { configs?: Record<string, unknown>; rules?: Record<string, unknown> };
    expect(Object.keys(required.configs ?? {}).sort()).toEqual(["all", "recommended", "recommended-type-checked"]);
    expect(Object.keys(required.rules ?? {}).sort()).toEqual(ruleFiles);
  });

  it("declares an exports map with types", () => {
    // main is what require() of the package directory loads (eslint-doc-generator does that).
    expect(pkg.main).toBe("./dist/require.js");
    expect(pkg.exports["."]).toEqual({ types: "./dist/index.d.ts", require: "./dist/require.js", default: "./dist/index.js" });
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

  it("ships a LICENSE matching the license field and a Keep a Changelog CHANGELOG", () => {
    expect(pkg.license).toBe("MIT");
    expect(fs.readFileSync(path.join(root, "LICENSE"), "utf8")).toMatch(/^MIT License\n/);
    const changelog = fs.readFileSync(path.join(root, "CHANGELOG.md"), "utf8");
    expect(changelog).toMatch(/^# Changelog\n/);
    expect(changelog).toContain("[Keep a Changelog](https://keepachangelog.com/");
    expect(changelog).toMatch(/^## \[Unreleased\]$/m);
    expect(changelog).toMatch(new RegExp(`^## \\[${pkg.version.replace(/\./g, "\\.")}\\]`, "m"));
    expect(pkg.files).toContain("CHANGELOG.md");
  });

  it("names its repository, homepage and issue tracker", () => {
    expect(pkg.repository?.type).toBe("git");
    expect(pkg.repository?.url).toBe(`git+${repositoryUrl}.git`);
    expect(pkg.homepage).toBe(`${repositoryUrl}#readme`);
    expect(pkg.bugs?.url).toBe(`${repositoryUrl}/issues`);
  });

  it("npm test checks the generated docs and lints the rule sources", () => {
    expect(pkg.scripts.test).toContain("npm run lint:docs");
    expect(pkg.scripts["lint:docs"]).toBe("eslint-doc-generator --check");
    expect(pkg.scripts.test).toContain("npm run lint:rules");
    expect(pkg.scripts["lint:rules"]).toBe("eslint src/rules");
    for (const tool of ["eslint-doc-generator", "eslint-plugin-eslint-plugin"]) expect(pkg.devDependencies[tool]).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("never loads @typescript-eslint/utils at run time, so a JavaScript-only app gets no TypeScript", () => {
    // utils has typescript as a peer dependency; AST_NODE_TYPES comes from @typescript-eslint/types
    // (no peers), and type-only imports of utils are erased by the build.
    const runtimeImports = fs
      .readdirSync(path.join(root, "src"), { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts"))
      .filter((file) => /^import (?!type )[^;]*from "@typescript-eslint\/utils"/m.test(fs.readFileSync(path.join(root, "src", file), "utf8")));
    expect(runtimeImports).toEqual([]);
    expect(Object.keys(pkg.dependencies)).not.toContain("@typescript-eslint/utils");
    for (const file of fs.readdirSync(path.join(root, "dist"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".js"))) {
      expect(fs.readFileSync(path.join(root, "dist", file), "utf8"), file).not.toMatch(/from "@typescript-eslint\/utils"/);
    }
  });

  it("runs no script when installed: builds in prepack, has no prepare or install scripts", () => {
    for (const script of ["preinstall", "install", "postinstall", "prepare"]) expect(pkg.scripts[script]).toBeUndefined();
    expect(pkg.scripts.prepack).toBe("npm run build");
  });

  it("accepts ESLint 9 and 10, and any typescript-eslint 8 from 8.40 on", () => {
    expect(pkg.peerDependencies).toEqual({ eslint: "^9.0.0 || ^10.0.0" });
    for (const [name, range] of Object.entries(pkg.dependencies)) {
      expect(name).toMatch(/^@typescript-eslint\//);
      expect(range).toBe("^8.40.0");
    }
    // Dev dependencies on typescript-eslint stay pinned: the tests run against one known version.
    for (const [name, range] of Object.entries(pkg.devDependencies)) {
      if (name.startsWith("@typescript-eslint/") || name === "typescript-eslint") expect(range).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });

  it("recommended-type-checked is recommended plus settings.kref.typed; all turns every rule on", () => {
    const typeChecked = plugin.configs["recommended-type-checked"];
    expect(typeChecked.name).toBe("kref/recommended-type-checked");
    expect(typeChecked.plugins?.kref).toBe(plugin);
    expect(typeChecked.rules).toEqual(plugin.configs.recommended.rules);
    expect(typeChecked.settings).toEqual({ kref: { typed: true } });
    const all = plugin.configs.all;
    expect(all.name).toBe("kref/all");
    expect(all.plugins?.kref).toBe(plugin);
    expect(all.rules).toEqual(Object.fromEntries(Object.keys(rules).map((name) => [`kref/${name}`, "error"])));
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
        // The header eslint-doc-generator writes (npm test runs it with --check).
        expect(doc.split("\n")).toContain(`📝 ${rule.meta.docs?.description}.`);
        expect(doc).toContain("<!-- end auto-generated rule header -->");
      });

      it("links its docs page: the repository URL plus the path of the page", () => {
        expect(repositoryUrl).toMatch(/^https:\/\/github\.com\/[\w.-]+\/eslint-plugin-kref$/);
        const url = rule.meta.docs?.url ?? "";
        expect(url).toBe(`${repositoryUrl}/blob/main/docs/rules/${name}.md`);
        const pagePath = url.slice(`${repositoryUrl}/blob/main/`.length);
        expect(fs.existsSync(path.join(root, pagePath))).toBe(true);
      });

      it("is listed in the README rules table", () => {
        const table = readme.slice(readme.indexOf("<!-- begin auto-generated rules list -->"), readme.indexOf("<!-- end auto-generated rules list -->"));
        expect(table).toContain(`[${name}](docs/rules/${name}.md)`);
      });

      it("has a test file and an empty schema, hence no meta.defaultOptions", () => {
        expect(fs.existsSync(path.join(root, "tests", "rules", `${name}.test.ts`))).toBe(true);
        expect(rule.meta.schema).toEqual([]);
        expect("defaultOptions" in rule.meta).toBe(false);
      });
    });
  }
});
