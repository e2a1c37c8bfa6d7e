import type { ResourceKind } from '../../shared/paths.ts';

/**
 * How much a resource of each kind is trusted on its own (0..1): first-party documentation
 * highest, curated courses and books next, community answers and single peer notes lowest.
 */
export const KIND_AUTHORITY: Record<ResourceKind, number> = {
  'official-docs': 0.95,
  'course-platform': 0.8,
  book: 0.8,
  interactive: 0.75,
  video: 0.6,
  'industry-blog': 0.6,
  'job-post-evidence': 0.5,
  'peer-annotation': 0.5,
  'community-answer': 0.45,
};

/** Plain-language names of the kinds, for reasons shown next to scores. */
export const KIND_LABEL: Record<ResourceKind, string> = {
  'official-docs': 'official documentation',
  'course-platform': 'course platform',
  book: 'book',
  interactive: 'interactive tutorial',
  video: 'video',
  'industry-blog': 'industry publication',
  'job-post-evidence': 'job-post evidence',
  'peer-annotation': 'peer annotation',
  'community-answer': 'community reference',
};
