import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SkillChips } from './skill-chips.tsx';

describe('SkillChips', () => {
  it('marks a skill implied by the problem described, not a named one', () => {
    const html = renderToStaticMarkup(
      <SkillChips
        skills={[
          { skillId: 'email-deliverability', name: 'Email deliverability', confidence: 0.52 },
          { skillId: 'klaviyo', name: 'Klaviyo', confidence: 0.95 },
        ]}
      />,
    );
    expect(html).toContain('Klaviyo</li>');
    expect(html).toMatch(/Email deliverability<small title="[^"]+">implied<\/small><\/li>/);
    expect(html.match(/implied<\/small>/g)).toHaveLength(1);
  });
});
