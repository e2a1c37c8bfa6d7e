/** The names of the small line icons the navigation uses. */
export type IconName =
  | 'home'
  | 'radar'
  | 'paths'
  | 'practice'
  | 'evidence'
  | 'peers'
  | 'progress'
  | 'profile'
  | 'settings'
  | 'admin'
  | 'about';

const PATHS: Record<IconName, string> = {
  home: 'M3 9.5L10 4l7 5.5V16a1 1 0 0 1-1 1h-4v-5H8v5H4a1 1 0 0 1-1-1z',
  radar: 'M10 10l5-5M10 17a7 7 0 1 1 7-7M10 13.5a3.5 3.5 0 1 1 3.5-3.5',
  paths:
    'M5 17a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM15 7a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM5 13V9a2 2 0 0 1 2-2h6',
  practice: 'M10 17a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM10 13a3 3 0 1 0 0-6 3 3 0 0 0 0 6z',
  evidence: 'M6 3h6l4 4v9a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1zM8 11l2 2 3-4',
  peers:
    'M7.5 9a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM3 16c0-2.5 2-4 4.5-4s4.5 1.5 4.5 4M13 4.5a2.5 2.5 0 0 1 0 4.5M14.5 12c1.5.5 2.5 1.8 2.5 4',
  progress: 'M4 16V11M8.5 16V7M13 16v-5M17 16V4',
  profile: 'M10 9a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM4 17c0-3 2.7-5 6-5s6 2 6 5',
  settings:
    'M10 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM10 2.5v2M10 15.5v2M2.5 10h2M15.5 10h2M4.7 4.7l1.4 1.4M13.9 13.9l1.4 1.4M4.7 15.3l1.4-1.4M13.9 6.1l1.4-1.4',
  admin: 'M10 2.5l6 2.5v4.5c0 3.8-2.6 6.6-6 8-3.4-1.4-6-4.2-6-8V5z',
  about: 'M10 17a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM10 9v4.5M10 6.5v.01',
};

/** A 20 px line icon, hidden from assistive technology (the link text says it all). */
export function NavIcon({ name }: { name: IconName }) {
  return (
    <svg
      className="nav-icon"
      viewBox="0 0 20 20"
      width="18"
      height="18"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
