import { RuleTester } from "@typescript-eslint/rule-tester";
import { rules } from "../../src/rules/index.js";
import { withSuggestions } from "../helpers/suggestions.js";
import { invalid, rule, valid } from "./disposables.cases.js";
import { suggestions } from "./disposables.suggestions.js";

new RuleTester().run(`${rule} (disposables)`, rules[rule], { valid, invalid: withSuggestions(invalid, suggestions) });
