/** What the matcher knows of one opted-in person. Weights are 0..1 (verified level counts more). */
export interface PeerVector {
  id: string;
  /** Skills the person can teach, with a weight from verified level (evidence, credentials) and self-rating. */
  teach: ReadonlyMap<string, number>;
  /** Skills the person wants to learn, with priority 0..1. */
  learn: ReadonlyMap<string, number>;
  niches: readonly string[];
  segments: readonly string[];
  targetRoles: readonly string[];
}

export interface MatchReason {
  /** Skills the other person can teach you, strongest first. */
  theyTeach: { skillId: string; weight: number }[];
  /** Skills you can teach them. */
  youTeach: { skillId: string; weight: number }[];
  sharedNiches: string[];
  sharedSegments: string[];
  sharedRoles: string[];
}

export interface Match {
  id: string;
  score: number;
  /** Each direction of the exchange before the competition penalty. */
  complement: { theyTeachYou: number; youTeachThem: number };
  /** 0 (no overlap) to 1 (same niche, segments and goals). */
  competition: number;
  reasons: MatchReason;
}

export interface MatchOptions {
  k?: number;
  /** Exclude these ids (blocked people, yourself is always excluded). */
  exclude?: ReadonlySet<string>;
  /** Competition at or above this removes the candidate entirely (direct competitors). */
  maxCompetition?: number;
}
