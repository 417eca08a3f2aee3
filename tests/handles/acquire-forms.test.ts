import { RuleTester } from "@typescript-eslint/rule-tester";
import { rules } from "../../src/rules/index.js";
import { withSuggestions } from "../helpers/suggestions.js";
import { invalid, rule, valid } from "./acquire-forms.cases.js";
import { suggestions } from "./acquire-forms.suggestions.js";

new RuleTester().run(`${rule} (acquire forms)`, rules[rule], { valid, invalid: withSuggestions(invalid, suggestions) });
