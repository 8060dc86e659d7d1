import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

/**
 * Besides the usual checks, the layer rules of STYLE "Layers that cannot leak":
 * shared/ is pure; renderer/ never reaches into electron/; electron/ never into renderer/.
 * Inside renderer/ ("Layers inside a layer"): components call repositories, never the `db`
 * object; ui/ widgets know nothing of the database; db/ knows nothing of the UI's stores.
 */
const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'http', 'https', 'zlib', 'buffer', 'events']

const layer = (message, patterns) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }]
})

/** One rule per file set: a later no-restricted-imports replaces an earlier one, so each set lists all its groups. */
const layers = (...groups) => ({ 'no-restricted-imports': ['error', { patterns: groups }] })

const RENDERER_NO_DESKTOP = {
  group: ['electron', 'electron/*', ...NODE_BUILTINS, '**/electron/**'],
  message: 'The renderer never gets Node or Electron; it reaches the desktop only through renderer/platform (SPEC §8).'
}
const NO_DB_OBJECT = {
  group: ['**/db/db'],
  message: 'Components call repositories (renderer/db/*-repo.ts) or hooks, never the db object (STYLE "Layers inside a layer").'
}
const NO_DB = {
  group: ['**/db', '**/db/**'],
  message: 'ui/ widgets know nothing of the database: a feature passes them values and callbacks (STYLE "Layers inside a layer").'
}
const NO_UI = {
  group: ['**/store', '**/store/**', '**/features/**', '**/app/**', '**/ui/**'],
  message: 'db/ knows nothing of the UI: no stores, screens or widgets; what the UI shows of saving lives in renderer/save (STYLE "Layers inside a layer").'
}

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
      ...layers(RENDERER_NO_DESKTOP)
    }
  },
  {
    files: ['renderer/features/**/*.{ts,tsx}', 'renderer/app/**/*.{ts,tsx}'],
    rules: layers(RENDERER_NO_DESKTOP, NO_DB_OBJECT)
  },
  {
    files: ['renderer/ui/**/*.{ts,tsx}'],
    rules: layers(RENDERER_NO_DESKTOP, NO_DB)
  },
  {
    files: ['renderer/db/**/*.{ts,tsx}'],
    rules: layers(RENDERER_NO_DESKTOP, NO_UI)
  },
  {
    // The participants' phones: a page of its own that shares only the pure domain (issue 14 §2).
    files: ['participant/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: layer("The participants' page gets only shared/: no Node, Electron, the app's renderer or React.", [
      ...RENDERER_NO_DESKTOP.group,
      '**/renderer/**',
      'react',
      'react/*',
      'react-dom',
      'react-dom/*',
      'zod'
    ])
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
