import { useTranslation } from 'react-i18next'
import { attainment, type AttainmentStatus } from '../../../shared/domain/attainment'
import { isLanguage } from '../../../shared/domain/language'
import type { AttainmentThresholds, Review } from '../../../shared/domain/review'
import { formatPercent } from '../../../shared/domain/numbers'
import type { SlaState } from '../sla/useSla'
import type { WorkshopData } from '../workshop/useWorkshopData'

interface Series {
  id: string
  label: string
  points: Array<{ period: string; percent: number | null; status: AttainmentStatus }>
}

const BAR = 26
const GAP = 8
const HEIGHT = 140
/** Bars are drawn up to 150 %; anything above is clipped with its number shown. */
const CAP = 150

/** Per target, its attainment in every review so far (SPEC §5 trend view). */
export function TrendChart({ sla, reviews, thresholds }: { data: WorkshopData; sla: SlaState; reviews: Review[]; thresholds: AttainmentThresholds }) {
  const { t, i18n } = useTranslation()
  const language = isLanguage(i18n.language) ? i18n.language : 'en'
  const periods = [...new Set(reviews.map((r) => r.period))].sort()
  const series = new Map<string, Series>()
  for (const review of [...reviews].sort((a, b) => (a.period < b.period ? -1 : 1))) {
    const content = sla.versions.find((v) => v.id === review.versionId)?.content
    for (const target of content?.targets ?? []) {
      const entry = series.get(target.id) ?? { id: target.id, label: target.metric, points: [] }
      entry.label = target.metric
      const result = attainment(target.value, review.actuals[target.id], 'atLeast', thresholds)
      entry.points.push({ period: review.period, percent: result.percent, status: result.status })
      series.set(target.id, entry)
    }
  }
  const rows = [...series.values()].filter((s) => s.points.some((p) => p.status !== 'notMeasured'))
  if (rows.length === 0 || periods.length === 0) return <p className="empty-list">{t('review.overallNone')}</p>
  const width = periods.length * (BAR + GAP) + GAP
  const y = (percent: number) => HEIGHT - (Math.min(percent, CAP) / CAP) * HEIGHT

  return (
    <>
      <div className="trend-grid" aria-hidden="true">
        {rows.map((row) => (
          <figure key={row.id} className="trend">
            <figcaption>{row.label}</figcaption>
            <svg viewBox={`0 0 ${width} ${HEIGHT + 34}`} width={width * 1.6} height={(HEIGHT + 34) * 1.6} role="presentation">
              <line x1="0" x2={width} y1={y(100)} y2={y(100)} className="trend-goal" />
              {periods.map((period, index) => {
                const point = row.points.find((p) => p.period === period)
                const x = GAP + index * (BAR + GAP)
                const percent = point?.percent ?? null
                return (
                  <g key={period}>
                    {percent !== null && <rect x={x} y={y(percent)} width={BAR} height={HEIGHT - y(percent)} className={`bar ${point?.status}`} />}
                    <text x={x + BAR / 2} y={percent !== null ? Math.max(10, y(percent) - 3) : HEIGHT - 3} className="bar-value">
                      {percent !== null ? Math.round(percent) : '–'}
                    </text>
                    <text x={x + BAR / 2} y={HEIGHT + 14} className="bar-label">
                      {period.slice(2)}
                    </text>
                  </g>
                )
              })}
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
              <th scope="row">{row.label}</th>
              {periods.map((period) => {
                const point = row.points.find((p) => p.period === period)
                return (
                  <td key={period}>
                    {point?.percent != null ? `${formatPercent(point.percent, language, 0)} (${t(`review.statuses.${point.status}`)})` : t('review.statuses.notMeasured')}
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
