/**
 * Caps of the backup import (SPEC §9 "a corrupt or hostile backup file is rejected … and changes
 * nothing"). Generous enough that no real workshop comes near them — a workshop of a busy day
 * holds a few hundred items — and tight enough that a crafted file cannot freeze the app.
 */
export const BACKUP_LIMITS = {
  /** Checked on the bytes before decoding and on the text before parsing. */
  maxBytes: 50 * 1024 * 1024,
  maxChars: 50 * 1024 * 1024,
  /** Our own files nest about 12 levels deep; 10,000 nested brackets must never reach JSON.parse. */
  maxDepth: 64,
  /** A drawn signature as a PNG data URL; a large high-DPI signature pad stays far below. */
  maxImageLength: 2_000_000,
  maxIdLength: 100,
  maxWorkshops: 5_000,
  maxParticipants: 1_000,
  maxItems: 20_000,
  maxSlaVersions: 1_000,
  maxSignatures: 10_000,
  maxReviews: 1_000,
  /** The room's ratings, cards, votes and agreements: 200 phones rating 30 areas at a dozen openings. */
  maxRoomAnswers: 100_000,
  /** Lists inside one frozen SLA content (stages, activities, targets …) and open items. */
  maxListLength: 20_000,
  maxOpenItemParams: 50,
  /**
   * Entries of any one list or object, counted while the text is read, before it is parsed: far
   * above every cap above (whose checks then say which records are too many), far below what
   * could keep the reader busy (24 million zeros in one list took minutes).
   */
  maxEntries: 100_000
} as const
