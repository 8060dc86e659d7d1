import { mkdir, mkdtemp, readFile as readActual, rm, writeFile as writeActual } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import * as fsPromises from 'node:fs/promises'
import { safeFileName } from '../../../electron/ipc/files'
import { dialog, eventFrom, invoke, type BrowserWindow } from '../support/fake-electron'
import { openAppWindow, registerForTest } from '../support/ipc-harness'

vi.mock('electron', () => import('../support/fake-electron'))
// The real file system, observed: tests see when and whether main reads and writes.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsPromises>()
  return { ...actual, readFile: vi.fn(actual.readFile), writeFile: vi.fn(actual.writeFile), stat: vi.fn(actual.stat) }
})

const spiedWriteFile = vi.mocked(fsPromises.writeFile)
const spiedReadFile = vi.mocked(fsPromises.readFile)

let folder = ''
let window: BrowserWindow

const saveRequest = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  suggestedName: 'SLA Vertrieb.docx',
  filters: [{ name: 'Word', extensions: ['docx'] }],
  data: new Uint8Array([80, 75, 3, 4]),
  ...overrides
})
const openRequest = { filters: [{ name: 'Backup', extensions: ['json'] }], maxBytes: 10 }

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'smarketing-files-'))
  registerForTest()
})

afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

beforeEach(() => {
  vi.clearAllMocks()
  window = openAppWindow()
})

describe('safeFileName', () => {
  it.each([
    ['SLA.docx', 'SLA.docx'],
    ['../../etc/passwd', 'passwd'],
    ['/home/eve/.bashrc', '.bashrc'],
    ['C:\\Users\\eve\\evil.docx', 'evil.docx'],
    ['reports/2025\\Q1 SLA.docx', 'Q1 SLA.docx'],
    ['bad\u0000name\u0007.docx', 'badname.docx'],
    ['folder/', 'smarketing-export'],
    ['..', 'smarketing-export'],
    ['  ', 'smarketing-export']
  ])('%j becomes %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected)
  })
})

describe('file:save', () => {
  it('offers the documents folder and the bare suggested name, with our window as parent, and asks before overwriting (also on Linux)', async () => {
    await invoke('file:save', eventFrom(window.webContents), saveRequest({ suggestedName: '../../../etc/SLA.docx' }))
    const [parent, options] = dialog.showSaveDialog.mock.calls[0] ?? []
    expect(parent).toBe(window)
    expect(options).toEqual({
      defaultPath: join('/fake/documents', 'SLA.docx'),
      filters: [{ name: 'Word', extensions: ['docx'] }],
      properties: ['showOverwriteConfirmation', 'createDirectory']
    })
  })

  it('answers {canceled:true} and writes nothing when the dialog is cancelled', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })
    await expect(invoke('file:save', eventFrom(window.webContents), saveRequest())).resolves.toEqual({ canceled: true })
    expect(spiedWriteFile).not.toHaveBeenCalled()
  })

  it('writes the exact bytes to the chosen path and answers with that path', async () => {
    const target = join(folder, 'chosen.docx')
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target })
    const result = await invoke('file:save', eventFrom(window.webContents), saveRequest())
    expect(result).toEqual({ canceled: false, path: target })
    expect([...(await readActual(target))]).toEqual([80, 75, 3, 4])
  })

  it('answers only after the write has finished', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(folder, 'slow.docx') })
    let finishWrite: () => void = () => {}
    spiedWriteFile.mockImplementationOnce(() => new Promise<void>((resolve) => (finishWrite = resolve)))
    let answered = false
    const answer = invoke('file:save', eventFrom(window.webContents), saveRequest()).then((result) => {
      answered = true
      return result
    })
    await vi.waitFor(() => expect(spiedWriteFile).toHaveBeenCalledOnce())
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(answered).toBe(false)
    finishWrite()
    await expect(answer).resolves.toMatchObject({ canceled: false })
  })

  it('answers folderMissing when the chosen folder is gone, so the renderer can tell the user in their language', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(folder, 'missing-folder', 'x.docx') })
    await expect(invoke('file:save', eventFrom(window.webContents), saveRequest())).resolves.toEqual({
      canceled: false,
      error: 'folderMissing',
      name: 'x.docx'
    })
  })

  // The disk cannot be filled and root may write anywhere: the write fails as Node reports these.
  it.each([
    ['EACCES', 'noPermission'],
    ['EPERM', 'noPermission'],
    ['EROFS', 'noPermission'],
    ['ENOSPC', 'diskFull'],
    ['EDQUOT', 'diskFull'],
    ['EBUSY', 'fileInUse'],
    ['EIO', 'unknown']
  ])('answers a failed write with %s as %s, never with the system text', async (code, expected) => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(folder, 'refused.docx') })
    spiedWriteFile.mockRejectedValueOnce(Object.assign(new Error(`${code}: operation failed, open '/secret/path'`), { code }))
    const result = await invoke('file:save', eventFrom(window.webContents), saveRequest())
    expect(result).toEqual({ canceled: false, error: expected, name: 'refused.docx' })
  })

  it('answers unknown for a failure that carries no code', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(folder, 'odd.docx') })
    spiedWriteFile.mockRejectedValueOnce('not even an Error')
    await expect(invoke('file:save', eventFrom(window.webContents), saveRequest())).resolves.toMatchObject({ error: 'unknown' })
  })
})

describe('file:open', () => {
  it('opens a file dialog for one file, with our window as parent', async () => {
    await expect(invoke('file:open', eventFrom(window.webContents), openRequest)).resolves.toEqual({ canceled: true })
    const [parent, options] = dialog.showOpenDialog.mock.calls[0] ?? []
    expect(parent).toBe(window)
    expect(options).toEqual({ properties: ['openFile'], filters: openRequest.filters })
    expect(spiedReadFile).not.toHaveBeenCalled()
  })

  it('returns the name and bytes of a file within the limit', async () => {
    const path = join(folder, 'backup.json')
    await writeActual(path, '{"a":1}')
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] })
    const result = await invoke('file:open', eventFrom(window.webContents), openRequest)
    expect(result).toEqual({ canceled: false, name: 'backup.json', data: new Uint8Array(Buffer.from('{"a":1}')) })
  })

  it('refuses a file over maxBytes without reading it', async () => {
    const path = join(folder, 'big.json')
    await writeActual(path, 'x'.repeat(11))
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] })
    const result = await invoke('file:open', eventFrom(window.webContents), openRequest)
    expect(result).toEqual({ canceled: false, error: 'too-large', name: 'big.json', size: 11 })
    expect(spiedReadFile).not.toHaveBeenCalled()
  })

  it('reports folders and vanished files as unreadable', async () => {
    const sub = join(folder, 'a-folder')
    await mkdir(sub)
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [sub] })
    await expect(invoke('file:open', eventFrom(window.webContents), openRequest)).resolves.toEqual({
      canceled: false,
      error: 'unreadable',
      name: 'a-folder'
    })
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [join(folder, 'gone.json')] })
    await expect(invoke('file:open', eventFrom(window.webContents), openRequest)).resolves.toEqual({
      canceled: false,
      error: 'unreadable',
      name: 'gone.json'
    })
  })
})
