import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { checkCompleteness, hasBlockingFindings } from '../../../shared/domain/completeness'
import { findingText } from '../../../shared/domain/finding-texts'
import { signatureRows } from '../../../shared/domain/signing'
import type { Participant } from '../../../shared/domain/workshop'
import { saveNow } from '../../save/save-queue'
import { confirmOpenItems, ensureDraftVersion, removeSignature, signVersion } from '../../db/sla-repo'
import { failureMessage } from '../../app/failure-message'
import { useNoticeStore } from '../../store/notice-store'
import { useUiStore } from '../../store/ui-store'
import type { WorkshopData } from '../workshop/useWorkshopData'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { CheckboxField } from '../../ui/fields'
import { useUiLanguage } from '../../i18n/ui-language'
import { SignatureDialog, type SignatureCapture } from './SignatureDialog'
import { SignatureLine } from './SignatureLine'
import { useDraftFingerprint } from './useDraftFingerprint'
import type { SlaState } from './useSla'

export function SignPanel({ data, sla }: { data: WorkshopData; sla: SlaState }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const navigate = useUiStore((s) => s.navigate)
  const showNotice = useNoticeStore((s) => s.show)
  const [signing, setSigning] = useState<Participant | null>(null)
  const [withdrawing, setWithdrawing] = useState<{ id: string; name: string } | null>(null)
  const fingerprint = useDraftFingerprint(data)
  const { workshop, participants } = data
  const version = sla.current
  const isDraft = !version || version.state === 'draft'
  // A signed version shows who signed as it was frozen, whatever happened to the participant list since.
  const frozen = isDraft ? null : version.content
  const findings = isDraft ? checkCompleteness(data) : []
  const signatories = participants.filter((p) => p.signsSla)
  const confirmed = version?.openItemsConfirmed ?? false
  const mustConfirm = isDraft && findings.length > 0 && !confirmed
  const lastPlace = sla.signatures.at(-1)?.place ?? ''

  const sign = async (participant: Participant, capture: SignatureCapture): Promise<string | null> => {
    try {
      const draft = await ensureDraftVersion(workshop.id)
      const { versionSigned } = await signVersion(workshop.id, draft.id, {
        participantId: participant.id,
        name: capture.name,
        place: capture.place,
        method: capture.method,
        image: capture.image
      })
      setSigning(null)
      if (versionSigned) showNotice({ message: (t) => t('sla.signing.complete', { number: draft.number }) })
      return null
    } catch (error) {
      // Told in the signing dialog, which stays open so the person can sign again.
      console.error('Signing failed', error)
      return failureMessage(t, error, 'failures.signingFailed')
    }
  }

  return (
    <div className="sign-panel">
      {isDraft && (
        <section className="card" aria-labelledby="check-title">
          <h2 id="check-title">{t('sla.check.title')}</h2>
          {/* "Nothing missing" only when the list below is empty: open points to check are open items too. */}
          {findings.length === 0 ? (
            <p className="all-good" data-check="green">
              ✓ {t('sla.check.allGood')}
            </p>
          ) : (
            <p className="check-open" data-check={hasBlockingFindings(findings) ? 'red' : 'amber'}>
              {t('completenessSummary.open', { count: findings.length })}
            </p>
          )}
          {findings.length > 0 && (
            <ul className="findings">
              {findings.map((finding, index) => (
                <li key={`${finding.code}-${index}`} className={finding.severity}>
                  <span className="finding-kind">{finding.severity === 'blocking' ? t('sla.check.blocking') : t('sla.check.warning')}</span>
                  <span className="finding-text">{findingText(finding, language)}</span>
                  <a
                    href="#"
                    className="button small"
                    onClick={(event) => {
                      event.preventDefault()
                      navigate(
                        {
                          screen: 'workshop',
                          workshopId: workshop.id,
                          section: finding.step,
                          ...(finding.step === 'sla' ? { tab: 'agreement' } : {})
                        },
                        finding.anchor
                      )
                    }}
                  >
                    {t('sla.check.fix')}
                  </a>
                </li>
              ))}
            </ul>
          )}
          {findings.length > 0 && (
            <div className="confirm-open-items">
              <CheckboxField
                label={t('sla.check.confirmLabel')}
                checked={confirmed}
                onSave={async (value) => {
                  const draft = await ensureDraftVersion(workshop.id)
                  await confirmOpenItems(draft.id, value)
                }}
              />
              <p>{t('sla.check.confirmBody', { count: findings.length })}</p>
            </div>
          )}
        </section>
      )}

      <section className="card" aria-labelledby="signing-title" data-audience-focus="signing">
        <h2 id="signing-title">{t('sla.signing.title')}</h2>
        <p className="section-intro">{t('sla.signing.intro')}</p>
        {signatories.length === 0 && <p className="row-warning">{t('sla.signing.needsSigners')}</p>}
        {mustConfirm && signatories.length > 0 && <p className="row-warning">{t('sla.signing.openItemsFirst')}</p>}
        <ul className="signatories">
          {frozen
            ? signatureRows(frozen.parties.signatories, sla.signatures, version?.fingerprint ?? null).map((row) => (
                <SignatureLine key={row.signatory.participantId} row={row} />
              ))
            : signatories.map((participant) => {
                const signature = sla.signatures.find((s) => s.participantId === participant.id) ?? null
                const valid = signature !== null && signature.fingerprint === fingerprint
                const row = { signatory: { participantId: participant.id, name: participant.name, role: participant.role, team: participant.team }, signature }
                return (
                  <SignatureLine key={participant.id} row={row} valid={valid}>
                    <div className="signatory-actions">
                      {(!signature || !valid) && (
                        <button
                          type="button"
                          className="button primary"
                          disabled={mustConfirm || !participant.name.trim()}
                          aria-label={t('sla.signing.signAs', { name: participant.name })}
                          onClick={() => setSigning(participant)}
                        >
                          {t('sla.signing.sign')}
                        </button>
                      )}
                      {signature && (
                        <button type="button" className="button small quiet" onClick={() => setWithdrawing({ id: signature.id, name: participant.name })}>
                          {t('sla.signing.remove')}
                        </button>
                      )}
                    </div>
                  </SignatureLine>
                )
              })}
        </ul>
      </section>
      <ConfirmDialog
        open={withdrawing !== null}
        title={t('signedSla.withdrawTitle')}
        message={t('signedSla.withdrawBody', { name: withdrawing?.name ?? '' })}
        confirmLabel={t('signedSla.withdraw')}
        danger
        onCancel={() => setWithdrawing(null)}
        onConfirm={() => {
          const id = withdrawing?.id
          setWithdrawing(null)
          if (id) void saveNow(() => removeSignature(id))
        }}
      />
      <SignatureDialog
        participant={signing}
        defaultPlace={lastPlace}
        onCancel={() => setSigning(null)}
        onSign={(capture) => (signing ? sign(signing, capture) : Promise.resolve(null))}
      />
    </div>
  )
}
