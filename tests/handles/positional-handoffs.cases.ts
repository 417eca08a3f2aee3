// Positional hand-offs (issue 12, "What to build" 8): a sink takes only the argument it keeps (the
// value of `map.set(k, v)`, the elements of `push`), and a store into a field hands off only a
// handle, never a plain value such as a key or an index. Verdicts were decided from the issue and
// DESIGN §1 (what a hand-off is) before running them. Suggestion outputs live in
// positional-handoffs.suggestions.ts, written by scripts/gen-suggestions.js.
import type { InvalidTestCase, ValidTestCase } from "@typescript-eslint/rule-tester";
import type { ESLintUtils } from "@typescript-eslint/utils";
import type getBeforeHandoff from "../../src/rules/get-before-handoff.js";
import { at } from "../helpers/locate.js";

type MessageId = ESLintUtils.InferMessageIdsTypeFromRule<typeof getBeforeHandoff>;

export const rule = "get-before-handoff" as const;

/** Line (1-based) of the first occurrence of `needle`, as the string the messages use. */
const lineOf = (code: string, needle: string): string => String(at(code, needle, 0).line);

const withoutRef = (code: string, needle: string, handle: string) => ({
  messageId: "handoffWithoutRef" as const,
  data: { handle },
  ...at(code, needle),
});

const lateGet = (code: string, needle: string, handle: string, handoff: string) => ({
  messageId: "getAfterHandoff" as const,
  data: { handle, line: lineOf(code, handoff) },
  ...at(code, needle),
});

function invalidCase(name: string, code: string, errors: (code: string) => InvalidTestCase<MessageId, []>["errors"]): InvalidTestCase<MessageId, []> {
  return { name, code, errors: errors(code) };
}

export const valid: ValidTestCase<[]>[] = [
  // Why: in `map.set(e.id, e)` the key was reported as handed off.
  {
    name: "map.set(e.id, e): only the value is handed off, the key is a plain value",
    code: `export function register(e: Entry, byId: Map<number, Entry>) {
  kref_get(e.ref);
  byId.set(e.id, e);
  console.log("registered", e.id);
}`,
  },
  // Why: `port.index = index` followed by logging `index` was a hand-off without a reference.
  {
    name: "port.index = index: a plain value stored beside a handle is no hand-off",
    code: `export function attach(port: Port, index: number, dev: Device) {
  kref_get(dev.ref);
  port.dev = dev;
  port.index = index;
  console.log("attached at", index);
}`,
  },
  {
    name: "a field of a handle stored into a field is a plain value",
    code: `export function tag(port: Port, e: Entry) {
  kref_get(e.ref);
  port.entry = e;
  port.id = e.id;
  console.log(e.id);
}`,
  },
  {
    name: "a local copied from a field of a handle is a plain value",
    code: `export function tag(port: Port, e: Entry) {
  kref_get(e.ref);
  port.entry = e;
  const id = e.id;
  port.id = id;
  console.log(id);
}`,
  },
  {
    name: "a handle used as a map key is read, not handed off: the function still puts it",
    code: `export function mark(seen: Map<Device, number>) {
  const d = makeDevice();
  kref_init(d.ref);
  seen.set(d, Date.now());
  kref_put(d.ref, release);
}`,
  },
  {
    name: "canonical: get, then store the value in a map under its id",
    code: `const registry = new Map<number, Entry>();
export function publish(e: Entry) {
  kref_get(e.ref);
  registry.set(e.id, e);
  return e.id;
}`,
  },
  {
    name: "canonical: get, then push the element",
    code: `export function enqueue(dev: Device, queue: Device[]) {
  kref_get(dev.ref);
  queue.push(dev);
  console.log(queue.length, dev.name);
}`,
  },
  {
    name: "append(name, value) keeps the value, not the name",
    code: `export function attachName(form: Form, dev: Device) {
  kref_get(dev.ref);
  form.append(dev.name, dev);
  console.log(dev.name);
}`,
  },
];

export const invalid: InvalidTestCase<MessageId, []>[] = [
  invalidCase(
    "map.set(k, obj) of a looked-up shared object without a get reports at the value",
    `const registry = new Map<number, Entry>();
const table = new Map<number, Entry>();
export function move(k: number) {
  mutex_lock(registryLock);
  const e = registry.get(k);
  if (!e) {
    mutex_unlock(registryLock);
    return;
  }
  table.set(k, e);
  mutex_unlock(registryLock);
  kref_put(e.ref, release);
}`,
    (code) => [withoutRef(code, "table.set", "e")],
  ),
  invalidCase(
    "map.set(d.id, d): the value's only reference leaves, and it is used again",
    `export function publish(byId: Map<number, Device>) {
  const d = makeDevice();
  kref_init(d.ref);
  byId.set(d.id, d);
  d.ready = true;
}`,
    (code) => [withoutRef(code, "byId.set", "d")],
  ),
  invalidCase(
    "push(a, d): every element of push is handed off",
    `export function enqueue(queue: Device[], a: Device) {
  const d = makeDevice();
  kref_init(d.ref);
  queue.push(a, d);
  d.ready = true;
}`,
    (code) => [withoutRef(code, "queue.push", "d")],
  ),
  invalidCase(
    "a field store of a tracked handle is still a hand-off",
    `export function attach(port: Port, index: number) {
  const d = makeDevice();
  kref_init(d.ref);
  port.dev = d;
  port.index = index;
  d.ready = true;
}`,
    (code) => [withoutRef(code, "port.dev = d", "d")],
  ),
  invalidCase(
    "a field known to hold a handle is handed off: the late get is reported",
    `export function enqueue(port: Port, queue: Device[]) {
  queue.push(port.dev);
  kref_get(port.dev.ref);
}`,
    (code) => [lateGet(code, "kref_get", "port.dev", "queue.push")],
  ),
];
