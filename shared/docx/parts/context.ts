import type { AgreementStatus } from '../../domain/workshop'
import type { Formats } from '../locale-format'
import type { DocTexts } from '../texts'

/** What every part of a document needs to word and format its content. */
export interface DocContext {
  texts: DocTexts
  formats: Formats
  /** ISO 4217 code of money amounts (targets, calculator). */
  currency: string
}

/** A muted second line on entries the room has not yet agreed, so nobody mistakes them for agreed. */
export function statusDetails(status: AgreementStatus, ctx: DocContext): string[] {
  return status === 'agreed' ? [] : [ctx.texts.proposed]
}

/** Blank text prints as a dash, so an empty cell never looks like a layout error. */
export function orDash(text: string, ctx: DocContext): string {
  return text.trim() === '' ? ctx.texts.none : text
}
