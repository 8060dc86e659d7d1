import type { InputHTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { fieldLimit, nearLimitFrom, type FieldKind } from '../../shared/domain/field-limits'
import { formatNumber } from '../../shared/domain/numbers'
import { useUiLanguage } from '../i18n/ui-language'

/**
 * Near a field's limit (shared/domain/field-limits.ts), how much of it is used; at the limit,
 * that the input takes no more (a pasted text is cut there); above it — a text from before the
 * limits — that it should be shortened. Nothing while the text is well within the limit.
 */
export function lengthNoteShown(kind: FieldKind, length: number): boolean {
  return length >= nearLimitFrom(kind)
}

/** The ids of the notes that describe a field, joined for `aria-describedby`; none when there are none. */
export function describedByIds(...ids: ReadonlyArray<string | false | null | undefined>): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '')
  return present.length > 0 ? present.join(' ') : undefined
}

export function LengthNote({ id, kind, length }: { id: string; kind: FieldKind; length: number }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  if (!lengthNoteShown(kind, length)) return null
  const max = formatNumber(fieldLimit(kind), language)
  if (length > fieldLimit(kind)) {
    return (
      <p id={id} className="field-error">
        {t('validation.tooLong', { max })}
      </p>
    )
  }
  return (
    <p id={id} className="field-hint" role={length === fieldLimit(kind) ? 'status' : undefined}>
      {length === fieldLimit(kind) ? t('validation.atLimit', { max }) : t('validation.characters', { used: formatNumber(length, language), max })}
    </p>
  )
}

type LimitedInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'maxLength' | 'aria-describedby'> & {
  kind: FieldKind
  value: string
  /** The id of the length note. */
  noteId: string
  /** Another note that describes the input, such as its error message. */
  describedBy?: string | false
}

/** A plain text input of a form (not saved as typed) that holds at most its kind's limit, with its length note. */
export function LimitedInput({ kind, value, noteId, describedBy, type = 'text', ...input }: LimitedInputProps) {
  return (
    <>
      <input
        {...input}
        type={type}
        value={value}
        maxLength={fieldLimit(kind)}
        aria-describedby={describedByIds(describedBy, lengthNoteShown(kind, value.length) && noteId)}
      />
      <LengthNote id={noteId} kind={kind} length={value.length} />
    </>
  )
}
