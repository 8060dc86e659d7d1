import { useTranslation } from 'react-i18next'
import { RACI_TEAMS, type ItemFields } from '../../../shared/domain/items'
import { raciLabel } from '../../../shared/domain/raci'

type RaciRow = { id: string } & Pick<ItemFields['raci'], 'activity' | 'raci'>

/** The RACI matrix read-only, as the projector and a signed version show it: one activity a row, one team a column. */
export function RaciTable({ rows, className, caption }: { rows: readonly RaciRow[]; className: string; caption?: string }) {
  const { t } = useTranslation()
  return (
    <table className={className}>
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{t('sla.responsibilities.activity')}</th>
          {RACI_TEAMS.map((team) => (
            <th key={team} scope="col">
              {t(`teams.${team}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.activity}</th>
            {RACI_TEAMS.map((team) => (
              <td key={team} className={`raci-${row.raci[team] || 'none'}`}>
                {raciLabel(row.raci[team]) || t('sla.responsibilities.none')}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
