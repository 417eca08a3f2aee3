import { RuleTester } from "@typescript-eslint/rule-tester";
import { rules } from "../../src/rules/index.js";
import { withSuggestions } from "../helpers/suggestions.js";
import { invalid, rule, valid } from "./pg.cases.js";
import { suggestions } from "./pg.suggestions.js";

new RuleTester().run(`${rule} (pg)`, rules[rule], { valid, invalid: withSuggestions(invalid, suggestions) });
