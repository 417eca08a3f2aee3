import { RuleTester } from "@typescript-eslint/rule-tester";
import { rules } from "../../src/rules/index.js";
import { withSuggestions } from "../helpers/suggestions.js";
import { invalid, rule, valid } from "./async-mutex.cases.js";
import { suggestions } from "./async-mutex.suggestions.js";

new RuleTester().run(`${rule} (async-mutex)`, rules[rule], { valid, invalid: withSuggestions(invalid, suggestions) });
