import { memo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { NOTABLE_GAP } from '../../../shared/domain/friction'
import type { ItemOf } from '../../../shared/domain/items'
import { formatAverage, formatNumber } from '../../../shared/domain/numbers'
import { heatRow, rowGap, teamRated, type HeatCell, type HeatRow, type TeamHeat } from '../../../shared/domain/room-tally'
import type { Team } from '../../../shared/domain/workshop'
import { useKept } from '../../db/keep-unchanged'
import { useRoomHeat } from '../../db/room-repo'
import { useUiLanguage } from '../../i18n/ui-language'
import './steps.css'

const RATED_TEAMS: readonly Team[] = ['marketing', 'sales', 'management']
const WITH_OTHER: readonly Team[] = [...RATED_TEAMS, 'other']
const NO_ROOM: ReadonlyMap<string, TeamHeat> = new Map()

/**
 * The friction heat map (SPEC §4 step 1): areas × teams, coloured by rating, with the perception
 * gap between marketing and sales — on the facilitator's screen and in the audience view. Where
 * the room's phones rated (issue 14), a cell shows their average, how many rated and the spread;
 * elsewhere the rating typed for the team. The team `other` has a column once its phones rated.
 */
export function HeatTable({
  areas,
  heat = NO_ROOM,
  caption,
  className
}: {
  areas: ItemOf<'friction'>[]
  heat?: ReadonlyMap<string, TeamHeat>
  caption: ReactNode
  className?: string
}) {
  const { t } = useTranslation()
  const teams = teamRated(heat, 'other') ? WITH_OTHER : RATED_TEAMS
  // A row keeps its identity while it shows the same (useKept), so only a changed row is drawn again.
  const rows = useKept(areas.map((area) => ({ id: area.id, title: area.area, cells: heatRow(area, heat) })))
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('awareness.friction.area')}</th>
          {teams.map((team) => (
            <th key={team} scope="col">
              {t(`teams.${team}`)}
            </th>
          ))}
          <th scope="col">{t('awareness.friction.gap')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <AreaRow key={row.id} row={row} teams={teams} />
        ))}
      </tbody>
    </table>
  )
}

/** One area's row, drawn again only when it changed (the table is drawn again with every keystroke's save in step 1 and every batch of the room's answers). */
const AreaRow = memo(function AreaRow({ row, teams }: { row: { title: string; cells: HeatRow }; teams: readonly Team[] }) {
  const language = useUiLanguage()
  const gap = rowGap(row.cells)
  const notable = gap !== null && gap >= NOTABLE_GAP
  return (
    <tr>
      <th scope="row">{row.title || '…'}</th>
      {teams.map((team) => (
        <Cell key={team} cell={row.cells[team]} />
      ))}
      <td className={`gap ${notable ? 'notable' : ''}`}>
        {gap === null ? '–' : formatNumber(gap, language, 1)}
        {notable && <span className="visually-hidden"> ⚠</span>}
      </td>
    </tr>
  )
})

/** The heat map of a workshop with its room's ratings, live. */
export function WorkshopHeatTable({ workshopId, ...table }: Omit<Parameters<typeof HeatTable>[0], 'heat'> & { workshopId: string }) {
  return <HeatTable {...table} heat={useRoomHeat(workshopId)} />
}

const sameCell = (a: HeatCell, b: HeatCell): boolean =>
  a.source === 'typed' ? b.source === 'typed' && a.value === b.value : b.source === 'room' && a.value === b.value && a.count === b.count && a.spread === b.spread

/**
 * One team's cell: drawn again only when what it shows changed (the table is drawn again with every
 * keystroke's save and every batch of the room's answers, most of its cells unchanged).
 */
const Cell = memo(function Cell({ cell }: { cell: HeatCell }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  if (cell.source === 'typed') {
    return (
      <td className={`heat heat-${cell.value ?? 'none'}`}>
        {cell.value ?? '–'}
        {cell.value === null && <span className="visually-hidden"> {t('awareness.friction.notRated')}</span>}
      </td>
    )
  }
  return (
    <td className={`heat heat-${Math.round(cell.value)} heat-room`}>
      {formatAverage(cell.value, language)}
      <span className="heat-count">{t('awareness.friction.roomRatings', { count: cell.count, spread: formatNumber(cell.spread, language, 0) })}</span>
    </td>
  )
}, (before, next) => sameCell(before.cell, next.cell))
