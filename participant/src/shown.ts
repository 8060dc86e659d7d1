import { formatNumber } from '../../shared/domain/numbers'
import type { Language } from '../../shared/domain/language'
import { TEAMS } from '../../shared/domain/workshop'
import type { Shown } from '../../shared/room/contract'
import { h } from './dom'
import { fill, TEXTS } from './texts'

/** What the projector shows, small, below the questions: the phone sees nothing the room does not. */
export function renderShown(shown: Shown, language: Language): HTMLElement | null {
  const t = TEXTS[language]
  const number = (value: number) => formatNumber(value, language)
  const list = (items: HTMLElement[]) => h('ul', { className: 'shown-list' }, ...items)
  const row = (title: string, value: string) => h('li', {}, h('span', {}, title), h('strong', {}, value))
  let body: HTMLElement[]
  switch (shown.kind) {
    case 'nothing':
      return null
    case 'cards':
      body = [h('h3', {}, shown.title), list(shown.cards.map((card) => h('li', { className: 'card' }, card.text)))]
      break
    case 'dots':
      body = [h('h3', {}, shown.title), list(shown.options.map((option) => row(option.title, fill(t.shown.dots, { count: number(option.dots) }))))]
      break
    case 'agreement':
      body = [
        h('blockquote', {}, shown.text),
        list(TEAMS.map((team) => row(t.team[team], fill(t.shown.agreed, { agree: number(shown.teams[team].agree), notYet: number(shown.teams[team].notYet) }))))
      ]
      break
    case 'heatmap':
      body = shown.areas.map((area) =>
        h(
          'div',
          {},
          h('h3', {}, area.title),
          list(
            TEAMS.filter((team) => area.teams[team].count > 0).map((team) => {
              const heat = area.teams[team]
              return row(t.team[team], fill(t.shown.heat, { average: formatNumber(heat.average, language, 1), count: number(heat.count) }))
            })
          )
        )
      )
      break
  }
  return h('section', { className: 'shown' }, h('h2', {}, t.shown.title), ...body)
}
