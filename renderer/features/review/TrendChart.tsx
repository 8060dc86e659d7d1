import { useTranslation } from 'react-i18next'
import { useUiLanguage } from '../../i18n/ui-language'
import { attainment, type AttainmentStatus } from '../../../shared/domain/attainment'
import type { AttainmentThresholds, Review } from '../../../shared/domain/review'
import { formatPercent } from '../../../shared/domain/numbers'
import type { SlaState } from '../sla/useSla'
import type { WorkshopData } from '../workshop/useWorkshopData'

interface Series {
  id: string
  label: string
  /** What tells two targets of the same name apart: period and owning team. */
  detail: string
  points: Array<{ period: string; percent: number | null; status: AttainmentStatus }>
}

const BAR = 26
const GAP = 10
const HEIGHT = 140
/** Room for the y axis with its ticks, and below for the periods and the axis title. */
const LEFT = 40
const BOTTOM = 40
const TOP = 12
/** Bars are drawn up to 150 %; anything above is clipped with its number shown. */
const CAP = 150
const TICKS = [0, 50, 100, 150]

/** Per target, its attainment in every review so far (SPEC §5 trend view). */
export function TrendChart({ sla, reviews, thresholds }: { data: WorkshopData; sla: SlaState; reviews: Review[]; thresholds: AttainmentThresholds }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const periods = [...new Set(reviews.map((r) => r.period))].sort()
  const series = new Map<string, Series>()
  for (const review of [...reviews].sort((a, b) => (a.period < b.period ? -1 : 1))) {
    const content = sla.versions.find((v) => v.id === review.versionId)?.content
    for (const target of content?.targets ?? []) {
      const entry = series.get(target.id) ?? { id: target.id, label: target.metric, detail: '', points: [] }
      entry.label = target.metric
      entry.detail = [t(`sla.targets.periods.${target.period}`), target.team ? t(`teams.${target.team}`) : null].filter(Boolean).join(' · ')
      const result = attainment(target.value, review.actuals[target.id], 'atLeast', thresholds)
      entry.points.push({ period: review.period, percent: result.percent, status: result.status })
      series.set(target.id, entry)
    }
  }
  const rows = [...series.values()].filter((s) => s.points.some((p) => p.status !== 'notMeasured' && p.status !== 'noTarget'))
  if (rows.length === 0 || periods.length === 0) return <p className="empty-list">{t('review.overallNone')}</p>
  const plot = periods.length * (BAR + GAP) + GAP
  const width = LEFT + plot + 8
  const y = (percent: number) => TOP + HEIGHT - (Math.min(percent, CAP) / CAP) * HEIGHT
  // Two targets with the same name (a quarter's and a year's MQLs) get their period in the title.
  const sameName = (row: Series) => rows.filter((other) => other.label === row.label).length > 1
  const title = (row: Series) => (sameName(row) ? `${row.label} (${row.detail})` : row.label)

  return (
    <>
      <div className="trend-grid" aria-hidden="true">
        {rows.map((row) => (
          <figure key={row.id} className="trend">
            <figcaption>
              {row.label}
              {row.detail && <span className="trend-detail">{row.detail}</span>}
            </figcaption>
            <svg viewBox={`0 0 ${width} ${TOP + HEIGHT + BOTTOM}`} width={width * 1.6} height={(TOP + HEIGHT + BOTTOM) * 1.6} role="presentation">
              {TICKS.map((tick) => (
                <g key={tick} className="trend-tick">
                  <line x1={LEFT - 3} x2={LEFT + plot} y1={y(tick)} y2={y(tick)} className={tick === 100 ? 'trend-goal' : 'trend-gridline'} />
                  <text x={LEFT - 5} y={y(tick) + 3} className="axis-value">
                    {formatPercent(tick, language, 0)}
                  </text>
                </g>
              ))}
              <line x1={LEFT} x2={LEFT} y1={TOP} y2={TOP + HEIGHT} className="trend-axis" />
              <line x1={LEFT} x2={LEFT + plot} y1={TOP + HEIGHT} y2={TOP + HEIGHT} className="trend-axis" />
              {periods.map((period, index) => {
                const point = row.points.find((p) => p.period === period)
                const x = LEFT + GAP + index * (BAR + GAP)
                const percent = point?.percent ?? null
                return (
                  <g key={period}>
                    {percent !== null && <rect x={x} y={y(percent)} width={BAR} height={TOP + HEIGHT - y(percent)} className={`bar ${point?.status}`} />}
                    <text x={x + BAR / 2} y={percent !== null ? Math.max(TOP + 8, y(percent) - 3) : TOP + HEIGHT - 3} className="bar-value">
                      {percent !== null ? Math.round(percent) : '–'}
                    </text>
                    <text x={x + BAR / 2} y={TOP + HEIGHT + 12} className="bar-label">
                      {period.replace(/^(\d{4})-/, '')}
                    </text>
                    <text x={x + BAR / 2} y={TOP + HEIGHT + 21} className="bar-label year">
                      {period.slice(0, 4)}
                    </text>
                  </g>
                )
              })}
              <text x={LEFT + plot / 2} y={TOP + HEIGHT + BOTTOM - 4} className="axis-title">
                {t('layout.trendAxisPeriod')}
              </text>
              <text x={10} y={TOP + HEIGHT / 2} className="axis-title" transform={`rotate(-90 10 ${TOP + HEIGHT / 2})`}>
                {t('layout.trendAxisAttainment')}
              </text>
            </svg>
          </figure>
        ))}
      </div>
      <table className="visually-hidden">
        <caption>{t('review.trendTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.item')}</th>
            {periods.map((period) => (
              <th key={period} scope="col">
                {period}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{title(row)}</th>
              {periods.map((period) => {
                const point = row.points.find((p) => p.period === period)
                return (
                  <td key={period}>
                    {point?.percent != null ? `${formatPercent(point.percent, language, 0)} (${t(`review.statuses.${point.status}`)})` : t(`review.statuses.${point?.status ?? 'notMeasured'}`)}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
