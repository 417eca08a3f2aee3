import { RuleTester } from "@typescript-eslint/rule-tester";
import { rules } from "../../src/rules/index.js";
import { withSuggestions } from "../helpers/suggestions.js";
import { invalid, rule, valid } from "./lifecycles.cases.js";
import { suggestions } from "./lifecycles.suggestions.js";

new RuleTester().run(`${rule} (lifecycles)`, rules[rule], { valid, invalid: withSuggestions(invalid, suggestions) });
