/** A capability of Skilltrace that has its own screen in the app. */
export interface Capability {
  key: 'radar' | 'paths' | 'practice' | 'evidence' | 'peers' | 'progress';
  label: string;
  path: string;
  /** One honest sentence: what it will do for a freelancer. */
  promise: string;
}

/** The capabilities still to come, in navigation order. */
export const CAPABILITIES: readonly Capability[] = [
  {
    key: 'radar',
    label: 'Radar',
    path: '/app/radar',
    promise:
      'Reads the job posts you collect and shows which skills clients in your niche ask for, and how that demand shifts over time.',
  },
  {
    key: 'paths',
    label: 'Paths',
    path: '/app/paths',
    promise:
      'Turns the gap between your skills and a target role into a week-by-week learning path built from checked, working resources.',
  },
  {
    key: 'practice',
    label: 'Practice',
    path: '/app/practice',
    promise:
      'Lets you rehearse on realistic mock client briefs and get structured feedback before you pitch for the real thing.',
  },
  {
    key: 'evidence',
    label: 'Evidence',
    path: '/app/evidence',
    promise:
      'Keeps a ledger of what you built and learned, and issues Open Badges credentials you can show to clients.',
  },
  {
    key: 'peers',
    label: 'Peers',
    path: '/app/peers',
    promise:
      'Connects you with a small circle of freelancers who review each other’s work and keep each other on track.',
  },
  {
    key: 'progress',
    label: 'Progress',
    path: '/app/progress',
    promise:
      'Charts your learning hours, skill levels and streaks against the weekly goals you set in your profile.',
  },
];
