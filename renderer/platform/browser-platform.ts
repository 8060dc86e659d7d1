import type { OpenFileResult, RoomStarted, SaveFileRequest, StartRoomRequest } from '../../shared/ipc/contract'
import { WEB_ROOM_ENDPOINT } from '../../shared/ipc/contract'
import type { Platform } from './platform'

const APP_VERSION = import.meta.env.VITE_APP_VERSION ?? '0.0.0'

/** Browser edition: a save becomes a download, an open becomes a file input (SPEC §8). */
export function browserPlatform(): Platform {
  let audience: Window | null = null
  return {
    edition: 'browser',
    async saveFile(request: SaveFileRequest) {
      const blob = new Blob([request.data as Uint8Array<ArrayBuffer>], { type: mimeTypeOf(request.suggestedName) })
      const url = URL.createObjectURL(blob)
      const link = document.createElement('a')
      link.href = url
      link.download = request.suggestedName
      link.rel = 'noopener'
      document.body.append(link)
      link.click()
      link.remove()
      // Revoke later: some browsers start the download asynchronously after click().
      setTimeout(() => URL.revokeObjectURL(url), 60_000)
      return { canceled: false, path: request.suggestedName }
    },
    openFile(request) {
      return new Promise<OpenFileResult>((resolve) => {
        const input = document.createElement('input')
        input.type = 'file'
        input.accept = request.filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',')
        input.style.display = 'none'
        let settled = false
        const finish = (result: OpenFileResult) => {
          if (settled) return
          settled = true
          input.remove()
          resolve(result)
        }
        input.addEventListener('cancel', () => finish({ canceled: true }))
        input.addEventListener('change', () => {
          const file = input.files?.[0]
          if (!file) return finish({ canceled: true })
          if (file.size > request.maxBytes) {
            return finish({ canceled: false, error: 'too-large', name: file.name, size: file.size })
          }
          file.arrayBuffer().then(
            (buffer) => finish({ canceled: false, name: file.name, data: new Uint8Array(buffer) }),
            () => finish({ canceled: false, error: 'unreadable', name: file.name })
          )
        })
        document.body.append(input)
        input.click()
      })
    },
    async openAudience(workshopId) {
      const url = new URL(`#/audience/${encodeURIComponent(workshopId)}`, window.location.href).href
      // A named window: opening again reuses it instead of piling up tabs.
      audience = window.open(url, 'smarketing-audience')
      audience?.focus()
    },
    async closeAudience() {
      audience?.close()
      audience = null
    },
    async startRoom(language) {
      const request: StartRoomRequest = { language }
      return (await callRoomEndpoint('start', request)) as RoomStarted
    },
    async stopRoom() {
      await callRoomEndpoint('stop', {})
    },
    async appInfo() {
      return {
        name: 'Smarketing Studio',
        version: APP_VERSION,
        platform: 'browser',
        locales: [...navigator.languages]
      }
    }
  }
}

/**
 * The room server beside the page (`npm run web`); a plain static server has none, and answers
 * with an error page or not at all: then the promise rejects.
 */
async function callRoomEndpoint(action: 'start' | 'stop', body: unknown): Promise<unknown> {
  const response = await fetch(`${WEB_ROOM_ENDPOINT}/${action}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    cache: 'no-store'
  })
  if (!response.ok || response.headers.get('content-type')?.startsWith('application/json') !== true) {
    throw new Error(`room ${action}: ${response.status}`)
  }
  return response.json()
}

const MIME_TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ics: 'text/calendar',
  json: 'application/json'
}

function mimeTypeOf(name: string): string {
  const extension = name.split('.').pop()?.toLowerCase() ?? ''
  return MIME_TYPES[extension] ?? 'application/octet-stream'
}
