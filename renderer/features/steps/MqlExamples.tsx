import { useTranslation } from 'react-i18next'
import { useUiLanguage } from '../../i18n/ui-language'
import { MQL_EXAMPLE_THRESHOLD, mqlExampleCriteria } from '../../../shared/domain/defaults'
import type { ItemFields, ItemOf } from '../../../shared/domain/items'
import { formatNumber } from '../../../shared/domain/numbers'
import type { Workshop } from '../../../shared/domain/workshop'
import { addMqlExamples } from '../../db/definition-repo'
import { addItem } from '../../db/item-repo'
import { saveNow } from '../../save/save-queue'

/**
 * Example MQL criteria — fit and engagement, with points — offered like the SQL's BANT, but
 * never added by themselves: the room picks what fits and changes the points.
 */
export function MqlExamples({ workshop, criteria }: { workshop: Workshop; criteria: ItemOf<'mqlCriterion'>[] }) {
  const { t } = useTranslation()
  const uiLanguage = useUiLanguage()
  const taken = new Set(criteria.map((c) => c.text.trim()))
  const examples = mqlExampleCriteria(workshop.language).filter((example) => !taken.has(example.text))
  if (examples.length === 0) return null
  const number = { format: (value: number) => formatNumber(value, uiLanguage) }
  const add = (example: ItemFields['mqlCriterion']) => addItem(workshop.id, 'mqlCriterion', example)
  const addAll = () => addMqlExamples(workshop.id, examples, MQL_EXAMPLE_THRESHOLD)
  return (
    <details className="suggestions mql-examples" open={criteria.length === 0}>
      <summary>
        <h3>{t('mqlExamples.title')}</h3>
      </summary>
      <p className="field-hint">{t('mqlExamples.hint', { threshold: number.format(MQL_EXAMPLE_THRESHOLD) })}</p>
      <ul>
        {examples.map((example) => {
          const points = t('mqlExamples.points', { count: example.points ?? 0, formatted: number.format(example.points ?? 0) })
          return (
            <li key={example.text}>
              <button
                type="button"
                className="button small"
                aria-label={t('mqlExamples.add', { text: example.text })}
                onClick={() => void saveNow(() => add(example))}
              >
                <span aria-hidden="true">+</span> {example.text}
                <span className="example-meta">
                  {t(`language.kinds.${example.kind}`)} · {points}
                </span>
              </button>
            </li>
          )
        })}
      </ul>
      <button type="button" className="button" onClick={() => void saveNow(addAll)}>
        {workshop.mql.threshold === null
          ? t('mqlExamples.addAllWithThreshold', { threshold: number.format(MQL_EXAMPLE_THRESHOLD) })
          : t('mqlExamples.addAll')}
      </button>
    </details>
  )
}
