import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

export default tseslint.config(
  { ignores: ['dist/', 'admin-ui/dist/', 'node_modules/', '.data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Workflow code is replayed, so it must be deterministic: no Node built-ins, no I/O libraries.
    files: ['workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({ name, message: 'Workflow code must be deterministic: do I/O in an activity.' })),
          patterns: [
            { group: ['typeorm', 'pg', '@nestjs/*', '@temporalio/client', '@temporalio/worker', '@temporalio/activity'], message: 'Workflows import only @temporalio/workflow, @temporalio/common and their own modules.' },
            { group: ['../activities/*', '../activities'], allowTypeImports: true, message: 'Import activities as types only: proxyActivities<typeof …>().' },
          ],
        },
      ],
    },
  },
  {
    files: ['admin-ui/**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: false, project: ['admin-ui/tsconfig.json'], tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
  },
);
