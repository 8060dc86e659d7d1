import { useId, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useUiLanguage } from '../i18n/ui-language'
import { checkNumber, formatEditable, parseNumber, readNumber, type NumberKind, type NumberReading } from '../../shared/domain/numbers'
import { cancelSave, flushSave, hasPendingSave, saveNow, scheduleSave } from '../save/save-queue'
import { fieldLimit, type FieldKind } from '../../shared/domain/field-limits'
import { describedByIds, LengthNote, lengthNoteShown } from './length-note'
import { numberProblemText } from './number-messages'
import { useReadOnly } from './read-only'
import './items.css'

interface BaseProps {
  label: string
  /** Hide the label visually (it stays the accessible name), e.g. inside a table row. */
  hideLabel?: boolean
  hint?: string
  className?: string
}

interface TextFieldBase extends BaseProps {
  value: string
  onSave(value: string): Promise<void>
  multiline?: boolean
  rows?: number
  placeholder?: string
  required?: boolean
  requiredMessage?: string
  /** Returns a message when the text cannot be saved as it is; it is then kept but not saved. */
  validate?(value: string): string | null
  autoFocus?: boolean
}

/**
 * A text field says what kind of text it holds (shared/domain/field-limits.ts `TEXT_FIELDS`), which
 * sets how much can be typed; a date or a time holds what its picker gives.
 */
type TextFieldProps = TextFieldBase & ({ type?: 'text' | 'email'; limit: FieldKind } | { type: 'date' | 'time'; limit?: never })

/**
 * A text that saves itself: shortly after the last keystroke, and at once on blur. What the user
 * typed stays on screen until it is committed, even while the database answers with older values.
 */
export function TextField(props: TextFieldProps) {
  const { value, onSave, validate, required, requiredMessage } = props
  const key = useId()
  const readOnly = useReadOnly()
  const [draft, setDraft] = useState(value)
  const [seen, setSeen] = useState(value)
  // While the person types in the field, the text on screen is theirs: an answer from the database
  // (an earlier keystroke's save landing late) must never put back an older text under the cursor.
  const [typing, setTyping] = useState(false)
  // A new value from the database replaces the draft unless the user's own edit is still on its way.
  if (value !== seen) {
    setSeen(value)
    if (!hasPendingSave(key) && !typing) setDraft(value)
  }

  // No message before the person has typed in or left the field: a new row is not a mistake.
  const [touched, setTouched] = useState(false)
  const problem = !touched
    ? null
    : ((required && draft.trim() === '' ? (requiredMessage ?? null) : null) ?? validate?.(draft) ?? null)
  const limit = props.limit
  const maxLength = limit ? fieldLimit(limit) : undefined
  const counted = limit !== undefined && lengthNoteShown(limit, draft.length)
  const describedByIds = describedBy(key, props.hint, problem, counted)

  const change = (next: string) => {
    setDraft(next)
    setTouched(true)
    setTyping(true)
    const nextProblem = (required && next.trim() === '') || validate?.(next)
    if (nextProblem) return
    scheduleSave(key, () => onSave(next))
  }

  return (
    <FieldFrame {...props} problem={problem} id={key} note={limit && <LengthNote id={`${key}-count`} kind={limit} length={draft.length} />}>
      {props.multiline ? (
        <textarea
          id={key}
          value={draft}
          rows={props.rows ?? 3}
          maxLength={maxLength}
          placeholder={props.placeholder}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedByIds}
          autoFocus={props.autoFocus && !readOnly}
          readOnly={readOnly}
          dir="auto"
          onChange={(e) => change(e.target.value)}
          onBlur={() => {
            setTouched(true)
            setTyping(false)
            void flushSave(key)
          }}
        />
      ) : (
        <input
          id={key}
          type={props.type ?? 'text'}
          value={draft}
          maxLength={maxLength}
          placeholder={props.placeholder}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedByIds}
          autoFocus={props.autoFocus && !readOnly}
          readOnly={readOnly}
          dir="auto"
          onChange={(e) => change(e.target.value)}
          onBlur={() => {
            setTouched(true)
            setTyping(false)
            void flushSave(key)
          }}
        />
      )}
    </FieldFrame>
  )
}

interface NumberFieldProps extends BaseProps {
  value: number | null
  /** Which range applies (shared/domain/numbers): a count, a rate, points … */
  kind: NumberKind
  onSave(value: number | null): Promise<void>
  /** A rule beyond the kind's range that involves other fields; returns a translated message. */
  check?(value: number): string | null
  /** An empty field is a problem, not "no number". */
  required?: boolean
  unit?: string
  /** An amount of money: cents are shown with both digits (formatEditable). */
  money?: boolean
}

/**
 * A number read and shown in the UI language (SPEC §9 "Numbers"): German `500.000` is five hundred
 * thousand. While focused it keeps exactly what was typed — a database answer never rewrites it
 * under the cursor — and saves like TextField; after leaving it shows the locale's grouping.
 * Text that is no number of its kind gets a message and is never saved as another number.
 */
export function NumberField(props: NumberFieldProps) {
  const { value, kind, onSave, check, required } = props
  const { t } = useTranslation()
  const language = useUiLanguage()
  const key = useId()
  const readOnly = useReadOnly()
  const stored = formatEditable(value, language, { money: props.money })
  const [draft, setDraft] = useState(stored)
  const [seen, setSeen] = useState(stored)
  const [focused, setFocused] = useState(false)
  // What the field held when the person started this edit: a refused text puts it back, so a
  // valid prefix saved on the way ("1,234" of "1,234.5") never stays stored as another number.
  const beforeEdit = useRef<number | null>(value)
  // Whether this edit scheduled a save of another value. The stored value shown to the field may
  // still be the one from before while such a save is on its way, so it cannot tell.
  const savedDuringEdit = useRef(false)
  // Left with a refused text: it stays on screen with its message (the stored value is the one from
  // before), also when that value comes back from the database after a prefix saved on the way.
  const [leftRefused, setLeftRefused] = useState(false)
  // A switch of the UI language shows the number in the new notation, also in the field the cursor
  // is in: read in the language it was written in, it is the same number.
  const [draftLanguage, setDraftLanguage] = useState(language)
  if (draftLanguage !== language) {
    setDraftLanguage(language)
    const written = draft === formatEditable(value, draftLanguage, { money: props.money }) ? ({ ok: true, value } as const) : parseNumber(draft, draftLanguage)
    if (written.ok) setDraft(formatEditable(written.value, language, { money: props.money }))
  }
  if (stored !== seen) {
    setSeen(stored)
    if (!focused && !hasPendingSave(key) && !leftRefused) setDraft(stored)
  }

  const read = (text: string): NumberReading => {
    // Unchanged stored text is judged by the stored value itself: an absurd one from an old backup gets its message.
    if (text === stored && value !== null) {
      const problem = checkNumber(kind, value)
      return problem ? { ok: false, problem, partial: false } : { ok: true, value }
    }
    return readNumber(text, language, kind)
  }
  const problemOf = (reading: NumberReading, typing: boolean, text: string): string | null => {
    if (!reading.ok) return typing && reading.partial ? null : numberProblemText(reading.problem, t, language, text)
    if (reading.value === null) return required && !typing ? t('numbers.required') : null
    return check?.(reading.value) ?? null
  }
  const reading = read(draft)
  const problem = problemOf(reading, focused, draft)

  const change = (text: string) => {
    setDraft(text)
    const next = read(text)
    if (!next.ok && next.partial) {
      cancelSave(key)
      return
    }
    if (!next.ok || problemOf(next, false, text)) {
      takeBack()
      return
    }
    if (next.value !== beforeEdit.current) savedDuringEdit.current = true
    scheduleSave(key, () => onSave(next.value))
  }

  /** Puts back the value from before this edit, after any prefix saved on the way (saves of a field run in order). */
  const takeBack = () => {
    if (!savedDuringEdit.current) {
      cancelSave(key)
      return
    }
    const previous = beforeEdit.current
    scheduleSave(key, () => onSave(previous))
  }

  const leave = () => {
    setFocused(false)
    setLeftRefused(!reading.ok)
    if (reading.ok && reading.value !== null) setDraft(formatEditable(reading.value, language, { money: props.money }))
    // Left half-typed ("1."): the value from before this edit stays, not a prefix saved on the way.
    if (!reading.ok) takeBack()
    void flushSave(key)
  }

  return (
    <FieldFrame {...props} problem={problem} id={key}>
      <span className="number-input">
        <input
          id={key}
          type="text"
          inputMode={kind === 'points' ? 'text' : 'decimal'}
          autoComplete="off"
          value={draft}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy(key, props.hint, problem)}
          readOnly={readOnly}
          onFocus={() => {
            setFocused(true)
            setLeftRefused(false)
            beforeEdit.current = value
            savedDuringEdit.current = false
          }}
          onChange={(e) => change(e.target.value)}
          onBlur={leave}
        />
        {props.unit && <span className="unit">{props.unit}</span>}
      </span>
    </FieldFrame>
  )
}

interface SelectFieldProps<T extends string> extends BaseProps {
  value: T
  options: ReadonlyArray<{ value: T; label: string }>
  onSave(value: T): Promise<unknown>
}

export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const key = useId()
  const readOnly = useReadOnly()
  return (
    <FieldFrame {...props} problem={null} id={key}>
      <select
        id={key}
        value={props.value}
        disabled={readOnly}
        aria-describedby={describedBy(key, props.hint, null)}
        onChange={(e) => {
          const next = props.options.find((o) => o.value === e.target.value)
          if (next) void saveNow(() => props.onSave(next.value))
        }}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  )
}

function describedBy(id: string, hint: string | undefined, problem: string | null, counted = false): string | undefined {
  return describedByIds(hint && `${id}-hint`, counted && `${id}-count`, problem && `${id}-problem`)
}

function FieldFrame({
  id,
  label,
  hideLabel,
  hint,
  problem,
  className,
  note,
  children
}: BaseProps & { id: string; problem: string | null; note?: ReactNode; children: ReactNode }) {
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {note}
      {problem && (
        <p id={`${id}-problem`} className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  )
}

interface CheckboxFieldProps {
  label: string
  checked: boolean
  onSave(checked: boolean): Promise<unknown>
  className?: string
  /** Not to be changed now (e.g. the last working day of a clock); read-only content disables it anyway. */
  disabled?: boolean
}

/** A checkbox that shows the click at once and saves it; the database value wins afterwards. */
export function CheckboxField({ label, checked, onSave, className, disabled }: CheckboxFieldProps) {
  const readOnly = useReadOnly()
  const [shown, setShown] = useState(checked)
  const [seen, setSeen] = useState(checked)
  if (checked !== seen) {
    setSeen(checked)
    setShown(checked)
  }
  return (
    <label className={className ?? 'checkbox-field'}>
      <input
        type="checkbox"
        checked={shown}
        disabled={readOnly || disabled}
        onChange={(e) => {
          const next = e.target.checked
          setShown(next)
          void saveNow(() => onSave(next))
        }}
      />
      {label}
    </label>
  )
}
