import type { ActionState } from '../../domain/items'
import type { Team } from '../../domain/workshop'
import { dataTable, type Block, type CellValue } from '../blocks'
import { teamName } from '../../domain/vocabulary'
import { orDash, type DocContext } from './context'

export interface ActionRow {
  title: string
  owner: string
  team: Team
  due: string
  state: ActionState
}

/**
 * The action plan as a table — in the workshop minutes and in the review report. `title` lets
 * a caller mark some actions (e.g. those added in this review).
 */
export function actionTable<A extends ActionRow>(actions: readonly A[], ctx: DocContext, title: (action: A) => CellValue = (a) => orDash(a.title, ctx)): Block {
  const t = ctx.texts.minutes
  return dataTable(
    [
      { header: t.actionColumns.action, weight: 40 },
      { header: t.actionColumns.owner, weight: 16 },
      { header: t.actionColumns.team, weight: 15 },
      { header: t.actionColumns.due, weight: 15 },
      { header: t.actionColumns.state, weight: 14 }
    ],
    actions.map((a) => [title(a), orDash(a.owner, ctx), teamName(a.team, ctx.formats.language), ctx.formats.isoDate(a.due), t.actionStates[a.state] ?? a.state])
  )
}
