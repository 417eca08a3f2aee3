import { RuleTester } from "@typescript-eslint/rule-tester";
import { rules } from "../../src/rules/index.js";
import { withSuggestions } from "../helpers/suggestions.js";
import { invalid, rule, valid } from "./embind.cases.js";
import { suggestions } from "./embind.suggestions.js";

new RuleTester().run(`${rule} (embind)`, rules[rule], { valid, invalid: withSuggestions(invalid, suggestions) });
