import * as z from 'zod/mini'

const emailSchema = z.email()

/**
 * An e-mail is optional; when given it must be a valid address. On its own, so that what needs
 * participants' names (the seal, the workshop list) does not load the validation library.
 */
export function isValidEmail(value: string): boolean {
  const trimmed = value.trim()
  return trimmed === '' || z.safeParse(emailSchema, trimmed).success
}
