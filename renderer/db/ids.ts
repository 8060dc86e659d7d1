/** Record ids: random UUIDs, so workshops from two laptops never collide when restored. */
export function newId(): string {
  return crypto.randomUUID()
}
