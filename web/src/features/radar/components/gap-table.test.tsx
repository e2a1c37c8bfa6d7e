import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { GapResult } from '../../../../../src/shared/radar.ts';
import { GapTable } from './gap-table.tsx';

const item = (
  skillId: string,
  kind: 'core' | 'optional',
  hoursToLearn: number,
): GapResult['items'][number] => ({
  skillId,
  name: skillId,
  kind,
  heldLevel: hoursToLearn > 0 ? 0 : 3,
  requiredLevel: 2,
  gap: hoursToLearn > 0 ? 2 : 0,
  marketPosts: 1,
  marketShare: 0.1,
  clientRequests: 0,
  hoursToWorking: hoursToLearn,
  hoursToLearn,
});

describe('GapTable', () => {
  it('says the hours are for the core skills and gives the optional ones apart', () => {
    const gap: GapResult = {
      role: { id: 'r', name: 'Role', domain: 'data' },
      chosenBy: 'profile',
      coreReady: 1,
      coreTotal: 1,
      hoursToRole: 0,
      items: [
        item('sql', 'core', 0),
        item('power-bi', 'optional', 35),
        item('stats', 'optional', 5),
      ],
    };
    const html = renderToStaticMarkup(<GapTable gap={gap} />);
    expect(html).toContain('in every core skill');
    expect(html).toContain('its optional skills below add about <strong>40 h</strong>');
    const none = renderToStaticMarkup(
      <GapTable gap={{ ...gap, items: [item('sql', 'core', 0)] }} />,
    );
    expect(none).not.toContain('optional skills below');
  });
});
