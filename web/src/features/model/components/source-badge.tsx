import '../model.css';
import { formatDateTime } from '../../../ui/format.ts';
import { formatCost, formatCount, PROVIDER_LABEL } from './model-format.ts';

/**
 * What is known about one model answer. Loose on purpose: capabilities pass the API's
 * `provenance` object as it is (`Record<string, unknown>` in several schemas).
 */
export type SourceProvenance = Record<string, unknown>;

function text(p: SourceProvenance | null | undefined, key: string): string | undefined {
  const v = p?.[key];
  return typeof v === 'string' && v ? v : undefined;
}

function num(p: SourceProvenance | null | undefined, key: string): number | undefined {
  const v = p?.[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function providerName(p: SourceProvenance | null | undefined): string | undefined {
  const v = text(p, 'provider');
  return v && v in PROVIDER_LABEL ? PROVIDER_LABEL[v as keyof typeof PROVIDER_LABEL] : v;
}

/**
 * Says who made an item: "AI · gpt-4o-mini" (a model; expands to show provider, model,
 * prompt version, time, tokens and whether it came from the cache) or "Offline engine"
 * (Skilltrace's own rules, taxonomy, catalog and templates; no data left the server).
 */
export function SourceBadge({
  source,
  provenance,
}: {
  source: 'model' | 'offline';
  provenance?: SourceProvenance | null;
}) {
  if (source === 'offline') {
    return (
      <span
        className="badge source-badge source-offline"
        title="Made by Skilltrace's own rules, taxonomy, catalog and templates. No AI, and no data left this server."
      >
        Offline engine
      </span>
    );
  }
  const model = text(provenance, 'model');
  const label = model ? `AI · ${model}` : 'AI';
  if (!provenance) {
    return (
      <span className="badge source-badge source-model" title="Written by an AI model">
        {label}
      </span>
    );
  }
  const tokensIn = num(provenance, 'tokensIn');
  const tokensOut = num(provenance, 'tokensOut');
  const cost = num(provenance, 'costUsd');
  const at = text(provenance, 'at');
  const via = text(provenance, 'via');
  const cached = provenance.cached === true;
  const rows: [string, string][] = [];
  const provider = providerName(provenance);
  if (provider) rows.push(['Provider', provider]);
  if (model) rows.push(['Model', model]);
  if (via) rows.push(['Settings', via === 'user' ? 'Your own key' : "This instance's model"]);
  const prompt = text(provenance, 'promptVersion');
  if (prompt) rows.push(['Prompt version', prompt]);
  if (at) rows.push(['Written', formatDateTime(at)]);
  if (tokensIn !== undefined || tokensOut !== undefined)
    rows.push(['Tokens', `${formatCount(tokensIn ?? 0)} in · ${formatCount(tokensOut ?? 0)} out`]);
  if (cost !== undefined) rows.push(['Cost estimate', formatCost(cost)]);
  if (typeof provenance.cached === 'boolean')
    rows.push(['From cache', cached ? 'Yes — reused an earlier identical answer' : 'No']);
  const checks = Array.isArray(provenance.checks) ? (provenance.checks as string[]) : undefined;
  if (checks?.length) rows.push(['Checks run', checks.join(', ')]);
  const flagged = num(provenance, 'flagged');
  if (flagged !== undefined) rows.push(['Flagged', flagged ? `${flagged} claim(s)` : 'Nothing']);
  const excluded = num(provenance, 'excluded');
  if (excluded) rows.push(['Not counted', `${excluded} part(s) failed a check`]);
  const fallback = text(provenance, 'fallback');
  if (fallback) rows.push(['Fallback', fallback]);
  return (
    <details className="source-badge-details">
      <summary className="badge source-badge source-model">
        {label}
        <span className="visually-hidden"> — show where this answer came from</span>
      </summary>
      <div className="source-popover">
        <p className="source-popover-lead">
          Written by an AI model and checked by Skilltrace before it was shown.
        </p>
        <dl className="source-facts">
          {rows.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  );
}
