import { ESLintUtils } from "@typescript-eslint/utils";
import { ruleDocsUrl } from "./package-info.js";

export interface KrefRuleDocs {
  /** Whether `configs.recommended` turns the rule on. */
  readonly recommended: boolean;
}

export const createRule = ESLintUtils.RuleCreator<KrefRuleDocs>(ruleDocsUrl);
