import { Navigate } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { useUser } from '../../../session/session-context.ts';
import { ModelLimitsSection } from '../../model/components/model-limits-section.tsx';
import { AdminUsersSection } from '../components/admin-users-section.tsx';
import { InstanceSettingsSection } from '../components/instance-settings-section.tsx';

/** Instance administration; members are sent back to the dashboard. */
export function AdminPage() {
  usePageTitle('Admin');
  const user = useUser();
  if (user.role !== 'admin') return <Navigate to="/app" replace />;
  return (
    <>
      <PageHeader title="Admin" description="Users and settings of this Skilltrace instance." />
      <AdminUsersSection />
      <InstanceSettingsSection />
      <ModelLimitsSection />
    </>
  );
}
