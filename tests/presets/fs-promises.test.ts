import { RuleTester } from "@typescript-eslint/rule-tester";
import { rules } from "../../src/rules/index.js";
import { withSuggestions } from "../helpers/suggestions.js";
import { invalid, rule, valid } from "./fs-promises.cases.js";
import { suggestions } from "./fs-promises.suggestions.js";

new RuleTester().run(`${rule} (fs-promises)`, rules[rule], { valid, invalid: withSuggestions(invalid, suggestions) });
