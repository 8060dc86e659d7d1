// The simulated phones of the room benchmarks (issue 14 "Speed and load"): each joins, holds its
// event stream open and sends its answers over the room's participant API, as the participants'
// page does — shared by room-load.mjs (the server alone) and room-typing.mjs (with the facilitator's page).
import { sleep } from './support.mjs'

export const TEAMS = ['marketing', 'sales', 'management', 'other']

export const post = (url, body, method = 'POST') => fetch(url, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })

/** Reads a server-sent event stream, calling `onEvent(event, data)` for each; resolves when it ends. */
export async function readEvents(response, onEvent) {
  const decoder = new TextDecoder()
  let buffer = ''
  try {
    for await (const chunk of response.body) {
      buffer += decoder.decode(chunk, { stream: true })
      let end
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const event = /^event: (.*)$/m.exec(block)?.[1]
        const data = /^data: (.*)$/m.exec(block)?.[1]
        if (event !== undefined && data !== undefined) onEvent(event, JSON.parse(data))
      }
    }
  } catch {
    // Aborted at the end of the run.
  }
}

/**
 * One phone of team TEAMS[index % 4]: joins at a random moment of the first `joinSpreadMs` (people
 * scan the code one after another, not in the same millisecond), opens its stream and waits for a
 * view that `answersOf(view, index)` can answer ([question id, answer] pairs; null: not yet), sends
 * them at random moments until 90 % of `windowMs` (the last well within it), and resends with the
 * same key after a refusal or a network error. `sent({ id, team, question, answer, at })` is told of
 * each answer as it is submitted (`id`: what the facilitator sees of the phone, `at`: performance.now()),
 * `accepted(ms)` once the room accepted it, `resent()` of each resend.
 * Resolves once every answer was accepted (or given up), with the stream still open: `{ streaming }`
 * ends with `abort`.
 */
export async function phone(index, { participantUrl, startedAt, joinSpreadMs, windowMs, answersOf, abort, sent, resent = () => {}, accepted = () => {} }) {
  const team = TEAMS[index % TEAMS.length]
  await sleep(startedAt + Math.random() * joinSpreadMs - performance.now())
  const joined = await (await post(`${participantUrl}join`, { team })).json()
  if (typeof joined.participant !== 'string') throw new Error(`Phone ${index} could not join: ${JSON.stringify(joined)}`)
  const base = `${participantUrl}p/${joined.participant}/`
  let answerable
  const ready = new Promise((resolve) => (answerable = resolve))
  const stream = await fetch(`${base}events`, { signal: abort.signal })
  const streaming = readEvents(stream, (event, data) => {
    const answers = event === 'view' ? answersOf(data, index) : null
    if (answers) answerable(answers)
  })
  const answers = await Promise.race([ready, streaming.then(() => [])])
  const from = performance.now() - startedAt
  const moments = answers.map(() => from + Math.random() * (windowMs * 0.9 - from)).sort((a, b) => a - b)
  for (const [i, [question, answer]] of answers.entries()) {
    await sleep(startedAt + moments[i] - performance.now())
    const key = `${joined.participant.slice(0, 8)}-${index}-${i}`
    const at = performance.now()
    sent({ id: joined.id, team, question, answer, at })
    for (let attempt = 0; ; attempt++) {
      const response = await post(`${base}answers`, { key, question, answer }).catch(() => undefined)
      if (response?.status === 200) {
        accepted(performance.now() - at)
        break
      }
      resent()
      if (attempt >= 20) break
      await sleep(100 * (attempt + 1))
    }
  }
  // Wrapped: an async function would wait for a promise it returns, and the stream ends only at the end of the run.
  return { streaming }
}
