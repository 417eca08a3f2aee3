// `npm run fuzz -- --runs 100000`: the fuzz property of tests/fuzz.test.ts and the differential
// oracle of tests/oracle.test.ts, with more runs and a fresh seed.
import { spawnSync } from "node:child_process";

const index = process.argv.indexOf("--runs");
const runs = index >= 0 ? Number(process.argv[index + 1]) : 10_000;
if (!Number.isInteger(runs) || runs <= 0) {
  console.error("usage: npm run fuzz -- --runs <positive integer>");
  process.exit(2);
}
const seed = String(Date.now() % 2 ** 31);
console.log(`seed ${seed} (KREF_FUZZ_SEED / KREF_ORACLE_SEED reproduce it)`);
const result = spawnSync("npx", ["vitest", "run", "tests/fuzz.test.ts", "tests/oracle.test.ts", "--testTimeout", "0"], {
  stdio: "inherit",
  env: {
    ...process.env,
    KREF_FUZZ_RUNS: String(runs),
    KREF_FUZZ_SEED: seed,
    KREF_ORACLE_RUNS: String(runs),
    KREF_ORACLE_SEED: seed,
  },
});
process.exit(result.status ?? 1);
