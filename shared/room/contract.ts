import { z } from 'zod'
import { ruleSchemas } from '../backup/file-rules'
import { FIELD_LIMITS, TEXT_FIELDS, type FieldKind } from '../domain/field-limits'
import { AGREE_ANSWERS, CARD_KINDS, CARD_TEXT_FIELD } from './kinds'
import { LANGUAGES } from '../domain/language'
import { TEAMS, type Team } from '../domain/workshop'

/**
 * The room's contract (issue 14): every message between the room server, the participants'
 * phones and the facilitator's page, as zod schemas and the types they give. The server parses
 * every body with these before it looks at it; the phone page and the facilitator's page will
 * import the same types. Texts are held to the same limits as typed input (field-limits.ts).
 */

export const ROOM_LIMITS = {
  /** A participant's request body: the longest card (2,000 characters of three UTF-8 bytes each) and its envelope fit. */
  maxParticipantBodyBytes: 8 * 1024,
  /** What the facilitator sends: the open questions and what the projector shows. */
  maxFacilitatorBodyBytes: 256 * 1024,
  maxParticipants: 200,
  maxOpenQuestions: 10,
  /** Friction areas of one rating question, options of one dot vote. */
  maxChoices: 30,
  maxDots: 10,
  /** Released cards the projector shows at once. */
  maxShownCards: 100,
  /** Answers one participant may give while the room is open (each rating, card and vote counts). */
  maxSubmissionsPerParticipant: 1_000
} as const

/** An id the facilitator's page makes (a question, an area, an option, a card): safe in any URL and log. */
export const roomIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'id')
/** The idempotency key a phone makes for each submission: a resend with the same key counts once. */
export const submissionKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'key')

const text = ruleSchemas('fieldLimits').text
/** A text a person typed: at least one visible character. */
const typed = (kind: FieldKind) => text(kind).refine((value) => value.trim() !== '', 'empty')

/** Without zod, for the phones' page: the kinds of card and of agreement, and each card's limit. */
export { AGREE_ANSWERS, CARD_KINDS, CARD_TEXT_FIELD, type AgreeAnswer, type CardKind } from './kinds'

const uniqueIds = (list: readonly { id: string }[]) => new Set(list.map((entry) => entry.id)).size === list.length
const choices = (title: FieldKind) =>
  z
    .array(z.strictObject({ id: roomIdSchema, title: typed(title) }))
    .min(1)
    .max(ROOM_LIMITS.maxChoices)
    .refine(uniqueIds, 'duplicate id')

// ---- Questions: what the facilitator opens --------------------------------------------------

const rateQuestion = z.strictObject({ kind: z.literal('rate'), id: roomIdSchema, areas: choices(TEXT_FIELDS.items.friction.area) })
const cardsQuestion = z.strictObject({ kind: z.literal('cards'), id: roomIdSchema, card: z.enum(CARD_KINDS), prompt: text('title') })
const dotsQuestion = z.strictObject({
  kind: z.literal('dots'),
  id: roomIdSchema,
  prompt: text('title'),
  dots: z.number().int().min(1).max(ROOM_LIMITS.maxDots),
  options: choices('title')
})
const agreeQuestion = z.strictObject({ kind: z.literal('agree'), id: roomIdSchema, text: typed(TEXT_FIELDS.definition.sentence) })

export const questionSchema = z.discriminatedUnion('kind', [rateQuestion, cardsQuestion, dotsQuestion, agreeQuestion])
export type Question = z.infer<typeof questionSchema>
export type QuestionKind = Question['kind']

// ---- What the projector shows, and so the phones --------------------------------------------

const count = z.number().int().min(0).max(ROOM_LIMITS.maxParticipants * ROOM_LIMITS.maxDots)
const teamCounts = z.strictObject({ agree: count, notYet: count })
const heat = z.strictObject({
  count,
  average: z.number().min(1).max(5).nullable(),
  spread: z.number().min(0).max(4).nullable()
})

export const shownSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('nothing') }),
  z.strictObject({
    kind: z.literal('cards'),
    title: text('title'),
    cards: z
      .array(z.strictObject({ id: roomIdSchema, text: text('long') }))
      .max(ROOM_LIMITS.maxShownCards)
      .refine(uniqueIds, 'duplicate id')
  }),
  z.strictObject({
    kind: z.literal('dots'),
    title: text('title'),
    options: z
      .array(z.strictObject({ id: roomIdSchema, title: text('title'), dots: count }))
      .max(ROOM_LIMITS.maxChoices)
      .refine(uniqueIds, 'duplicate id')
  }),
  z.strictObject({
    kind: z.literal('agreement'),
    text: text(TEXT_FIELDS.definition.sentence),
    teams: z.strictObject({ marketing: teamCounts, sales: teamCounts, management: teamCounts, other: teamCounts })
  }),
  z.strictObject({
    kind: z.literal('heatmap'),
    areas: z
      .array(
        z.strictObject({
          id: roomIdSchema,
          title: text(TEXT_FIELDS.items.friction.area),
          teams: z.strictObject({ marketing: heat, sales: heat, management: heat, other: heat })
        })
      )
      .max(ROOM_LIMITS.maxChoices)
      .refine(uniqueIds, 'duplicate id')
  })
])
export type Shown = z.infer<typeof shownSchema>

/**
 * Everything a phone sees, sent whole on every change (`PUT /f/<token>/view` from the facilitator,
 * the `view` event to every phone): the workshop's language, the open questions, the projector.
 */
export const roomViewSchema = z.strictObject({
  language: z.enum(LANGUAGES),
  questions: z.array(questionSchema).max(ROOM_LIMITS.maxOpenQuestions).refine(uniqueIds, 'duplicate id'),
  shown: shownSchema
})
export type RoomView = z.infer<typeof roomViewSchema>

// ---- What the phones send -------------------------------------------------------------------

export const joinRequestSchema = z.strictObject({ team: z.enum(TEAMS) })
export type JoinRequest = z.infer<typeof joinRequestSchema>
/** `participant` authorises the phone's later requests; `id` is all the facilitator ever sees of it. */
export interface JoinResponse {
  participant: string
  id: string
}

const maxCardText = Math.max(...CARD_KINDS.map((kind) => FIELD_LIMITS[CARD_TEXT_FIELD[kind]]))

export const answerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('rate'), area: roomIdSchema, rating: z.literal([1, 2, 3, 4, 5]) }),
  // Held to its card kind's limit once the question is known (answers.ts).
  z.strictObject({ kind: z.literal('card'), text: z.string().max(maxCardText) }),
  z.strictObject({ kind: z.literal('dots'), options: z.array(roomIdSchema).max(ROOM_LIMITS.maxDots) }),
  z.strictObject({ kind: z.literal('agree'), answer: z.enum(AGREE_ANSWERS) })
])
export type Answer = z.infer<typeof answerSchema>

export const submitRequestSchema = z.strictObject({ key: submissionKeySchema, question: roomIdSchema, answer: answerSchema })
export type SubmitRequest = z.infer<typeof submitRequestSchema>
export interface SubmitResponse {
  /** True when this key was accepted before: the answer counts once. */
  duplicate: boolean
}

/** A room code as typed at the short address (shared/room/code.ts reads it); anything longer is no code. */
export const codeRequestSchema = z.strictObject({ code: z.string().max(32) })
export type CodeRequest = z.infer<typeof codeRequestSchema>
/** The right code: where the room's page is, `/r/<secret>/`. */
export interface CodeResponse {
  path: string
}

/** Sent with `tooManyRequests` when the wait is known (also as the Retry-After header): whole seconds until the next try. */
export interface RetryAfter {
  retryAfter: number
}

// ---- What the facilitator receives ----------------------------------------------------------

/**
 * One answer as the facilitator's stream delivers it. No name, device, address or key; the time
 * only to the minute (issue 14 §2).
 */
export interface Submission {
  /** Rising from 1 while the server runs: the stream's event id, what the facilitator acknowledges. */
  seq: number
  /** The participant's opaque id: the same for all of one phone's answers, nothing else. */
  participant: string
  team: Team
  question: string
  answer: Answer
  /** The start of the minute it arrived in, in milliseconds since 1970. */
  minute: number
}

export type TeamTally = Record<Team, number>

export const ackRequestSchema = z.strictObject({ upTo: z.number().int().min(0) })

/**
 * Why a request was refused, as the body `{ error }` says it: each page turns the code into the
 * person's language. A wrong or old secret is `notFound`, exactly as a path that never existed.
 */
export const ROOM_ERRORS = [
  'notFound',
  'badRequest',
  'unsupportedType',
  'tooLarge',
  'tooManyRequests',
  'roomFull',
  'notJoined',
  'questionClosed',
  'answerDoesNotFit',
  'tooManyAnswers',
  'busy',
  'serverError'
] as const
export type RoomError = (typeof ROOM_ERRORS)[number]
