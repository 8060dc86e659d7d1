import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CRM_CONCEPTS, MAX_EXPORT_BYTES, type CrmConcept, type CrmFigures, type CrmMapping, type ExportHead, type ImportFindings, type ImportProblem } from '../../../shared/crm'
import type { Language } from '../../../shared/domain/language'
import { formatNumber } from '../../../shared/domain/numbers'
import type { Review } from '../../../shared/domain/review'
import type { SlaContent } from '../../../shared/domain/sla'
import type { Workshop } from '../../../shared/domain/workshop'
import { setActual } from '../../db/review-repo'
import { platform } from '../../platform/platform'
import { saveNow } from '../../save/save-queue'
import { useNoticeStore } from '../../store/notice-store'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { formatDateTime } from '../../ui/dates'
import { crmActuals, type CrmActual } from './crm-actuals'
import { FileReadingDialog } from '../workshops/FileReadingDialog'
import { useFileReading } from '../workshops/useFileReading'
import { ReadingCancelled } from '../workshops/worker-task'
import { CrmFiguresStep } from './CrmFiguresStep'
import { CrmMappingStep, initialMapping } from './CrmMappingStep'
import { importCrmFile, readCrmHead } from './crm-reader'
import { crmFigureSettings, stageNamesOf } from './crm-settings'

type Step =
  | { step: 'start' }
  | { step: 'mapping'; name: string; bytes: Uint8Array; head: ExportHead; mapping: CrmMapping }
  | { step: 'figures'; name: string; importedAt: number; figures: CrmFigures; findings: ImportFindings; rows: number; mapped: CrmConcept[]; timeZone: string }

/** Why nothing was imported: a problem of the file or the import, or that the file could not be opened. */
type Failure = { problem: Exclude<ImportProblem, 'aborted'> | 'openFailed'; missing?: CrmConcept[] } | { cancelled: true }

/**
 * Importing a CRM export into a review (issue 13, first slice): pick the file, confirm which
 * column holds what, see the quarter's figures with how each was computed. The file's bytes live
 * only in this component's state until the import has read them; nothing of the file is saved.
 */
export function CrmImportSection({ workshop, content, review, language }: { workshop: Workshop; content: SlaContent; review: Review; language: Language }) {
  const { t } = useTranslation()
  const [state, setState] = useState<Step>({ step: 'start' })
  const [failure, setFailure] = useState<Failure | null>(null)
  const fileReading = useFileReading()
  const showNotice = useNoticeStore((s) => s.show)
  const [overwriting, setOverwriting] = useState<CrmActual[] | null>(null)
  const stageNames = stageNamesOf(content)

  const pick = async () => {
    setFailure(null)
    let file
    try {
      file = await platform.openFile({ filters: [{ name: t('crmImport.fileFilter'), extensions: ['csv', 'txt', 'xlsx'] }], maxBytes: MAX_EXPORT_BYTES })
    } catch (error) {
      console.error('Opening the CRM export failed', error)
      return setFailure({ problem: 'openFailed' })
    }
    if (file.canceled) return
    if ('error' in file) return setFailure({ problem: file.error === 'too-large' ? 'tooLarge' : 'openFailed' })
    const head = await readCrmHead(file.data)
    if (!head.ok) return setFailure({ problem: head.problem })
    setState({ step: 'mapping', name: file.name, bytes: file.data, head, mapping: initialMapping(head, stageNames) })
  }

  const compute = async (name: string, bytes: Uint8Array, mapping: CrmMapping) => {
    setFailure(null)
    const importedAt = Date.now()
    const settings = crmFigureSettings(workshop, content, review, importedAt)
    // The bytes go to the worker and are dropped here: whatever the outcome, the file is read once.
    setState({ step: 'start' })
    try {
      const result = await fileReading.read('crm', (onProgress) => importCrmFile({ bytes, mapping, settings }, onProgress))
      if (!result.ok) return setFailure(result.problem === 'aborted' ? { cancelled: true } : { problem: result.problem, missing: result.missing })
      setState({ step: 'figures', name, importedAt, figures: result.figures, findings: result.findings, rows: result.rows, mapped: CRM_CONCEPTS.filter((concept) => mapping.columns[concept] !== undefined), timeZone: settings.clock.timeZone })
    } catch (error) {
      if (error instanceof ReadingCancelled) return setFailure({ cancelled: true })
      console.error('The CRM import failed', error)
      setFailure({ problem: 'unreadable' })
    }
  }

  /** Fills the targets' actuals from the figures, each marked with the file and the moment of the import (in its note, when the note is empty). */
  const fill = (actuals: CrmActual[]) => {
    if (state.step !== 'figures') return
    const marker = t('crmImport.fromExport', { name: state.name, date: formatDateTime(state.importedAt, language) })
    void saveNow(async () => {
      for (const actual of actuals) {
        const note = review.actuals[actual.itemId]?.note ?? ''
        await setActual(review.id, actual.itemId, note.trim() === '' ? { value: actual.value, note: marker } : { value: actual.value })
      }
      showNotice({ message: t('crmImport.filled', { count: actuals.length }) })
    })
  }

  const takeFigures = (figures: CrmFigures) => {
    const actuals = crmActuals(figures, content, review)
    if (actuals.length === 0) return showNotice({ message: t('crmImport.nothingToFill') })
    if (actuals.some((actual) => actual.typed !== null)) return setOverwriting(actuals)
    fill(actuals)
  }

  const failureText = (shown: Failure) => {
    if ('cancelled' in shown) return t('failures.reading.cancelled')
    const limit = `${formatNumber(MAX_EXPORT_BYTES / 1024 / 1024, language, 0)} MB`
    const concepts = (shown.missing ?? []).map((concept) => t(`crmImport.concepts.${concept}`)).join(', ')
    return `${t(`crmImport.problems.${shown.problem}`, { limit, concepts })} ${t('crmImport.nothingChanged')}`
  }

  return (
    <section className="card crm-import" aria-labelledby="crm-import-title">
      <div className="section-head">
        <h2 id="crm-import-title">{t('crmImport.title')}</h2>
        {state.step !== 'mapping' && (
          <button type="button" className="button" onClick={() => void pick()}>
            {t('crmImport.import')}
          </button>
        )}
      </div>
      {state.step === 'start' && <p className="section-intro">{t('crmImport.intro')}</p>}
      {failure && (
        <p className="row-warning" role="alert">
          {failureText(failure)}
        </p>
      )}
      {state.step === 'mapping' && (
        <CrmMappingStep
          name={state.name}
          head={state.head}
          mapping={state.mapping}
          stageNames={stageNames}
          onChange={(mapping) => setState({ ...state, mapping })}
          onConfirm={() => void compute(state.name, state.bytes, state.mapping)}
          onDiscard={() => setState({ step: 'start' })}
        />
      )}
      {state.step === 'figures' && (
        <CrmFiguresStep
          name={state.name}
          importedAt={state.importedAt}
          figures={state.figures}
          findings={state.findings}
          rows={state.rows}
          mapped={state.mapped}
          content={content}
          timeZone={state.timeZone}
          language={language}
          onUse={() => takeFigures(state.figures)}
          onImportAnother={() => void pick()}
          onDiscard={() => setState({ step: 'start' })}
        />
      )}
      <FileReadingDialog progress={fileReading.progress} onCancel={fileReading.cancel} />
      <ConfirmDialog
        open={overwriting !== null}
        title={t('crmImport.overwriteTitle')}
        message={t('crmImport.overwriteBody', { count: overwriting?.filter((actual) => actual.typed !== null).length ?? 0 })}
        confirmLabel={t('crmImport.overwrite')}
        onCancel={() => setOverwriting(null)}
        onConfirm={() => {
          if (overwriting) fill(overwriting)
          setOverwriting(null)
        }}
      />
    </section>
  )
}
