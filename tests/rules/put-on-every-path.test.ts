import { RuleTester } from "@typescript-eslint/rule-tester";
import rule from "../../src/rules/put-on-every-path.js";
import { invalid, valid } from "./put-on-every-path.cases.js";
import { suggestions } from "./put-on-every-path.suggestions.js";
import { withSuggestions } from "../helpers/suggestions.js";

const ruleTester = new RuleTester();

ruleTester.run("put-on-every-path", rule, { valid, invalid: withSuggestions(invalid, suggestions) });
