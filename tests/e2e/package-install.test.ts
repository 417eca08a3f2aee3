// The package as a user gets it: `npm pack` (prepack builds it) once, then the tarball installed
// into two fresh apps, the way a user would (from the npm cache filled by `npm ci` where it can):
//
// - app10: ESLint 10, the newest typescript-eslint 8 (newer than the one this repo pins), TypeScript.
//   Lints with the README's own config, a CommonJS config and a typed config; type-checks three
//   eslint.config.ts forms against the installed package.
// - app9: the newest ESLint 9 with typescript-eslint 8.40 (the oldest the dependency ranges accept),
//   installed first; then the plugin is added to it, as a user adds it to an existing project.
//
// Every variant is its own config file in the same app (fixtures in tests/fixtures/package-app/).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.join(import.meta.dirname, "..", "..");
const fixtures = path.join(root, "tests", "fixtures", "package-app");
const examples = path.join(root, "examples");
const installed = (name: string): string =>
  (JSON.parse(fs.readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(command: string, args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, npm_config_update_notifier: "false" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** The first ```js block after a README heading. */
function readmeBlock(heading: string): string {
  const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
  const at = readme.indexOf(`\n${heading}\n`);
  expect(at, `README has "${heading}"`).toBeGreaterThanOrEqual(0);
  const match = /```js\n([\s\S]*?)```/.exec(readme.slice(at));
  expect(match, `a js block after "${heading}"`).not.toBeNull();
  return (match as RegExpExecArray)[1] as string;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kref-package-"));
const app10 = path.join(tmp, "app10");
const app9 = path.join(tmp, "app9");
let tarball = "";
let installs: { app10: Run; app9: Run };

function makeApp(dir: string, devDependencies: Record<string, string>, files: readonly string[]): void {
  fs.mkdirSync(path.join(dir, "src"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify({ name: path.basename(dir), private: true, type: "module", devDependencies }, null, 2),
  );
  for (const file of fs.readdirSync(examples).filter((f) => f.endsWith(".ts"))) {
    fs.copyFileSync(path.join(examples, file), path.join(dir, "src", file));
  }
  for (const file of files) fs.cpSync(path.join(fixtures, file), path.join(dir, file), { recursive: true });
}

/** Every installed copy of a package in an app: its directories under any node_modules. */
function copiesOf(app: string, name: string): string[] {
  const found: string[] = [];
  const walk = (nodeModules: string): void => {
    if (!fs.existsSync(nodeModules)) return;
    for (const entry of fs.readdirSync(nodeModules)) {
      const packages = entry.startsWith("@") ? fs.readdirSync(path.join(nodeModules, entry)).map((sub) => `${entry}/${sub}`) : [entry];
      for (const pkgName of packages) {
        const dir = path.join(nodeModules, pkgName);
        if (pkgName === name) found.push(path.relative(app, dir));
        walk(path.join(dir, "node_modules"));
      }
    }
  };
  walk(path.join(app, "node_modules"));
  return found;
}

function npmInstall(dir: string, ...packages: string[]): Promise<Run> {
  return run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=warn", ...packages], dir);
}

beforeAll(async () => {
  const packed = await run("npm", ["pack", "--json", "--pack-destination", tmp], root);
  expect(packed.code, packed.stderr).toBe(0);
  tarball = path.join(tmp, (JSON.parse(packed.stdout) as { filename: string }[])[0]?.filename ?? "");
  makeApp(
    app10,
    {
      eslint: installed("eslint"),
      "typescript-eslint": "^8.73.0",
      typescript: installed("typescript"),
      "eslint-plugin-kref": `file:${tarball}`,
    },
    ["ext", "cjs.config.cjs", "typed.config.js", "types", "tsconfig.json", "tsconfig.types.json"],
  );
  fs.writeFileSync(path.join(app10, "readme.config.js"), readmeBlock("## Using it in a project"));
  makeApp(
    app9,
    { eslint: "^9.0.0", "typescript-eslint": "~8.40.0", typescript: "~5.9.0" },
    ["eslint9.config.js"],
  );
  const addPluginTo9 = async (): Promise<Run> => {
    const base = await npmInstall(app9);
    return base.code === 0 ? npmInstall(app9, "--save-dev", tarball) : base;
  };
  const [a10, a9] = await Promise.all([npmInstall(app10), addPluginTo9()]);
  installs = { app10: a10, app9: a9 };
}, 170_000);

afterAll(() => fs.promises.rm(tmp, { recursive: true, force: true }), 60_000);

/** `file:line:rule` of every message, linting `targets` in `dir` with `config`. */
async function lint(dir: string, config: string, targets: readonly string[]): Promise<string[]> {
  const result = await run(process.execPath, [path.join(dir, "node_modules", "eslint", "bin", "eslint.js"), "-c", config, "-f", "json", ...targets], dir);
  expect(result.stderr).toBe("");
  const files = JSON.parse(result.stdout) as { filePath: string; messages: { line: number; ruleId: string | null; message: string }[] }[];
  return files
    .flatMap((f) => f.messages.map((m) => `${path.relative(dir, f.filePath)}:${m.line}:${m.ruleId ?? `fatal ${m.message}`}`))
    .sort();
}

const EXAMPLE_FINDINGS = [
  "src/device-cache.ts:37:kref/put-on-every-path",
  "src/device-cache.ts:48:kref/put-on-every-path",
  "src/device-cache.ts:61:kref/put-on-every-path",
  "src/global-registry.ts:40:kref/lock-lookup-and-get",
  "src/global-registry.ts:49:kref/lock-lookup-and-get",
  "src/job-queue.ts:33:kref/get-before-handoff",
  "src/job-queue.ts:40:kref/get-before-handoff",
  "src/pool-checkout.ts:21:kref/put-on-every-path",
  "src/pool-checkout.ts:30:kref/put-on-every-path",
];

describe("the packed tarball", () => {
  it("is built by prepack and ships dist, docs, LICENSE and CHANGELOG, and no install scripts", async () => {
    const listing = await run("tar", ["-tzf", tarball], tmp);
    const entries = listing.stdout.split("\n");
    for (const file of ["package/dist/index.js", "package/dist/index.d.ts", "package/dist/require.js", "package/LICENSE", "package/CHANGELOG.md", "package/docs/rules/put-on-every-path.md"]) {
      expect(entries).toContain(file);
    }
    const packed = JSON.parse(fs.readFileSync(path.join(app10, "node_modules", "eslint-plugin-kref", "package.json"), "utf8")) as {
      scripts?: Record<string, string>;
    };
    for (const script of ["preinstall", "install", "postinstall", "prepare"]) expect(packed.scripts?.[script]).toBeUndefined();
  });

  it("installs into an ESLint 10 app without warnings about install scripts", () => {
    expect(installs.app10.code, installs.app10.stderr).toBe(0);
    expect(installs.app10.stderr).not.toMatch(/install-scripts|prepare/);
  });

  it("reuses the app's typescript-eslint (newer or older than the one pinned here) instead of a second copy", () => {
    for (const name of ["@typescript-eslint/utils", "@typescript-eslint/visitor-keys", "@typescript-eslint/typescript-estree"]) {
      expect(copiesOf(app10, name)).toEqual([`node_modules/${name}`]);
    }
    expect(installs.app9.code, installs.app9.stderr).toBe(0);
    for (const name of ["@typescript-eslint/utils", "@typescript-eslint/visitor-keys"]) {
      expect(copiesOf(app9, name)).toEqual([`node_modules/${name}`]);
    }
  });
});

describe("ESLint 10 app", () => {
  it("the README's config lints every extension it lists", async () => {
    const extensions = ["tsx", "mts", "cts", "js", "jsx", "mjs", "cjs"];
    expect(await lint(app10, "readme.config.js", ["src", "ext"])).toEqual(
      [...EXAMPLE_FINDINGS, ...extensions.map((ext) => `ext/leak.${ext}:4:kref/put-on-every-path`)].sort(),
    );
  });

  it("a CommonJS eslint.config.cjs gets the plugin from require()", async () => {
    expect(await lint(app10, "cjs.config.cjs", ["src"])).toEqual(EXAMPLE_FINDINGS);
  });

  it("recommended-type-checked lints with type information", async () => {
    expect(await lint(app10, "typed.config.js", ["src"])).toEqual(EXAMPLE_FINDINGS);
  });

  it("eslint.config.ts type-checks with defineConfig, tseslint.config and a plain Linter.Config[]", async () => {
    const tsc = path.join(app10, "node_modules", "typescript", "bin", "tsc");
    const result = await run(process.execPath, [tsc, "-p", "tsconfig.types.json"], app10);
    expect(result.stdout + result.stderr).toBe("");
    expect(result.code).toBe(0);
  });
});

describe("ESLint 9 app", () => {
  it("installs without --legacy-peer-deps and finds what ESLint 10 finds", async () => {
    expect(installs.app9.code, installs.app9.stderr).toBe(0);
    const version = JSON.parse(fs.readFileSync(path.join(app9, "node_modules", "eslint", "package.json"), "utf8")) as { version: string };
    expect(version.version).toMatch(/^9\./);
    expect(await lint(app9, "eslint9.config.js", ["src"])).toEqual(EXAMPLE_FINDINGS);
  });
});
