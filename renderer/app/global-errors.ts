import { useNoticeStore } from '../store/notice-store'
import { isMalformedRoute, useUiStore } from '../store/ui-store'

/**
 * What escapes every handler still reaches the person (STYLE: errors never only in the console):
 * a rejected promise or an uncaught error becomes a notice in the UI language, and the details
 * go to the console for whoever debugs it.
 */
export function installGlobalErrorHandlers(target: Window = window): () => void {
  const tell = (reason: unknown) => {
    console.error(reason)
    useNoticeStore.getState().show({ message: (t) => t('errors.unhandled') })
  }
  const onRejection = (event: PromiseRejectionEvent) => tell(event.reason)
  const onError = (event: ErrorEvent) => tell(event.error ?? event.message)
  target.addEventListener('unhandledrejection', onRejection)
  target.addEventListener('error', onError)
  return () => {
    target.removeEventListener('unhandledrejection', onRejection)
    target.removeEventListener('error', onError)
  }
}

/** A malformed address opens the workshop list with a message instead of a blank page. */
export function recoverFromMalformedAddress(location: Location = window.location): void {
  if (!isMalformedRoute(location.hash)) return
  useUiStore.getState().navigate({ screen: 'workshops' })
  useNoticeStore.getState().show({ message: (t) => t('errors.badAddress') })
}
