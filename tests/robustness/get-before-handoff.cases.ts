// Robustness cases of kref/get-before-handoff (issue 11): a hand-off inside a closure passed to a
// synchronous callee (forEach, an IIFE) happens in its caller's context; a closure passed to a
// deferred sink (setTimeout, .then) stays a hand-off of its own. Expected verdicts decided from
// DESIGN.md §2.1 and §4 before running them. Suggestion outputs live in get-before-handoff.suggestions.ts.
import type { InvalidTestCase, ValidTestCase } from "@typescript-eslint/rule-tester";
import type { ESLintUtils } from "@typescript-eslint/utils";
import type rule from "../../src/rules/get-before-handoff.js";
import { at } from "../helpers/locate.js";

type MessageId = ESLintUtils.InferMessageIdsTypeFromRule<typeof rule>;

// Every code sample starts with a newline, so its first line of code is line 2.


const forEachThenGet = `
function share(p: Device, queues: Device[][]) {
  queues.forEach((q) => q.push(p));
  kref_get(p.ref);
}`;
const iifeThenUse = `
function retire(p: Device, queue: Device[]) {
  (() => {
    queue.push(p);
  })();
  kref_put(p.ref, release);
}`;

export const valid: ValidTestCase<[]>[] = [
  {
    name: "sync callback: a get before each hand-off inside forEach",
    code: `
function share(p: Device, queues: Device[][]) {
  queues.forEach((q) => {
    kref_get(p.ref);
    q.push(p);
  });
  p.shared = true;
}`,
  },
  {
    name: "deferred callback: get, then a setTimeout callback that uses and puts it",
    code: `
function later(p: Device, dead: boolean) {
  kref_get(p.ref);
  setTimeout(() => {
    use(p);
    kref_put(p.ref, release);
  }, 0);
  if (dead) return;
}`,
  },
];

export const invalid: InvalidTestCase<MessageId, []>[] = [
  {
    // Each run of the callback hands the borrowed handle off again (the second run reports the
    // first hand-off), and the get after the loop comes too late for the last one.
    name: "sync callback: a hand-off inside forEach, then the get meant for the receiver",
    code: forEachThenGet,
    errors: [
      { messageId: "handoffWithoutRef", data: { handle: "p" }, ...at(forEachThenGet, "q.push(p)") },
      { messageId: "getAfterHandoff", data: { handle: "p", line: String(at(forEachThenGet, "q.push(p)").line) }, ...at(forEachThenGet, "kref_get(p.ref)") },
    ],
  },
  {
    name: "sync callback: a borrowed handle handed off inside an IIFE, then the caller's reference put",
    code: iifeThenUse,
    errors: [{ messageId: "handoffWithoutRef", data: { handle: "p" }, ...at(iifeThenUse, "queue.push(p)") }],
  },
];
