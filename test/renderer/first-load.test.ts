import { relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { modulesReachedFrom, staticSpecifiers } from '../support/module-graph'

const root = resolve(__dirname, '../..')

/**
 * SPEC §9: the list is interactive within 1.2× a blank page. What the first page loads is kept to
 * what it shows; libraries for screens and files it does not show load with them. Each of these
 * once crept into the first page through one small import (the backup file's schemas through the
 * database's upgrade, an e-mail check through the signers' names).
 */
const LATER = ['zod', 'zod/mini', 'docx', 'fflate', 'canvas-confetti', 'papaparse']

describe('the first page', () => {
  it('loads no validation library, Word writer or file parser', () => {
    const modules = modulesReachedFrom(resolve(root, 'renderer/main.tsx'))
    const found = modules.flatMap((file) => staticSpecifiers(file).filter((s) => LATER.includes(s)).map((s) => `${relative(root, file)} → ${s}`))
    expect(found).toEqual([])
    // The follower does reach the list and the database, so an empty result means something.
    expect(modules.map((file) => relative(root, file))).toEqual(expect.arrayContaining(['renderer/db/db.ts', 'renderer/features/workshops/WorkshopCard.tsx']))
  })
})
