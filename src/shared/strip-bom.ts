/** `text` without a leading byte-order mark (what Excel and Notepad write first). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
