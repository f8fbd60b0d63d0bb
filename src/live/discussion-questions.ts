/**
 * The discussion questions of a module's trainer notes (content/trainer-notes/<locale>/NN-*.mdx,
 * section "Diskussionsfragen" / "Discussion questions"), as plain text for the projector of a live
 * session: the trainer has them at hand without a second tab. Pure: works on the MDX source.
 */

const HEADING = /^##\s+(Diskussionsfragen|Discussion questions)\s*$/i;

/** Markdown emphasis, inline code and links reduced to their text. */
function plain(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .trim();
}

/** The list items under the discussion-questions heading, in order (none when the notes have no such section). */
export function discussionQuestionsOf(mdx: string): string[] {
  const lines = mdx.split(/\r?\n/);
  const start = lines.findIndex((l) => HEADING.test(l));
  if (start < 0) return [];
  const questions: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,2}\s/.test(line)) break;
    const item = /^\s*(?:[-*]|\d+\.)\s+(.*)$/.exec(line);
    if (item) questions.push(plain(item[1]!));
    // A continuation line of the previous item (indented text) belongs to it.
    else if (/^\s{2,}\S/.test(line) && questions.length) questions[questions.length - 1] += ` ${plain(line)}`;
  }
  return questions.filter((q) => q.length > 0);
}
