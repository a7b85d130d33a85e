// Lint rules, including the architectural boundaries of DESIGN §2 (VS Code style):
// src imports nothing outside src; main never imports renderer; only main/shell imports electron;
// renderer never imports main, electron or node builtins; panels never import each other.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const nodeBuiltinPaths = nodeBuiltins.map((name) => ({ name, message: 'Node built-ins are not available here (DESIGN §2).' }));
const electronPath = { name: 'electron', message: 'Only main/shell may import electron (DESIGN §2).' };
const outsideSrc = { regex: '^(\\.\\./)+(main|renderer|sim|e2e|bench)(/|$)', message: 'src imports nothing outside src.' };
const intoRenderer = { regex: '(^|/)renderer(/|$)', message: 'main never imports renderer.' };
const intoMain = { regex: '(^|/)main(/|$)', message: 'renderer never imports main; talk to the hub over socket.io.' };
const simOutsideSrc = { regex: '^(\\.\\./)+(main|renderer|e2e|bench)(/|$)', message: 'sim imports only src: it is a backend of its own, speaking the feed protocol.' };
const hubIntoShell = { regex: '(^|/)shell(/|$)', message: 'the hub never imports the shell: it runs without Electron.' };

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'assets/generated/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': ['error', { paths: [...nodeBuiltinPaths, electronPath], patterns: [outsideSrc] }],
    },
  },
  {
    files: ['main/**/*.ts', 'main/**/*.cts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { paths: [electronPath], patterns: [intoRenderer] }],
    },
  },
  {
    files: ['main/hub/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronPath], patterns: [intoRenderer, hubIntoShell] }],
    },
  },
  {
    files: ['main/shell/**/*.ts', 'main/shell/**/*.cts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [intoRenderer] }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [...nodeBuiltinPaths, electronPath], patterns: [intoMain] }],
    },
  },
  {
    files: ['renderer/panels/*/**/*.ts', 'renderer/panels/*/**/*.tsx'],
    ignores: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltinPaths, electronPath],
          patterns: [
            intoMain,
            { regex: '^\\.\\./(?!\\.)[^/]+/', message: 'Panels never import each other; move shared code up to renderer/panels or renderer/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts', 'bench/**/*.ts', 'sim/**/*.ts', '*.config.ts', '*.config.js', 'assets/**/*.ts', 'assets/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['sim/**/*.ts'],
    ignores: ['sim/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronPath], patterns: [simOutsideSrc] }],
    },
  },
);
