// Lints this plugin's own rule sources with eslint-plugin-eslint-plugin's recommended rules
// (`npm run lint:rules`, part of `npm test`). Users' configs are in README.md; examples/ has its own.
import tsParser from "@typescript-eslint/parser";
import eslintPlugin from "eslint-plugin-eslint-plugin";

export default [
  {
    files: ["src/rules/**/*.ts"],
    languageOptions: { parser: tsParser },
    ...eslintPlugin.configs.recommended,
  },
];
