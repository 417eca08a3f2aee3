// Rules are plain ESLint rule objects: meta (with the docs URL derived from package.json's
// `repository`) and create. No option handling: the kref rules take no options (empty schema),
// their configuration is `settings.kref`. Written here rather than with typescript-eslint's
// RuleCreator, whose behaviour differs across the 8.x versions a project may bring (8.40's
// requires a defaultOptions array the rules no longer declare).
import type { TSESLint } from "@typescript-eslint/utils";
import type { NamedCreateRuleMeta } from "@typescript-eslint/utils/eslint-utils";
import { ruleDocsUrl } from "./package-info.js";

export interface KrefRuleDocs {
  /** Whether `configs.recommended` turns the rule on. */
  readonly recommended: boolean;
}

export interface KrefRuleDefinition<MessageIds extends string> {
  readonly name: string;
  readonly meta: NamedCreateRuleMeta<MessageIds, KrefRuleDocs, []>;
  readonly create: (context: Readonly<TSESLint.RuleContext<MessageIds, []>>) => TSESLint.RuleListener;
}

export function createRule<_Options extends [], MessageIds extends string>({
  name,
  meta,
  create,
}: KrefRuleDefinition<MessageIds>): TSESLint.RuleModule<MessageIds, [], KrefRuleDocs> & { name: string } {
  return { name, meta: { ...meta, docs: { ...meta.docs, url: ruleDocsUrl(name) } }, create };
}
