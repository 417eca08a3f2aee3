// What the README tells a user to do works as it says.
import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { lintWithRule } from "./helpers/lint.js";

const readme = fs.readFileSync(path.join(import.meta.dirname, "..", "README.md"), "utf8");

function blockAfter(heading: string, lang: string): string {
  const at = readme.indexOf(`\n${heading}\n`);
  expect(at, heading).toBeGreaterThanOrEqual(0);
  const match = new RegExp("```" + lang + "\\n([\\s\\S]*?)```").exec(readme.slice(at));
  return (match as RegExpExecArray)[1] as string;
}

const inFunction = (body: string): string => `export function f(dev: { ref: { count: number }; online: boolean }) {\n${body}\n  kref_put(dev.ref, release);\n  return dev;\n}\n`;

it("the suppression comment goes on the line before the exit, not the acquisition", () => {
  const snippet = blockAfter("### Suppressing a finding", "ts");
  expect(snippet).toContain("eslint-disable-next-line kref/put-on-every-path");
  expect(lintWithRule(inFunction(snippet), "put-on-every-path")).toEqual([]);
  // The same comment above the acquisition suppresses nothing: the finding is at the exit.
  const misplaced = snippet.replace(/^.*eslint-disable-next-line.*\n/m, "").replace(/^kref_get/m, "// eslint-disable-next-line kref/put-on-every-path\nkref_get");
  const messages = lintWithRule(inFunction(misplaced), "put-on-every-path");
  expect(messages.filter((m) => m.ruleId === "kref/put-on-every-path").map((m) => m.messageId)).toEqual(["leakAtExit"]);
  expect(messages.filter((m) => m.ruleId === null).map((m) => m.message)).toEqual([
    "Unused eslint-disable directive (no problems were reported from 'kref/put-on-every-path').",
  ]);
});

it("lists the configs and explains typed linting and large repositories", () => {
  for (const text of ["kref.configs.recommended", 'kref.configs["recommended-type-checked"]', "kref.configs.all", "### Using it with type information", "--cache", "--concurrency", "TIMING", "--stats", "shard"]) {
    expect(readme).toContain(text);
  }
});
