import { Route, Routes } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { NotFoundPage } from '../../../pages/not-found-page.tsx';
import { PeersTabs } from '../components/peers-tabs.tsx';
import { AskPage } from './ask-page.tsx';
import { CirclesTab } from './circles-tab.tsx';
import { ExchangesTab } from './exchanges-tab.tsx';
import { JoinPage } from './join-page.tsx';
import { MatchesTab } from './matches-tab.tsx';
import { ProfileTab } from './profile-tab.tsx';
import { QuestionsTab } from './questions-tab.tsx';
import '../peers.css';

/** The Peers capability: complementary matches, exchanges, peer questions, circles. */
export function PeersPage() {
  return (
    <div className="peers">
      <PageHeader
        title="Peers"
        description="Learn from freelancers who know what you want to learn and want what you know — matched so they do not compete for your clients. You decide what each field shows."
      />
      <PeersTabs />
      <Routes>
        <Route index element={<MatchesTab />} />
        <Route path="profile" element={<ProfileTab />} />
        <Route path="exchanges" element={<ExchangesTab />} />
        <Route path="questions" element={<QuestionsTab />} />
        <Route path="ask" element={<AskPage />} />
        <Route path="circles" element={<CirclesTab />} />
        <Route path="join" element={<JoinPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </div>
  );
}
