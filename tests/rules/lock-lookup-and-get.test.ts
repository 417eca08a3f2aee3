import { RuleTester } from "@typescript-eslint/rule-tester";
import rule from "../../src/rules/lock-lookup-and-get.js";
import { invalid, valid } from "./lock-lookup-and-get.cases.js";
import { suggestions } from "./lock-lookup-and-get.suggestions.js";
import { withSuggestions } from "../helpers/suggestions.js";

const ruleTester = new RuleTester();

ruleTester.run("lock-lookup-and-get", rule, { valid, invalid: withSuggestions(invalid, suggestions) });
