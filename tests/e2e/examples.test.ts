// End to end: lint examples/ through ESLint with the examples' own flat config, which imports the
// built package (dist/) by its name, exactly as a user's project would.
import path from "node:path";
import { ESLint } from "eslint";
import { expect, it } from "vitest";

const examples = path.join(import.meta.dirname, "..", "..", "examples");

it("reports exactly the known bugs in examples/", async () => {
  const eslint = new ESLint({ cwd: examples, overrideConfigFile: path.join(examples, "eslint.config.js") });
  const results = await eslint.lintFiles(["."]);
  const found = results
    .flatMap((r) => r.messages.map((m) => `${path.relative(examples, r.filePath)}:${m.line}:${m.ruleId ?? "fatal"}`))
    .sort();
  expect(found).toEqual([
    "device-cache.ts:37:kref/put-on-every-path",
    "device-cache.ts:48:kref/put-on-every-path",
    "device-cache.ts:61:kref/put-on-every-path",
    "global-registry.ts:40:kref/lock-lookup-and-get",
    "global-registry.ts:49:kref/lock-lookup-and-get",
    "job-queue.ts:33:kref/get-before-handoff",
    "job-queue.ts:40:kref/get-before-handoff",
    "pool-checkout.ts:21:kref/put-on-every-path",
    "pool-checkout.ts:30:kref/put-on-every-path",
  ]);
});
