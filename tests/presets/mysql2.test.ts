import { RuleTester } from "@typescript-eslint/rule-tester";
import { rules } from "../../src/rules/index.js";
import { withSuggestions } from "../helpers/suggestions.js";
import { invalid, rule, valid } from "./mysql2.cases.js";
import { suggestions } from "./mysql2.suggestions.js";

new RuleTester().run(`${rule} (mysql2)`, rules[rule], { valid, invalid: withSuggestions(invalid, suggestions) });
