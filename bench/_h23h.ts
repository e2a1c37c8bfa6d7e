import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createUser, updateProfile } from '../src/domain/accounts/index.ts';
import { ensureCatalog } from '../src/domain/paths/index.ts';
import { gatherInputs } from '../src/domain/paths/gather-inputs.ts';
import { buildPlan } from '../src/domain/paths/build-plan.ts';
import { canonicalJson, sha256Hex } from '../src/domain/paths/canonical-json.ts';
import { createPath } from '../src/domain/paths/index.ts';
import { orderSteps } from '../src/domain/paths/order-steps.ts';
import { getTaxonomy } from '../src/domain/radar/index.ts';
import { createLogger } from '../src/logger.ts';
import { openStore } from '../src/store/open-store.ts';
const store = await openStore({ kind: 'pglite' });
await store.migrate();
const config = { ...loadConfig({ NODE_ENV: 'test', SKILLTRACE_LOG_LEVEL: 'silent', SKILLTRACE_DATA_DIR: '/tmp/x' }), secretKey: 'b'.repeat(64) };
const app = createApp({ config, store, log: createLogger('silent') });
await ensureCatalog(app.ctx);
const user = await createUser(app.ctx, { email: 'b@example.com', password: 'long-enough-pw', name: 'B' });
await updateProfile(app.ctx, user.id, { weeklyHours: 8, learningDays: ['mon','wed','fri','sat'], formats: ['reading','interactive'] });
const tax = getTaxonomy();
const goal: string[] = [];
const cands = [...tax.skills].sort((a, b) => b.prerequisites.length - a.prerequisites.length || (a.id < b.id ? -1 : 1));
for (const s of cands) { const n = orderSteps(tax, [...goal, s.id]).length; if (n <= 40) goal.push(s.id); if (n === 40) break; }

const goals = [{ skillIds: goal }, { skillIds: ['tableau'] }, { roleId: tax.roles[0]!.id }, { skillIds: ['sql', 'python'] }];
for (const g of goals) for (const deadline of [null, '2026-01-20']) {
  const { inputs, resources } = await gatherInputs(app.ctx, user.id, { goal: g as any, startDate: '2026-01-05', deadline });
  const plan = buildPlan(tax, inputs, resources);
  console.log(JSON.stringify(g).slice(0, 40), deadline, sha256Hex(canonicalJson(plan)));
}
await app.close();
