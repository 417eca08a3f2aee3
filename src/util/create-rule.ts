import { ESLintUtils } from "@typescript-eslint/utils";

export interface KrefRuleDocs {
  /** Whether `configs.recommended` turns the rule on. */
  readonly recommended: boolean;
}

export const REPOSITORY_URL = "https://github.com/eslint-plugin-kref/eslint-plugin-kref";

export const createRule = ESLintUtils.RuleCreator<KrefRuleDocs>(
  (name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`,
);
