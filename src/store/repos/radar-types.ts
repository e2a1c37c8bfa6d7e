import type { Selectable } from 'kysely';
import type {
  ClientDelivery,
  RadarFeedsTable,
  RadarImportedOccupationsTable,
  RadarImportedSkillsTable,
  RadarImportsTable,
  RadarPostSkillsTable,
  RadarPostsTable,
} from '../db-types.ts';

export type RadarPostRow = Selectable<RadarPostsTable>;
export type RadarImportRow = Selectable<RadarImportsTable>;
export type RadarFeedRow = Selectable<RadarFeedsTable>;
export type RadarPostSkillRow = Selectable<RadarPostSkillsTable>;
export type RadarImportedSkillRow = Selectable<RadarImportedSkillsTable>;
export type RadarImportedOccupationRow = Selectable<RadarImportedOccupationsTable>;
export type RadarSource = RadarPostsTable['source'];

/** A post to insert; jsonb fields as values (serialised here). */
export type NewRadarPost = Omit<
  RadarPostRow,
  'skills' | 'fingerprint' | 'delivery' | 'band_keys' | 'occupation_given'
> & {
  /** The ESCO code the import file gave (absent: none). */
  occupation_given?: string | null;
  /** Client requests only; absent means delivered. */
  delivery?: ClientDelivery | null;
  /** MinHash band keys `<band>:<hash base 36>` (stored packed in radar_posts.band_keys). */
  bands: string[];
  skills: unknown;
  /** Shingle-hash fingerprint bytes (compared for near-duplicates without re-reading texts). */
  fingerprint?: Uint8Array | null;
};
/** A post-skill row to insert (`import_id` comes from the post when left out). */
export type NewRadarPostSkill = Omit<RadarPostSkillRow, 'import_id'> & {
  import_id?: string | null;
};
/** A stored post that may be a near-duplicate: its fingerprint, or its text when it has none. */
export interface NearCandidate {
  id: string;
  bands: string[];
  fingerprint: Uint8Array | null;
  text: string | null;
}
/** A post whose insert may not have committed yet: its band keys and stored fingerprint. */
export interface PendingPost {
  id: string;
  bands: readonly string[];
  fingerprint: Uint8Array;
}
/**
 * The band keys of a person's posts held in memory (`holdBandKeys`: an import of a small
 * account loads them once, then adds the posts it keeps): `nearCandidates` asks them instead
 * of the database's band-key index.
 */
export interface HeldBandKeys {
  /** Adds posts with their band keys (`<band>:<hash>`; each post once). */
  add(posts: readonly { id: string; bands: readonly string[] }[]): void;
  /** The posts holding any of `keys` (packed, `packBandKey`): post id → the keys it holds. */
  lookup(keys: readonly number[]): Map<string, number[]>;
  /** Posts held. */
  readonly posts: number;
}
/** What one committed chunk of an import adds to the import record. */
export interface ImportChunkOutcome {
  processed: number;
  added: number;
  duplicates: number;
  nearDuplicates: number;
  nearRows: { row: number; duplicateOf: string; sameAsRow?: number; earlierInFile?: true }[];
  /**
   * Rows skipped as exact duplicates, with the post they repeat when it is known, and its row
   * when that post came from the same file.
   */
  duplicateRows: { row: number; duplicateOf?: string; sameAsRow?: number; earlierInFile?: true }[];
}
