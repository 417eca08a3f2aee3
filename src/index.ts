// The plugin object: rules and flat configs, typed with ESLint's own types so that a project's
// `eslint.config.ts` type-checks whether it uses `defineConfig`, `tseslint.config` or a plain array.
//
// - `configs.recommended` turns on every rule whose docs say `recommended: true`.
// - `configs["recommended-type-checked"]` is `recommended` plus `settings.kref.typed: true` (library
//   calls matched by the receiver's declared type; needs typed linting).
// - `configs.all` turns on every rule.
import type { ESLint, Linter, Rule } from "eslint";
import { rules } from "./rules/index.js";
import { PACKAGE_NAME, PACKAGE_VERSION } from "./util/package-info.js";

export type RuleName = "get-before-handoff" | "lock-lookup-and-get" | "put-on-every-path";
type ConfigName = "recommended" | "recommended-type-checked" | "all";

export interface KrefPlugin extends ESLint.Plugin {
  readonly meta: { readonly name: string; readonly version: string; readonly namespace: "kref" };
  readonly rules: Record<RuleName, Rule.RuleModule>;
  readonly configs: Record<ConfigName, Linter.Config>;
}

const ruleNames = Object.keys(rules) as RuleName[];

function atError(names: readonly RuleName[]): Linter.RulesRecord {
  return Object.fromEntries(names.map((name) => [`kref/${name}`, "error"]));
}

// typescript-eslint's rule type (stricter listener and context types) is ESLint's rule at run time.
// (Written out rather than `keyof typeof rules`, so the published types need only ESLint's.)
const eslintRules = (rules satisfies Record<RuleName, unknown>) as unknown as Record<RuleName, Rule.RuleModule>;
const configs = {} as Record<ConfigName, Linter.Config>;

const plugin: KrefPlugin = {
  meta: { name: PACKAGE_NAME, version: PACKAGE_VERSION, namespace: "kref" },
  rules: eslintRules,
  configs,
};

const recommended = atError(ruleNames.filter((name) => rules[name].meta.docs?.recommended === true));
configs.recommended = { name: "kref/recommended", plugins: { kref: plugin }, rules: recommended };
configs["recommended-type-checked"] = {
  name: "kref/recommended-type-checked",
  plugins: { kref: plugin },
  rules: recommended,
  settings: { kref: { typed: true } },
};
configs.all = { name: "kref/all", plugins: { kref: plugin }, rules: atError(ruleNames) };

export default plugin;
export { eslintRules as rules };
