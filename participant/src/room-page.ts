import type { Language } from '../../shared/domain/language'
import { TEAMS, type Team } from '../../shared/domain/workshop'
import type { Question, RoomView } from '../../shared/room/contract'
import { RoomClient, type Status } from './client'
import { button, h } from './dom'
import { renderQuestion } from './questions'
import { renderShown } from './shown'
import { loadState } from './store'
import { fill, phoneLanguage, TEXTS } from './texts'
import { roomSecret } from './where'

/**
 * The participants' page (issue 14 §2): choose a team, join, then answer what the facilitator
 * opens. The workshop's language comes with the room's view; until then the phone's own.
 */
const secret = roomSecret() ?? ''
const app = document.getElementById('app') as HTMLElement

let language: Language = phoneLanguage()
let view: RoomView | undefined
let status: Status = 'ok'

const statusLine = h('p', { className: 'status', attrs: { role: 'status' } })
const heading = h('h1', {})
const intro = h('p', { className: 'intro' })
const questions = h('div', { className: 'questions' })
const shownSlot = h('div', {})
/** Each open question's element, kept while the question and the language stay the same, so typing is never lost. */
let rendered = new Map<string, { element: HTMLElement; shape: string }>()

const client = new RoomClient(secret, loadState(secret), {
  view(next) {
    view = next
    language = next.language
    render()
  },
  status(next) {
    status = next
    showStatus()
  }
})

function showStatus(): void {
  const t = TEXTS[language]
  const message = status === 'ok' ? '' : t[status]
  statusLine.textContent = message
  statusLine.dataset.status = status
  statusLine.hidden = message === ''
  // Once the room is gone, nothing here can be answered any more; the short address asks for the new code.
  if (status === 'closed') {
    intro.textContent = ''
    questions.replaceChildren(h('a', { className: 'button link', attrs: { href: '/' } }, t.enterCode))
    shownSlot.replaceChildren()
    rendered = new Map()
  }
}

function chooseTeam(): HTMLElement {
  const t = TEXTS[language]
  const join = async (team: Team) => {
    for (const choice of choices) choice.disabled = true
    intro.textContent = t.joining
    if (await client.join(team)) return render()
    for (const choice of choices) choice.disabled = false
    intro.textContent = t.privacy
  }
  const choices = TEAMS.map((team) => button(t.team[team], () => void join(team), 'choice wide'))
  return h('section', { className: 'question' }, h('h2', {}, t.chooseTeam), h('div', { className: 'teams' }, ...choices))
}

function renderQuestions(open: readonly Question[]): void {
  const next = new Map<string, { element: HTMLElement; shape: string }>()
  for (const question of open) {
    const shape = `${language} ${JSON.stringify(question)}`
    const kept = rendered.get(question.id)
    next.set(question.id, kept?.shape === shape ? kept : { element: renderQuestion(question, language, client), shape })
  }
  rendered = next
  questions.replaceChildren(...[...next.values()].map((entry) => entry.element))
}

function render(): void {
  const t = TEXTS[language]
  document.documentElement.lang = language
  document.title = t.title
  heading.textContent = t.title
  showStatus()
  if (status === 'closed') return
  if (!client.joined) {
    intro.textContent = t.privacy
    questions.replaceChildren(chooseTeam())
    return
  }
  intro.textContent = client.state.team === undefined ? '' : fill(t.joined, { team: t.team[client.state.team] })
  if (view === undefined) {
    questions.replaceChildren()
    return
  }
  if (view.questions.length === 0) {
    rendered = new Map()
    questions.replaceChildren(h('p', { className: 'waiting' }, t.waiting))
  } else renderQuestions(view.questions)
  shownSlot.replaceChildren(...[renderShown(view.shown, language)].filter((node) => node !== null))
}

app.append(heading, statusLine, intro, questions, shownSlot)
render()
// A reload: the phone is already in the room and sends again what the room has not confirmed.
if (client.joined) client.connect()
// A phone that wakes or finds the network again does not sit out the rest of a long wait.
addEventListener('online', () => client.wake())
document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && client.wake())
