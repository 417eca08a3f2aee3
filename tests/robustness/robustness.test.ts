// Robustness regression cases (issue 11): findings must not depend on a function's shape (the
// number of exits, awaits, nested finally blocks), synchronous callbacks run in their caller's
// context, and flags, `using`, generators, throw models and borrow evidence are read per path.
// Suggestion outputs: tests/robustness/<rule>.suggestions.ts (scripts/gen-suggestions.js).
import { RuleTester } from "@typescript-eslint/rule-tester";
import { rules } from "../../src/rules/index.js";
import { withSuggestions } from "../helpers/suggestions.js";
import * as getBeforeHandoff from "./get-before-handoff.cases.js";
import { suggestions as getBeforeHandoffSuggestions } from "./get-before-handoff.suggestions.js";
import * as lockLookupAndGet from "./lock-lookup-and-get.cases.js";
import { suggestions as lockLookupAndGetSuggestions } from "./lock-lookup-and-get.suggestions.js";
import * as putOnEveryPath from "./put-on-every-path.cases.js";
import { suggestions as putOnEveryPathSuggestions } from "./put-on-every-path.suggestions.js";

const ruleTester = new RuleTester();

ruleTester.run("robustness: get-before-handoff", rules["get-before-handoff"], {
  valid: getBeforeHandoff.valid,
  invalid: withSuggestions(getBeforeHandoff.invalid, getBeforeHandoffSuggestions),
});
ruleTester.run("robustness: lock-lookup-and-get", rules["lock-lookup-and-get"], {
  valid: lockLookupAndGet.valid,
  invalid: withSuggestions(lockLookupAndGet.invalid, lockLookupAndGetSuggestions),
});
ruleTester.run("robustness: put-on-every-path", rules["put-on-every-path"], {
  valid: putOnEveryPath.valid,
  invalid: withSuggestions(putOnEveryPath.invalid, putOnEveryPathSuggestions),
});
