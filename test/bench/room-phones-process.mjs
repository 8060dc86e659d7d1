// The 200 simulated phones of room-typing.mjs in a process of their own, at a lower priority:
// phones are other devices and do not take the laptop's processor from the browser and the room
// server, as they would if simulated in the benchmark's own process beside the browser. Started by
// phonesInProcess() below with `fork`; it sends each answer as it is submitted ('sent', with the
// wall clock), each resend and each acceptance, then 'done' once every answer was accepted, and
// ends its streams and exits when told 'stop'.
import { fork } from 'node:child_process'
import { setPriority } from 'node:os'
import { phone } from './room-phones.mjs'

/** Each phone rates the first `areas` areas the room's view offers and sends `cards` cards, once the view asks for both. */
function answersOf({ areas, cards }, areaTitles) {
  return (view, index) => {
    const rate = view.questions.find((q) => q.kind === 'rate')
    const voices = view.questions.find((q) => q.kind === 'cards' && q.card === 'voice')
    if (!rate || !voices || rate.areas.length < areas) return null
    for (const area of rate.areas) areaTitles[area.id] = area.title
    return [
      ...rate.areas.slice(0, areas).map((area, n) => [rate.id, { kind: 'rate', area: area.id, rating: 1 + ((index + n) % 5) }]),
      ...Array.from({ length: cards }, (_, card) => [voices.id, { kind: 'card', text: `Phone ${index}, card ${card + 1}: the hand-over needs a date` }])
    ]
  }
}

const wallClock = () => performance.timeOrigin + performance.now()

async function runPhones(options) {
  const abort = new AbortController()
  process.on('message', (message) => message === 'stop' && abort.abort())
  const areaTitles = {}
  const startedAt = performance.now()
  const cpu = process.cpuUsage()
  const streams = await Promise.all(
    Array.from({ length: options.phones }, (_, index) =>
      phone(index, {
        participantUrl: options.participantUrl,
        startedAt,
        joinSpreadMs: options.joinSpreadMs,
        windowMs: options.windowMs,
        answersOf: answersOf(options, areaTitles),
        abort,
        sent: ({ team, answer }) => process.send({ sent: { team, answer, at: wallClock() } }),
        resent: () => process.send({ resent: 1 }),
        accepted: (took) => process.send({ accepted: took })
      })
    )
  )
  const used = process.cpuUsage(cpu)
  process.send({ done: { areaTitles, cpuMs: (used.user + used.system) / 1000 } })
  await Promise.all(streams.map((stream) => stream.streaming))
  process.disconnect()
}

if (process.send && process.argv[2] === '--phones') process.once('message', (options) => void runPhones(options))

/**
 * Starts the phones in a child process (niceness 10) as soon as this is called; `done` resolves with
 * what they sent and how it went once every answer was accepted; `stop()` ends their streams.
 */
export function phonesInProcess(options) {
  const child = fork(import.meta.filename, ['--phones'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  setPriority(child.pid, 10)
  const sent = []
  const acceptedMs = []
  let resends = 0
  const done = new Promise((resolve, reject) => {
    child.on('message', (message) => {
      if (message.sent) sent.push(message.sent)
      else if (message.resent) resends++
      else if (message.accepted !== undefined) acceptedMs.push(message.accepted)
      else if (message.done) resolve({ sent, resends, acceptedMs, areaTitles: new Map(Object.entries(message.done.areaTitles)), cpuMs: message.done.cpuMs })
    })
    child.on('exit', (code) => reject(new Error(`The phones' process ended early (${code})`)))
    child.on('error', reject)
  })
  child.send(options)
  const exited = new Promise((resolve) => child.on('exit', resolve))
  return {
    done,
    async stop() {
      if (child.exitCode === null && child.connected) child.send('stop')
      const timer = setTimeout(() => child.kill(), 5_000)
      await exited
      clearTimeout(timer)
    }
  }
}
