import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { CARD_KINDS } from '../../../shared/room/kinds'
import { PROJECTOR_KINDS } from '../../../shared/room/room-view'
import { changeRoomChoices, useRoomChoices } from './room-choices'

/** "On the projector" (issue 14): what the audience view shows beside the join code, and so the phones below their questions. */
export function ProjectorChooser({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation()
  const choices = useRoomChoices(workshopId)
  const id = useId()
  return (
    <section className="card room-projector" aria-labelledby={`${id}-title`}>
      <fieldset>
        <legend id={`${id}-title`}>
          <h2>{t('roomScreen.projector.title')}</h2>
        </legend>
        <p className="field-hint">{t('roomScreen.projector.hint')}</p>
        <div className="room-choices">
          {PROJECTOR_KINDS.map((kind) => (
            <label key={kind} className="room-toggle">
              <input
                type="radio"
                name={`${id}-projector`}
                value={kind}
                checked={choices.projector === kind}
                onChange={() => changeRoomChoices(workshopId, (c) => ({ ...c, projector: kind }))}
              />
              {t(`roomScreen.projector.kinds.${kind}`)}
            </label>
          ))}
        </div>
        {choices.projector === 'cards' && (
          <label className="field">
            <span className="field-label">{t('roomScreen.projector.cardKind')}</span>
            <select
              value={choices.projectorCard}
              onChange={(event) => {
                const card = CARD_KINDS.find((kind) => kind === event.target.value)
                if (card) changeRoomChoices(workshopId, (c) => ({ ...c, projectorCard: card }))
              }}
            >
              {CARD_KINDS.map((card) => (
                <option key={card} value={card}>
                  {t(`roomScreen.questions.cardKinds.${card}`)}
                </option>
              ))}
            </select>
          </label>
        )}
      </fieldset>
    </section>
  )
}
