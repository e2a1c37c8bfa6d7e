import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { GoalChoice, type GoalDraft } from './goal-choice.tsx';

const draft: GoalDraft = {
  mode: 'certification',
  roleId: '',
  skillIds: [],
  certificationId: 'microsoft-pl-300',
  text: '',
};

describe('GoalChoice', () => {
  it('offers a certification as a goal, listing the catalog with its objective count', () => {
    const html = renderToStaticMarkup(
      <GoalChoice
        roles={[]}
        certifications={[
          {
            id: 'microsoft-pl-300',
            name: 'PL-300',
            objectives: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }],
          },
        ]}
        value={draft}
        error={undefined}
        onChange={() => {}}
      />,
    );
    expect(html).toContain('A certification');
    expect(html).toContain('checked="" value="certification"');
    expect(html).toContain(
      '<option value="microsoft-pl-300" selected="">PL-300 (4 exam objectives)</option>',
    );
  });
});
