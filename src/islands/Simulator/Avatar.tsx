/** A self-made avatar: initials on a colour picked from the name, so no image is ever fetched. */
const COLOURS = ['#7c2d12', '#1e3a8a', '#14532d', '#581c87', '#831843', '#134e4a', '#3f3f46', '#78350f'];

/** Initials from the words of a name; brackets, @ and other signs are no word ("Du (Alex)" → "DA"). */
export function initialsOf(name: string): string {
  const letters = name
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase());
  return (letters.length > 1 ? letters[0]! + letters.at(-1)! : (letters[0] ?? '?')).slice(0, 2);
}

function colourOf(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return COLOURS[hash % COLOURS.length]!;
}

export function Avatar({ name, own = false }: { name: string; own?: boolean }) {
  return (
    <span className={own ? 'sim-avatar sim-avatar-own' : 'sim-avatar'} style={own ? undefined : { background: colourOf(name) }} aria-hidden="true">
      {initialsOf(name)}
    </span>
  );
}
