import { RuleTester } from "@typescript-eslint/rule-tester";
import { rules } from "../../src/rules/index.js";
import { withSuggestions } from "../helpers/suggestions.js";
import { invalid, rule, valid } from "./positional-handoffs.cases.js";
import { suggestions } from "./positional-handoffs.suggestions.js";

new RuleTester().run(`${rule} (positional hand-offs)`, rules[rule], { valid, invalid: withSuggestions(invalid, suggestions) });
