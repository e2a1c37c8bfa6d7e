import { PageHeader } from '../../../components/page-header.tsx';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { useUser } from '../../../session/session-context.ts';
import { ModelSection } from '../../model/components/model-section.tsx';
import { ApiTokensSection } from '../components/api-tokens-section.tsx';
import { ChangePasswordSection } from '../components/change-password-section.tsx';
import { DataPortabilitySection } from '../components/data-portability-section.tsx';
import { DeleteAccountSection } from '../components/delete-account-section.tsx';

/** The AI model, API tokens and account management: password, export, import, deletion. */
export function SettingsPage() {
  usePageTitle('Settings');
  const user = useUser();
  return (
    <>
      <PageHeader title="Settings" description={`Signed in as ${user.email}.`} />
      <ModelSection />
      <ApiTokensSection />
      <ChangePasswordSection />
      <DataPortabilitySection />
      <DeleteAccountSection />
    </>
  );
}
