import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

/** What a file imports without waiting — `import … from`, `export … from`, `import '…'` — not `import()` nor `import type`. */
export function staticSpecifiers(file: string): string[] {
  const source = readFileSync(file, 'utf8')
  const specifiers = [...source.matchAll(/^\s*(?:import|export)\s(?!type\s)[^;]*?from\s+'([^']+)'/gm), ...source.matchAll(/^\s*import\s+'([^']+)'/gm)]
  return specifiers.map((m) => m[1]!)
}

function staticImports(file: string): string[] {
  return staticSpecifiers(file)
    .filter((s) => s.startsWith('.'))
    .map((s) => {
      const base = resolve(dirname(file), s)
      return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((c) => existsSync(c) && !c.endsWith('.css') && /\.tsx?$/.test(c))
    })
    .filter((f): f is string => f !== undefined)
}

/** The source files these entries (absolute paths) reach without a dynamic import: what a page loads first. */
export function modulesReachedFrom(...entries: string[]): string[] {
  const seen = new Set<string>()
  const queue = [...entries]
  while (queue.length > 0) {
    const file = queue.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    queue.push(...staticImports(file))
  }
  return [...seen]
}
