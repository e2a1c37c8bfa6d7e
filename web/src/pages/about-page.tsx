import { useEffect, useState } from 'react';
import { type AboutInfo, systemContracts as system } from '../../../src/shared/contracts/system.ts';
import { api } from '../api/client.ts';
import { Alert } from '../components/alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { describeError } from '../forms/field-errors.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { StatList } from '../ui/stat-list.tsx';

/** Version, taxonomy size and the attributions of the data Skilltrace ships. */
export function AboutPage() {
  usePageTitle('About');
  const [about, setAbout] = useState<AboutInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api
      .call(system.about)
      .then((a) => live && setAbout(a))
      .catch((e) => live && setError(describeError(e)));
    return () => {
      live = false;
    };
  }, []);

  return (
    <>
      <PageHeader
        title="About Skilltrace"
        description="A self-hosted learning companion for freelance knowledge workers."
      />
      {error ? (
        <Alert tone="error" title="Could not load version details">
          {error}
        </Alert>
      ) : null}
      {!about && !error ? <LoadingState /> : null}
      {about ? (
        <>
          <section className="panel" aria-labelledby="about-version">
            <h2 id="about-version">This instance</h2>
            <StatList
              stats={[
                { label: 'Version', value: about.version },
                { label: 'Taxonomy', value: about.taxonomy.version, valueClassName: 'stat-code' },
                { label: 'Skills', value: about.taxonomy.skills.toLocaleString() },
                { label: 'Roles', value: about.taxonomy.roles.toLocaleString() },
              ]}
            />
          </section>
          <section className="panel" aria-labelledby="about-attr">
            <h2 id="about-attr">Data sources and attributions</h2>
            {about.attributions.length === 0 ? (
              <p className="muted">No third-party data is bundled.</p>
            ) : (
              <ul className="attribution-list">
                {about.attributions.map((a) => (
                  <li key={a.source}>
                    <p className="attribution-source">
                      {safeUrl(a.url) ? (
                        <a href={a.url} rel="noreferrer noopener" target="_blank">
                          {a.source}
                        </a>
                      ) : (
                        a.source
                      )}
                    </p>
                    <p className="muted">{a.text}</p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : null}
    </>
  );
}

function safeUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
