// @ts-check
/**
 * ESLint flat config. Layering is enforced here as well as by the three tsconfig projects:
 * the compiler catches a missing type (DOM in app/, Node in renderer/), lint catches an import
 * that would type-check but break a layer (electron outside the window file, Monaco outside
 * renderer/editor/, raw ipcRenderer anywhere).
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'util',
  'stream',
  'events',
  'worker_threads',
];

/** The ipcRenderer ban, kept apart so app/lexicon/ can drop the CJK-range ban alone. */
const noRawIpc = {
  selector:
    "MemberExpression[object.name='ipcRenderer'][property.name=/^(on|send|invoke|sendSync)$/]",
  message: 'Use the typed window.api bridge; raw ipcRenderer is confined to main/preload.ts.',
};

/**
 * A Han range typed out (\u4e00-\u9fff, \u3400…, 一-龥) or the Unicode Han script (\p{Script=Han},
 * \p{sc=Han}, \p{scx=Han}) in a regex or a RegExp source: the script differs from the lexicon's
 * Han (it counts 〇 and 々 and the radicals), so one text would be Han to one rule and not another.
 */
const HAN_RANGE = String.raw`/\\u(?:3400|4dbf|4e00|9fa5|9fff|f900)|一-[龥鿿鿕龯]|\\p\{(?:Script|sc|Script_Extensions|scx)=Han\}/i`;
const CJK_RANGE_MESSAGE =
  'The Han range is written once, in app/lexicon/characters.ts: use isHan, hanRun, hasHan, startsWithHan/endsWithHan, or hanRegExp with HAN.';
const noRawHanRange = [
  { selector: `Literal[regex.pattern=${HAN_RANGE}]`, message: CJK_RANGE_MESSAGE },
  {
    selector: `NewExpression[callee.name='RegExp'] Literal[value=${HAN_RANGE}]`,
    message: CJK_RANGE_MESSAGE,
  },
  {
    selector: `NewExpression[callee.name='RegExp'] TemplateElement[value.raw=${HAN_RANGE}]`,
    message: CJK_RANGE_MESSAGE,
  },
  {
    selector: `CallExpression[callee.name='hanRegExp'] :matches(Literal[value=${HAN_RANGE}], TemplateElement[value.raw=${HAN_RANGE}])`,
    message: CJK_RANGE_MESSAGE,
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'dist-web/**',
      'release/**',
      'test-results/**',
      'playwright-report/**',
      'assets/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['app/**/*.ts'],
    ignores: ['app/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                ...nodeBuiltins,
                'electron',
                'react',
                'react-dom',
                'react/*',
                'monaco-editor',
                'monaco-editor/*',
                '@monaco-editor/*',
                'zustand',
                'zustand/*',
                '../main/*',
                '../../main/*',
                '../renderer/*',
                '../../renderer/*',
              ],
              message:
                'app/ is the pure core: it runs in Node, a Web Worker and tests. No Electron, React, Monaco, DOM or Node built-ins here; pass bytes and plain data in instead.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/index.ts', 'main/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron'],
              message:
                'Only the window file (main/index.ts) and the preload (main/preload.ts) import electron; elsewhere it breaks tests on machines without the Electron binary.',
            },
            {
              group: [
                '../renderer/*',
                '../../renderer/*',
                'react',
                'monaco-editor',
                'monaco-editor/*',
              ],
              message: 'main/ never imports the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/editor/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['monaco-editor', 'monaco-editor/*', '@monaco-editor/*'],
              message: 'Only renderer/editor/ touches Monaco; keep models and decorations there.',
            },
            {
              group: [...nodeBuiltins, 'electron', '../main/*', '../../main/*'],
              message: 'The renderer reaches the platform only through window.api.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/editor/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...nodeBuiltins, 'electron', '../../main/*'],
              message: 'The renderer reaches the platform only through window.api.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', noRawIpc, ...noRawHanRange] },
  },
  {
    files: ['app/lexicon/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', noRawIpc] },
  },
  {
    files: ['main/preload.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: [
      'e2e/**/*.ts',
      'bench/**/*.ts',
      'test/**/*.ts',
      'scripts/**/*.{ts,mjs}',
      'audit/**/*.{ts,mjs}',
      '*.config.ts',
      '*.config.mjs',
      '.ci/**',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
);
