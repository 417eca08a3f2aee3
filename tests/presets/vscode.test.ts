import { RuleTester } from "@typescript-eslint/rule-tester";
import { rules } from "../../src/rules/index.js";
import { withSuggestions } from "../helpers/suggestions.js";
import { invalid, rule, valid } from "./vscode.cases.js";
import { suggestions } from "./vscode.suggestions.js";

new RuleTester().run(`${rule} (vscode)`, rules[rule], { valid, invalid: withSuggestions(invalid, suggestions) });
