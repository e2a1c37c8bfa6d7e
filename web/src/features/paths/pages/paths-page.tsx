import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../pages/not-found-page.tsx';
import { NewPathPage } from './new-path-page.tsx';
import { PathDetailPage } from './path-detail-page.tsx';
import { PathsListPage } from './paths-list-page.tsx';
import '../paths.css';

/** The Paths capability: list, new path, and one path with its steps, schedule and versions. */
export function PathsPage() {
  return (
    <Routes>
      <Route index element={<PathsListPage />} />
      <Route path="new" element={<NewPathPage />} />
      <Route path=":pathId/*" element={<PathDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
