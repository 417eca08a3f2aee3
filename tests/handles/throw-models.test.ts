import { RuleTester } from "@typescript-eslint/rule-tester";
import { rules } from "../../src/rules/index.js";
import { withSuggestions } from "../helpers/suggestions.js";
import { invalid, rule, valid } from "./throw-models.cases.js";
import { suggestions } from "./throw-models.suggestions.js";

new RuleTester().run(`${rule} (throw models)`, rules[rule], { valid, invalid: withSuggestions(invalid, suggestions) });
