import fc from 'fast-check'
import i18next from 'i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { BackupRefused, FileOpenFailure, FileReaderFailure, failureMessage } from '../../../renderer/app/failure-message'
import { ReplaceConflictError } from '../../../renderer/db/backup-repo'
import { ContentChangedError, SignedVersionError, TypedNameMismatchError } from '../../../renderer/db/sla-repo'
import { UndoRefusedError } from '../../../renderer/db/undo'
import { FileSaveFailure } from '../../../renderer/platform/platform'
import { SealBrokenError } from '../../../renderer/features/export/exports'
import { de } from '../../../renderer/i18n/list/de'
import { en } from '../../../renderer/i18n/list/en'

afterEach(async () => {
  await i18next.changeLanguage('en')
})

const t = i18next.t.bind(i18next)

describe('the one place a failure becomes a sentence', () => {
  it.each([
    [new ContentChangedError(), en.sla.signing.changed, de.sla.signing.changed],
    [new TypedNameMismatchError('Anna'), 'The typed name is not “Anna”.', 'Der getippte Name ist nicht „Anna“.'],
    [new UndoRefusedError('signed', 'redo'), en.signedSla.redoSigned, de.signedSla.redoSigned],
    [new UndoRefusedError('changed', 'undo'), en.signedSla.undoChanged, de.signedSla.undoChanged],
    [new ReplaceConflictError('Kick-off'), 'signed SLA version of “Kick-off”', 'unterschriebene SLA-Version von „Kick-off“'],
    [new FileSaveFailure('diskFull', 'SLA.docx'), '“SLA.docx” was not saved: the disk is full.', '„SLA.docx“ wurde nicht gespeichert: Der Datenträger ist voll.'],
    [new FileOpenFailure('tooLarge', 'backup', 72_000_000), 'too large for a backup (72 MB)', 'für eine Sicherung zu groß (72 MB)'],
    [new FileOpenFailure('tooLarge', 'sla'), en.openSla.tooLarge, de.openSla.tooLarge],
    [new BackupRefused({ code: 'tooManyRecords', params: { kind: 'signature', max: 10 } }), 'more signature records', 'vom Typ Unterschrift'],
    [new FileReaderFailure(), en.failures.readerFailed, de.failures.readerFailed],
    [new SealBrokenError(2), 'Version 2 does not match its seal and is not exported as signed.', 'Version 2 stimmt nicht mit ihrem Siegel überein'],
    [new SignedVersionError(2), en.save.problem.signed, de.save.problem.signed],
    [new DOMException('Quota exceeded', 'QuotaExceededError'), en.failures.storageFull, de.failures.storageFull]
  ])('%s is told in English and German', async (error, english, german) => {
    expect(failureMessage(t, error)).toContain(english)
    await i18next.changeLanguage('de')
    expect(failureMessage(t, error)).toContain(german)
  })

  it('never shows the text of an error it does not know, only the fallback of the place', async () => {
    await fc.assert(
      fc.property(fc.string({ minLength: 3 }), fc.constantFrom('failures.exportFailed', 'restorePlan.failed', 'errors.unhandled') as fc.Arbitrary<
        'failures.exportFailed' | 'restorePlan.failed' | 'errors.unhandled'
      >, (text, fallback) => {
        for (const error of [new Error(text), new TypeError(text), text, { message: text }, null]) {
          expect(failureMessage(t, error, fallback)).toBe(t(fallback))
        }
      }),
      { numRuns: 50 }
    )
  })
})
