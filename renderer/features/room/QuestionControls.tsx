import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { VOTE_SUBJECTS, type VoteSubject } from '../../../shared/domain/room-records'
import { CARD_KINDS } from '../../../shared/room/kinds'
import { ROOM_LIMITS } from '../../../shared/room/contract'
import { agreeableCommitments, agreeText, dotOptions, rateAreas } from '../../../shared/room/room-view'
import { formatNumber } from '../../../shared/domain/numbers'
import type { WorkshopData } from '../workshop/useWorkshopData'
import { changeRoomChoices, useRoomChoices } from './room-choices'

const DOT_COUNTS = Array.from({ length: ROOM_LIMITS.maxDots }, (_, index) => index + 1)

/**
 * What is open on the phones (issue 14 §2): rating the friction areas, each kind of card, one dot
 * vote and one "agree / not yet". A question with nothing to answer cannot be opened, and says why.
 */
export function QuestionControls({ data }: { data: WorkshopData }) {
  const { t } = useTranslation()
  const { workshop, items } = data
  const choices = useRoomChoices(workshop.id)
  const change = (update: Parameters<typeof changeRoomChoices>[1]) => changeRoomChoices(workshop.id, update)
  const id = useId()
  const language = workshop.language
  const noAreas = rateAreas(items).length === 0
  const noOptions = dotOptions(items, choices.dots.subject).length === 0
  const noAgreeText = agreeText(workshop, items, choices.agree.subject) === ''
  const commitments = agreeableCommitments(items)

  return (
    <section className="card room-questions" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('roomScreen.questions.title')}</h2>
      <p className="field-hint">{t('roomScreen.questions.intro')}</p>

      <fieldset className="room-question">
        <legend className="visually-hidden">{t('roomScreen.questions.rate')}</legend>
        <label className="room-toggle">
          <input
            type="checkbox"
            checked={choices.rate && !noAreas}
            disabled={noAreas}
            aria-describedby={noAreas ? `${id}-rate-none` : undefined}
            onChange={(event) => change((c) => ({ ...c, rate: event.target.checked }))}
          />
          {t('roomScreen.questions.rate')}
        </label>
        {noAreas && (
          <p id={`${id}-rate-none`} className="field-hint">
            {t('roomScreen.questions.rateNone')}
          </p>
        )}
      </fieldset>

      <fieldset className="room-question">
        <legend>{t('roomScreen.questions.cards')}</legend>
        <div className="room-toggles">
          {CARD_KINDS.map((card) => (
            <label key={card} className="room-toggle">
              <input
                type="checkbox"
                checked={choices.cards[card]}
                onChange={(event) => change((c) => ({ ...c, cards: { ...c.cards, [card]: event.target.checked } }))}
              />
              {t(`roomScreen.questions.cardKinds.${card}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="room-question">
        <legend>{t('roomScreen.questions.dots')}</legend>
        <div className="room-inline">
          <label className="field">
            <span className="field-label">{t('roomScreen.questions.dotsSubject')}</span>
            <select
              value={choices.dots.subject}
              onChange={(event) => {
                const subject = VOTE_SUBJECTS.find((s) => s === event.target.value)
                if (subject) change((c) => ({ ...c, dots: { ...c.dots, subject: subject satisfies VoteSubject } }))
              }}
            >
              {VOTE_SUBJECTS.map((subject) => (
                <option key={subject} value={subject}>
                  {t(`roomScreen.questions.subjects.${subject}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">{t('roomScreen.questions.dotsCount')}</span>
            <select
              value={choices.dots.dots}
              onChange={(event) => change((c) => ({ ...c, dots: { ...c.dots, dots: Number(event.target.value) } }))}
            >
              {DOT_COUNTS.map((count) => (
                <option key={count} value={count}>
                  {formatNumber(count, language)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label className="room-toggle">
          <input
            type="checkbox"
            checked={choices.dots.open && !noOptions}
            disabled={noOptions}
            aria-describedby={noOptions ? `${id}-dots-none` : undefined}
            onChange={(event) => change((c) => ({ ...c, dots: { ...c.dots, open: event.target.checked } }))}
          />
          {t('roomScreen.questions.dotsOpen')}
        </label>
        {noOptions && (
          <p id={`${id}-dots-none`} className="field-hint">
            {t('roomScreen.questions.dotsNone')}
          </p>
        )}
      </fieldset>

      <fieldset className="room-question">
        <legend>{t('roomScreen.questions.agree')}</legend>
        <label className="field">
          <span className="field-label">{t('roomScreen.questions.agreeSubject')}</span>
          <select value={choices.agree.subject} onChange={(event) => change((c) => ({ ...c, agree: { ...c.agree, subject: event.target.value } }))}>
            <option value="mql">{t('roomScreen.questions.mql')}</option>
            <option value="sql">{t('roomScreen.questions.sql')}</option>
            {commitments.length > 0 && (
              <optgroup label={t('roomScreen.questions.commitments')}>
                {commitments.map((commitment) => (
                  <option key={commitment.id} value={commitment.id}>
                    {commitment.title}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
        <label className="room-toggle">
          <input
            type="checkbox"
            checked={choices.agree.open && !noAgreeText}
            disabled={noAgreeText}
            aria-describedby={noAgreeText ? `${id}-agree-none` : `${id}-agree-note`}
            onChange={(event) => change((c) => ({ ...c, agree: { ...c.agree, open: event.target.checked } }))}
          />
          {t('roomScreen.questions.agreeOpen')}
        </label>
        {noAgreeText ? (
          <p id={`${id}-agree-none`} className="field-hint">
            {t('roomScreen.questions.agreeEmpty')}
          </p>
        ) : (
          <>
            <blockquote className="room-agree-text">{agreeText(workshop, items, choices.agree.subject)}</blockquote>
            <p id={`${id}-agree-note`} className="field-hint">
              {t('roomScreen.questions.agreeNote')}
            </p>
          </>
        )}
      </fieldset>
    </section>
  )
}
