import { readFile, stat, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { app, dialog } from 'electron'
import type { OpenFileRequest, OpenFileResult, SaveFileRequest, SaveFileResult } from '../../shared/ipc/contract'
import { saveFileError } from '../../shared/ipc/save-file-error'
import type { TrustedSender } from './guard'

/** Used when the renderer's suggestion has nothing usable left. */
const FALLBACK_NAME = 'smarketing-export'

/**
 * The last path part of a suggested name, without control characters. The renderer only
 * suggests a name; which folder it lands in is the user's choice in the dialog. Both separators
 * are handled on every platform, since the name may come from a backup made on another system.
 */
export function safeFileName(suggestedName: string): string {
  const lastPart = suggestedName.split(/[/\\]/).pop() ?? ''
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const name = lastPart.replace(/[\u0000-\u001f\u007f]/g, '').trim()
  return name === '' || name === '.' || name === '..' ? FALLBACK_NAME : name
}

export async function saveFile(request: SaveFileRequest, { window }: TrustedSender): Promise<SaveFileResult> {
  const choice = await dialog.showSaveDialog(window, {
    defaultPath: join(app.getPath('documents'), safeFileName(request.suggestedName)),
    filters: request.filters,
    // Windows and macOS always ask before replacing a file; on Linux only with this property.
    properties: ['showOverwriteConfirmation', 'createDirectory']
  })
  if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return { canceled: true }
  // Awaited before answering: the renderer reports "saved" only once the bytes are on disk, and
  // a failed write reaches it as a code it can word in the person's language.
  try {
    await writeFile(choice.filePath, request.data)
  } catch (error) {
    return { canceled: false, error: saveFileError(error), name: basename(choice.filePath) }
  }
  return { canceled: false, path: choice.filePath }
}

export async function openFile(request: OpenFileRequest, { window }: TrustedSender): Promise<OpenFileResult> {
  const choice = await dialog.showOpenDialog(window, { properties: ['openFile'], filters: request.filters })
  const path = choice.filePaths[0]
  if (choice.canceled || path === undefined) return { canceled: true }
  const name = basename(path)
  try {
    const info = await stat(path)
    if (!info.isFile()) return { canceled: false, error: 'unreadable', name }
    // Checked before reading, so a huge file never lands in memory.
    if (info.size > request.maxBytes) return { canceled: false, error: 'too-large', name, size: info.size }
    const data = await readFile(path)
    // The file may have grown between stat and read.
    if (data.byteLength > request.maxBytes) {
      return { canceled: false, error: 'too-large', name, size: data.byteLength }
    }
    return { canceled: false, name, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) }
  } catch {
    return { canceled: false, error: 'unreadable', name }
  }
}
