// kref/lock-lookup-and-get: without a reference of your own, look a shared object up and take the
// reference in one critical section.
import { holdLockAcross } from "../fixes/lock-fixes.js";
import { DEBUG_MESSAGE, INVALID_SETTINGS_MESSAGE, onFindings } from "../util/analysis.js";
import { createRule } from "../util/create-rule.js";
import { safely } from "../util/safely.js";

type MessageId = "getOutsideLookupSection" | "getAfterBoundary" | "suggestHoldLock" | "invalidSettings" | "debugNote";

export default createRule<[], MessageId>({
  name: "lock-lookup-and-get",
  meta: {
    type: "problem",
    docs: {
      description: "Require the lookup of a shared object and the get of its reference to be one critical section",
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      invalidSettings: INVALID_SETTINGS_MESSAGE,
      debugNote: DEBUG_MESSAGE,
      suggestHoldLock: "Hold `{{lock}}` across the lookup and the get.",
      getOutsideLookupSection:
        "`{{handle}}` was looked up from `{{location}}` at line {{line}}, and no lock held there is still held at this get: the object may be freed in between. Look it up and get it under one lock.",
      getAfterBoundary:
        "`{{handle}}` was looked up from `{{location}}` at line {{line}}, and other code may have run since (an `await`, `yield` or callback with no lock held): the object may be freed in between. Get it in the same synchronous run as the lookup, or under a lock.",
    },
    schema: [],
  },
  create(context) {
    return onFindings(context, (finding) => {
      if (finding.type !== "lookupWithoutLock") return;
      const hold = safely(() => holdLockAcross(finding, context.sourceCode));
      context.report({
        loc: finding.loc,
        messageId: finding.mode === "threads" ? "getOutsideLookupSection" : "getAfterBoundary",
        data: { handle: finding.handle, location: finding.location, line: String(finding.lookupLine) },
        suggest: hold ? [{ messageId: "suggestHoldLock", data: { lock: hold.lock }, fix: hold.fix }] : [],
      });
    });
  },
});
