import { RuleTester } from "@typescript-eslint/rule-tester";
import { rules } from "../../src/rules/index.js";
import { withSuggestions } from "../helpers/suggestions.js";
import { invalid, rule, valid } from "./quickjs-emscripten.cases.js";
import { suggestions } from "./quickjs-emscripten.suggestions.js";

new RuleTester().run(`${rule} (quickjs-emscripten)`, rules[rule], { valid, invalid: withSuggestions(invalid, suggestions) });
