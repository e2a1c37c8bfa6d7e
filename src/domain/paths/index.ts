/**
 * The paths capability: verified learning paths (goal → ordered, scheduled, cited steps),
 * versions with diffs, progress, community annotations, calendar feeds, the source catalog
 * (search, markdown import, link checking) and the step tutor.
 */
export { annotateStep, listStepAnnotations } from './annotate-step.ts';
export { askTutor } from './ask-tutor.ts';
export {
  createCalendarToken,
  getCalendarFeed,
  listCalendarTokens,
  revokeCalendarToken,
} from './calendar-feed.ts';
export {
  deprecationOfSkill,
  deprecationsInText,
  getCatalogData,
  loadCatalogData,
} from './catalog-data.ts';
export {
  checkLinks,
  LINK_CHECK_BATCH,
  LINK_CHECK_FIRST_AFTER_MINUTES,
  LINK_CHECK_QUEUE,
  type LinkCheckReport,
} from './check-links.ts';
export { createPath } from './create-path.ts';
export { diffPlans, explainInputChanges } from './diff-plans.ts';
export { getAvailability } from './get-availability.ts';
export { getPath } from './get-path.ts';
export { getWeekSchedule } from './get-week-schedule.ts';
export { importCalendar } from './import-calendar.ts';
export { type ImportReport, importCuratedList } from './import-curated-list.ts';
export { deletePath, listPaths, listPathVersions } from './list-paths.ts';
export { listUserPaths, type PathLike, type StepLike } from './list-user-paths.ts';
export { parseCuratedMarkdown } from './parse-curated-markdown.ts';
export { planPath } from './plan-path.ts';
export { diffPathVersions, regeneratePath } from './regenerate-path.ts';
export { removeCalendar } from './remove-calendar.ts';
export { renderIcal } from './render-ical.ts';
export { getCatalogResource, searchCatalog } from './search-catalog.ts';
export { seedDemoPath } from './seed-demo-path.ts';
export { setBusyWeeks } from './set-busy-weeks.ts';
export { ensureCatalog } from './sync-catalog.ts';
export { tickStep } from './tick-step.ts';
export { loadUserPlans, type UserPlan } from './user-plans.ts';
