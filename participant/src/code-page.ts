import { normalizeRoomCode, ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '../../shared/room/code'
import type { CodeResponse, RetryAfter } from '../../shared/room/contract'
import { h } from './dom'
import { fill, formatSeconds, phoneLanguage, TEXTS } from './texts'

/**
 * The room's short address (issue 14 §1): for a phone that cannot scan the QR code, the room code
 * typed by hand leads to the room's page. The room counts the tries, so a code that cannot be one
 * is told here and never sent.
 */
const language = phoneLanguage()
const t = TEXTS[language]
document.documentElement.lang = language
document.title = t.title

const input = h('input', {
  id: 'code',
  className: 'code-input',
  attrs: {
    type: 'text',
    autocomplete: 'off',
    autocapitalize: 'characters',
    autocorrect: 'off',
    spellcheck: 'false',
    enterkeyhint: 'go',
    // Room for the space or dash a person types between the halves.
    maxlength: String(ROOM_CODE_LENGTH * 2),
    'aria-describedby': 'code-example'
  }
})
const submit = h('button', { type: 'submit', className: 'button' }, t.code.enter)
const problem = h('p', { className: 'status', attrs: { role: 'alert' } })
problem.hidden = true

const say = (message: string) => {
  problem.textContent = message
  problem.hidden = message === ''
}

/** Waiting out the room's limit: the button comes back when the wait is over, the message counts down. */
function wait(seconds: number): void {
  submit.disabled = true
  const tick = (left: number) => {
    if (left <= 0) {
      submit.disabled = false
      return say('')
    }
    say(fill(t.code.tooMany, { wait: formatSeconds(left, language) }))
    setTimeout(() => tick(left - 1), 1_000)
  }
  tick(seconds)
}

async function enter(): Promise<void> {
  const code = normalizeRoomCode(input.value)
  if (code.length !== ROOM_CODE_LENGTH || [...code].some((character) => !ROOM_CODE_ALPHABET.includes(character))) return say(t.code.shape)
  submit.disabled = true
  submit.textContent = t.code.checking
  let response: Response
  try {
    response = await fetch('code', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code }), cache: 'no-store' })
  } catch {
    response = Response.error()
  }
  submit.textContent = t.code.enter
  submit.disabled = false
  if (response.ok) {
    const { path } = (await response.json()) as CodeResponse
    // Only a path of this room's own origin, whatever the answer held.
    if (path.startsWith('/r/')) return location.assign(path)
  }
  if (response.status === 429) {
    const body = (await response.json().catch(() => ({}))) as Partial<RetryAfter>
    return wait(Math.max(1, Math.ceil(body.retryAfter ?? 60)))
  }
  say(response.status === 404 ? t.code.wrong : t.code.failed)
  if (response.status === 404) input.select()
}

const form = h(
  'form',
  { className: 'question', attrs: { novalidate: '' } },
  h('label', { attrs: { for: 'code' } }, t.code.label),
  input,
  h('p', { className: 'hint', id: 'code-example' }, t.code.example),
  submit,
  // Told where the person acts: under the button just tapped.
  problem
)
form.addEventListener('submit', (event) => {
  event.preventDefault()
  void enter()
})
input.addEventListener('input', () => say(''))

document.getElementById('app')?.append(h('h1', {}, t.title), h('p', { className: 'intro' }, t.code.intro), form)
input.focus()
