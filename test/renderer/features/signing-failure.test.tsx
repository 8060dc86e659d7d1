import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as slaRepo from '../../../renderer/db/sla-repo'
import { SignPanel } from '../../../renderer/features/sla/SignPanel'
import type { SlaState } from '../../../renderer/features/sla/useSla'
import type { SlaVersion } from '../../../shared/domain/sla'
import { completeDraft } from '../../shared/domain/sla-fixture'

/**
 * Signing fails for a reason nobody foresaw (the database refuses, the disk is full): the person
 * is told in the signing dialog, in their language, and can sign again. Before, such an error was
 * re-thrown and the "Sign now" button stayed disabled with no word.
 */
vi.mock('../../../renderer/db/sla-repo', async (importOriginal) => {
  const actual = await importOriginal<typeof slaRepo>()
  return { ...actual, ensureDraftVersion: vi.fn(), signVersion: vi.fn() }
})

const noVersion: SlaState = { versions: [], current: undefined, previousSigned: undefined, signatures: [], locked: false, seals: {} }
const draft = { id: 'v1', number: 1, state: 'draft' } as SlaVersion

/** jsdom has no 2D canvas; the signature pad only needs somewhere to draw nothing. */
function canvasThatDrawsNothing(): CanvasRenderingContext2D {
  return new Proxy({} as CanvasRenderingContext2D, { get: () => () => undefined, set: () => true })
}

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(canvasThatDrawsNothing as never)
  vi.mocked(slaRepo.ensureDraftVersion).mockResolvedValue(draft)
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
})

afterEach(async () => {
  vi.mocked(slaRepo.signVersion).mockReset()
  vi.restoreAllMocks()
  await i18next.changeLanguage('en')
})

async function signTyped(signAs: string, typed: string, place: string, labels = { type: 'Type name', name: 'Full name' }) {
  const user = userEvent.setup()
  await user.click(screen.getByRole('button', { name: signAs }))
  const dialog = screen.getByRole('dialog')
  await user.click(within(dialog).getByRole('radio', { name: labels.type }))
  await user.type(within(dialog).getByRole('textbox', { name: (name) => name.startsWith(labels.name) }), typed)
  const placeField = within(dialog).getAllByRole('textbox').at(-1)!
  await user.clear(placeField)
  await user.type(placeField, place)
  return { user, dialog }
}

describe('a signature that cannot be saved', () => {
  it('is told in the dialog in plain words, and the button works again for a second try', async () => {
    vi.mocked(slaRepo.signVersion).mockRejectedValueOnce(new Error('Transaction committed too early. See http://bit.ly/2kdckMn'))
    render(<SignPanel data={completeDraft()} sla={noVersion} />)
    const { user, dialog } = await signTyped('Sign as Anna Marketing', 'Anna Marketing', 'Berlin')
    const confirm = within(dialog).getByRole('button', { name: 'Sign now' })
    await user.click(confirm)

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The signature could not be saved. Nothing was signed — please try again.')
    expect(dialog).not.toHaveTextContent(/Transaction|bit\.ly/)
    expect(confirm).toBeEnabled()

    vi.mocked(slaRepo.signVersion).mockResolvedValueOnce({ versionSigned: false } as Awaited<ReturnType<typeof slaRepo.signVersion>>)
    await user.click(confirm)
    expect(slaRepo.signVersion).toHaveBeenCalledTimes(2)
    expect(vi.mocked(slaRepo.signVersion).mock.calls[1]?.[2]).toMatchObject({ participantId: 'p1', name: 'Anna Marketing', method: 'typed', place: 'Berlin' })
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })

  it('says in German that the storage is full when the disk refuses the signature', async () => {
    await i18next.changeLanguage('de')
    vi.mocked(slaRepo.signVersion).mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
    render(<SignPanel data={completeDraft()} sla={noVersion} />)
    const { user, dialog } = await signTyped('Unterschreiben als Bernd Vertrieb', 'Bernd Vertrieb', 'Hamburg', {
      type: 'Name tippen',
      name: 'Vollständiger Name'
    })
    const confirm = within(dialog).getByRole('button', { name: 'Jetzt unterschreiben' })
    await user.click(confirm)
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Nicht gespeichert: Der Speicher ist voll. Bitte geben Sie Speicherplatz frei und versuchen Sie es noch einmal.'
    )
    expect(confirm).toBeEnabled()
  })
})
