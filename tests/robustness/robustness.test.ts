// Robustness regression cases (issue 11): RuleTester for each rule on tests/robustness/<rule>.cases.ts.
// Expected suggestions come from tests/robustness/<rule>.suggestions.ts, written by
//   npm run build && node scripts/gen-suggestions.js
// once the analysis fixes have landed. Until a rule's table exists its suggestions are not
// checked (the findings still are): the rule under test then reports without suggestions.
import fs from "node:fs";
import path from "node:path";
import { RuleTester } from "@typescript-eslint/rule-tester";
import type { RuleContext, RuleModule } from "@typescript-eslint/utils/ts-eslint";
import { rules } from "../../src/index.js";
import { type SuggestionTable, withSuggestions } from "../helpers/suggestions.js";
import * as getBeforeHandoff from "./get-before-handoff.cases.js";
import * as lockLookupAndGet from "./lock-lookup-and-get.cases.js";
import * as putOnEveryPath from "./put-on-every-path.cases.js";

async function suggestionTable(rule: string): Promise<SuggestionTable | undefined> {
  const file = path.join(import.meta.dirname, `${rule}.suggestions.ts`);
  if (!fs.existsSync(file)) return undefined;
  return ((await import(file)) as { suggestions: SuggestionTable }).suggestions;
}

/** The rule with its suggestions dropped, for running the cases before their table is generated. */
function withoutSuggestions<M extends string>(rule: RuleModule<M, []>): RuleModule<M, []> {
  return {
    ...rule,
    create(context) {
      const quiet = Object.create(context, {
        report: { value: (descriptor: Parameters<typeof context.report>[0]) => context.report({ ...descriptor, suggest: [] }) },
      }) as Readonly<RuleContext<M, []>>;
      return rule.create(quiet);
    },
  };
}

const suites = [
  { name: "get-before-handoff", rule: rules["get-before-handoff"], cases: getBeforeHandoff },
  { name: "lock-lookup-and-get", rule: rules["lock-lookup-and-get"], cases: lockLookupAndGet },
  { name: "put-on-every-path", rule: rules["put-on-every-path"], cases: putOnEveryPath },
] as const;

const ruleTester = new RuleTester();

for (const { name, rule, cases } of suites) {
  const table = await suggestionTable(name);
  const generic = rule as unknown as RuleModule<string, []>;
  const invalid = cases.invalid as Parameters<typeof withSuggestions<string>>[0];
  if (table) {
    ruleTester.run(`${name} (robustness)`, generic, { valid: cases.valid, invalid: withSuggestions(invalid, table) });
  } else {
    ruleTester.run(`${name} (robustness, suggestions not generated yet)`, withoutSuggestions(generic), { valid: cases.valid, invalid });
  }
}
