/**
 * The YAML texts a trainer starts from: the published scenarios' files, and the template (the
 * complete example of docs/scenario-format.md, so the template is always the documented one).
 * Only code inside the Astro bundle can import this (Vite's `?raw` and glob imports).
 */
import scenarioFormatDoc from '../../../docs/scenario-format.md?raw';

const files = import.meta.glob<string>('../../../content/scenarios/*.yaml', { query: '?raw', import: 'default' });

/** The published scenario's file exactly as in the repository, or undefined for no such id. */
export async function publishedYaml(scenarioId: string): Promise<string | undefined> {
  const load = files[`../../../content/scenarios/${scenarioId}.yaml`];
  return load ? await load() : undefined;
}

/** The first ```yaml block under "## A complete example" in docs/scenario-format.md. */
export function templateYaml(doc: string = scenarioFormatDoc): string {
  const section = doc.split(/^## A complete example$/m)[1] ?? '';
  return /^```yaml\n([\s\S]*?)^```$/m.exec(section)?.[1] ?? '';
}

/**
 * A copy with a new id (and version 1), so saving it never clashes with the scenario it came from:
 * only the top-level `id:` and `version:` lines change; comments and layout stay as they were.
 */
export function copyWithNewId(yaml: string, newId: string): string {
  return yaml.replace(/^id:.*$/m, `id: ${newId}`).replace(/^version:.*$/m, 'version: 1');
}
