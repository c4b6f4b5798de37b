// Lint for the whole tree: typescript-eslint's type-checked rules (they see
// the strict tsconfig), React's hook rules, jsx-a11y for the components, and
// eslint-config-prettier last so formatting is Prettier's job alone.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'build/',
      'build-base-url/',
      '.docusaurus/',
      'node_modules/',
      // The benchmark's and tests' site copies (gitignored).
      '.fixture-sites/',
      'test-results/',
      'src/plugins/performance/noPrismLanguages.js',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {parserOptions: {projectService: true, tsconfigRootDir: import.meta.dirname}},
    rules: {
      // node:test's test() and describe() return promises the runner awaits itself.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {allowForKnownSafeCalls: [{from: 'package', package: 'node:test', name: ['test', 'describe', 'it']}]},
      ],
      // A leading underscore marks a name that is there on purpose (a rest
      // destructuring that drops fields, a parameter an interface requires).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_'},
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // The React Compiler's advice; the site does not use the compiler, and
      // its effects set state on purpose (the URL's query read after
      // hydration, the active row reset when results change).
      'react-hooks/set-state-in-effect': 'off',
    },
  },
  {
    // Playwright fixtures: \`use\` is Playwright's, and \`{}\` is how a fixture says it needs no other.
    files: ['tests/e2e/**'],
    rules: {'no-empty-pattern': 'off'},
  },
  {files: ['**/*.mjs', '**/*.js'], ...tseslint.configs.disableTypeChecked},
  prettier,
);
