import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

/**
 * Besides the usual checks, the layer rules of STYLE "Layers that cannot leak":
 * shared/ is pure; renderer/ never reaches into electron/; electron/ never into renderer/.
 */
const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'http', 'https', 'zlib', 'buffer', 'events']

const layer = (message, patterns) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }]
})

export default tseslint.config(
  { ignores: ['out/**', 'release/**', 'node_modules/**', 'dist/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...layer('shared/ is pure TypeScript: no React, Dexie, Electron, Node or DOM (STYLE).', [
        'react',
        'react/*',
        'react-dom',
        'react-dom/*',
        'dexie',
        'dexie-*',
        'zustand',
        'zustand/*',
        'electron',
        'electron/*',
        'i18next',
        'react-i18next',
        ...NODE_BUILTINS,
        '**/renderer/**',
        '**/electron/**'
      ]),
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'process', 'Buffer', 'require', '__dirname'].map(
          (name) => ({ name, message: 'shared/ runs in every layer: no DOM or Node globals.' })
        )
      ]
    }
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer('The renderer never gets Node or Electron; it reaches the desktop only through renderer/platform (SPEC §8).', [
        'electron',
        'electron/*',
        ...NODE_BUILTINS,
        '**/electron/**'
      ])
    }
  },
  {
    files: ['electron/**/*.ts'],
    rules: layer('electron/ must not import the renderer; share code through shared/.', ['**/renderer/**'])
  },
  {
    files: ['test/**/*.{ts,tsx,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } }
  }
)
