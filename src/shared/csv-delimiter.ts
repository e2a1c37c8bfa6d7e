/**
 * The delimiter of a CSV file, from its header line (outside quotes): a comma unless semicolons
 * (what Excel writes where the comma is the decimal mark) or tabs are more common there.
 */
export function csvDelimiter(content: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < content.length && i < 65_536; i += 1) {
    const ch = content[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}
