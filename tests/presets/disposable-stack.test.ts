import { RuleTester } from "@typescript-eslint/rule-tester";
import { rules } from "../../src/rules/index.js";
import { withSuggestions } from "../helpers/suggestions.js";
import { invalid, rule, valid } from "./disposable-stack.cases.js";
import { suggestions } from "./disposable-stack.suggestions.js";

new RuleTester().run(`${rule} (disposable-stack)`, rules[rule], { valid, invalid: withSuggestions(invalid, suggestions) });
