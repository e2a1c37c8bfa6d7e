import type { PublicPortfolio } from '../../../domain/evidence/index.ts';
import { EVIDENCE_KIND_LABELS, type EvidenceEntry } from '../../../shared/evidence.ts';
import { esc, externalLink, page } from './html.ts';

const day = (iso: string) => iso.slice(0, 10);

function entryHtml(e: EvidenceEntry, publicUrl: string): string {
  const files = e.attachments
    .map(
      (a) =>
        `<a href="${esc(publicUrl)}/evidence/${esc(e.id)}/files/${esc(a.id)}">${esc(a.name)}</a>`,
    )
    .join(', ');
  return `<article class="card" id="e-${esc(e.id)}">
<strong><a href="${esc(publicUrl)}/evidence/${esc(e.id)}">${esc(e.title)}</a></strong>
<div class="muted">${esc(EVIDENCE_KIND_LABELS[e.kind])} · ${esc(day(e.occurredAt))}</div>
${e.description ? `<p>${esc(e.description)}</p>` : ''}
${e.url ? `<p>${externalLink(e.url)}</p>` : ''}
${files ? `<p>Files: ${files}</p>` : ''}
</article>`;
}

/** The public portfolio page of one freelancer (only what they made public). */
export function renderPortfolioPage(p: PublicPortfolio, publicUrl: string): string {
  const skills = p.verifiedSkills.length
    ? `<h2>Verified skills</h2><ul class="chips">${p.verifiedSkills
        .map(
          (s) =>
            `<li class="chip"><a href="${esc(s.verifyUrl)}">${esc(s.name)}</a> · ${esc(s.level)}</li>`,
        )
        .join('')}</ul>`
    : '';
  const creds = p.credentials.length
    ? `<h2>Credentials</h2>${p.credentials
        .map(
          (c) => `<div class="card"><strong>${esc(c.title)}</strong>
<div class="muted">Open Badges 3.0 credential · issued ${esc(day(c.issuedAt))}</div>
<p><a href="${esc(c.verifyUrl)}">Verify this credential</a> · <a href="${esc(c.credentialUrl)}">Download (VC-JWT)</a></p></div>`,
        )
        .join('')}`
    : '';
  const stories = p.stories.length
    ? `<h2>Skill stories</h2>${p.stories
        .map(
          (s) =>
            `<section class="card"><h3 style="margin-top:0">${esc(s.skillName)}</h3><p>${s.sentences
              .map(
                (x) =>
                  `${esc(x.text)}${x.publicEntryIds
                    .map((id, i) => `<sup><a href="#e-${esc(id)}">[${i + 1}]</a></sup>`)
                    .join('')}`,
              )
              .join(' ')}</p></section>`,
        )
        .join('')}`
    : '';
  const artifacts = p.artifacts.length
    ? `<h2>Evidence</h2>${p.artifacts.map((e) => entryHtml(e, publicUrl)).join('')}`
    : '';
  const credits = p.credits.length
    ? `<h2>Contributions</h2><ul>${p.credits
        .map((c) => `<li>${esc(c.title)} <span class="muted">${esc(day(c.at))}</span></li>`)
        .join('')}</ul>`
    : '';
  const skillNames = p.verifiedSkills.map((s) => s.name).join(', ');
  const description =
    p.headline ||
    (skillNames ? `Verified skills: ${skillNames}.` : `${p.name}'s evidence-backed portfolio.`);
  const empty = !skills && !creds && !stories && !artifacts && !credits;
  return page(
    {
      title: `${p.name} — portfolio`,
      description: `${description}${p.summary ? ` ${p.summary}` : ''}`,
      canonical: p.url,
      ogType: 'profile',
    },
    `<header><h1>${esc(p.name)}</h1>
${p.headline ? `<p style="font-size:1.15rem">${esc(p.headline)}</p>` : ''}
${p.summary ? `<p class="muted">${esc(p.summary)}</p>` : ''}</header>
${skills}${creds}${stories}${artifacts}${credits}
${empty ? '<p class="muted">Nothing has been made public here yet.</p>' : ''}`,
  );
}
