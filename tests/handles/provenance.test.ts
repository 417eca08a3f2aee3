import { RuleTester } from "@typescript-eslint/rule-tester";
import { rules } from "../../src/rules/index.js";
import { withSuggestions } from "../helpers/suggestions.js";
import { invalid, rule, valid } from "./provenance.cases.js";
import { suggestions } from "./provenance.suggestions.js";

new RuleTester().run(`${rule} (provenance)`, rules[rule], { valid, invalid: withSuggestions(invalid, suggestions) });
