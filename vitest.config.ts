import { defineConfig } from 'vitest/config'

/**
 * One project per runtime. `npm test` runs the first three: they need nothing outside npm.
 * `npm run test:integration` runs the checks that need Debian tools and ../shared (the Office
 * schema, LibreOffice, pandoc, check-docx) and a real packaging build; `npm run test:e2e` runs
 * every user journey against the built browser edition in real Chromium.
 */
/**
 * A hung test still fails; a slow laptop (or two cores shared with a build) no longer does.
 * Speed is measured by `npm run bench`, never by a unit test's deadline.
 */
const UNIT_TIMEOUT = 30_000

export default defineConfig({
  test: {
    reporters: ['default', './test/support/closing-line-reporter.ts'],
    projects: [
      {
        test: {
          name: 'shared',
          environment: 'node',
          testTimeout: UNIT_TIMEOUT,
          include: ['test/shared/**/*.test.ts', 'test/lint/**/*.test.ts']
        }
      },
      {
        test: {
          name: 'electron',
          environment: 'node',
          testTimeout: UNIT_TIMEOUT,
          include: ['test/electron/**/*.test.ts']
        }
      },
      {
        test: {
          name: 'renderer',
          environment: 'jsdom',
          testTimeout: UNIT_TIMEOUT,
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/renderer/setup.ts']
        }
      },
      {
        test: {
          name: 'integration',
          environment: 'node',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000
        }
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false
        }
      }
    ]
  }
})
