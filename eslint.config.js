// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', '.astro/', 'content/', 'tests/fixtures/', 'decks-pdf/', '.private/', '.cache/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // The sanitisers and their attack tests match C0 control characters on purpose.
      'no-control-regex': 'off',
      // `({ text: _text, ...rest }) => rest` is how a key is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // dependency-cruiser cannot read .astro files, so the layering rules that concern pages,
    // components and layouts are repeated here for them (.dependency-cruiser.cjs has the rest).
    files: ['src/pages/**', 'src/components/**', 'src/layouts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)lib/(sync|agenda/store)/',
              message:
                'Pages and components render what src/lib computed; the sync and the agenda store write files.',
            },
            {
              regex: '(^|/)(tests|tools|scripts)/',
              message: 'src/ never imports tests/, tools/ or the scripts/ entry points.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
