import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SIDES, type Side } from '../../../shared/domain/items'
import type { RoomCard } from '../../../shared/domain/room-records'
import { cardsOf, type CardGroup } from '../../../shared/domain/room-tally'
import { cardNeedsSide } from '../../../shared/room/to-record'
import { hideCard, mergeCards, releaseCard, requeueCard, RoomCardError } from '../../db/room-repo'

type Problem = RoomCardError['reason'] | 'failed'

/**
 * The moderation queue (issue 14 §2): the phones' cards wait here until the facilitator releases
 * them (into their list, and so onto the projector), merges them into a card that says the same,
 * or hides them. Every step is undoable as one edit. A voice or a give & get written by management
 * or others asks which side it belongs to.
 */
export function ModerationQueue({ cards }: { cards: readonly RoomCard[] }) {
  const { t } = useTranslation()
  const id = useId()
  const [problem, setProblem] = useState<Problem | null>(null)
  const tally = cardsOf(cards)

  const act = async (step: () => Promise<unknown>) => {
    setProblem(null)
    try {
      await step()
    } catch (error) {
      setProblem(error instanceof RoomCardError ? error.reason : 'failed')
    }
  }

  return (
    <section className="card room-queue" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {t('roomScreen.queue.title')} <span className="room-queue-count">({tally.queued.length})</span>
      </h2>
      <p className="field-hint">{t('roomScreen.queue.intro')}</p>
      {problem && (
        <p className="field-error" role="alert">
          {t(`roomScreen.queue.problems.${problem}`)}
        </p>
      )}
      {tally.queued.length === 0 ? (
        <p className="room-empty">{t('roomScreen.queue.empty')}</p>
      ) : (
        <ol className="room-cards" aria-label={t('roomScreen.queue.waiting')}>
          {tally.queued.map((group) => (
            <QueuedCard key={group.card.id} group={group} others={[...tally.queued, ...tally.released].filter((other) => other.card.id !== group.card.id && other.card.card === group.card.card)} act={act} />
          ))}
        </ol>
      )}
      <Finished title={t('roomScreen.queue.released')} groups={tally.released} act={act} />
      <Finished title={t('roomScreen.queue.hidden')} groups={tally.hidden} act={act} />
    </section>
  )
}

type Act = (step: () => Promise<unknown>) => Promise<void>

function CardText({ group }: { group: CardGroup }) {
  const { t } = useTranslation()
  return (
    <>
      <span className="room-card-kind">
        {t(`roomScreen.questions.cardKinds.${group.card.card}`)} · {t(`teams.${group.card.team}`)}
      </span>
      <p className="room-card-text">{group.card.text}</p>
      {group.merged.length > 0 && (
        <ul className="room-merged" aria-label={t('roomScreen.queue.mergedHere')}>
          {group.merged.map((card) => (
            <li key={card.id}>{card.text}</li>
          ))}
        </ul>
      )}
    </>
  )
}

function QueuedCard({ group, others, act }: { group: CardGroup; others: CardGroup[]; act: Act }) {
  const { t } = useTranslation()
  const [askSide, setAskSide] = useState(false)
  const [into, setInto] = useState('')
  const card = group.card
  const preview = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text)
  return (
    <li className={`room-card team-${card.team}`} data-card={card.id}>
      <CardText group={group} />
      <div className="room-card-actions">
        {askSide ? (
          <div role="group" aria-label={t('roomScreen.queue.whichSide')} className="room-side-choice">
            <span>{t('roomScreen.queue.whichSide')}</span>
            {SIDES.map((side: Side) => (
              <button key={side} type="button" className="button primary" onClick={() => void act(() => releaseCard(card.id, side))}>
                {t(`teams.${side}`)}
              </button>
            ))}
            <button type="button" className="button quiet" onClick={() => setAskSide(false)}>
              {t('roomScreen.queue.cancel')}
            </button>
          </div>
        ) : (
          <button type="button" className="button primary" onClick={() => (cardNeedsSide(card) ? setAskSide(true) : void act(() => releaseCard(card.id)))}>
            {t('roomScreen.queue.release')}
          </button>
        )}
        <button type="button" className="button" onClick={() => void act(() => hideCard(card.id))}>
          {t('roomScreen.queue.hide')}
        </button>
        {others.length > 0 && (
          <span className="room-merge">
            <label>
              <span className="visually-hidden">{t('roomScreen.queue.mergeInto')}</span>
              <select value={into} onChange={(event) => setInto(event.target.value)} aria-label={t('roomScreen.queue.mergeInto')}>
                <option value="">{t('roomScreen.queue.mergeInto')}</option>
                {others.map((other) => (
                  <option key={other.card.id} value={other.card.id}>
                    {preview(other.card.text)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="button" disabled={into === ''} onClick={() => void act(() => mergeCards(into, card.id))}>
              {t('roomScreen.queue.merge')}
            </button>
          </span>
        )}
      </div>
    </li>
  )
}

function Finished({ title, groups, act }: { title: string; groups: CardGroup[]; act: Act }) {
  const { t } = useTranslation()
  if (groups.length === 0) return null
  return (
    <details className="room-finished">
      <summary>
        {title} ({groups.length})
      </summary>
      <ol className="room-cards">
        {groups.map((group) => (
          <li key={group.card.id} className={`room-card team-${group.card.team}`} data-card={group.card.id}>
            <CardText group={group} />
            <div className="room-card-actions">
              <button type="button" className="button quiet" onClick={() => void act(() => requeueCard(group.card.id))}>
                {t('roomScreen.queue.requeue')}
              </button>
            </div>
          </li>
        ))}
      </ol>
    </details>
  )
}
