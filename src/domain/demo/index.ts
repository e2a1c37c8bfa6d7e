/** The demo workspace seeded by `npm start`. */
export { DEMO_EMAIL, DEMO_PASSWORD, seedDemo } from './seed-demo.ts';
