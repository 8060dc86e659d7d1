import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useUiLanguage } from '../../i18n/ui-language'
import { TEXT_FIELDS } from '../../../shared/domain/field-limits'
import { LANGUAGES, type Language } from '../../../shared/domain/language'
import { validateNewWorkshop, type NewWorkshopInput } from '../../../shared/domain/new-workshop'
import { createWorkshop } from '../../db/workshop-repo'
import { useUiStore } from '../../store/ui-store'
import { LimitedInput } from '../../ui/length-note'
import { Modal } from '../../ui/Modal'
import { localIsoDate } from '../../../shared/domain/iso-date'

interface Props {
  open: boolean
  onClose(): void
}

function emptyInput(language: Language): NewWorkshopInput {
  return { title: '', organisation: '', unit: '', language, facilitator: '', date: localIsoDate() }
}

export function NewWorkshopDialog({ open, onClose }: Props) {
  const { t } = useTranslation()
  const navigate = useUiStore((s) => s.navigate)
  const uiLanguage = useUiLanguage()
  const [input, setInput] = useState<NewWorkshopInput>(() => emptyInput(uiLanguage))
  const [showProblems, setShowProblems] = useState(false)
  const [busy, setBusy] = useState(false)
  const problems = validateNewWorkshop(input)
  const has = (problem: (typeof problems)[number]) => showProblems && problems.includes(problem)

  const close = () => {
    setInput(emptyInput(uiLanguage))
    setShowProblems(false)
    onClose()
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (problems.length > 0) {
      setShowProblems(true)
      return
    }
    setBusy(true)
    try {
      const workshop = await createWorkshop(input)
      close()
      navigate({ screen: 'workshop', workshopId: workshop.id, section: 'overview' })
    } finally {
      setBusy(false)
    }
  }

  const set = <K extends keyof NewWorkshopInput>(key: K, value: NewWorkshopInput[K]) =>
    setInput((current) => ({ ...current, [key]: value }))

  return (
    <Modal open={open} title={t('newWorkshop.title')} onClose={close}>
      {/* Built only while open: the list starts without a hidden form to render. */}
      {open && (
        <form onSubmit={submit} noValidate>
          <label className="field">
            <span>{t('newWorkshop.workshopTitle')}</span>
            <LimitedInput
              kind={TEXT_FIELDS.workshop.title}
              noteId="nw-title-count"
              value={input.title}
              autoFocus
              placeholder={t('newWorkshop.titlePlaceholder')}
              aria-invalid={has('titleRequired')}
              describedBy={has('titleRequired') && 'nw-title-error'}
              onChange={(e) => set('title', e.target.value)}
            />
            {has('titleRequired') && (
              <p id="nw-title-error" className="field-error">
                {t('newWorkshop.problems.titleRequired')}
              </p>
            )}
          </label>
          <div className="field-row">
            <label className="field">
              <span>{t('newWorkshop.organisation')}</span>
              <LimitedInput
                kind={TEXT_FIELDS.workshop.organisation}
                noteId="nw-org-count"
                value={input.organisation}
                aria-invalid={has('organisationRequired')}
                describedBy={has('organisationRequired') && 'nw-org-error'}
                onChange={(e) => set('organisation', e.target.value)}
              />
              {has('organisationRequired') && (
                <p id="nw-org-error" className="field-error">
                  {t('newWorkshop.problems.organisationRequired')}
                </p>
              )}
            </label>
            <label className="field">
              <span>{t('newWorkshop.unit')}</span>
              <LimitedInput kind={TEXT_FIELDS.workshop.unit} noteId="nw-unit-count" value={input.unit} onChange={(e) => set('unit', e.target.value)} />
            </label>
          </div>
          <div className="field-row">
            <label className="field">
              <span>{t('newWorkshop.facilitator')}</span>
              <LimitedInput
                kind={TEXT_FIELDS.workshop.facilitator}
                noteId="nw-facilitator-count"
                value={input.facilitator}
                onChange={(e) => set('facilitator', e.target.value)}
              />
            </label>
            <label className="field">
              <span>{t('newWorkshop.date')}</span>
              <input
                type="date"
                value={input.date}
                aria-invalid={has('dateInvalid')}
                aria-describedby={has('dateInvalid') ? 'nw-date-error' : undefined}
                onChange={(e) => set('date', e.target.value)}
              />
              {has('dateInvalid') && (
                <p id="nw-date-error" className="field-error">
                  {t('newWorkshop.problems.dateInvalid')}
                </p>
              )}
            </label>
          </div>
          <fieldset className="field choice-group">
            <legend className="field-label">{t('newWorkshop.language')}</legend>
            {LANGUAGES.map((language) => (
              <label key={language} className="choice">
                <input
                  type="radio"
                  name="workshop-language"
                  value={language}
                  checked={input.language === language}
                  onChange={() => set('language', language)}
                />
                {t(`app.languageNames.${language}`)}
              </label>
            ))}
            <p className="field-hint">{t('newWorkshop.languageHint')}</p>
          </fieldset>
          <div className="modal-actions">
            <button type="button" className="button quiet" onClick={close}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button primary" disabled={busy}>
              {t('newWorkshop.create')}
            </button>
          </div>
        </form>
      )}
    </Modal>
  )
}
