// Issue 14 "Speed and load": 200 simulated phones on loopback, each joins, holds its event stream
// open, rates 8 friction areas and sends 2 cards within 10 s. Reports submissions lost (must be 0)
// and the p95 from submit to arrival on the facilitator's event stream (budget 500 ms).
// The room server runs in a child Node process (electron/room/server.ts through Vite's loader),
// the phones and the facilitator's stream in this one, so their work does not slow the server's.
// No browser: room-typing.mjs measures the same load with the facilitator's page typing meanwhile.
import { spawn } from 'node:child_process'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { createInterface } from 'node:readline'
import { phone, post, readEvents } from './room-phones.mjs'
import { figure, median, moduleLoader, ms, quantile, ROOT, sleep } from './support.mjs'

const PHONES = Number(process.env.BENCH_ROOM_PHONES) || 200
const WINDOW_MS = Number(process.env.BENCH_ROOM_SECONDS) * 1000 || 10_000
const AREAS = 8
const CARDS = 2
const BUDGET_P95_MS = 500
/** How long to wait after the last answer was accepted for it to reach the facilitator. */
const SETTLE_MS = 5_000
const JOIN_SPREAD_MS = Math.min(1_000, WINDOW_MS / 4)

export const title = `Room mode: ${PHONES} phones on loopback, each joins, rates ${AREAS} areas and sends ${CARDS} cards within ${WINDOW_MS / 1000} s`

/** In the child: starts the room server, prints its addresses as one JSON line, stops when stdin closes. */
async function serve() {
  const loader = await moduleLoader()
  const { startRoomServer } = await loader.ssrLoadModule('/electron/room/server.ts')
  // Loaded: Vite's own threads would count towards the processor time below.
  await loader.close()
  // Every simulated phone comes from loopback, one address: its joins are let through, the room's other limits stay.
  const server = await startRoomServer({ language: 'en', hosts: ['127.0.0.1'], limits: { joinsPerAddress: { burst: PHONES, perSecond: PHONES } } })
  console.log(JSON.stringify({ facilitatorUrl: server.facilitatorUrl, participantUrl: server.participantUrls()[0] }))
  const delay = monitorEventLoopDelay({ resolution: 10 })
  delay.enable()
  const cpu = process.cpuUsage()
  process.stdin.resume()
  process.stdin.on('end', async () => {
    const used = process.cpuUsage(cpu)
    // What the server's own work cost, for the parent to print.
    console.log(JSON.stringify({ cpuMs: (used.user + used.system) / 1000, loopDelayP99Ms: delay.percentile(99) / 1e6, loopDelayMaxMs: delay.max / 1e6 }))
    await server.close()
    process.exit(0)
  })
}

/** The child: `ready` with its addresses; `stop()` resolves with what its work cost. */
function startServer() {
  const child = spawn(process.execPath, ['test/bench/room-load.mjs', '--server'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
  const readLine = async () => {
    const { value, done } = await lines.next()
    if (done) throw new Error('The room server stopped before it answered')
    return JSON.parse(value)
  }
  let stopping
  const stop = () =>
    (stopping ??= (async () => {
      child.stdin.end()
      const cost = await Promise.race([readLine().catch(() => undefined), sleep(5_000)])
      await Promise.race([exited, sleep(5_000)])
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
      return cost
    })())
  return { ready: readLine(), stop }
}

const matchKey = (participant, question, answer) => `${participant}|${question}|${answer.kind === 'rate' ? answer.area : answer.text}`

/** The same answers from every phone: `AREAS` ratings and `CARDS` cards, ready as soon as it joined. */
const answersOf = (_view, index) => [
  ...Array.from({ length: AREAS }, (_, area) => ['rate', { kind: 'rate', area: `area-${area}`, rating: 1 + ((index + area) % 5) }]),
  ...Array.from({ length: CARDS }, (_, card) => ['cards', { kind: 'card', text: `Phone ${index}, card ${card + 1}: the hand-over needs a date` }])
]

export async function run() {
  const server = startServer()
  const abort = new AbortController()
  try {
    const urls = await server.ready
    const areas = Array.from({ length: AREAS }, (_, area) => ({ id: `area-${area}`, title: `Friction area ${area + 1}` }))
    const view = {
      language: 'en',
      questions: [
        { kind: 'rate', id: 'rate', areas },
        { kind: 'cards', id: 'cards', card: 'voice', prompt: 'What do you hear about your team?' }
      ],
      shown: { kind: 'nothing' }
    }
    if ((await post(`${urls.facilitatorUrl}view`, view, 'PUT')).status !== 200) throw new Error('The room refused the questions')

    const record = { sent: new Map(), arrived: new Map(), retries: 0 }
    let lastSeq = 0
    let acking
    const facilitator = await fetch(`${urls.facilitatorUrl}events`, { signal: abort.signal })
    const facilitating = readEvents(facilitator, (event, data) => {
      if (event !== 'submission') return
      record.arrived.set(matchKey(data.participant, data.question, data.answer), performance.now())
      lastSeq = data.seq
      // The renderer acknowledges what it kept; here once per burst.
      acking ??= setTimeout(() => {
        acking = undefined
        post(`${urls.facilitatorUrl}ack`, { upTo: lastSeq }).catch(() => {})
      }, 50)
    })

    const clientDelay = monitorEventLoopDelay({ resolution: 10 })
    clientDelay.enable()
    const startedAt = performance.now()
    const phones = await Promise.all(
      Array.from({ length: PHONES }, (_, index) =>
        phone(index, {
          participantUrl: urls.participantUrl,
          startedAt,
          joinSpreadMs: JOIN_SPREAD_MS,
          windowMs: WINDOW_MS,
          answersOf,
          abort,
          sent: ({ id, question, answer, at }) => record.sent.set(matchKey(id, question, answer), at),
          resent: () => record.retries++
        })
      )
    )
    const allSentAt = performance.now()
    const expected = PHONES * (AREAS + CARDS)
    while (record.arrived.size < record.sent.size && performance.now() - allSentAt < SETTLE_MS) await sleep(20)
    abort.abort()
    clearTimeout(acking)
    await Promise.all([facilitating, ...phones.map((p) => p.streaming)])
    const cost = await server.stop()

    const latencies = [...record.sent].flatMap(([key, sentAt]) => (record.arrived.has(key) ? [record.arrived.get(key) - sentAt] : []))
    const lost = expected - latencies.length
    const p95 = quantile(latencies, 0.95)
    return [
      figure({
        label: 'Answers lost',
        value: `${lost} of ${expected.toLocaleString('en')}`,
        budget: '0',
        within: lost === 0,
        detail: `${record.sent.size.toLocaleString('en')} sent, ${record.arrived.size.toLocaleString('en')} arrived on the facilitator's stream; ${record.retries} resends after a refusal (same key), in ${((allSentAt - startedAt) / 1000).toFixed(1)} s`
      }),
      figure({
        label: 'Submit → on the facilitator’s stream, p95',
        value: ms(p95),
        budget: `≤ ${BUDGET_P95_MS} ms`,
        within: p95 <= BUDGET_P95_MS,
        detail: `median ${ms(median(latencies))}, max ${ms(Math.max(...latencies))}; ${PHONES} phone streams and the facilitator's open meanwhile; the phones' own event loop delay p99 ${ms(clientDelay.percentile(99) / 1e6)} (it counts in)`
      }),
      figure({
        label: 'Room server: processor time, event loop delay p99',
        value: cost === undefined ? 'not reported' : `${ms(cost.cpuMs)}, ${ms(cost.loopDelayP99Ms)}`,
        detail:
          cost === undefined
            ? undefined
            : `for ${PHONES} joins, ${PHONES + 1} streams and ${expected.toLocaleString('en')} answers, in its own process; event loop delay max ${ms(cost.loopDelayMaxMs)}`
      })
    ]
  } finally {
    abort.abort()
    await server.stop()
  }
}

if (process.argv.includes('--server')) await serve()
