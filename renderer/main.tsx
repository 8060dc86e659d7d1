// The app's base styles come first: every screen's own styles, loaded with it, follow them.
import './styles/base.css'
import './app/zod-jitless'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { openEarly } from './db/db'
import { keepListSnapshotFresh, readListEarly } from './db/workshop-repo'
import { initI18n } from './i18n'
import { useUiStore } from './store/ui-store'

/**
 * How long the first render waits for the list's workshops. They are usually there within a few
 * tens of milliseconds; rendering before them would draw an empty list and then draw it again.
 */
const LIST_WAIT_MS = 300

async function start() {
  const { screen } = useUiStore.getState().route
  // The projector's window only reads: the facilitator's window keeps the list's snapshot.
  if (screen !== 'audience') keepListSnapshotFresh()
  // The list's first frame comes from its snapshot, or from a read that opens the database while
  // the texts load. With the snapshot, the database opens for the list's live query after the
  // first frame: its opening would otherwise hold the frame back. Other screens open it at once.
  const listRead = screen === 'workshops' ? readListEarly(LIST_WAIT_MS) : openEarly()
  await initI18n()
  await listRead
  const container = document.getElementById('root')
  if (!container) throw new Error('index.html has no #root element')
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>
  )
}

void start()
