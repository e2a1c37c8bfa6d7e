import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../errors.ts';
import { parseFeed } from './parse-feed.ts';

const MiB = 1024 * 1024;

/** CPU time of `fn` in ms (the test machine is shared, so wall time says little). */
function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

function parsesOrRefuses(text: string): void {
  try {
    parseFeed(text);
  } catch (e) {
    if (!isAppError(e, 'invalid_input')) throw e;
  }
}

describe('parseFeed', () => {
  it('decodes HTML entities, in text and in CDATA HTML, and strips markup', () => {
    const f = parseFeed(`<?xml version="1.0"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
        <title>Acme&rsquo;s jobs</title>
        <image><title>Logo title</title><url>https://acme.example/logo.png</url></image>
        <item><title>Data analyst &ndash; remote</title>
          <description>&lt;p&gt;We&amp;rsquo;re hiring &lt;b&gt;now&lt;/b&gt;&lt;/p&gt;</description>
          <link>https://acme.example/1</link></item>
        <item><title><![CDATA[Excel & SQL]]></title>
          <content:encoded><![CDATA[<p>Client&rsquo;s <em>dashboards</em> in Power&nbsp;BI</p>]]></content:encoded>
        </item>
      </channel></rss>`);
    expect(f.title).toBe('Acme’s jobs');
    expect(f.items[0]?.title).toBe('Data analyst – remote');
    expect(f.items[0]?.text).toBe('We’re hiring now');
    expect(f.items[0]?.url).toBe('https://acme.example/1');
    expect(f.items[1]?.title).toBe('Excel & SQL');
    expect(f.items[1]?.text).toBe('Client’s dashboards in Power BI');
  });

  it('takes the channel title, never the <image> title, even when the image comes first', () => {
    const f = parseFeed(
      '<rss><channel><image><title>Logo</title></image><title>Real title</title><item><title>a</title></item></channel></rss>',
    );
    expect(f.title).toBe('Real title');
  });

  it('reads Atom: the feed title, the alternate link, the author', () => {
    const f =
      parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">A &amp;amp; B</title>
      <entry><title>Role</title><id>urn:1</id><updated>2026-03-01T00:00:00Z</updated>
        <link rel="self" href="https://x.example/self"/><link rel="alternate" href="https://x.example/1"/>
        <author><name>Client Co</name></author><content type="html">&lt;p&gt;Text&lt;/p&gt;</content>
      </entry></feed>`);
    expect(f.kind).toBe('atom');
    expect(f.title).toBe('A & B');
    expect(f.items[0]).toMatchObject({
      title: 'Role',
      url: 'https://x.example/1',
      client: 'Client Co',
      text: 'Text',
    });
  });

  it('never expands an entity bomb (refused, or left unexpanded)', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">${Array.from(
      { length: 8 },
      (_, i) =>
        `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`,
    ).join('')}]><rss><channel><title>&i;</title></channel></rss>`;
    let title = '';
    const ms = cpuMs(() => {
      try {
        title = parseFeed(bomb).title;
      } catch (e) {
        if (!isAppError(e, 'invalid_input')) throw e;
      }
    });
    expect(title.length).toBeLessThan(10_000);
    expect(ms).toBeLessThan(1000);
  });

  it('parses or refuses each hostile feed in time linear in its size (5 MiB against 1.25 MiB)', () => {
    const open = '<rss><channel><title>x</title>';
    const hostile: Record<string, (bytes: number) => string> = {
      'unclosed items': (b) => open + '<item><title>a'.repeat(b / 14),
      'lone <': (b) => open + '<'.repeat(b),
      'unclosed CDATA': (b) => `${open}<item><description><![CDATA[${'a'.repeat(b)}`,
      'unclosed comment': (b) => `${open}<!--${'a'.repeat(b)}`,
      'unclosed attribute': (b) => `${open}<item a="${'x'.repeat(b)}`,
      'deep nesting': (b) => open + '<a>'.repeat(b / 3),
      'many entities': (b) =>
        `${open}<item><title>${'&amp;'.repeat(b / 5)}</title></item></channel></rss>`,
      'markup in CDATA': (b) =>
        `${open}<item><description><![CDATA[${'<'.repeat(b)}]]></description></item></channel></rss>`,
    };
    // A ratio, not a wall-clock bound, so a slow or busy machine does not fail it: four times
    // the input may cost about four times the CPU (16 times if quadratic). The best of three
    // runs of each size damps noise; 10 ms of slack covers timer grain on the small input.
    const best = (text: string) =>
      Math.min(...[0, 1, 2].map(() => cpuMs(() => parsesOrRefuses(text))));
    for (const [name, make] of Object.entries(hostile)) {
      const small = best(make(1.25 * MiB));
      const large = best(make(5 * MiB));
      expect(
        large,
        `${name}: ${large.toFixed(0)} ms at 5 MiB, ${small.toFixed(0)} ms at 1.25 MiB`,
      ).toBeLessThan(8 * small + 10);
      // And never slow in absolute terms (catastrophic backtracking would take minutes).
      expect(large, name).toBeLessThan(5000);
    }
  });
});
