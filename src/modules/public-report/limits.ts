// Global rate limits of the report journey, per minute. Every key is a constant: limits
// are shared by everyone and never keyed by client address, which the public site does
// not read. Expensive or storing actions get their own, smaller buckets, so a flood of
// one kind cannot stop the others.
export type JourneyLimits = {
  /** New drafts (each is a database row). */
  readonly startsPerMinute: number;
  /** Answers saved on any question page. */
  readonly pageSavesPerMinute: number;
  /** Posts that carry photos (each is decoded and re-encoded). */
  readonly uploadsPerMinute: number;
  /** Reports sent with a solved proof of work (browsers running JavaScript). */
  readonly submitsWithProofPerMinute: number;
  /** Reports sent without one (JavaScript off): a stricter bucket of their own. */
  readonly submitsWithoutProofPerMinute: number;
  /** Receipt sign-in attempts, right or wrong: caps guessing for the whole site. */
  readonly signInsPerMinute: number;
  /** Messages added by reporters in their inbox. */
  readonly inboxMessagesPerMinute: number;
  /** Difficulty of the proof of work, in leading zero bits of SHA-256 (18 ≈ 262,000 hashes). */
  readonly proofOfWorkBits: number;
};

export const defaultJourneyLimits: JourneyLimits = {
  startsPerMinute: 60,
  pageSavesPerMinute: 600,
  uploadsPerMinute: 30,
  submitsWithProofPerMinute: 30,
  submitsWithoutProofPerMinute: 6,
  signInsPerMinute: 20,
  inboxMessagesPerMinute: 30,
  proofOfWorkBits: 18,
};

/**
 * The largest form-encoded answer page read. Each field has its own, much smaller limit,
 * so a page pasted over it is re-shown with the GOV.UK error and what was typed; only a
 * body over this is refused whole (413).
 */
export const maxFormBodyBytes = 1024 * 1024;
