import '@testing-library/jest-dom/vitest'
import 'fake-indexeddb/auto'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeAll } from 'vitest'
import { initI18n, loadAllMessages } from '../../renderer/i18n'

// jsdom has <dialog> but not its modal behaviour; this is the part our Modal relies on.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open')
    this.dispatchEvent(new Event('close'))
  }
}

// findBy… waits only as long as needed; the first render of a file also loads the lazy screens,
// which takes longer than the default second on a busy two-core machine.
configure({ asyncUtilTimeout: 5000 })

beforeAll(async () => {
  await initI18n('en')
  // Components are rendered here without the screen that loads their texts.
  await loadAllMessages()
})

afterEach(() => {
  cleanup()
})
