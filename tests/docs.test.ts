// Every code example in docs/rules/*.md is linted with its rule: "Correct" examples must produce
// no finding, "Incorrect" ones exactly the findings their `// 🔴 messageId` markers claim.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../src/rules/index.js";
import { lintWithRule } from "./helpers/lint.js";

const docsDir = path.join(import.meta.dirname, "..", "docs", "rules");

interface Example {
  readonly section: "Correct" | "Incorrect";
  readonly code: string;
  readonly line: number;
}

function examplesOf(markdown: string): Example[] {
  const examples: Example[] = [];
  let section: Example["section"] | null = null;
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      const title = (heading[1] as string).trim();
      section = title === "Correct" || title === "Incorrect" ? title : null;
      continue;
    }
    if (section && /^```(ts|js|typescript|javascript)\s*$/.test(line)) {
      const start = i + 1;
      let end = start;
      while (end < lines.length && lines[end] !== "```") end++;
      examples.push({ section, code: lines.slice(start, end).join("\n"), line: start + 1 });
      i = end;
    }
  }
  return examples;
}

function claimedFindings(code: string): string[] {
  const claims: string[] = [];
  code.split("\n").forEach((text, index) => {
    for (const match of text.matchAll(/🔴 (\w+)/g)) claims.push(`${index + 1}:${match[1]}`);
  });
  return claims.sort();
}

for (const name of Object.keys(rules)) {
  describe(`docs/rules/${name}.md`, () => {
    const markdown = fs.readFileSync(path.join(docsDir, `${name}.md`), "utf8");
    const examples = examplesOf(markdown);

    it("has correct and incorrect examples", () => {
      expect(examples.filter((e) => e.section === "Correct").length).toBeGreaterThan(0);
      expect(examples.filter((e) => e.section === "Incorrect").length).toBeGreaterThan(0);
    });

    for (const example of examples) {
      it(`${example.section} example at line ${example.line}`, () => {
        const messages = lintWithRule(example.code, name);
        const fatal = messages.filter((m) => m.fatal);
        expect(fatal).toEqual([]);
        const found = messages.map((m) => `${m.line}:${m.messageId}`).sort();
        const claimed = claimedFindings(example.code);
        if (example.section === "Correct") expect(claimed).toEqual([]);
        else expect(claimed.length).toBeGreaterThan(0);
        expect(found).toEqual(claimed);
      });
    }
  });
}
