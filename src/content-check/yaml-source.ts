/** Parses YAML and keeps what is needed to point at a line: where a path inside the file starts. */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Document } from 'yaml';

export interface YamlSource {
  data: unknown;
  /** Syntax errors, with their line and column. */
  syntaxErrors: { line: number; col: number; message: string }[];
  /**
   * Line and column of the value at `path`: of its key where it is a map entry (so `nodes.troll`
   * points at `troll:`), or of the nearest parent that exists.
   */
  locate(path: readonly (string | number)[]): { line: number; col: number } | undefined;
  /** Unquoted texts (under `de:`, `en:` or `name:`) that a ` #` cut short: YAML read the rest as a comment. */
  cutTexts: CutText[];
}

/** An unquoted text followed by ` # …` on its line, which YAML drops as a comment. */
export interface CutText {
  path: (string | number)[];
  line: number;
  col: number;
  /** What YAML kept. */
  kept: string;
  /** What it dropped, from `#` to the end of the line. */
  dropped: string;
}

/** Keys whose values are texts a learner reads, where a `#` is meant as text, not as a comment. */
const TEXT_KEYS = new Set(['de', 'en', 'name']);

type Ranged = { range?: [number, number, number] | null };

export function parseYamlSource(text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const syntaxErrors = doc.errors.map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return { line: pos.line, col: pos.col, message: e.message.split('\n')[0]! };
  });
  let data: unknown;
  if (!syntaxErrors.length) {
    try {
      data = doc.toJS();
    } catch (error) {
      // e.g. an unquoted text starting with `*` is read as an alias to nothing.
      syntaxErrors.push({ line: 1, col: 1, message: error instanceof Error ? error.message : String(error) });
    }
  }
  /** Start offset of `path`'s entry in its parent: the key of a map entry, the item of a list. */
  const startOf = (path: readonly (string | number)[]): number | undefined => {
    if (path.length === 0) return (doc.contents as Ranged | null)?.range?.[0];
    const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
    const last = path.at(-1);
    if (isMap(parent)) {
      const pair = parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === last);
      return (pair?.key as Ranged | undefined)?.range?.[0];
    }
    if (isSeq(parent) && typeof last === 'number') return (parent.items[last] as Ranged | undefined)?.range?.[0];
    return undefined;
  };
  const cutTexts: CutText[] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (isMap(node)) node.items.forEach((p) => walk(p.value, [...path, String(isScalar(p.key) ? p.key.value : p.key)]));
    else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
    else if (isScalar(node) && node.type === Scalar.PLAIN && typeof node.value === 'string' && TEXT_KEYS.has(String(path.at(-1))) && node.range) {
      const end = node.range[1];
      const rest = text.slice(end, text.indexOf('\n', end) === -1 ? undefined : text.indexOf('\n', end));
      const comment = /^[ \t]+(#.*)$/.exec(rest);
      if (comment) cutTexts.push({ path, ...lineCounter.linePos(node.range[0]), kept: node.value, dropped: comment[1]!.trimEnd() });
    }
  };
  if (!syntaxErrors.length) walk(doc.contents, []);
  return {
    data,
    syntaxErrors,
    cutTexts,
    locate(path) {
      for (let n = path.length; n >= 0; n--) {
        const offset = startOf(path.slice(0, n));
        if (offset !== undefined) return lineCounter.linePos(offset);
      }
      return undefined;
    },
  };
}
