import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The renderer's stylesheets: colours come only from the theme's tokens (custom properties on
 * :root in renderer/styles/base.css), so the high-contrast theme, which redefines the tokens,
 * covers every colour on every screen; and each stylesheet is imported by the components that
 * use it, so Vite loads it with their (possibly lazy) chunk and the first screen stays small.
 */
const ROOT = join(import.meta.dirname, '../..')

const NAMED = ['white', 'black', 'red', 'green', 'blue', 'yellow', 'orange', 'gray', 'grey', 'silver', 'navy', 'purple', 'maroon', 'teal', 'olive', 'lime', 'aqua', 'fuchsia', 'pink', 'gold', 'brown', 'cyan', 'magenta']
const LITERAL = new RegExp(`#[0-9a-f]{3,8}\\b|\\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix)\\(|\\b(?:${NAMED.join('|')})\\b`, 'i')

/** Every declaration that writes a colour itself, as "selector { property: value }". */
export function colourLiterals(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '')
  const found: string[] = []
  // Innermost blocks: rules, also those inside @media and the steps of @keyframes.
  for (const [, prelude = '', body = ''] of text.matchAll(/([^{}]*)\{([^{}]*)\}/g)) {
    const selector = prelude.trim()
    for (const declaration of body.split(';')) {
      const colon = declaration.indexOf(':')
      if (colon === -1) continue
      const property = declaration.slice(0, colon).trim()
      const value = declaration.slice(colon + 1).trim().replace(/'[^']*'|"[^"]*"/g, '')
      const definesToken = property.startsWith('--') && selector.startsWith(':root')
      if (!definesToken && LITERAL.test(value)) found.push(`${selector} { ${property}: ${value} }`)
    }
  }
  return found
}

function stylesheets(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? stylesheets(join(folder, entry.name)) : entry.name.endsWith('.css') ? [join(folder, entry.name)] : []
  )
}

describe('colours come from the theme tokens', () => {
  it('finds colours written out, and accepts tokens, their definitions and colour keywords', () => {
    expect(colourLiterals('.a { color: #fff; background: var(--surface); }')).toEqual(['.a { color: #fff }'])
    expect(colourLiterals('.a { box-shadow: 0 1px 2px rgb(15 31 54 / 8%) }')).toHaveLength(1)
    expect(colourLiterals('@media (x) { .a { border: 1px solid white } }')).toEqual(['.a { border: 1px solid white }'])
    expect(colourLiterals('@keyframes p { 50% { box-shadow: 0 0 0 6px hsl(30 90% 50%) } }')).toHaveLength(1)
    expect(colourLiterals(":root { --ink: #000; } :root[data-contrast='high'] { --ink: #111 }")).toEqual([])
    expect(colourLiterals(".a { --local: #fff; color: currentColor; border-color: transparent; white-space: nowrap; font-family: 'Brush Script MT' }")).toEqual(['.a { --local: #fff }'])
  })

  it.each(stylesheets(join(ROOT, 'renderer')).map((file) => [relative(ROOT, file), file]))('%s writes no colour itself', (_name, file) => {
    expect(colourLiterals(readFileSync(file, 'utf8'))).toEqual([])
  })
})

/** Every module of the renderer with the stylesheets it imports, as absolute paths. */
function stylesheetImports(): Map<string, string[]> {
  const modules = (function walk(folder: string): string[] {
    return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(folder, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(folder, entry.name)] : []
    )
  })(join(ROOT, 'renderer'))
  return new Map(
    modules.map((file) => [file, [...readFileSync(file, 'utf8').matchAll(/^import '(\.[^']+\.css)'/gm)].map((match) => resolve(dirname(file), match[1]!))])
  )
}

describe('stylesheets load with the screens that use them', () => {
  const imports = stylesheetImports()
  const imported = new Set([...imports.values()].flat())

  it.each(stylesheets(join(ROOT, 'renderer')).map((file) => [relative(ROOT, file), file]))('%s is imported by a module', (_name, file) => {
    expect(imported.has(file)).toBe(true)
  })

  it('the entry loads only the base styles, first; every screen brings its own', () => {
    expect(imports.get(join(ROOT, 'renderer/main.tsx'))).toEqual([join(ROOT, 'renderer/styles/base.css')])
    expect(readFileSync(join(ROOT, 'renderer/main.tsx'), 'utf8')).toMatch(/^(?:\/\/.*\n)*import '\.\/styles\/base\.css'/)
    expect(stylesheets(join(ROOT, 'renderer/styles'))).toEqual([join(ROOT, 'renderer/styles/base.css')])
  })
})
