// typescript-eslint's strict, type-checked rules with zero warnings allowed (npm run lint).
import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import boundaries from './scripts/eslint-module-boundaries.js';

export default defineConfig(
  { ignores: ['node_modules/', 'dist/', 'data/', 'bench/results/', 'web/vite.config.ts', 'web/src/api/schema.d.ts'] },
  eslint.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'scripts/*.js', 'bin/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      curly: ['error', 'multi-line'],
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
    },
  },
  {
    // Modules are reached only through their index.ts; main → modules → platform (ADR 0022).
    files: ['src/**/*.ts'],
    plugins: { linebreak: boundaries },
    rules: { 'linebreak/module-boundaries': 'error' },
  },
  {
    // The internet-facing listener imports only what is listed here: adding anything else is a
    // reviewed change to this list, so staff-only code cannot reach it by mistake.
    files: ['src/modules/public-site/**/*.ts', 'src/modules/public-report/**/*.ts', 'src/main/public-app.ts'],
    plugins: { linebreak: boundaries },
    rules: {
      'linebreak/allowed-imports': [
        'error',
        {
          reason: 'the public listener may import only what eslint.config.js allows.',
          allow: [
            'src/modules/public-site/**',
            'src/modules/public-report/**',
            'src/modules/reports/index.ts',
            'src/modules/gazetteer/index.ts',
            'src/platform/**',
            'src/config/**',
            'src/main/public-app.ts',
            'src/main/journey-deps.ts',
            // Words of codes only, pure, no package imports (the month names the public site writes).
            'src/labels/index.ts',
            'node:*',
            'zod',
            'fastify',
            '@fastify/compress',
            '@fastify/formbody',
            '@fastify/multipart',
            '@fastify/rate-limit',
            '@fastify/static',
            'kysely',
            'libphonenumber-js',
            // The public site's message catalogues (ADR 47): ICU messages and the template globals.
            'intl-messageformat',
            'nunjucks',
          ],
          // The services object is built in one place; the public listener sees its type only.
          allowTypes: ['src/main/services.ts'],
        },
      ],
    },
  },
  {
    // Progressive-enhancement scripts served to browsers from /assets.
    files: ['src/**/assets/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { document: 'readonly', window: 'readonly', setTimeout: 'readonly', TextEncoder: 'readonly' },
    },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite'] },
          ],
        },
      ],
    },
  },
);
