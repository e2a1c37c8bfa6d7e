import type { Journey } from '../journey.ts';
import { accountSettings } from './account-settings.ts';
import { admin } from './admin.ts';
import { demoSignIn } from './demo-sign-in.ts';
import { evidenceJourney } from './evidence-journey.ts';
import { frontPageDemo } from './front-page-demo.ts';
import { keyboard } from './keyboard.ts';
import { modelSettingsJourney } from './model-settings-journey.ts';
import { numbersJourney } from './numbers-journey.ts';
import { pathsJourney } from './paths-journey.ts';
import { peersJourney } from './peers-journey.ts';
import { practiceAiJourney } from './practice-ai-journey.ts';
import { practiceJourney } from './practice-journey.ts';
import { profileRoundTrip } from './profile-round-trip.ts';
import { profileValidation } from './profile-validation.ts';
import { progressJourney } from './progress-journey.ts';
import { publicPages } from './public-pages.ts';
import { radarJourney } from './radar-journey.ts';
import { smallScreen } from './small-screen.ts';
import { webWeight } from './web-weight.ts';
import { wrongPassword } from './wrong-password.ts';

/**
 * Every browser journey, in run order. A capability adds its journeys in its own file here
 * and lists them below.
 */
export const journeys: Journey[] = [
  // First: the first real account of the fresh instance becomes its admin.
  admin,
  profileRoundTrip,
  profileValidation,
  demoSignIn,
  frontPageDemo,
  wrongPassword,
  keyboard,
  smallScreen,
  accountSettings,
  publicPages,
  pathsJourney,
  numbersJourney,
  progressJourney,
  practiceJourney,
  radarJourney,
  evidenceJourney,
  modelSettingsJourney,
  peersJourney,
  webWeight,
  // Runs against its own server, configured with the fake model server.
  practiceAiJourney,
];
