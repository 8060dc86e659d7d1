import { useLiveQuery } from 'dexie-react-hooks'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SlaDocxReading } from '../../../shared/docx'
import { compareWithPaper, compareWithRecords, type PaperComparison, type RecordsComparison } from '../../../shared/docx/sla/sla-comparison'
import { failureMessage } from '../../app/failure-message'
import { importSlaDocument, recordsFor } from '../../db/sla-docx-import'
import { useUiLanguage } from '../../i18n/ui-language'
import { saveNow } from '../../save/save-queue'
import { useNoticeStore } from '../../store/notice-store'
import { useUiStore } from '../../store/ui-store'
import { formatDateTime } from '../../ui/dates'
import { Modal } from '../../ui/Modal'

/** Word files above this are not ours: an SLA with drawn signatures stays far below. */
export const MAX_DOCX_BYTES = 40 * 1024 * 1024

export interface OpenedSla {
  name: string
  reading: SlaDocxReading
}

type SlaReading = Extract<SlaDocxReading, { kind: 'sla' }>

/**
 * "Open SLA from Word file" (SPEC §6, issue 12 §1): says exactly what was checked — whether the
 * file agrees with itself, whether it matches this laptop's records of the version and, if a
 * seal is typed from the paper copy, the paper — then recreates the workshop. A signed file that
 * fails any of these is only ever created as a draft, without its signatures.
 */
export function OpenSlaDialog({ opened, onClose }: { opened: OpenedSla | null; onClose(): void }) {
  const { t } = useTranslation()
  const navigate = useUiStore((s) => s.navigate)
  const showNotice = useNoticeStore((s) => s.show)
  const [existing, setExisting] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [paperText, setPaperText] = useState('')
  const reading = opened?.reading
  const sla = reading?.kind === 'sla' ? reading : null
  const records = useLiveQuery(async () => (sla ? compareWithRecords(sla.data, await recordsFor(sla.data)) : null), [sla])
  const signedFile = sla !== null && sla.data.version.state !== 'draft'
  const paper: PaperComparison = sla && signedFile ? compareWithPaper(paperText, sla.data) : { kind: 'empty' }
  // Until the records are read, a signed file is not yet trusted.
  const recordsAgree = !signedFile || (records != null && records.kind !== 'differs' && records.kind !== 'recordBroken')
  const trusted = sla?.integrity === 'unchanged' && recordsAgree && paper.kind !== 'noMatch'
  const close = () => {
    setExisting(null)
    setFailure(null)
    setPaperText('')
    onClose()
  }
  const create = (asDraft: boolean) => {
    if (!sla) return
    setFailure(null)
    void saveNow(async () => {
      try {
        const result = await importSlaDocument(sla.data, asDraft)
        if (result.kind === 'exists') return setExisting(result.workshopId)
        close()
        showNotice({ message: (t) => t('openSla.created', { title: sla.data.content.title }) })
        navigate({ screen: 'workshop', workshopId: result.workshopId, section: 'sla', tab: 'versions' })
      } catch (error) {
        // Told here, where the person can try again; the import is one transaction, so nothing changed.
        console.error('Creating the workshop from the Word file failed', error)
        setFailure(failureMessage(t, error, 'failures.openSlaFailed'))
      }
    })
  }
  return (
    <Modal open={opened !== null} title={t('openSla.title')} onClose={close}>
      {reading?.kind === 'notFromApp' && (
        <div role="alert" data-reading="notFromApp">
          <p>
            <strong>{opened?.name}</strong>
          </p>
          <p>{t('openSla.notFromApp')}</p>
          <p className="field-hint">{t(`openSla.reasons.${reading.reason}`)}</p>
        </div>
      )}
      {sla && (
        <div className="sla-checks" data-reading={sla.integrity} data-checked={sla.checked} data-records={records?.kind} data-paper={paper.kind}>
          <p>
            <strong>{opened?.name}</strong>
            <br />
            {t('openSla.found', {
              organisation: sla.data.content.organisation,
              number: sla.data.version.number,
              state: t(`sla.states.${sla.data.version.state}`)
            })}
          </p>
          <FileCheck reading={sla} />
          {signedFile && records && <RecordsCheck comparison={records} />}
          {signedFile && <PaperCheck text={paperText} onChange={setPaperText} comparison={paper} />}
          {signedFile && !trusted && <p className="field-hint">{t('openSla.draftOnly')}</p>}
          {existing && (
            <p className="row-warning">
              {t('openSla.exists')}{' '}
              <button
                type="button"
                className="button small"
                onClick={() => {
                  const id = existing
                  close()
                  navigate({ screen: 'workshop', workshopId: id, section: 'sla', tab: 'versions' })
                }}
              >
                {t('openSla.openExisting')}
              </button>
            </p>
          )}
        </div>
      )}
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" className="button quiet" onClick={close}>
          {t('common.close')}
        </button>
        {sla && !existing && (
          <button type="button" className="button primary" onClick={() => create(!trusted)}>
            {trusted ? t('openSla.create') : t('openSla.createDraft')}
          </button>
        )}
      </div>
    </Modal>
  )
}

/** What the file says about itself, and exactly which checks that rests on. */
function FileCheck({ reading }: { reading: SlaReading }) {
  const { t } = useTranslation()
  if (reading.integrity === 'changed') {
    return (
      <div className="row-warning" role="alert">
        <p>⚠ {t('openSla.changed')}</p>
        <ul>
          {reading.reasons.map((reason) => (
            <li key={reason}>{t(`openSla.${reason}`)}</li>
          ))}
        </ul>
      </div>
    )
  }
  const limited = reading.checked === 'contentOnly' || reading.checked === 'sealOnly' || reading.checked === 'nothing'
  return <p className={limited ? 'row-warning' : 'all-good'}>{`${limited ? '⚠' : '✓'} ${t(`openSla.checked.${reading.checked}`, { layout: reading.layoutVersion })}`}</p>
}

function RecordsCheck({ comparison }: { comparison: RecordsComparison }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  if (comparison.kind === 'none') return <p className="field-hint">{t('openSla.records.none')}</p>
  if (comparison.kind === 'recordBroken') return <p className="row-warning" role="alert">⚠ {t('openSla.records.recordBroken', { number: comparison.number })}</p>
  const params = { number: comparison.number, date: comparison.signedAt === null ? '' : formatDateTime(comparison.signedAt, language) }
  return comparison.kind === 'matches' ? (
    <p className="all-good">✓ {t('openSla.records.matches', params)}</p>
  ) : (
    <p className="row-warning" role="alert">
      ⚠ {t('openSla.records.differs', params)}
    </p>
  )
}

/** The seal typed from the paper copy signed by hand: the one anchor a recomputed file cannot move. */
function PaperCheck({ text, onChange, comparison }: { text: string; onChange(text: string): void; comparison: PaperComparison }) {
  const { t } = useTranslation()
  const hintId = useId()
  const resultId = useId()
  const bad = comparison.kind === 'noMatch' || comparison.kind === 'invalid'
  return (
    <div className="paper-check">
      <label className="field">
        <span>{t('openSla.paper.label')}</span>
        <input
          type="text"
          value={text}
          spellCheck={false}
          autoComplete="off"
          className="fingerprint"
          aria-invalid={bad}
          aria-describedby={`${hintId} ${resultId}`}
          onChange={(e) => onChange(e.target.value)}
        />
      </label>
      <p id={hintId} className="field-hint">
        {t('openSla.paper.hint')}
      </p>
      <p id={resultId} aria-live="polite" className={comparison.kind.startsWith('matches') ? 'all-good' : bad ? 'field-error' : 'field-hint'}>
        {comparison.kind === 'empty' ? '' : t(`openSla.paper.${comparison.kind}`, { count: 'digits' in comparison ? comparison.digits : 0 })}
      </p>
    </div>
  )
}
