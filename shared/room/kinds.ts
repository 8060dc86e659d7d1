import { TEXT_FIELDS, type FieldKind } from '../domain/field-limits'

/**
 * The kinds of card and of agreement in the room (issue 14), apart from contract.ts so that the
 * participants' page can use them without bundling zod.
 */
export const CARD_KINDS = ['voice', 'giveGet', 'concern', 'parking'] as const
export type CardKind = (typeof CARD_KINDS)[number]

/** The field each kind of card becomes, and so its limit. */
export const CARD_TEXT_FIELD: { readonly [K in CardKind]: FieldKind } = {
  voice: TEXT_FIELDS.items.voice.text,
  giveGet: TEXT_FIELDS.items.giveGet.text,
  concern: TEXT_FIELDS.items.concern.text,
  parking: TEXT_FIELDS.items.parking.text
}

export const AGREE_ANSWERS = ['agree', 'notYet'] as const
export type AgreeAnswer = (typeof AGREE_ANSWERS)[number]
