/**
 * Demo workspaces, a flow above the capabilities: the shared demo account (`seedDemo`, only
 * with `SKILLTRACE_DEMO=shared`), visitors' own 24-hour copies (`createDemoCopy`, cloned
 * from `prepareDemoTemplate`), their removal (`removeExpiredDemos`) and closing the old
 * published password (`lockSharedDemo`).
 */
export { createDemoCopy, DEMO_LIFETIME_MS } from './create-demo-copy.ts';
export { lockSharedDemo } from './lock-shared-demo.ts';
export { prepareDemoTemplate } from './prepare-demo-template.ts';
export { removeExpiredDemos } from './remove-expired-demos.ts';
export { DEMO_EMAIL, DEMO_PASSWORD, seedDemo } from './seed-demo.ts';
export { DEMO_PROFILE, seedDemoWorkspace } from './seed-demo-workspace.ts';
export { seedPracticeDemo } from './seed-practice-demo.ts';
