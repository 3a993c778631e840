/**
 * The plain text of a piece of server-rendered HTML, for short excerpts. DOMParser builds an inert
 * document: nothing in it loads or runs.
 */
export function plainTextOf(html: string, maxLength = 200): string {
  const text = (new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
