// kref/put-on-every-path: every reference taken is put or passed on, on every way out.
import type { LeakFinding } from "../analysis/index.js";
import { declareWithUsing, putBeforeExit, wrapInTryFinally } from "../fixes/put-fixes.js";
import { DEBUG_MESSAGE, INVALID_SETTINGS_MESSAGE, onFindings } from "../util/analysis.js";
import { createRule } from "../util/create-rule.js";
import { safely } from "../util/safely.js";

type MessageId = "leakAtExit" | "leakAtEnd" | "leakOnThrow" | "leakAtYield" | "leakOnRebind" | "leakUnbound" | "suggestPut" | "suggestTryFinally" | "suggestUsing" | "invalidSettings" | "debugNote";

const END_WORDS = {
  functionEnd: "at the end of the function",
  blockEnd: "at the end of this block, where its variable goes out of scope",
  iterationEnd: "at the end of this loop iteration, where its variable is rebound",
} as const;

export default createRule<[], MessageId>({
  name: "put-on-every-path",
  meta: {
    type: "problem",
    docs: {
      description: "Require every reference taken to be put or handed off on every exit path",
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      invalidSettings: INVALID_SETTINGS_MESSAGE,
      debugNote: DEBUG_MESSAGE,
      suggestPut: "Put `{{handle}}` {{where}}.",
      suggestTryFinally: "Wrap the code after line {{line}} in try/finally and put `{{handle}}` in `finally`.",
      suggestUsing: "Declare `{{handle}}` with `{{keyword}}` and drop its explicit puts.",
      leakAtExit:
        "`{{handle}}` is still held at this {{exit}} (reference taken at line {{line}}); put it before this {{exit}}.",
      leakAtEnd: "`{{handle}}` is still held {{where}} (reference taken at line {{line}}); put it before this point.",
      leakOnThrow:
        "`{{handle}}` is not put if this call throws (reference taken at line {{line}}); put it in a `finally` block.",
      leakAtYield:
        "`{{handle}}` is not put if the consumer stops at this `yield` (reference taken at line {{line}}); put it in a `finally` block.",
      leakOnRebind:
        "`{{handle}}` is overwritten here while its reference is still held (reference taken at line {{line}}); put it first.",
      leakUnbound:
        "The reference returned by `{{handle}}` is never put: nothing keeps it. Keep it in a variable and put it when done.",
    },
    schema: [],
  },
  create(context) {
    return onFindings(context, (finding) => {
      if (finding.type === "leak") report(finding);
    });

    function report(f: LeakFinding): void {
      const data = { handle: f.handle, line: String(f.acquiredLine) };
      const loc = f.loc;
      const suggest = suggestionsFor(f, data);
      switch (f.exit) {
        case "return":
        case "throw":
        case "break":
        case "continue":
          context.report({ loc, messageId: "leakAtExit", data: { handle: data.handle, line: data.line, exit: f.exit }, suggest });
          return;
        case "callThrows":
          context.report({ loc, messageId: "leakOnThrow", data: { handle: data.handle, line: data.line }, suggest });
          return;
        case "yield":
          context.report({ loc, messageId: "leakAtYield", data, suggest });
          return;
        case "rebind":
          context.report({ loc, messageId: "leakOnRebind", data: { handle: data.handle, line: data.line }, suggest });
          return;
        case "unbound":
          // No variable to put: nothing to suggest but keeping the value, which needs a name.
          context.report({ loc, messageId: "leakUnbound", data: { handle: data.handle } });
          return;
        default:
          context.report({ loc, messageId: "leakAtEnd", data: { handle: data.handle, line: data.line, where: END_WORDS[f.exit] }, suggest });
      }
    }

    function suggestionsFor(f: LeakFinding, data: { handle: string; line: string }) {
      const suggestions = [];
      const put = safely(() => putBeforeExit(f, context.sourceCode));
      if (put) {
        const where =
          f.exit === "functionEnd" || f.exit === "blockEnd" || f.exit === "iterationEnd"
            ? "before the end of the block"
            : f.exit === "rebind"
              ? "before it is overwritten"
              : `before this ${f.exit}`;
        suggestions.push({ messageId: "suggestPut" as const, data: { ...data, where }, fix: put.fix });
      }
      const wrap = safely(() => wrapInTryFinally(f, context.sourceCode));
      if (wrap) suggestions.push({ messageId: "suggestTryFinally" as const, data, fix: wrap.fix });
      const using = safely(() => declareWithUsing(f, context.sourceCode));
      if (using) suggestions.push({ messageId: "suggestUsing" as const, data: { ...data, keyword: using.keyword }, fix: using.fix });
      return suggestions;
    }
  },
});
