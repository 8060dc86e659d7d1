// The app's base styles come first: every screen's own styles, loaded with it, follow them.
import './styles/base.css'
import './app/zod-jitless'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { openEarly } from './db/db'
import { initI18n } from './i18n'

async function start() {
  // The list's first query needs the database: it opens while the texts load and React starts.
  openEarly()
  await initI18n()
  const container = document.getElementById('root')
  if (!container) throw new Error('index.html has no #root element')
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>
  )
}

void start()
