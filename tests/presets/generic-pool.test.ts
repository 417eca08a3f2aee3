import { RuleTester } from "@typescript-eslint/rule-tester";
import { rules } from "../../src/rules/index.js";
import { withSuggestions } from "../helpers/suggestions.js";
import { invalid, rule, valid } from "./generic-pool.cases.js";
import { suggestions } from "./generic-pool.suggestions.js";

new RuleTester().run(`${rule} (generic-pool)`, rules[rule], { valid, invalid: withSuggestions(invalid, suggestions) });
