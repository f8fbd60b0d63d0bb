/**
 * The W3C Nu HTML checker (the `vnu-jar` package) on the machine's Java: validates many files in
 * one run and returns its errors by file. Warnings ("info" messages) are not errors and are left
 * out. Java is JAVA_BIN or `java` (npm test provides it: scripts/ensure-java.ts); throws with a
 * clear message when it is missing.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** vnu.jar inside node_modules (the package's main export is its path). */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

/** Errors per file path; a file without errors maps to []. */
export function validateHtmlFiles(files: readonly string[]): Map<string, VnuMessage[]> {
  const byFile = new Map<string, VnuMessage[]>(files.map((f) => [f, []]));
  if (files.length === 0) return byFile;
  const result = spawnSync(process.env['JAVA_BIN'] ?? 'java', ['-Xss4m', '-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) {
    throw new Error(`The HTML checker needs Java 8 or newer on the PATH (Debian: apt-get install default-jre-headless): ${result.error.message}`);
  }
  let report: { messages: VnuMessage[] };
  try {
    report = JSON.parse(result.stderr) as { messages: VnuMessage[] };
  } catch {
    throw new Error(`The HTML checker did not answer in JSON (exit ${result.status}):\n${result.stderr}${result.stdout}`);
  }
  for (const message of report.messages) {
    if (message.type !== 'error' && message.subType !== 'fatal') continue;
    // The checker writes `file:/path` (one slash); read back as a path it matches our names.
    const file = byFile.has(fileURLToPath(message.url)) ? fileURLToPath(message.url) : undefined;
    if (!file) throw new Error(`The HTML checker reported on a file it was not given: ${message.url}: ${message.message}`);
    byFile.get(file)!.push(message);
  }
  return byFile;
}

/** One line per error: `line:column message «extract»`, for test failure messages. */
export function describeErrors(messages: readonly VnuMessage[]): string[] {
  return messages.map((m) => `${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${m.message}${m.extract ? ` «${m.extract.trim().slice(0, 120)}»` : ''}`);
}
