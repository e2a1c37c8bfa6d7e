/** The demo workspace seeded by `npm start`. */
export { DEMO_EMAIL, DEMO_PASSWORD, seedDemo } from './seed-demo.ts';
export { seedPracticeDemo } from './seed-practice-demo.ts';
