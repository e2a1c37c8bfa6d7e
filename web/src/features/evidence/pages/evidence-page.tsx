import { Route, Routes } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { NotFoundPage } from '../../../pages/not-found-page.tsx';
import { EvidenceTabs } from '../components/evidence-tabs.tsx';
import { CredentialsTab } from './credentials-tab.tsx';
import { LedgerTab } from './ledger-tab.tsx';
import { PortfolioTab } from './portfolio-tab.tsx';
import { StoriesTab } from './stories-tab.tsx';
import '../evidence.css';

/** The Evidence capability: the ledger, credentials, skill stories and the public portfolio. */
export function EvidencePage() {
  return (
    <>
      <PageHeader
        title="Evidence"
        description="A tamper-evident record of what you learned and delivered, turned into credentials and a portfolio a client can check without trusting Skilltrace."
      />
      <EvidenceTabs />
      <Routes>
        <Route index element={<LedgerTab />} />
        <Route path="credentials" element={<CredentialsTab />} />
        <Route path="stories" element={<StoriesTab />} />
        <Route path="portfolio" element={<PortfolioTab />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
