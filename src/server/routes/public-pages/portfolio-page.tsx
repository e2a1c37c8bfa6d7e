/** @jsxImportSource hono/jsx */
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { PublicPortfolio } from '../../../domain/evidence/index.ts';
import { EVIDENCE_KIND_LABELS, type EvidenceEntry } from '../../../shared/evidence.ts';
import { AssuranceNote, ExternalLink, page } from './html.tsx';

const day = (iso: string) => iso.slice(0, 10);

function Entry({ e, publicUrl }: { e: EvidenceEntry; publicUrl: string }): JSX.Element {
  return (
    <article class="card" id={`e-${e.id}`}>
      <strong>
        <a href={`${publicUrl}/evidence/${e.id}`}>{e.title}</a>
      </strong>
      <div class="muted">
        {EVIDENCE_KIND_LABELS[e.kind]} · {day(e.occurredAt)}
      </div>
      <div>
        <AssuranceNote e={e} />
      </div>
      {e.description ? <p>{e.description}</p> : null}
      {e.url ? (
        <p>
          <ExternalLink url={e.url} />
        </p>
      ) : null}
      {e.attachments.length ? (
        <p>
          Files:{' '}
          {e.attachments.map((a, i) => (
            <>
              {i ? ', ' : ''}
              <a href={`${publicUrl}/evidence/${e.id}/files/${a.id}`}>{a.name}</a>
            </>
          ))}
        </p>
      ) : null}
    </article>
  );
}

function Portfolio({ p, publicUrl }: { p: PublicPortfolio; publicUrl: string }): JSX.Element {
  const empty =
    !p.verifiedSkills.length &&
    !p.credentials.length &&
    !p.stories.length &&
    !p.artifacts.length &&
    !p.credits.length;
  return (
    <>
      <header>
        <h1>{p.name}</h1>
        {p.headline ? <p style="font-size:1.15rem">{p.headline}</p> : null}
        {p.summary ? <p class="muted">{p.summary}</p> : null}
      </header>
      {p.verifiedSkills.length ? (
        <>
          <h2>Verified skills</h2>
          <ul class="chips">
            {p.verifiedSkills.map((s) => (
              <li class="chip">
                <a href={s.verifyUrl}>{s.name}</a> · {s.level}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {p.credentials.length ? (
        <>
          <h2>Credentials</h2>
          {p.credentials.map((c) => (
            <div class="card">
              <strong>{c.title}</strong>
              <div class="muted">Open Badges 3.0 credential · issued {day(c.issuedAt)}</div>
              <p>
                <a href={c.verifyUrl}>Verify this credential</a> ·{' '}
                <a href={c.credentialUrl}>Download (VC-JWT)</a>
              </p>
            </div>
          ))}
        </>
      ) : null}
      {p.stories.length ? (
        <>
          <h2>Skill stories</h2>
          {p.stories.map((s) => (
            <section class="card">
              <h3 style="margin-top:0">{s.skillName}</h3>
              <p>
                {s.sentences.map((x, n) => (
                  <>
                    {n ? ' ' : ''}
                    {x.text}
                    {x.publicEntryIds.map((id, i) => (
                      <sup>
                        <a href={`#e-${id}`}>[{i + 1}]</a>
                      </sup>
                    ))}
                  </>
                ))}
              </p>
            </section>
          ))}
        </>
      ) : null}
      {p.artifacts.length ? (
        <>
          <h2>Evidence</h2>
          {p.artifacts.map((e) => (
            <Entry e={e} publicUrl={publicUrl} />
          ))}
        </>
      ) : null}
      {p.credits.length ? (
        <>
          <h2>Contributions</h2>
          <ul>
            {p.credits.map((c) => (
              <li>
                {c.title} <span class="muted">{day(c.at)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {empty ? <p class="muted">Nothing has been made public here yet.</p> : null}
    </>
  );
}

/** The public portfolio page of one freelancer (only what they made public). */
export function renderPortfolioPage(p: PublicPortfolio, publicUrl: string): string {
  const skillNames = p.verifiedSkills.map((s) => s.name).join(', ');
  const description =
    p.headline ||
    (skillNames ? `Verified skills: ${skillNames}.` : `${p.name}'s evidence-backed portfolio.`);
  return page(
    {
      title: `${p.name} — portfolio`,
      description: `${description}${p.summary ? ` ${p.summary}` : ''}`,
      canonical: p.url,
      ogType: 'profile',
    },
    <Portfolio p={p} publicUrl={publicUrl} />,
  );
}
