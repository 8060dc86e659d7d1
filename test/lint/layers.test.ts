import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname })

async function lint(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.map((m) => m.ruleId ?? m.message)
}

describe('layer rules (STYLE "Layers that cannot leak")', () => {
  it.each([
    ["import { useState } from 'react'", 'react'],
    ["import Dexie from 'dexie'", 'dexie'],
    ["import { app } from 'electron'", 'electron'],
    ["import { readFile } from 'node:fs'", 'node:fs'],
    ["import { db } from '../../renderer/db/db'", 'the renderer']
  ])('shared/ refuses %s', async (code) => {
    expect(await lint(`${code}\nexport const x = 1\n`, 'shared/domain/leak.ts')).toContain('no-restricted-imports')
  })

  it('shared/ refuses DOM globals', async () => {
    expect(await lint('export const w = window.innerWidth\n', 'shared/domain/leak.ts')).toContain(
      'no-restricted-globals'
    )
  })

  it('the renderer refuses electron and Node', async () => {
    expect(await lint("import { ipcRenderer } from 'electron'\nexport const x = ipcRenderer\n", 'renderer/app/leak.ts')).toContain(
      'no-restricted-imports'
    )
    expect(
      await lint("import { x } from '../../electron/main/security'\nexport const y = x\n", 'renderer/app/leak.ts')
    ).toContain('no-restricted-imports')
  })

  it('electron/ refuses the renderer', async () => {
    expect(
      await lint("import { db } from '../../renderer/db/db'\nexport const y = db\n", 'electron/main/leak.ts')
    ).toContain('no-restricted-imports')
  })

  describe('inside the renderer (STYLE "Layers inside a layer")', () => {
    it.each([
      ['renderer/features/workshop/leak.ts', '../../db/db'],
      ['renderer/features/sla/leak.tsx', '../../db/db'],
      ['renderer/app/leak.tsx', '../db/db']
    ])('a component (%s) refuses the db object', async (file, from) => {
      expect(await lint(`import { db } from '${from}'\nexport const x = db\n`, file)).toContain('no-restricted-imports')
    })

    it.each(['../db/db', '../db/item-repo', '../db/undo'])('a ui/ widget refuses %s', async (from) => {
      expect(await lint(`import * as data from '${from}'\nexport const x = data\n`, 'renderer/ui/leak.tsx')).toContain('no-restricted-imports')
    })

    it.each(['../store/ui-store', '../store/notice-store', '../features/workshop/useWorkshopData', '../ui/fields'])('db/ refuses %s', async (from) => {
      expect(await lint(`import * as ui from '${from}'\nexport const x = ui\n`, 'renderer/db/leak.ts')).toContain('no-restricted-imports')
    })

    it('keeps the renderer-wide rules in every part of it', async () => {
      for (const file of ['renderer/features/sla/leak.ts', 'renderer/ui/leak.ts', 'renderer/db/leak.ts']) {
        expect(await lint("import { ipcRenderer } from 'electron'\nexport const x = ipcRenderer\n", file)).toContain('no-restricted-imports')
      }
    })

    it('allows components their repositories and widgets the save queue', async () => {
      expect(await lint("import { listItems } from '../../db/item-repo'\nexport const x = listItems\n", 'renderer/features/sla/ok.ts')).toEqual([])
      expect(await lint("import { saveNow } from '../save/save-queue'\nexport const x = saveNow\n", 'renderer/ui/ok.ts')).toEqual([])
      expect(await lint("import { db } from './db'\nexport const x = db\n", 'renderer/db/ok.ts')).toEqual([])
    })
  })

  it('allows what each layer may use', async () => {
    expect(await lint("import { LANGUAGES } from '../domain/language'\nexport const x = LANGUAGES\n", 'shared/ipc/ok.ts')).toEqual([])
    expect(await lint("import Dexie from 'dexie'\nexport const x = Dexie\n", 'renderer/db/ok.ts')).toEqual([])
  })
})
