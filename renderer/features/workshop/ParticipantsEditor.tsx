import type { TFunction } from 'i18next'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useUiLanguage } from '../../i18n/ui-language'
import { TEXT_FIELDS } from '../../../shared/domain/field-limits'
import { localeOf } from '../../../shared/domain/language'
import { formatNumber } from '../../../shared/domain/numbers'
import { duplicateNameIds } from '../../../shared/domain/participants'
import { isValidEmail } from '../../../shared/domain/email'
import { TEAMS, type Participant } from '../../../shared/domain/workshop'
import {
  addParticipant,
  removeParticipant,
  restoreParticipant,
  updateParticipant
} from '../../db/participant-repo'
import { saveNow } from '../../save/save-queue'
import { versionsSignedBy } from '../../db/sla-repo'
import { undoLabel, useNoticeStore } from '../../store/notice-store'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { CheckboxField, SelectField, TextField } from '../../ui/fields'

export function ParticipantsEditor({ workshopId, participants }: { workshopId: string; participants: Participant[] }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const [signer, setSigner] = useState<{ participant: Participant; index: number; versions: number[] } | null>(null)
  const showNotice = useNoticeStore((s) => s.show)
  const duplicates = duplicateNameIds(participants)
  const teamOptions = TEAMS.map((team) => ({ value: team, label: t(`teams.${team}`) }))
  const signers = participants.filter((p) => p.signsSla).length
  // In the words of the `t` given: a notice tells it again when the language changes.
  const describe = (p: Participant, index: number, say: TFunction = t) =>
    p.name.trim() ? say('participants.describe', { name: p.name }) : say('participants.unnamed', { number: index + 1 })

  const remove = async (participant: Participant, index: number) => {
    const removed = await removeParticipant(participant.id)
    if (removed) {
      showNotice({
        message: (t) => t('lists.removed', { what: describe(participant, index, t) }),
        actionLabel: undoLabel,
        action: () => restoreParticipant(removed)
      })
    }
  }

  // Deleting someone who signed asks first and says what happens to the signature: it stays.
  const requestRemove = async (participant: Participant, index: number) => {
    const versions = await versionsSignedBy(participant.id)
    if (versions.length > 0) setSigner({ participant, index, versions })
    else await saveNow(() => remove(participant, index))
  }
  const versionList = (numbers: number[]) =>
    new Intl.ListFormat(localeOf(language), { type: 'conjunction' }).format(numbers.map((n) => formatNumber(n, language)))

  return (
    <section className="card" aria-labelledby="participants-title">
      <ConfirmDialog
        open={signer !== null}
        title={t('signedSla.deleteSignerTitle')}
        message={
          signer
            ? t('signedSla.deleteSignerBody', { count: signer.versions.length, name: signer.participant.name, versions: versionList(signer.versions) })
            : ''
        }
        confirmLabel={t('signedSla.deleteSigner')}
        danger
        onCancel={() => setSigner(null)}
        onConfirm={() => {
          const chosen = signer
          setSigner(null)
          if (chosen) void saveNow(() => remove(chosen.participant, chosen.index))
        }}
      />
      <div className="section-head">
        <h2 id="participants-title">{t('participants.title')}</h2>
        <p className="section-meta">{t('participants.summary', { count: participants.length, signers: t('layout.signers', { count: signers }) })}</p>
      </div>
      {participants.length === 0 && <p className="empty-list">{t('participants.empty')}</p>}
      <ol className="participant-list" aria-label={t('participants.title')}>
        {participants.map((participant, index) => (
          <li key={participant.id} className={`participant team-${participant.team}`}>
            <TextField
              limit={TEXT_FIELDS.participant.name}
              label={t('participants.name')}
              value={participant.name}
              required
              requiredMessage={t('participants.nameRequired')}
              onSave={(name) => updateParticipant(participant.id, { name })}
              autoFocus={participant.name === '' && index === participants.length - 1}
            />
            <TextField
              limit={TEXT_FIELDS.participant.role}
              label={t('participants.role')}
              value={participant.role}
              onSave={(role) => updateParticipant(participant.id, { role })}
            />
            <SelectField
              label={t('participants.team')}
              value={participant.team}
              options={teamOptions}
              onSave={(team) => updateParticipant(participant.id, { team })}
            />
            <TextField
              limit={TEXT_FIELDS.participant.email}
              label={t('participants.email')}
              type="email"
              value={participant.email}
              validate={(email) => (isValidEmail(email) ? null : t('participants.invalidEmail'))}
              onSave={(email) => updateParticipant(participant.id, { email: email.trim() })}
            />
            <div className="participant-controls">
            <CheckboxField
              label={t('participants.signs')}
              checked={participant.signsSla}
              onSave={(signsSla) => updateParticipant(participant.id, { signsSla })}
            />
            <button
              type="button"
              className="button small quiet icon danger"
              aria-label={`${t('common.remove')}: ${describe(participant, index)}`}
              title={t('common.remove')}
              onClick={() => void requestRemove(participant, index)}
            >
              ✕
            </button>
            </div>
            {duplicates.has(participant.id) && (
              <p className="row-warning" role="note">
                ⚠ {t('participants.duplicate')}
              </p>
            )}
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button add-button"
        onClick={() =>
          void saveNow(() =>
            addParticipant(workshopId, { name: '', role: '', team: 'marketing', email: '', signsSla: false })
          )
        }
      >
        <span aria-hidden="true">+</span> {t('participants.add')}
      </button>
    </section>
  )
}
