import type { CatalogResource } from '../../shared/paths.ts';

type DurationInput = Pick<CatalogResource, 'kind' | 'format' | 'title' | 'skills'>;

/** A multi-course programme (months of part-time study). */
const PROGRAMME = /\b(professional certificate|speciali[sz]ation|nanodegree|bootcamp|degree)\b/i;
/** A short, single-sitting introduction. */
const SHORT_COURSE = /\b(intro|introduction|onramp|crash course|quick ?start|getting started)\b/i;

/**
 * Skilltrace's estimate of how long a resource takes, in minutes, when the catalog entry
 * states none. By kind and format: a documentation section or an article is read in under an
 * hour, a short interactive course takes an afternoon, a platform academy covering many skills
 * or a book takes days, a professional certificate takes months. Always marked `estimated`.
 */
export function estimateDurationMinutes(r: DurationInput): number {
  if (PROGRAMME.test(r.title)) return 150 * 60;
  switch (r.kind) {
    case 'official-docs':
      return 60;
    case 'industry-blog':
      return 20;
    case 'community-answer':
    case 'job-post-evidence':
    case 'peer-annotation':
      return 15;
    case 'video':
      return 60;
    case 'interactive':
      return SHORT_COURSE.test(r.title) ? 120 : 180;
    case 'book':
      return 15 * 60;
    case 'course-platform':
      // An academy spanning many skills is a catalog of courses, not one sitting.
      if (r.skills.length >= 5) return 20 * 60;
      if (SHORT_COURSE.test(r.title)) return 3 * 60;
      return r.format === 'interactive' || r.format === 'reading' ? 5 * 60 : 8 * 60;
  }
}
