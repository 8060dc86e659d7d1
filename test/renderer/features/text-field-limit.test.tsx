import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { TextField } from '../../../renderer/ui/fields'
import { LimitedInput } from '../../../renderer/ui/length-note'
import { FIELD_LIMITS, TEXT_FIELDS } from '../../../shared/domain/field-limits'

/** A participant's name field (a short text, 200 characters) fed back by a store. */
function Harness({ initial = '', saves }: { initial?: string; saves: string[] }) {
  const [value, setValue] = useState(initial)
  return (
    <TextField
      label="Name"
      limit={TEXT_FIELDS.participant.name}
      value={value}
      onSave={async (next) => {
        saves.push(next)
        setValue(next)
      }}
    />
  )
}

const field = () => screen.getByLabelText<HTMLInputElement>('Name')
const LIMIT = FIELD_LIMITS.short

afterEach(async () => {
  await act(() => i18next.changeLanguage('en'))
})

describe('a text field and its limit', () => {
  it('takes no more than its kind allows and says nothing while the text is well within it', async () => {
    render(<Harness saves={[]} />)
    expect(field().maxLength).toBe(LIMIT)
    await userEvent.setup().type(field(), 'Anna Schmidt')
    expect(screen.queryByText(/characters/)).toBeNull()
    expect(field().getAttribute('aria-describedby')).toBeNull()
  })

  it('counts near the limit, in the person’s language, and says so at the limit', async () => {
    await act(() => i18next.changeLanguage('de'))
    const saves: string[] = []
    render(<Harness saves={saves} />)
    fireEvent.change(field(), { target: { value: 'x'.repeat(LIMIT - 10) } })
    const count = screen.getByText(`${LIMIT - 10} von ${LIMIT} Zeichen`)
    expect(field().getAttribute('aria-describedby')).toContain(count.id)
    fireEvent.change(field(), { target: { value: 'x'.repeat(LIMIT) } })
    expect(screen.getByRole('status').textContent).toBe(`Höchstlänge erreicht: ${LIMIT} Zeichen. Längerer Text wird abgeschnitten.`)
    await waitFor(() => expect(saves.at(-1)).toHaveLength(LIMIT))
  })

  it('asks to shorten a text that is longer than the limit from before there were limits', async () => {
    render(<Harness initial={'y'.repeat(LIMIT + 5)} saves={[]} />)
    expect(screen.getByText(`This text is longer than ${LIMIT} characters. Please shorten it.`)).toBeTruthy()
    expect(field().value).toHaveLength(LIMIT + 5)
  })

  it('groups the figures of a long text’s limit as the person reads numbers', async () => {
    render(<TextField label="Goal" limit={TEXT_FIELDS.workshop.sharedGoal} multiline value={'z'.repeat(FIELD_LIMITS.long - 1)} onSave={async () => undefined} />)
    expect(screen.getByText('1,999 of 2,000 characters')).toBeTruthy()
    expect(screen.getByLabelText<HTMLTextAreaElement>('Goal').maxLength).toBe(FIELD_LIMITS.long)
  })

  it('limits a plain form input the same way, keeping its own error among what describes it', () => {
    render(
      <label>
        Place
        <LimitedInput kind={TEXT_FIELDS.signature.place} noteId="place-count" describedBy="place-error" value={'p'.repeat(LIMIT)} onChange={() => undefined} />
      </label>
    )
    const input = screen.getByRole<HTMLInputElement>('textbox')
    expect(input.maxLength).toBe(LIMIT)
    expect(input.getAttribute('aria-describedby')).toBe('place-error place-count')
    expect(screen.getByRole('status').id).toBe('place-count')
  })
})
