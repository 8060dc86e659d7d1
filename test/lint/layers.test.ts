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

  it('allows what each layer may use', async () => {
    expect(await lint("import { LANGUAGES } from '../domain/language'\nexport const x = LANGUAGES\n", 'shared/ipc/ok.ts')).toEqual([])
    expect(await lint("import Dexie from 'dexie'\nexport const x = Dexie\n", 'renderer/db/ok.ts')).toEqual([])
  })
})
