// Merges the expected suggestions (kept per case name, per error) into RuleTester invalid cases.
import type { InvalidTestCase, SuggestionOutput } from "@typescript-eslint/rule-tester";

export type SuggestionTable = Readonly<Record<string, readonly (readonly SuggestionOutput<string>[])[]>>;

export function withSuggestions<M extends string>(
  cases: readonly InvalidTestCase<M, []>[],
  table: SuggestionTable,
): InvalidTestCase<M, []>[] {
  return cases.map((c) => {
    const perError = c.name ? table[c.name] : undefined;
    return {
      ...c,
      errors: c.errors.map((error, index) => ({
        ...error,
        suggestions: (perError?.[index] ?? []) as readonly SuggestionOutput<M>[],
      })),
    };
  });
}
