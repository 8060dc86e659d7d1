import { useId, useRef, useState } from 'react'
import { saveNow } from '../save/save-queue'
import { useReadOnly } from './read-only'
import './items.css'

const VALUES = [1, 2, 3, 4, 5] as const

interface RatingButtonsProps {
  /** The group's visible and accessible name, e.g. "Sales". */
  label: string
  /** Said after the label to screen readers, e.g. "Rating Sales". */
  groupName: string
  value: number | null
  hint: string
  onSave(value: number | null): Promise<unknown>
  className?: string
}

/**
 * A rating 1–5 as one click (issue 10 §7): native radio buttons drawn as buttons, so arrows move
 * between them as everywhere else; the keys 1–5 set a rating from anywhere in the group, and a
 * click on the chosen number (or Delete) clears it again.
 */
export function RatingButtons({ label, groupName, value, hint, onSave, className }: RatingButtonsProps) {
  const name = useId()
  const readOnly = useReadOnly()
  const group = useRef<HTMLFieldSetElement>(null)
  // The click shows at once; the database answer wins afterwards.
  const [shown, setShown] = useState(value)
  const [seen, setSeen] = useState(value)
  if (value !== seen) {
    setSeen(value)
    setShown(value)
  }
  const set = (next: number | null) => {
    if (readOnly) return
    setShown(next)
    void saveNow(() => onSave(next))
  }

  return (
    <fieldset
      ref={group}
      className={`rating-buttons ${className ?? ''}`}
      role="radiogroup"
      aria-label={groupName}
      title={hint}
      disabled={readOnly}
      onKeyDown={(event) => {
        if (event.ctrlKey || event.metaKey || event.altKey) return
        const digit = VALUES.find((v) => String(v) === event.key)
        if (digit !== undefined) {
          event.preventDefault()
          set(digit)
          group.current?.querySelector<HTMLInputElement>(`input[value="${digit}"]`)?.focus()
        } else if (event.key === 'Delete' || event.key === 'Backspace') {
          event.preventDefault()
          set(null)
        }
      }}
    >
      <legend aria-hidden="true">{label}</legend>
      <span className="rating-options">
        {VALUES.map((v) => (
          <label key={v} className={`rating-option heat-${v}`}>
            <input
              type="radio"
              name={name}
              value={v}
              checked={shown === v}
              onChange={() => set(v)}
              onClick={() => {
                if (shown === v) set(null)
              }}
            />
            <span>{v}</span>
          </label>
        ))}
      </span>
    </fieldset>
  )
}
