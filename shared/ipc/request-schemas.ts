import { z } from 'zod'
import { LANGUAGES } from '../domain/language'
import { IPC_LIMITS, type Channel, type RequestOf } from './contract'

/**
 * Run-time shape of every IPC request. Main parses each request with the schema of its channel
 * before using it, because a compromised renderer can send anything (STYLE "One narrow, typed
 * bridge"). The mapped type below makes a missing or mistyped schema a compile error.
 */

/** A file-name extension such as `docx`: no dot, no wildcard, nothing a dialog could misread. */
const extension = z.string().regex(/^[a-z0-9]{1,16}$/i)

const fileFilter = z.strictObject({
  name: z.string().min(1).max(IPC_LIMITS.maxNameLength),
  extensions: z.array(extension).min(1).max(IPC_LIMITS.maxFilters)
})

const fileFilters = z.array(fileFilter).max(IPC_LIMITS.maxFilters)

const saveFileRequest = z.strictObject({
  suggestedName: z.string().min(1).max(IPC_LIMITS.maxNameLength),
  filters: fileFilters,
  data: z
    .instanceof(Uint8Array)
    .refine((bytes) => bytes.byteLength <= IPC_LIMITS.maxSaveBytes, 'file too large to save')
})

const openFileRequest = z.strictObject({
  filters: fileFilters,
  maxBytes: z.number().int().positive().max(IPC_LIMITS.maxOpenBytes)
})

/**
 * A record id. New ones are UUIDs, but a restored backup keeps the ids it brings, so this accepts
 * every id a backup may hold (the same characters as the backup's id schema). None of them can
 * change the URL an id ends up in: no '/', '#', '?', '%' or space.
 */
const id = z
  .string()
  .min(1)
  .max(IPC_LIMITS.maxIdLength)
  .regex(/^[A-Za-z0-9_.:-]+$/)

const openAudienceRequest = z.strictObject({ workshopId: id })

const startRoomRequest = z.strictObject({ language: z.enum(LANGUAGES) })

export const REQUEST_SCHEMAS: { readonly [C in Channel]: z.ZodType<RequestOf<C>> } = {
  'file:save': saveFileRequest,
  'file:open': openFileRequest,
  'app:info': z.void(),
  'audience:open': openAudienceRequest,
  'audience:close': z.void(),
  'room:start': startRoomRequest,
  'room:stop': z.void()
}
