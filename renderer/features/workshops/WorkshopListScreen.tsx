import { useLiveQuery } from 'dexie-react-hooks'
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useUiLanguage } from '../../i18n/ui-language'
import { matchesSearch } from '../../../shared/domain/workshop-search'
import { STEP_IDS, type Workshop } from '../../../shared/domain/workshop'
import { saveNow } from '../../save/save-queue'
import {
  duplicateWorkshop,
  earlyListAnswer,
  forgetEarlyList,
  LIST_FIRST_FRAME,
  LIST_FIRST_PAGE,
  moveToTrash,
  restoreFromTrash,
  updateWorkshop,
  workshopOverview
} from '../../db/workshop-repo'
import { undoLabel, useNoticeStore } from '../../store/notice-store'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { NewWorkshopDialog } from './NewWorkshopDialog'
import { RenameDialog } from './RenameDialog'
import { TrashSection } from './TrashSection'
import { WorkshopCard, type CardAction } from './WorkshopCard'
import type { ImportMode } from '../../db/backup-repo'
// On the first page anyway: the stored records' migrations reach it (through safe-json).
import { BACKUP_LIMITS } from '../../../shared/backup/limits'
import { platform } from '../../platform/platform'
import { useExport } from '../export/useExport'
import { RestoreDialog, type RestoreState } from './RestoreDialog'
import { MAX_DOCX_BYTES, OpenSlaDialog, type OpenedSla } from './OpenSlaDialog'
import './workshops.css'
import { BackupRefused, FileOpenFailure, failureMessage, type FailureFallback } from '../../app/failure-message'
import type { OpenFileResult } from '../../../shared/ipc/contract'
import { readBackupFile, readSlaFile } from './file-readers'
import { useFileReading } from './useFileReading'
import { ReadingCancelled } from './worker-task'

/** Needed only while a file is read; the list's first load does without it (SPEC §9). */
const FileReadingDialog = lazy(() => import('./FileReadingDialog').then((module) => ({ default: module.FileReadingDialog })))

/** The bytes of a file the person picked, or why it cannot be opened. */
function bytesOf(file: Exclude<OpenFileResult, { canceled: true }>, purpose: FileOpenFailure['purpose']): { name: string; data: Uint8Array } {
  if ('error' in file) throw new FileOpenFailure(file.error === 'too-large' ? 'tooLarge' : 'unreadable', purpose, 'size' in file ? file.size : 0)
  return file
}

export function WorkshopListScreen() {
  const { t } = useTranslation()
  const showNotice = useNoticeStore((s) => s.show)
  const [creating, setCreating] = useState(false)
  const [query, setQuery] = useState('')
  const [showTrash, setShowTrash] = useState(false)
  const [showAll, setShowAll] = useState(false)
  // Searching needs every workshop; the first view needs only the most recent page.
  const everything = showAll || query.trim() !== ''
  // The first render has the workshops read as the app started (main.tsx); later ones read live.
  const lists = useLiveQuery(() => workshopOverview(everything ? null : LIST_FIRST_PAGE), [everything], everything ? undefined : earlyListAnswer())
  useEffect(forgetEarlyList, [])
  const [renaming, setRenaming] = useState<Workshop | null>(null)
  const [deleting, setDeleting] = useState<Workshop | null>(null)
  const [restoring, setRestoring] = useState<RestoreState | null>(null)
  const [reading, setReading] = useState<OpenedSla | null>(null)
  const exporting = useExport()
  const fileReading = useFileReading()
  const uiLanguage = useUiLanguage()
  const workshops = lists?.active
  const matching = workshops?.filter((w) => matchesSearch(w, query)) ?? []
  const visible = showAll ? matching : matching.slice(0, LIST_FIRST_PAGE)
  const total = query.trim() ? matching.length : (lists?.activeCount ?? 0)
  // More than the first page: not the part of it still on its way (LIST_FIRST_FRAME).
  const more = !showAll && total > LIST_FIRST_PAGE
  const drawn = useDeferredValue(visible.length, Math.min(visible.length, LIST_FIRST_FRAME))

  const onAction = useCallback(
    (action: CardAction, workshop: Workshop) => {
      if (action === 'rename') setRenaming(workshop)
      if (action === 'delete') setDeleting(workshop)
      if (action === 'duplicate') {
        void saveNow(async () => {
          const copy = await duplicateWorkshop(workshop.id, t('workshopList.copySuffix'))
          showNotice({ message: (t) => t('workshopList.duplicated', { title: copy.title }) })
        })
      }
    },
    [t, showNotice]
  )

  /** Every failure of opening a file, told in the person's language; a cancelled reading too. */
  const tellFailure = (error: unknown, fallback: FailureFallback) => {
    if (error instanceof ReadingCancelled) return showNotice({ message: (t) => t('failures.reading.cancelled') })
    // A refused file is an answer, not a fault: only the unexpected is worth a log entry.
    if (!(error instanceof BackupRefused || error instanceof FileOpenFailure)) console.error('Opening the file failed', error)
    showNotice({ message: (t) => failureMessage(t, error, fallback) })
  }

  const restore = async () => {
    try {
      // Backups are rare: their parser and validation load only when needed (SPEC §9 bundle size).
      const [{ backupFileFilter }, { planImport }] = await Promise.all([import('../../../shared/backup/format'), import('../../db/backup-repo')])
      const file = await platform.openFile({ filters: [backupFileFilter(t('export.backupFilter'))], maxBytes: BACKUP_LIMITS.maxBytes })
      if (file.canceled) return
      const { data } = bytesOf(file, 'backup')
      // Read in a worker: a huge or hostile file keeps it busy, never the window.
      const parsed = await fileReading.read('backup', (onProgress) => readBackupFile(data, onProgress))
      if (!parsed.ok) throw new BackupRefused(parsed.error)
      setRestoring({ data: parsed.data, plan: await planImport(parsed.data), warnings: parsed.warnings })
    } catch (error) {
      tellFailure(error, 'restorePlan.failed')
    }
  }

  const runImport = (mode: ImportMode) => {
    const state = restoring
    setRestoring(null)
    if (!state) return
    void saveNow(async () => {
      try {
        const { importBackup } = await import('../../db/backup-repo')
        const result = await importBackup(state.data, mode, { titleSuffix: t('workshopList.copySuffix') })
        showNotice({
          message: (t) => {
            const done = t('restore.done', { count: result.workshopIds.length })
            return result.keptVersions > 0 ? `${done} ${t('restorePlan.kept', { count: result.keptVersions })}` : done
          }
        })
      } catch (error) {
        // The import is one transaction: whatever failed, this laptop is as it was.
        tellFailure(error, 'restorePlan.failed')
      }
    })
  }

  const openSla = async () => {
    try {
      const file = await platform.openFile({ filters: [{ name: t('export.wordFilter'), extensions: ['docx'] }], maxBytes: MAX_DOCX_BYTES })
      if (file.canceled) return
      const { name, data } = bytesOf(file, 'sla')
      setReading({ name, reading: await fileReading.read('sla', (onProgress) => readSlaFile(data, onProgress)) })
    } catch (error) {
      tellFailure(error, 'failures.openSlaFailed')
    }
  }

  const trash = async (workshop: Workshop) => {
    await moveToTrash(workshop.id)
    showNotice({
      message: (t) => t('workshopList.movedToTrash', { title: workshop.title }),
      actionLabel: undoLabel,
      action: () => restoreFromTrash(workshop.id)
    })
  }

  return (
    <section aria-labelledby="workshops-title">
      <div className="screen-head">
        <h1 id="workshops-title">{t('workshops.title')}</h1>
        <div className="screen-tools">
          {workshops && workshops.length > 0 && (
            <label className="search">
              <span className="visually-hidden">{t('workshopList.search')}</span>
              <input type="search" value={query} placeholder={t('workshopList.search')} onChange={(e) => setQuery(e.target.value)} />
            </label>
          )}
          <button type="button" className="button primary" onClick={() => setCreating(true)}>
            <span aria-hidden="true">+</span> {t('workshops.new')}
          </button>
        </div>
      </div>
      <div className="file-tools">
        {workshops && workshops.length > 0 && (
          <button type="button" className="button small" disabled={exporting.busy} onClick={() =>
              void exporting.run(async () => (await import('../export/exports')).exportBackup('all', uiLanguage, t('export.backupFilter')))
            }>
            {t('export.backupAll')}
          </button>
        )}
        <button type="button" className="button small" onClick={() => void restore()}>
          {t('export.restore')}
        </button>
        <button type="button" className="button small" onClick={() => void openSla()}>
          {t('export.openSla')}
        </button>
      </div>
      {workshops && workshops.length === 0 && (
        <div className="empty-state card">
          <h2>{t('workshops.emptyTitle')}</h2>
          <p>{t('workshops.emptyBody')}</p>
          <h3>{t('workshops.emptyStepsTitle')}</h3>
          <ol className="step-teaser">
            {STEP_IDS.map((step) => (
              <li key={step}>
                <span className="step-number">{t(`steps.${step}.number`)}</span>
                <span>{t(`steps.${step}.name`)}</span>
              </li>
            ))}
          </ol>
          <button type="button" className="button primary" onClick={() => setCreating(true)}>
            {t('workshops.new')}
          </button>
        </div>
      )}
      {workshops && workshops.length > 0 && matching.length === 0 && <p className="empty-list">{t('workshopList.noMatch', { query })}</p>}
      {visible.length > 0 && (
        <ul className="workshop-list" aria-label={t('workshops.title')}>
          {visible.slice(0, drawn).map((workshop) => (
            <WorkshopCard
              key={workshop.id}
              workshop={workshop}
              sla={lists?.sla[workshop.id]}
              reviewedPeriods={lists?.reviewedPeriods[workshop.id]}
              onAction={onAction}
            />
          ))}
        </ul>
      )}
      {more && (
        <button type="button" className="button show-all" onClick={() => setShowAll(true)}>
          {t('workshopList.showAll', { count: total })}
        </button>
      )}
      {lists && lists.trashCount > 0 && (
        <div className="trash-toggle">
          <button type="button" className="button quiet" aria-expanded={showTrash} onClick={() => setShowTrash((v) => !v)}>
            🗑 {t('workshopList.trash', { count: lists.trashCount })}
          </button>
          {showTrash && <TrashSection workshops={lists.trash} />}
        </div>
      )}
      <NewWorkshopDialog open={creating} onClose={() => setCreating(false)} />
      <RestoreDialog state={restoring} onCancel={() => setRestoring(null)} onImport={runImport} />
      <OpenSlaDialog opened={reading} onClose={() => setReading(null)} />
      {fileReading.progress && (
        <Suspense fallback={null}>
          <FileReadingDialog progress={fileReading.progress} onCancel={fileReading.cancel} />
        </Suspense>
      )}
      <RenameDialog
        open={renaming !== null}
        title={renaming?.title ?? ''}
        onCancel={() => setRenaming(null)}
        onRename={(title) => {
          const target = renaming
          setRenaming(null)
          if (target) void saveNow(() => updateWorkshop(target.id, { title }))
        }}
      />
      <ConfirmDialog
        open={deleting !== null}
        title={t('workshopList.delete')}
        message={t('workshopList.confirmTrash', { title: deleting?.title ?? '' })}
        confirmLabel={t('workshopList.delete')}
        danger
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const target = deleting
          setDeleting(null)
          if (target) void saveNow(() => trash(target))
        }}
      />
    </section>
  )
}
