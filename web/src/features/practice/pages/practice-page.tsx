import { Route, Routes } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { NotFoundPage } from '../../../pages/not-found-page.tsx';
import { PracticeTabs } from '../components/practice-tabs.tsx';
import { BriefDetailPage } from './brief-detail-page.tsx';
import { BriefsTab } from './briefs-tab.tsx';
import { CertificationsTab } from './certifications-tab.tsx';
import { CredentialsTab } from './credentials-tab.tsx';
import { PeerReviewPage } from './peer-review-page.tsx';
import { ReviewQueueTab } from './review-queue-tab.tsx';
import '../practice.css';

/** The Practice capability: mock briefs, spaced review, certification prep, credentials. */
export function PracticePage() {
  return (
    <div className="practice">
      <PageHeader
        title="Practice"
        description="Rehearse on mock client briefs, get feedback per rubric criterion, keep key concepts fresh, and prepare for certifications — without risking a real client."
      />
      <PracticeTabs />
      <Routes>
        <Route index element={<BriefsTab />} />
        <Route path="briefs/:id" element={<BriefDetailPage />} />
        <Route path="queue" element={<ReviewQueueTab />} />
        <Route path="certifications" element={<CertificationsTab />} />
        <Route path="credentials" element={<CredentialsTab />} />
        <Route path="peer/:token" element={<PeerReviewPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </div>
  );
}
