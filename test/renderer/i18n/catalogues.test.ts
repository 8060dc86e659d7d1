import { readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import i18next from 'i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LANGUAGES, type Language } from '../../../shared/domain/language'
import { changeUiLanguage, loadMessages } from '../../../renderer/i18n'
import { de as listDe } from '../../../renderer/i18n/list/de'
import { en as listEn } from '../../../renderer/i18n/list/en'
import { LOADERS, SCREEN_PARTS, type Part } from '../../../renderer/i18n/messages'
import { modulesReachedFrom } from '../../support/module-graph'

type Tree = { [key: string]: string | readonly string[] | Tree }

const root = resolve(__dirname, '../../../renderer')

async function catalogue(part: Part, language: Language): Promise<Tree> {
  if (part === 'list') return (language === 'de' ? listDe : listEn) as Tree
  return (await LOADERS[part][language]()) as Tree
}

const PARTS: Part[] = ['list', ...(Object.keys(LOADERS) as Part[])]

/** Every text's key path with its text(s). */
function leaves(tree: Tree, prefix = ''): Map<string, string | readonly string[]> {
  const found = new Map<string, string | readonly string[]>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string' || Array.isArray(value)) found.set(path, value as string | readonly string[])
    else for (const [p, v] of leaves(value as Tree, path)) found.set(p, v)
  }
  return found
}

const placeholders = (text: string | readonly string[]) =>
  [...[text].flat().join('\n').matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort()

/** The keys a module asks for: literal `t('a.b')`, and for `t(`a.${x}`)` the fixed part `a`. */
function keysUsed(file: string): Array<{ key: string; prefix: boolean }> {
  const source = readFileSync(file, 'utf8')
  return [...source.matchAll(/\bt\(\s*(['`])([\w.${}]+)\1/g)].map((m) => {
    const text = m[2]
    const dynamic = text.indexOf('${')
    return dynamic < 0 ? { key: text, prefix: false } : { key: text.slice(0, dynamic).replace(/\.$/, ''), prefix: true }
  })
}

function at(tree: Tree, key: string): Tree | string | readonly string[] | undefined {
  let node: Tree | string | readonly string[] | undefined = tree
  for (const segment of key.split('.')) {
    if (typeof node !== 'object' || Array.isArray(node)) return undefined
    node = (node as Tree)[segment]
  }
  return node
}

function has(tree: Tree, key: string, prefix: boolean): boolean {
  const node = at(tree, key)
  if (prefix) return typeof node === 'object' && !Array.isArray(node)
  // A plural key is asked for without its suffix.
  return node !== undefined || at(tree, `${key}_other`) !== undefined
}

describe('the UI texts, split by feature', () => {
  it.each(PARTS)('%s: German and English have the same keys, the same placeholders and no empty text', async (part) => {
    const [german, english] = await Promise.all([catalogue(part, 'de'), catalogue(part, 'en')])
    const de = leaves(german)
    const en = leaves(english)
    expect([...de.keys()].sort()).toEqual([...en.keys()].sort())
    for (const [key, text] of en) {
      const other = de.get(key)!
      expect(placeholders(other), `${part}: ${key}`).toEqual(placeholders(text))
      expect([other].flat().length, `${part}: ${key}`).toBe([text].flat().length)
      for (const t of [text, other].flat()) expect(t.trim(), `${part}: ${key}`).not.toBe('')
    }
  })

  it('gives every text one home: no key is in two parts', async () => {
    const homes = new Map<string, Part>()
    for (const part of PARTS) {
      for (const key of leaves(await catalogue(part, 'en')).keys()) {
        expect(homes.get(key), `${key} is in ${homes.get(key)} and ${part}`).toBeUndefined()
        homes.set(key, part)
      }
    }
  })

  it('has every text the first page asks for in the part that comes with it', () => {
    const modules = modulesReachedFrom(join(root, 'main.tsx'))
    // The first page reaches the app shell and the list, not the workshop screen's modules.
    expect(modules.map((f) => relative(root, f))).toEqual(expect.arrayContaining(['app/App.tsx', 'features/workshops/WorkshopListScreen.tsx']))
    expect(modules.map((f) => relative(root, f))).not.toContain('features/workshop/WorkshopScreen.tsx')
    const missing = modules.flatMap((file) =>
      keysUsed(file)
        .filter(({ key, prefix }) => !has(listEn as Tree, key, prefix))
        .map(({ key }) => `${relative(root, file)}: ${key}`)
    )
    expect(missing).toEqual([])
  })

  it('has every text a lazy screen asks for once that screen has loaded its parts', async () => {
    const all: Tree = {}
    for (const part of PARTS) mergeInto(all, await catalogue(part, 'en'))
    const files = modulesReachedFrom(join(root, 'features/workshop/WorkshopScreen.tsx'), join(root, 'features/audience/AudienceScreen.tsx'))
    const missing = files.flatMap((file) => keysUsed(file).filter(({ key, prefix }) => !has(all, key, prefix)).map(({ key }) => `${relative(root, file)}: ${key}`))
    expect(missing).toEqual([])
  })
})

describe('loading the texts with their screens', () => {
  afterEach(async () => {
    await changeUiLanguage('en')
  })

  it('loads a screen’s parts and switches language with every loaded part in the new language', async () => {
    await loadMessages(SCREEN_PARTS.workshop)
    expect(i18next.t('sla.tabs.agreement')).toBe('Agreement')
    await changeUiLanguage('de')
    expect(i18next.t('sla.tabs.agreement')).toBe('Vereinbarung')
    expect(i18next.t('review.title')).not.toBe('review.title')
    expect(LANGUAGES).toContain(i18next.language)
  })

  it('says loudly when a screen asks for a text that is not loaded', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      i18next.t('sla.noSuchText' as never)
      expect(error).toHaveBeenCalledWith('Missing UI text: sla.noSuchText')
    } finally {
      error.mockRestore()
    }
  })
})

function mergeInto(target: Tree, source: Tree): Tree {
  for (const [key, value] of Object.entries(source)) {
    if (typeof value === 'object' && !Array.isArray(value)) target[key] = mergeInto((target[key] as Tree | undefined) ?? {}, value as Tree)
    else target[key] = value
  }
  return target
}
