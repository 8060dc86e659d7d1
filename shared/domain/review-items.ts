import { attainment, type Attainment } from './attainment'
import type { CommitmentUnit, Direction, Period } from './items'
import type { Review, AttainmentThresholds } from './review'
import { reviewTarget, type ReviewTarget } from './review-target'
import type { SlaContent } from './sla'

/** One row of a review: a target or a commitment of the reviewed version, with its actual. */
export interface ReviewRow {
  id: string
  kind: 'target' | 'commitment'
  label: string
  /** For targets: month, quarter or year. */
  period: Period | null
  direction: Direction
  /** What the quarter's actual is compared with: for targets per year or month, converted to a quarter. */
  target: number | null
  /** For targets: the value as agreed and how it was converted; null for commitments. */
  targetRule: ReviewTarget | null
  /** A target's unit as the room wrote it; a commitment's unit is `commitmentUnit`. */
  unit: string
  commitmentUnit: CommitmentUnit | null
  attainment: Attainment
}

/** The rows of a review in the order of the SLA: targets first, then commitments. */
export function reviewRows(content: SlaContent, review: Pick<Review, 'actuals'>, thresholds: AttainmentThresholds): ReviewRow[] {
  return [
    ...content.targets.map(
      (t): ReviewRow => {
        const rule = reviewTarget(t)
        return {
          id: t.id,
          kind: 'target',
          label: t.metric,
          period: t.period,
          direction: 'atLeast',
          target: rule.value,
          targetRule: rule,
          unit: t.unit,
          commitmentUnit: null,
          attainment: attainment(rule.value, review.actuals[t.id], 'atLeast', thresholds)
        }
      }
    ),
    ...content.commitments.map(
      (c): ReviewRow => ({
        id: c.id,
        kind: 'commitment',
        label: c.description,
        period: null,
        direction: c.direction,
        target: c.value,
        targetRule: null,
        unit: '',
        commitmentUnit: c.unit,
        attainment: attainment(c.value, review.actuals[c.id], c.direction, thresholds)
      })
    )
  ]
}
