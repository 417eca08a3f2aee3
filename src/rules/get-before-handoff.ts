// kref/get-before-handoff: take the reference before a handle goes to another task, never after.
import { getBeforeHandoff, moveGetBeforeHandoff } from "../fixes/handoff-fixes.js";
import { DEBUG_MESSAGE, INVALID_SETTINGS_MESSAGE, onFindings } from "../util/analysis.js";
import { createRule } from "../util/create-rule.js";
import { safely } from "../util/safely.js";

type MessageId = "getAfterHandoff" | "handoffWithoutRef" | "suggestMoveGet" | "suggestGet" | "invalidSettings" | "debugNote";

export default createRule<[], MessageId>({
  name: "get-before-handoff",
  meta: {
    type: "problem",
    docs: {
      description: "Require a reference to be taken before a handle is handed off to another task, store or callback",
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      // eslint-disable-next-line eslint-plugin/no-unused-message-ids -- reported by onFindings() (src/util/analysis.ts) for every kref rule
      invalidSettings: INVALID_SETTINGS_MESSAGE,
      // eslint-disable-next-line eslint-plugin/no-unused-message-ids -- reported by onFindings() (src/util/analysis.ts) for every kref rule
      debugNote: DEBUG_MESSAGE,
      suggestMoveGet: "Move the get of `{{handle}}` before the hand-off at line {{line}}.",
      suggestGet: "Take a reference on `{{handle}}` before the hand-off.",
      getAfterHandoff:
        "`{{handle}}` was handed off at line {{line}} before this get; the receiver may already have dropped it. Take the reference before the hand-off.",
      handoffWithoutRef:
        "`{{handle}}` is handed off here without a reference of its own for the receiver, yet the handle is used, put or handed off again; take a reference with a get before this hand-off.",
    },
    schema: [],
  },
  create(context) {
    return onFindings(context, (finding) => {
      if (finding.type === "getAfterHandoff") {
        const data = { handle: finding.handle, line: String(finding.handoffLine) };
        const move = safely(() => moveGetBeforeHandoff(finding, context.sourceCode));
        context.report({
          loc: finding.loc,
          messageId: "getAfterHandoff",
          data,
          suggest: move ? [{ messageId: "suggestMoveGet", data, fix: move }] : [],
        });
      } else if (finding.type === "handoffWithoutRef") {
        const data = { handle: finding.handle };
        const get = safely(() => getBeforeHandoff(finding, context.sourceCode));
        context.report({
          loc: finding.loc,
          messageId: "handoffWithoutRef",
          data,
          suggest: get ? [{ messageId: "suggestGet", data, fix: get }] : [],
        });
      }
    });
  },
});
