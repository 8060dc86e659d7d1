import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../../renderer/app/App'
import { FileReaderFailure } from '../../../renderer/app/failure-message'
import { db } from '../../../renderer/db/db'
import * as backupRepo from '../../../renderer/db/backup-repo'
import * as docxImport from '../../../renderer/db/sla-docx-import'
import type * as readers from '../../../renderer/features/workshops/file-readers'
import { ReadingCancelled, type WorkerTask } from '../../../renderer/features/workshops/worker-task'
import type * as platformModule from '../../../renderer/platform/platform'
import { useNoticeStore } from '../../../renderer/store/notice-store'
import { encodeBackup } from '../../../shared/backup/format'
import { parseBackupBytes } from '../../../shared/backup/parse-backup'
import { exportSlaDocx, readSlaDocx } from '../../../shared/docx'
import type { BridgeApi, OpenFileResult } from '../../../shared/ipc/contract'
import { signedSlaInput } from '../../shared/docx/docx-fixtures'
import { sampleText } from '../../shared/backup/sample-backup'

/**
 * "Restore" and "Open SLA from Word file": every way they can fail — picking, reading, parsing,
 * importing — is told in the person's language, and a reading can be cancelled. The file is read
 * by the same pure functions the workers run (jsdom has no workers; worker-task.test.ts covers
 * the wiring); `reader` lets a test make the worker crash or hang instead.
 */
const bridge = vi.hoisted(() => ({
  saveFile: vi.fn(),
  openFile: vi.fn<(request: unknown) => Promise<unknown>>(),
  appInfo: vi.fn(async () => ({ name: 'Smarketing Studio', version: '0.1.0', platform: 'linux', locales: ['en-GB'] })),
  openAudienceWindow: vi.fn(),
  closeAudienceWindow: vi.fn()
}))

const reader = vi.hoisted(() => ({ behaviour: 'read' as 'read' | 'crash' | 'hang' }))

vi.mock('../../../renderer/db/backup-repo', async (importOriginal) => {
  const actual = await importOriginal<typeof backupRepo>()
  return { ...actual, planImport: vi.fn(actual.planImport) }
})

vi.mock('../../../renderer/platform/platform', async (importOriginal) => {
  const actual = await importOriginal<typeof platformModule>()
  return { ...actual, platform: actual.createPlatform(bridge as unknown as BridgeApi) }
})

vi.mock('../../../renderer/features/workshops/file-readers', (): typeof readers => {
  function task<T>(read: () => Promise<T>): WorkerTask<T> {
    if (reader.behaviour === 'crash') return { result: Promise.reject(new FileReaderFailure(new Error('worker crashed'))), cancel: () => undefined }
    if (reader.behaviour === 'read') return { result: read(), cancel: () => undefined }
    let cancel = () => undefined as void
    const result = new Promise<T>((_, reject) => (cancel = () => reject(new ReadingCancelled())))
    return { result, cancel: () => cancel() }
  }
  return {
    readBackupFile: (bytes, onProgress) => task(() => parseBackupBytes(bytes, { onProgress })),
    readSlaFile: (bytes, onProgress) => task(() => readSlaDocx(bytes, onProgress))
  }
})

beforeEach(() => {
  reader.behaviour = 'read'
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
})

afterEach(async () => {
  vi.restoreAllMocks()
  bridge.openFile.mockReset()
  await Promise.all(db.tables.map((table) => table.clear()))
  useNoticeStore.setState({ notice: null })
  await i18next.changeLanguage('en')
})

async function pick(answer: OpenFileResult | Error, button: string, language: 'de' | 'en' = 'en') {
  await i18next.changeLanguage(language)
  if (answer instanceof Error) bridge.openFile.mockRejectedValueOnce(answer)
  // jsdom's TextEncoder makes arrays of another realm; the bridge delivers this one's.
  else bridge.openFile.mockResolvedValueOnce('data' in answer ? { ...answer, data: Uint8Array.from(answer.data) } : answer)
  render(<App />)
  const user = userEvent.setup()
  await user.click(await screen.findByRole('button', { name: button }))
  return user
}

const noticeBar = () => within(screen.getByRole('status', { name: /Notifications|Hinweise/ }))

describe('restoring from a backup', () => {
  it('tells when the file could not be picked at all', async () => {
    await pick(new Error("Error invoking remote method 'file:open': Error: file:open refused: invalid request"), 'Wiederherstellen', 'de')
    expect(await noticeBar().findByText('Die Sicherung konnte nicht wiederhergestellt werden. Es wurde nichts geändert.')).toBeInTheDocument()
    expect(screen.queryByText(/remote method/)).toBeNull()
  })

  it('refuses a list longer than any backup holds, with the cap in German digits', async () => {
    const zeros = new TextEncoder().encode(`[${'0,'.repeat(200_000)}0]`)
    await pick({ canceled: false, name: 'zeros.smarketing', data: zeros }, 'Wiederherstellen', 'de')
    expect(
      await noticeBar().findByText('Eine Liste in der Datei hat mehr als 100.000 Einträge – mehr als jede Sicherung. Sie wurde abgelehnt. Es wurde nichts geändert.')
    ).toBeInTheDocument()
  })

  it('tells when the reader stopped working', async () => {
    reader.behaviour = 'crash'
    await pick({ canceled: false, name: 'a.smarketing', data: new Uint8Array([123, 125]) }, 'Restore')
    expect(await noticeBar().findByText('The file could not be read because of an unexpected problem. Nothing was changed.')).toBeInTheDocument()
  })

  it('tells when this laptop cannot compare the backup with its own workshops', async () => {
    vi.mocked(backupRepo.planImport).mockRejectedValueOnce(new DOMException('The database connection is closing.', 'InvalidStateError'))
    const data = encodeBackup(await sampleText())
    await pick({ canceled: false, name: 'good.smarketing', data }, 'Restore')
    expect(await noticeBar().findByText(/This browser does not allow the app to store data/)).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('shows how far a long reading is, and Cancel stops it and says nothing changed', async () => {
    reader.behaviour = 'hang'
    const user = await pick({ canceled: false, name: 'slow.smarketing', data: new Uint8Array([123, 125]) }, 'Restore')
    const dialog = await screen.findByRole('dialog', { name: 'Reading the backup' })
    expect(within(dialog).getByRole('progressbar')).toBeInTheDocument()
    expect(within(dialog).getByText('0% read')).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(await noticeBar().findByText('Reading stopped. Nothing was changed.')).toBeInTheDocument()
    await vi.waitFor(() => expect(screen.queryByRole('dialog', { name: 'Reading the backup' })).toBeNull())
  })
})

describe('a restore’s notice, when the language is switched while it is shown', () => {
  it('tells the workshops restored again in German', async () => {
    const user = await pick({ canceled: false, name: 'good.smarketing', data: encodeBackup(await sampleText()) }, 'Restore')
    await user.click(within(await screen.findByRole('dialog', { name: 'Restore from a backup' })).getByRole('button', { name: 'Import' }))
    expect(await noticeBar().findByText('2 workshops restored.')).toBeInTheDocument()
    await act(() => i18next.changeLanguage('de'))
    expect(noticeBar().getByText('2 Workshops wiederhergestellt.')).toBeInTheDocument()
  })

  it('tells the size of a file too large for a backup again in German, in German digits', async () => {
    await pick({ canceled: false, error: 'too-large', name: 'video.smarketing', size: 1_500_000_000 }, 'Restore')
    expect(await noticeBar().findByText('The file is too large for a backup (1,500 MB). Nothing was changed.')).toBeInTheDocument()
    await act(() => i18next.changeLanguage('de'))
    expect(noticeBar().getByText('Die Datei ist für eine Sicherung zu groß (1.500 MB). Es wurde nichts geändert.')).toBeInTheDocument()
  })
})

describe('opening an SLA from its Word file', () => {
  it('tells when the reader stopped working', async () => {
    reader.behaviour = 'crash'
    await pick({ canceled: false, name: 'SLA.docx', data: new Uint8Array([80, 75]) }, 'Open SLA from Word file')
    expect(await noticeBar().findByText('The file could not be read because of an unexpected problem. Nothing was changed.')).toBeInTheDocument()
  })

  it('tells in the dialog when the workshop cannot be created, and the person can try again', async () => {
    const create = vi.spyOn(docxImport, 'importSlaDocument').mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'))
    const data = await exportSlaDocx(await signedSlaInput('en'))
    const user = await pick({ canceled: false, name: 'SLA.docx', data }, 'Open SLA from Word file')
    const dialog = await screen.findByRole('dialog', { name: 'Open SLA from Word file' })
    const button = await within(dialog).findByRole('button', { name: 'Create the workshop from this SLA' })
    await user.click(button)
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Not saved: the storage is full. Free some disk space and try again.')
    await user.click(button)
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(2))
    act(() => undefined)
  })
})
