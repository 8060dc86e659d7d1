import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useUiLanguage } from '../../i18n/ui-language'
import type { SignatureRow } from '../../../shared/domain/signing'
import { formatDateTime } from '../../ui/dates'

/**
 * One signatory with their signature. What it shows of the signer comes from the row — for a
 * signed version the frozen content and the signature's snapshot, never the participant list.
 */
export function SignatureLine({ row, valid = true, children }: { row: SignatureRow; valid?: boolean; children?: ReactNode }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const { signatory, signature } = row
  return (
    <li className={`signatory team-${signatory.team}`}>
      <div className="signatory-who">
        <strong>{signatory.name || '…'}</strong>
        <span>
          {signatory.role && `${signatory.role} · `}
          {t(`teams.${signatory.team}`)}
        </span>
      </div>
      <div className="signatory-signature">
        {signature && valid && (
          <>
            {signature.image ? (
              <img src={signature.image} alt={`${t('sla.signing.signed')}: ${signature.signerName}`} className="signature-image" />
            ) : (
              <span className="typed-signature">{signature.name}</span>
            )}
            <span className="signed-meta">
              ✓ {t('sla.signing.signedAt', { date: formatDateTime(signature.signedAt, language), place: signature.place })}
            </span>
          </>
        )}
        {signature && !valid && <span className="row-warning">⚠ {t('sla.signing.outdated')}</span>}
        {!signature && <span className="signed-meta">{t('signedSla.notSigned')}</span>}
      </div>
      {children}
    </li>
  )
}
