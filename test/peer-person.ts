import { expect } from 'vitest';
import type { App } from '../src/app.ts';
import { TestAgent } from './test-app.ts';

/** A signed-up person of a peers test, with their agent. */
export interface PeerPerson {
  agent: TestAgent;
  id: string;
}

/**
 * Signs up `email`@example.com as `name`, saves `profile` (account profile) and `peer` (peer
 * profile), and records a client-project entry per skill of `evidence` that a client then
 * confirms through its one-time link: evidence someone else backs (a typed entry verifies
 * nobody).
 */
export async function peerPerson(
  app: App,
  email: string,
  name: string,
  profile: object,
  peer: object,
  evidence: string[] = [],
): Promise<PeerPerson> {
  const agent = new TestAgent(app);
  const { id } = await agent.signUp(`${email}@example.com`, name);
  expect((await agent.json('PUT', '/api/profile', profile)).status).toBe(200);
  expect((await agent.json('PUT', '/api/peers/profile', peer)).status).toBe(200);
  for (const skill of evidence) {
    const r = await agent.json<{ id: string }>('POST', '/api/evidence', {
      kind: 'client_project',
      title: `${skill} client work`,
      skills: [skill],
    });
    expect(r.status).toBe(201);
    const link = await agent.json<{ url: string }>(
      'POST',
      `/api/evidence/${r.body.id}/confirmation-link`,
      { clientName: 'Client' },
    );
    const confirmed = await app.http.request(new URL(link.body.url).pathname, {
      method: 'POST',
      body: new URLSearchParams({ confirmedBy: 'Jo Client', email: `jo@${email}-client.example` }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(confirmed.status).toBe(200);
  }
  return { agent, id };
}
