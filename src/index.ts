// The plugin object: rules and flat configs. `configs.recommended` turns on every rule whose
// docs say `recommended: true`.
import type { TSESLint } from "@typescript-eslint/utils";
import { rules } from "./rules/index.js";
import { PACKAGE_NAME, PACKAGE_VERSION } from "./util/package-info.js";

type RuleName = keyof typeof rules;

const recommendedRules = Object.fromEntries(
  (Object.keys(rules) as RuleName[])
    .filter((name) => rules[name].meta.docs?.recommended === true)
    .map((name) => [`kref/${name}`, "error"] as const),
) as Record<string, "error">;

interface KrefPlugin {
  meta: { name: string; version: string; namespace: "kref" };
  rules: typeof rules;
  configs: { recommended: TSESLint.FlatConfig.Config };
}

const plugin: KrefPlugin = {
  meta: { name: PACKAGE_NAME, version: PACKAGE_VERSION, namespace: "kref" },
  rules,
  configs: { recommended: {} },
};

plugin.configs.recommended = {
  name: "kref/recommended",
  plugins: { kref: plugin as unknown as TSESLint.FlatConfig.Plugin },
  rules: recommendedRules,
};

export default plugin;
export { rules };
