import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { NOTABLE_GAP, perceptionGap } from '../../../shared/domain/friction'
import type { ItemOf } from '../../../shared/domain/items'
import './steps.css'

const RATED_TEAMS = ['marketing', 'sales', 'management'] as const

/**
 * The friction heat map (SPEC §4 step 1): areas × teams, coloured by rating, with the perception
 * gap between marketing and sales — on the facilitator's screen and in the audience view.
 */
export function HeatTable({ areas, caption, className }: { areas: ItemOf<'friction'>[]; caption: ReactNode; className?: string }) {
  const { t } = useTranslation()
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('awareness.friction.area')}</th>
          {RATED_TEAMS.map((team) => (
            <th key={team} scope="col">
              {t(`teams.${team}`)}
            </th>
          ))}
          <th scope="col">{t('awareness.friction.gap')}</th>
        </tr>
      </thead>
      <tbody>
        {areas.map((area) => {
          const gap = perceptionGap(area)
          const notable = gap !== null && gap >= NOTABLE_GAP
          return (
            <tr key={area.id}>
              <th scope="row">{area.area || '…'}</th>
              {RATED_TEAMS.map((team) => {
                const rating = area.ratings[team]
                return (
                  <td key={team} className={`heat heat-${rating ?? 'none'}`}>
                    {rating ?? '–'}
                    {rating === null && <span className="visually-hidden"> {t('awareness.friction.notRated')}</span>}
                  </td>
                )
              })}
              <td className={`gap ${notable ? 'notable' : ''}`}>
                {gap ?? '–'}
                {notable && <span className="visually-hidden"> ⚠</span>}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
