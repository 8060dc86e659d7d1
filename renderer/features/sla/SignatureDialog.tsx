import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useUiLanguage } from '../../i18n/ui-language'
import { formatLongDateTime } from '../../ui/dates'
import SignaturePad from 'signature_pad'
import { typedNameMatches } from '../../../shared/domain/signing'
import type { Participant } from '../../../shared/domain/workshop'
import { Modal } from '../../ui/Modal'
import { TEXT_FIELDS } from '../../../shared/domain/field-limits'
import { LimitedInput } from '../../ui/length-note'

export interface SignatureCapture {
  method: 'drawn' | 'typed'
  image: string | null
  name: string
  place: string
}

interface Props {
  participant: Participant | null
  defaultPlace: string
  onCancel(): void
  onSign(capture: SignatureCapture): Promise<string | null>
}

/** One signatory signs: drawn (mouse, touchpad, pen, touch) or as a typed full name, with place. */
export function SignatureDialog({ participant, defaultPlace, onCancel, onSign }: Props) {
  const { t } = useTranslation()
  return (
    <Modal
      open={participant !== null}
      title={t('sla.signing.dialogTitle', { name: participant?.name ?? '' })}
      onClose={onCancel}
    >
      {participant && <SignatureForm participant={participant} defaultPlace={defaultPlace} onCancel={onCancel} onSign={onSign} />}
    </Modal>
  )
}

function SignatureForm({ participant, defaultPlace, onCancel, onSign }: Omit<Props, 'participant'> & { participant: Participant }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const [method, setMethod] = useState<'drawn' | 'typed'>('drawn')
  const [typedName, setTypedName] = useState('')
  const [place, setPlace] = useState(defaultPlace)
  // Checks run live once the person tried to sign, so a message goes away as soon as it no longer applies.
  const [submitted, setSubmitted] = useState(false)
  const [hasInk, setHasInk] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const padRef = useRef<SignaturePad | null>(null)
  const now = new Date()

  useEffect(() => {
    const canvas = canvasRef.current
    if (method !== 'drawn' || !canvas) return
    const pad = new SignaturePad(canvas, { penColor: '#0b1f4d', minWidth: 0.8, maxWidth: 2.6 })
    padRef.current = pad
    const inked = () => {
      setHasInk(!pad.isEmpty())
      setFailure(null)
    }
    pad.addEventListener('endStroke', inked)
    // The canvas gets its size only once the dialog is shown (and again if the window changes):
    // draw at device resolution so the signature stays sharp in the document, keeping the strokes.
    const fit = () => {
      const { width, height } = canvas.getBoundingClientRect()
      if (width === 0 || height === 0) return
      const ratio = Math.max(window.devicePixelRatio || 1, 1)
      if (canvas.width === Math.round(width * ratio) && canvas.height === Math.round(height * ratio)) return
      const strokes = pad.toData()
      canvas.width = Math.round(width * ratio)
      canvas.height = Math.round(height * ratio)
      canvas.getContext('2d')?.scale(ratio, ratio)
      pad.clear()
      pad.fromData(strokes)
    }
    fit()
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(fit)
    observer?.observe(canvas)
    canvas.addEventListener('pointerenter', fit)
    return () => {
      observer?.disconnect()
      canvas.removeEventListener('pointerenter', fit)
      pad.removeEventListener('endStroke', inked)
      pad.off()
      padRef.current = null
    }
  }, [method])

  const check = (): string | null => {
    if (method === 'drawn' && !hasInk) return t('sla.signing.emptyDrawing')
    if (method === 'typed' && !typedName.trim()) return t('sla.signing.typedMismatch')
    if (method === 'typed' && !typedNameMatches(typedName, participant.name)) return t('signedSla.typedNotName', { name: participant.name })
    if (!place.trim()) return t('sla.signing.placeRequired')
    return null
  }
  const problem = failure ?? (submitted ? check() : null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSubmitted(true)
    if (check()) return
    const pad = padRef.current
    const image = method === 'drawn' && pad && !pad.isEmpty() ? pad.toDataURL('image/png') : null
    if (method === 'drawn' && !image) return
    setBusy(true)
    try {
      setFailure(
        await onSign({
          method,
          image,
          name: method === 'typed' ? typedName.trim() : participant.name,
          place: place.trim()
        })
      )
    } finally {
      // Whatever happened, the button works again: a failed signature can be given again.
      setBusy(false)
    }
  }

  return (
    <form onSubmit={submit} noValidate className="signature-form">
      <div className="segmented" role="radiogroup" aria-label={t('sla.signing.title')}>
        {(['drawn', 'typed'] as const).map((m) => (
          <label key={m} className={method === m ? 'active' : ''}>
            <input
              type="radio"
              name="signature-method"
              checked={method === m}
              onChange={() => {
                setMethod(m)
                // A new method starts with an empty pad.
                setHasInk(false)
                setFailure(null)
              }}
            />
            {m === 'drawn' ? t('sla.signing.draw') : t('sla.signing.type')}
          </label>
        ))}
      </div>
      {method === 'drawn' ? (
        <div className="field">
          <p className="field-hint" id="signature-hint">
            {t('sla.signing.drawHint')}
          </p>
          <canvas
            ref={canvasRef}
            className="signature-canvas"
            role="img"
            aria-label={t('sla.signing.canvas')}
            aria-describedby="signature-hint"
          />
          <button
            type="button"
            className="button small quiet"
            onClick={() => {
              padRef.current?.clear()
              setHasInk(false)
            }}
          >
            {t('sla.signing.clear')}
          </button>
        </div>
      ) : (
        <label className="field">
          <span>{t('sla.signing.typedName')}</span>
          <LimitedInput
            kind={TEXT_FIELDS.signature.typedName}
            noteId="typed-name-count"
            value={typedName}
            autoFocus
            placeholder={participant.name}
            onChange={(e) => {
              setTypedName(e.target.value)
              setFailure(null)
            }}
          />
          <span className="field-hint">{t('sla.signing.typedHint')}</span>
          {typedName.trim() && <span className="typed-signature" aria-hidden="true">{typedName}</span>}
        </label>
      )}
      <div className="field-row">
        <label className="field">
          <span>{t('sla.signing.place')}</span>
          <LimitedInput
            kind={TEXT_FIELDS.signature.place}
            noteId="place-count"
            value={place}
            onChange={(e) => {
              setPlace(e.target.value)
              setFailure(null)
            }}
          />
        </label>
        <div className="field">
          <span className="field-label">{t('sla.signing.date')}</span>
          <p className="static-value">
            {formatLongDateTime(now.getTime(), language)}
          </p>
        </div>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" className="button quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button primary" disabled={busy}>
          {t('sla.signing.confirm')}
        </button>
      </div>
    </form>
  )
}
