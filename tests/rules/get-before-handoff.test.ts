import { RuleTester } from "@typescript-eslint/rule-tester";
import rule from "../../src/rules/get-before-handoff.js";
import { invalid, valid } from "./get-before-handoff.cases.js";
import { suggestions } from "./get-before-handoff.suggestions.js";
import { withSuggestions } from "../helpers/suggestions.js";

const ruleTester = new RuleTester();

ruleTester.run("get-before-handoff", rule, { valid, invalid: withSuggestions(invalid, suggestions) });
