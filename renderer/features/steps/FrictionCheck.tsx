import type { TFunction } from 'i18next'
import { memo, useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { TEXT_FIELDS } from '../../../shared/domain/field-limits'
import { toRating } from '../../../shared/domain/friction'
import type { ItemOf } from '../../../shared/domain/items'
import { WorkshopHeatTable } from './HeatTable'
import { addItem, setFrictionRating, updateItem } from '../../db/item-repo'
import { ItemList } from '../items/ItemList'
import { TextField } from '../../ui/fields'
import { RatingButtons } from '../../ui/RatingButtons'
import { shorten } from '../../ui/text'

const RATED_TEAMS = ['marketing', 'sales', 'management'] as const
type RatedTeam = (typeof RATED_TEAMS)[number]

const describeArea = (t: TFunction, area: ItemOf<'friction'>) => t('awareness.friction.describe', { area: shorten(area.area) })

function setRating(area: ItemOf<'friction'>, team: RatedTeam, value: number | null) {
  const rating = toRating(value)
  if (rating === undefined) return Promise.resolve()
  return setFrictionRating(area.id, team, rating)
}

/** Drawn again only when an area changed (AwarenessStep). */
export const FrictionCheck = memo(function FrictionCheck({ workshopId, areas }: { workshopId: string; areas: ItemOf<'friction'>[] }) {
  const { t } = useTranslation()
  const renderArea = useCallback(
    (area: ItemOf<'friction'>) => (
      <div className="friction-row">
        <TextField
          limit={TEXT_FIELDS.items.friction.area}
          label={t('awareness.friction.area')}
          hideLabel
          multiline
          rows={2}
          value={area.area}
          autoFocus={area.area === ''}
          onSave={(text) => updateItem<'friction'>(area.id, { area: text })}
        />
        <TextField
          limit={TEXT_FIELDS.items.friction.notes}
          label={t('awareness.friction.notes')}
          hideLabel
          multiline
          rows={2}
          value={area.notes}
          onSave={(notes) => updateItem<'friction'>(area.id, { notes })}
        />
        <div className="friction-ratings">
          {RATED_TEAMS.map((team) => (
            <RatingButtons
              key={team}
              label={t(`teams.${team}`)}
              groupName={t('awareness.friction.rating', { team: t(`teams.${team}`) })}
              hint={t('layout.ratingHint')}
              value={area.ratings[team]}
              onSave={(value) => setRating(area, team, value)}
              className={`team-${team}`}
            />
          ))}
        </div>
      </div>
    ),
    [t]
  )

  return (
    <section className="card" aria-labelledby="friction-title">
      <h2 id="friction-title">{t('awareness.friction.title')}</h2>
      <p className="section-intro">{t('awareness.friction.intro')}</p>
      <div className="friction-head team-columns-head" aria-hidden="true">
        <span>{t('awareness.friction.area')}</span>
        <span>{t('awareness.friction.notes')}</span>
      </div>
      <ItemList
        label={t('awareness.friction.title')}
        items={areas}
        withAgreement={false}
        addLabel={t('awareness.friction.add')}
        describe={describeArea}
        onAdd={() => addItem(workshopId, 'friction')}
        renderItem={renderArea}
      />
      <HeatMap workshopId={workshopId} areas={areas} />
    </section>
  )
})

function HeatMap({ workshopId, areas }: { workshopId: string; areas: ItemOf<'friction'>[] }) {
  const { t } = useTranslation()
  if (areas.length === 0) return null
  return (
    <div className="heatmap">
      <WorkshopHeatTable
        workshopId={workshopId}
        areas={areas}
        caption={
          <>
            <strong>{t('awareness.friction.heatmap')}</strong> — {t('awareness.friction.heatmapCaption')}
          </>
        }
      />
      <p className="field-hint">{t('awareness.friction.gapHint')}</p>
    </div>
  )
}
