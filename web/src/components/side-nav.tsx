import { NavLink } from 'react-router';
import { CAPABILITIES } from '../capabilities.ts';
import { type IconName, NavIcon } from './nav-icon.tsx';

interface NavItem {
  to: string;
  label: string;
  icon: IconName;
  end?: boolean;
}

const TOP: NavItem[] = [{ to: '/app', label: 'Dashboard', icon: 'home', end: true }];
const CAPABILITY_ITEMS: NavItem[] = CAPABILITIES.map((c) => ({
  to: c.path,
  label: c.label,
  icon: c.key,
}));
const ACCOUNT: NavItem[] = [
  { to: '/app/profile', label: 'Profile', icon: 'profile' },
  { to: '/app/settings', label: 'Settings', icon: 'settings' },
];

/**
 * The main navigation. `NavLink` sets `aria-current="page"` on the active item; the Admin
 * item exists only for admins.
 */
export function SideNav({
  id,
  isAdmin,
  onNavigate,
}: {
  id: string;
  isAdmin: boolean;
  onNavigate: () => void;
}) {
  const account = isAdmin
    ? [...ACCOUNT, { to: '/app/admin', label: 'Admin', icon: 'admin' as const }]
    : ACCOUNT;
  const groups: [string, NavItem[]][] = [
    ['Overview', TOP],
    ['Learn and earn', CAPABILITY_ITEMS],
    ['You', [...account, { to: '/about', label: 'About', icon: 'about' }]],
  ];
  return (
    <nav id={id} className="side-nav" aria-label="Main">
      {groups.map(([title, items]) => (
        <div className="nav-group" key={title}>
          <p className="nav-group-title">{title}</p>
          <ul>
            {items.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} className="nav-link" onClick={onNavigate}>
                  <NavIcon name={item.icon} />
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
