/** Parses YAML and keeps what is needed to point at a line: where a path inside the file starts. */
import { LineCounter, parseDocument, type Document } from 'yaml';

export interface YamlSource {
  data: unknown;
  /** Syntax errors, with their line and column. */
  syntaxErrors: { line: number; col: number; message: string }[];
  /** Line and column where the value at `path` (or the nearest parent that exists) starts. */
  locate(path: readonly (string | number)[]): { line: number; col: number } | undefined;
}

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
  return {
    data,
    syntaxErrors,
    locate(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
        const range = (node as { range?: [number, number, number] } | undefined)?.range;
        if (range) return lineCounter.linePos(range[0]);
      }
      return undefined;
    },
  };
}
