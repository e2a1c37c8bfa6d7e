import { createUser } from '../accounts/index.ts';
import { type Ctx, inTransaction } from '../ctx.ts';
import { deleteAccount } from '../flows/index.ts';
import { seedRadarDemo } from '../radar/index.ts';
import type { RadarSource } from './seed-demo-workspace.ts';

const TEMPLATE_KEY = 'demo.template';
const TEMPLATE_EMAIL = 'demo-template@skilltrace.local';
/** Bump when the demo's radar data or its extraction changes, so templates are rebuilt. */
const TEMPLATE_VERSION = 1;
/** Rebuilt weekly, so the copied history keeps pace with taxonomy and extraction updates. */
const MAX_AGE_MS = 7 * 86_400_000;

interface TemplateSetting {
  userId: string;
  seededAt: string;
  version: number;
}

const pending = new WeakMap<object, Promise<RadarSource>>();

/**
 * The prepared rows personal demo copies are cloned from: a hidden account (no one can sign
 * in: its password is a random secret) holding the demo's radar history, extracted once.
 * Builds it when missing, outdated or older than a week; concurrent callers share one build.
 */
export function prepareDemoTemplate(ctx: Ctx): Promise<RadarSource> {
  const key = ctx.store.instance;
  const running = pending.get(key);
  if (running) return running;
  const p = build(ctx).finally(() => pending.delete(key));
  pending.set(key, p);
  return p;
}

async function build(ctx: Ctx): Promise<RadarSource> {
  const now = ctx.clock.now();
  const saved = await ctx.store.instance.getSetting<TemplateSetting>(TEMPLATE_KEY);
  if (saved && saved.version === TEMPLATE_VERSION) {
    const seededAt = new Date(saved.seededAt);
    const user = await ctx.store.accounts.findUserById(saved.userId);
    if (user && now.getTime() - seededAt.getTime() < MAX_AGE_MS) {
      return { templateUserId: user.id, seededAt };
    }
  }
  const old = await ctx.store.accounts.findUserByEmail(TEMPLATE_EMAIL);
  if (old) await deleteAccount(ctx, old.id);
  return inTransaction(ctx, async (tx) => {
    const user = await createUser(tx, {
      email: TEMPLATE_EMAIL,
      password: tx.ids.token(24),
      name: 'Demo template (not an account)',
      isDemo: true,
    });
    await seedRadarDemo(tx, user.id);
    const setting: TemplateSetting = {
      userId: user.id,
      seededAt: now.toISOString(),
      version: TEMPLATE_VERSION,
    };
    await tx.store.instance.setSetting(TEMPLATE_KEY, setting, now);
    tx.log.info('demo template prepared', { userId: user.id });
    return { templateUserId: user.id, seededAt: now };
  });
}
