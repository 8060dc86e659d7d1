/**
 * Zod would probe `new Function` to speed up parsing; our CSP forbids eval, and Chromium reports
 * even a probe that fails quietly as a CSP violation. Zod 4 keeps its settings in this global,
 * shared by every copy of zod on the page, so the setting needs no zod in the first bundle: zod
 * loads with the screens that validate (restore, open an SLA from Word) and finds it there.
 */
type ZodSettings = { jitless?: boolean }

const host = globalThis as typeof globalThis & { __zod_globalConfig?: ZodSettings }
host.__zod_globalConfig ??= {}
host.__zod_globalConfig.jitless = true

export {}
