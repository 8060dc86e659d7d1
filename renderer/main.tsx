// The app's base styles come first: every screen's own styles, loaded with it, follow them.
import './styles/base.css'
import { StrictMode } from 'react'
import { config as zodConfig } from 'zod/v4/core'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { initI18n } from './i18n'

// Zod would probe `new Function` to speed up parsing; our CSP forbids eval, so it must not try.
zodConfig({ jitless: true })

async function start() {
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
