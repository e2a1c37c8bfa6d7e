/** A still picture of the skill radar: demand in the market against what the person holds. */
export function RadarPicture() {
  const axes = ['Excel', 'Power BI', 'SQL', 'Python', 'Tableau', 'Data cleaning'];
  const market = [0.55, 0.9, 0.85, 0.75, 0.6, 0.7];
  const held = [0.95, 0.2, 0.35, 0.15, 0.45, 0.75];
  const c = 110;
  const r = 80;
  const point = (i: number, v: number) => {
    const a = (Math.PI * 2 * i) / axes.length - Math.PI / 2;
    return [c + Math.cos(a) * r * v, c + Math.sin(a) * r * v] as const;
  };
  const polygon = (values: number[]) => values.map((v, i) => point(i, v).join(',')).join(' ');
  return (
    <figure className="front-picture">
      <svg viewBox="0 0 220 220" role="img" aria-labelledby="radar-pic-title">
        <title id="radar-pic-title">
          Skill radar: clients ask more and more for Power BI, SQL and Python; you hold Excel and
          data cleaning.
        </title>
        {[0.33, 0.66, 1].map((k) => (
          <polygon key={k} points={polygon(axes.map(() => k))} className="radar-ring" />
        ))}
        {axes.map((a, i) => {
          const [x, y] = point(i, 1.18);
          return (
            <text key={a} x={x} y={y} className="radar-axis" textAnchor="middle">
              {a}
            </text>
          );
        })}
        <polygon points={polygon(market)} className="radar-market" />
        <polygon points={polygon(held)} className="radar-held" />
      </svg>
      <figcaption>
        <span className="key key-market">What clients ask for</span>
        <span className="key key-held">What you can show</span>
      </figcaption>
    </figure>
  );
}

/**
 * A still picture of a credential as the public verify page shows it, marked as an example: no
 * credential was checked to draw it, so its verdict is the page's wording, not a verdict here.
 */
export function CredentialPicture() {
  return (
    <figure className="front-picture front-credential">
      <p className="cred-example">Example</p>
      <div className="cred-card">
        <p className="cred-status">
          <span aria-hidden="true">✓</span> Authentic
        </p>
        <p className="cred-name">Microsoft Excel — Working level</p>
        <p className="cred-meta">Issued to Maya Okafor · signed by this Skilltrace instance</p>
        <ul className="cred-evidence">
          <li>Client project confirmed by Northwind Candles</li>
          <li>Practice brief reviewed by a peer</li>
          <li>Path step: pivot tables and lookups</li>
        </ul>
      </div>
      <figcaption>
        An example of what the verify page shows once it has checked a credential's signature.
        Anyone can check one there.
      </figcaption>
    </figure>
  );
}
