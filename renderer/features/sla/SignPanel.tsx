import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { checkCompleteness, hasBlockingFindings } from '../../../shared/domain/completeness'
import { isLanguage } from '../../../shared/domain/language'
import type { Participant } from '../../../shared/domain/workshop'
import { saveNow } from '../../db/save-queue'
import { ContentChangedError, confirmOpenItems, ensureDraftVersion, removeSignature, signVersion } from '../../db/sla-repo'
import { useNoticeStore } from '../../store/notice-store'
import { useUiStore } from '../../store/ui-store'
import type { WorkshopData } from '../workshop/useWorkshopData'
import { CheckboxField } from '../../ui/fields'
import { findingMessage } from './findings'
import { SignatureDialog, type SignatureCapture } from './SignatureDialog'
import { useDraftFingerprint } from './useDraftFingerprint'
import type { SlaState } from './useSla'

export function SignPanel({ data, sla }: { data: WorkshopData; sla: SlaState }) {
  const { t, i18n } = useTranslation()
  const navigate = useUiStore((s) => s.navigate)
  const showNotice = useNoticeStore((s) => s.show)
  const [signing, setSigning] = useState<Participant | null>(null)
  const fingerprint = useDraftFingerprint(data)
  const { workshop, participants } = data
  const locale = isLanguage(i18n.language) && i18n.language === 'de' ? 'de-DE' : 'en-GB'
  const version = sla.current
  const isDraft = !version || version.state === 'draft'
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
        role: participant.role,
        team: participant.team,
        place: capture.place,
        method: capture.method,
        image: capture.image
      })
      setSigning(null)
      if (versionSigned) showNotice({ message: t('sla.signing.complete', { number: draft.number }) })
      return null
    } catch (error) {
      if (error instanceof ContentChangedError) return t('sla.signing.changed')
      throw error
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
                  <span className="finding-text">{findingMessage(t, finding)}</span>
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
          {signatories.map((participant) => {
            const signature = sla.signatures.find((s) => s.participantId === participant.id)
            const valid = signature && (!isDraft || signature.fingerprint === fingerprint)
            return (
              <li key={participant.id} className={`signatory team-${participant.team}`}>
                <div className="signatory-who">
                  <strong>{participant.name || '…'}</strong>
                  <span>
                    {participant.role && `${participant.role} · `}
                    {t(`teams.${participant.team}`)}
                  </span>
                </div>
                <div className="signatory-signature">
                  {signature && valid && (
                    <>
                      {signature.image ? (
                        <img src={signature.image} alt={`${t('sla.signing.signed')}: ${signature.name}`} className="signature-image" />
                      ) : (
                        <span className="typed-signature">{signature.name}</span>
                      )}
                      <span className="signed-meta">
                        ✓ {t('sla.signing.signedAt', {
                          date: new Date(signature.signedAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }),
                          place: signature.place
                        })}
                      </span>
                    </>
                  )}
                  {signature && !valid && <span className="row-warning">⚠ {t('sla.signing.outdated')}</span>}
                </div>
                {isDraft && (
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
                      <button type="button" className="button small quiet" onClick={() => void saveNow(() => removeSignature(signature.id))}>
                        {t('sla.signing.remove')}
                      </button>
                    )}
                  </div>
                )}
              </li>
            )
          })}
        </ul>
      </section>
      <SignatureDialog
        participant={signing}
        defaultPlace={lastPlace}
        onCancel={() => setSigning(null)}
        onSign={(capture) => (signing ? sign(signing, capture) : Promise.resolve(null))}
      />
    </div>
  )
}
