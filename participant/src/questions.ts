import { FIELD_LIMITS, nearLimitFrom } from '../../shared/domain/field-limits'
import { formatNumber } from '../../shared/domain/numbers'
import type { Language } from '../../shared/domain/language'
import type { Question } from '../../shared/room/contract'
import { AGREE_ANSWERS, CARD_TEXT_FIELD } from '../../shared/room/kinds'
import type { RoomClient } from './client'
import { button, h, setPressed } from './dom'
import { fill, TEXTS } from './texts'

/**
 * One open question as a card on the phone. Each keeps what the person chose in the phone's
 * state, so a reload shows it again, and sends every change as a new answer.
 */
export function renderQuestion(question: Question, language: Language, client: RoomClient): HTMLElement {
  switch (question.kind) {
    case 'rate':
      return rate(question, language, client)
    case 'cards':
      return cards(question, language, client)
    case 'dots':
      return dots(question, language, client)
    case 'agree':
      return agree(question, language, client)
  }
}

type Of<K extends Question['kind']> = Extract<Question, { kind: K }>

const RATINGS = [1, 2, 3, 4, 5] as const

function section(title: string, ...children: (Node | string)[]): HTMLElement {
  return h('section', { className: 'question' }, h('h2', {}, title), ...children)
}

function rate(question: Of<'rate'>, language: Language, client: RoomClient): HTMLElement {
  const t = TEXTS[language]
  const areas = question.areas.map((area) => {
    const key = `${question.id} ${area.id}`
    const title = h('h3', { className: 'area', id: `area-${question.id}-${area.id}` }, area.title)
    const buttons = RATINGS.map((rating) =>
      button(formatNumber(rating, language), () => {
        client.state.ratings[key] = rating
        client.submit(question.id, { kind: 'rate', area: area.id, rating })
        buttons.forEach((other, index) => setPressed(other, RATINGS[index] === rating))
      }, 'choice', { 'aria-pressed': String(client.state.ratings[key] === rating), 'aria-label': fill(t.rate.choice, { area: area.title, rating: formatNumber(rating, language) }) })
    )
    return h('div', { className: 'rating', attrs: { role: 'group', 'aria-labelledby': title.id } }, title, h('div', { className: 'scale' }, ...buttons))
  })
  return section(t.rate.title, h('p', { className: 'hint' }, t.rate.scale), ...areas)
}

function cards(question: Of<'cards'>, language: Language, client: RoomClient): HTMLElement {
  const t = TEXTS[language]
  const field = CARD_TEXT_FIELD[question.card]
  const limit = FIELD_LIMITS[field]
  const id = `card-${question.id}`
  const input = h('textarea', { id, attrs: { rows: '4', maxlength: String(limit) } })
  const counter = h('p', { className: 'counter', attrs: { 'aria-live': 'polite' } })
  const sentCount = () => (client.state.cardsSent[question.id] ?? 0)
  const sent = h('p', { className: 'hint' })
  const showSent = () => (sent.textContent = sentCount() > 0 ? fill(t.cards.sentCount, { count: formatNumber(sentCount(), language) }) : '')
  const send = button(t.cards.send, () => {
    const text = input.value.trim()
    if (text === '') return
    client.state.cardsSent[question.id] = sentCount() + 1
    client.submit(question.id, { kind: 'card', text })
    input.value = ''
    update()
    showSent()
  })
  const update = () => {
    const length = input.value.length
    counter.textContent = length >= nearLimitFrom(field) ? fill(t.cards.left, { count: formatNumber(limit - length, language) }) : ''
    send.disabled = input.value.trim() === ''
  }
  input.addEventListener('input', update)
  update()
  showSent()
  return section(question.prompt.trim() || t.cards[question.card], h('label', { attrs: { for: id } }, t.cards.label), input, counter, send, sent)
}

function dots(question: Of<'dots'>, language: Language, client: RoomClient): HTMLElement {
  const t = TEXTS[language]
  const number = (value: number) => formatNumber(value, language)
  const chosen = [...(client.state.dots[question.id] ?? [])]
  const left = h('p', { className: 'hint', attrs: { 'aria-live': 'polite' } })
  const rows = question.options.map((option) => {
    const count = h('span', { className: 'count' })
    const add = button('+', () => change(option.id, +1), 'step', { 'aria-label': fill(t.dots.add, { option: option.title }) })
    const remove = button('−', () => change(option.id, -1), 'step', { 'aria-label': fill(t.dots.remove, { option: option.title }) })
    const show = () => {
      const on = chosen.filter((id) => id === option.id).length
      count.textContent = number(on)
      count.setAttribute('aria-label', fill(t.dots.onOption, { count: number(on), option: option.title }))
      remove.disabled = on === 0
      add.disabled = chosen.length >= question.dots
    }
    return { element: h('div', { className: 'option' }, h('span', { className: 'option-title' }, option.title), remove, count, add), show }
  })
  const send = button(t.dots.send, () => {
    client.state.dots[question.id] = [...chosen]
    client.submit(question.id, { kind: 'dots', options: [...chosen] })
    show()
  })
  const show = () => {
    rows.forEach((row) => row.show())
    left.textContent = fill(t.dots.left, { count: number(question.dots - chosen.length), total: number(question.dots) })
    const sent = client.state.dots[question.id]
    const unchanged = sent !== undefined && [...sent].sort().join() === [...chosen].sort().join()
    send.textContent = sent === undefined ? t.dots.send : unchanged ? t.dots.sent : t.dots.change
    // Nothing new to send: no dot yet, or the same dots as sent.
    send.disabled = sent === undefined ? chosen.length === 0 : unchanged
  }
  const change = (id: string, by: 1 | -1) => {
    if (by > 0 && chosen.length < question.dots) chosen.push(id)
    if (by < 0 && chosen.includes(id)) chosen.splice(chosen.lastIndexOf(id), 1)
    show()
  }
  show()
  return section(question.prompt, left, ...rows.map((row) => row.element), send)
}

function agree(question: Of<'agree'>, language: Language, client: RoomClient): HTMLElement {
  const t = TEXTS[language]
  const buttons = AGREE_ANSWERS.map((answer) =>
    button(t.agree[answer], () => {
      client.state.agree[question.id] = answer
      client.submit(question.id, { kind: 'agree', answer })
      buttons.forEach((other, index) => setPressed(other, AGREE_ANSWERS[index] === answer))
    }, `choice wide ${answer}`, { 'aria-pressed': String(client.state.agree[question.id] === answer) })
  )
  return section(t.agree.title, h('blockquote', {}, question.text), h('div', { className: 'pair' }, ...buttons))
}
