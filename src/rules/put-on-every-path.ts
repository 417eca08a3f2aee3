// kref/put-on-every-path: every reference taken is put or passed on, on every way out.
import type { LeakFinding } from "../analysis/index.js";
import { analysisOf } from "../util/analysis.js";
import { createRule } from "../util/create-rule.js";

type MessageId = "leakAtExit" | "leakAtEnd" | "leakOnThrow" | "leakOnRebind";

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
    messages: {
      leakAtExit:
        "`{{handle}}` is still held at this {{exit}} (reference taken at line {{line}}); put it before this {{exit}}.",
      leakAtEnd: "`{{handle}}` is still held {{where}} (reference taken at line {{line}}); put it before this point.",
      leakOnThrow:
        "`{{handle}}` is not put if this call throws (reference taken at line {{line}}); put it in a `finally` block.",
      leakOnRebind:
        "`{{handle}}` is overwritten here while its reference is still held (reference taken at line {{line}}); put it first.",
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    return {
      Program() {
        for (const finding of analysisOf(context).findings) {
          if (finding.type === "leak") report(finding);
        }
      },
    };

    function report(f: LeakFinding): void {
      const data = { handle: f.handle, line: String(f.acquiredLine) };
      const loc = f.loc;
      switch (f.exit) {
        case "return":
        case "throw":
        case "break":
        case "continue":
          context.report({ loc, messageId: "leakAtExit", data: { ...data, exit: f.exit } });
          return;
        case "callThrows":
          context.report({ loc, messageId: "leakOnThrow", data });
          return;
        case "rebind":
          context.report({ loc, messageId: "leakOnRebind", data });
          return;
        default:
          context.report({ loc, messageId: "leakAtEnd", data: { ...data, where: END_WORDS[f.exit] } });
      }
    }
  },
});
