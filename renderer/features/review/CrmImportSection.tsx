import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CRM_CONCEPTS, crmImportRecord, mappingToRemember, MAX_EXPORT_BYTES, type CrmConcept, type CrmFigures, type CrmMapping, type ExportHead, type ImportFindings, type ImportProblem } from '../../../shared/crm'
import type { Language } from '../../../shared/domain/language'
import { formatNumber } from '../../../shared/domain/numbers'
import type { Review } from '../../../shared/domain/review'
import type { SlaContent } from '../../../shared/domain/sla'
import type { Workshop } from '../../../shared/domain/workshop'
import { rememberCrmMapping, keepCrmFigures } from '../../db/review-repo'
import { platform } from '../../platform/platform'
import { saveNow } from '../../save/save-queue'
import { useNoticeStore } from '../../store/notice-store'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { crmFill, overwrites, type CrmFill } from './crm-actuals'
import { FileReadingDialog } from '../workshops/FileReadingDialog'
import { useFileReading } from '../workshops/useFileReading'
import { ReadingCancelled } from '../workshops/worker-task'
import { CrmFiguresStep } from './CrmFiguresStep'
import { CrmMappingStep, initialMapping } from './CrmMappingStep'
import { importCrmFile, readCrmHead } from './crm-reader'
import { crmFigureSettings, stageNamesOf } from './crm-settings'

type Step =
  | { step: 'start' }
  | { step: 'mapping'; name: string; bytes: Uint8Array; head: ExportHead; mapping: CrmMapping; recalled: boolean; perOwner: boolean }
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
  const [overwriting, setOverwriting] = useState<CrmFill | null>(null)
  const stageNames = stageNamesOf(content)

  /**
   * The figures on screen: fresh from an import (with what it noticed, and the figures per owner
   * when chosen), else those the review kept from its last import.
   */
  const shown =
    state.step === 'figures'
      ? { record: crmImportRecord({ fileName: state.name, importedAt: state.importedAt, rows: state.rows, mapped: state.mapped, timeZone: state.timeZone, figures: state.figures }), figures: state.figures, findings: state.findings, timeZone: state.timeZone, fresh: true }
      : state.step === 'start' && review.crm
        ? { record: review.crm, figures: review.crm.figures, findings: null, timeZone: review.crm.timeZone, fresh: false }
        : null

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
    const { mapping, recalled } = initialMapping(head, stageNames, workshop.crmMapping)
    setState({ step: 'mapping', name: file.name, bytes: file.data, head, mapping, recalled, perOwner: false })
  }

  const compute = async (name: string, bytes: Uint8Array, mapping: CrmMapping, perOwner: boolean) => {
    setFailure(null)
    const importedAt = Date.now()
    const settings = { ...crmFigureSettings(workshop, content, review, importedAt), perOwner }
    // The bytes go to the worker and are dropped here: whatever the outcome, the file is read once.
    setState({ step: 'start' })
    try {
      const result = await fileReading.read('crm', (onProgress) => importCrmFile({ bytes, mapping, settings }, onProgress))
      if (!result.ok) return setFailure(result.problem === 'aborted' ? { cancelled: true } : { problem: result.problem, missing: result.missing })
      // Confirmed and read: the next quarter's import of this workshop proposes these columns.
      void saveNow(() => rememberCrmMapping(workshop.id, mappingToRemember(mapping)))
      setState({ step: 'figures', name, importedAt, figures: result.figures, findings: result.findings, rows: result.rows, mapped: CRM_CONCEPTS.filter((concept) => mapping.columns[concept] !== undefined), timeZone: settings.clock.timeZone })
    } catch (error) {
      if (error instanceof ReadingCancelled) return setFailure({ cancelled: true })
      console.error('The CRM import failed', error)
      setFailure({ problem: 'unreadable' })
    }
  }

  /**
   * "Use these figures": the review keeps the team figures (never those per owner) and the actuals
   * and rates they give are filled, each actual marked as the export's.
   */
  const apply = (fill: CrmFill) => {
    if (!shown) return
    const record = shown.record
    const filled = fill.actuals.length + fill.rates.length
    void saveNow(async () => {
      await keepCrmFigures(
        review.id,
        record,
        Object.fromEntries(fill.actuals.map(({ key, value }) => [key, value])),
        Object.fromEntries(fill.rates.map(({ key, value }) => [key, value]))
      )
      showNotice({ message: (t) => (filled === 0 ? t('crmImport.nothingToFill') : t('crmImport.filled', { count: filled })) })
    })
  }

  const takeFigures = () => {
    if (!shown) return
    const fill = crmFill(shown.record.figures, shown.record.mapped, content, review)
    if (overwrites(fill) > 0) return setOverwriting(fill)
    apply(fill)
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
      {state.step === 'start' && !review.crm && <p className="section-intro">{t('crmImport.intro')}</p>}
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
          recalled={state.recalled}
          perOwner={state.perOwner}
          onPerOwner={(perOwner) => setState({ ...state, perOwner })}
          onConfirm={() => void compute(state.name, state.bytes, state.mapping, state.perOwner)}
          onDiscard={() => setState({ step: 'start' })}
        />
      )}
      {shown && (
        <CrmFiguresStep
          name={shown.record.fileName}
          importedAt={shown.record.importedAt}
          figures={shown.figures}
          findings={shown.findings}
          rows={shown.record.rows}
          mapped={shown.record.mapped}
          content={content}
          timeZone={shown.timeZone}
          language={language}
          onUse={takeFigures}
          onImportAnother={() => void pick()}
          onDiscard={shown.fresh ? () => setState({ step: 'start' }) : undefined}
        />
      )}
      <FileReadingDialog progress={fileReading.progress} onCancel={fileReading.cancel} />
      <ConfirmDialog
        open={overwriting !== null}
        title={t('crmImport.overwriteTitle')}
        message={t('crmImport.overwriteBody', { count: overwriting ? overwrites(overwriting) : 0 })}
        confirmLabel={t('crmImport.overwrite')}
        onCancel={() => setOverwriting(null)}
        onConfirm={() => {
          if (overwriting) apply(overwriting)
          setOverwriting(null)
        }}
      />
    </section>
  )
}
