/**
 * The package's parts that need no build: the manifest, the page rewrite, and the agreement between
 * the reporter's resume record and the simulator store that reads it.
 */
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyseScenario } from '../../../src/engine/index.ts';
import { buildManifest } from '../../../src/scorm/package/manifest.ts';
import { rewritePage } from '../../../src/scorm/package/rewrite-page.ts';
import { progressKeyOf, progressRecord } from '../../../src/scorm/reporter/main-settings.ts';
import { createSimulatorStore } from '../../../src/stores/simulator-store.ts';
import { loadContentScenario, pathsToEndings } from '../../e2e/scenario-paths.ts';
import { MemoryStorage } from '../memory-storage.ts';

describe('imsmanifest.xml', () => {
  it.each(['1.2', '2004'] as const)('is well-formed XML with one SCO per module for SCORM %s', (version) => {
    const xml = buildManifest({
      version,
      identifier: 'candystorm-m4-m5-de',
      title: 'Candystorm & <Freunde>',
      description: 'Zwei "Module"',
      lang: 'de',
      scos: [
        { key: 'm4', title: 'Deeskalieren', description: 'd', href: 'module/deeskalieren/index.html' },
        { key: 'm5', title: 'Lösungen', description: 'l', href: 'module/loesungsmanagement/index.html' },
      ],
      assets: ['hilfe/index.html', 'scorm-reporter.js'],
    });
    // tests/support/jsdom.d.ts declares only what the API tests use; the window has a DOMParser too.
    const { DOMParser } = new JSDOM('').window as unknown as { DOMParser: typeof globalThis.DOMParser };
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('schemaversion')?.textContent).toBe(version === '1.2' ? '1.2' : '2004 4th Edition');
    const scos = [...doc.querySelectorAll('resource')].filter((r) => r.getAttribute(version === '1.2' ? 'adlcp:scormtype' : 'adlcp:scormType') === 'sco');
    expect(scos.map((r) => r.getAttribute('href'))).toEqual(['module/deeskalieren/index.html', 'module/loesungsmanagement/index.html']);
    const items = [...doc.querySelectorAll('item')].map((i) => i.getAttribute('identifierref'));
    expect(items).toEqual(scos.map((r) => r.getAttribute('identifier')));
    expect(doc.querySelector('organization > title')?.textContent).toBe('Candystorm & <Freunde>');
  });
});

describe('a page in the package', () => {
  const html =
    '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><link rel="canonical" href="http://localhost:4321/module/x/"><link rel="icon" href="/favicon.svg"></head>' +
    '<body><a href="/hilfe/#notruf">Hilfe</a> <a href="/trainer/">Für Trainer</a> <a href="#main">Springen</a>' +
    '<script type="module">var w=`/_astro/worker-1.js`,s=`/sounds/`;fetch(`/api/runs`)</script></body></html>';
  const page = rewritePage(html, {
    pagePath: 'module/x/index.html',
    pages: new Set(['module/x/index.html', 'hilfe/index.html']),
    assets: ['_astro', 'sounds', 'favicon.svg'],
    reporter: { src: 'scorm-reporter.js', version: '1.2', scenarioIds: ['a', 'b'], withText: false },
  });

  it('names assets and packaged pages relative to itself, opens them beside the lesson, and drops links that would leave the package', () => {
    expect(page).toContain('href="../../favicon.svg"');
    expect(page).toContain('`../../_astro/worker-1.js`');
    expect(page).toContain('`../../sounds/`');
    expect(page).toContain('<a href="../../hilfe/index.html#notruf" target="_blank" rel="noopener">Hilfe</a>');
    expect(page).toContain('<a>Für Trainer</a>');
    expect(page).toContain('<a href="#main">');
    expect(page).not.toContain('canonical');
    // A page without the reporter (help, glossary) links on in the same tab.
    const help = rewritePage('<head></head><a href="/glossar/">Glossar</a>', { pagePath: 'hilfe/index.html', pages: new Set(['hilfe/index.html', 'glossar/index.html']), assets: [] });
    expect(help).toContain('<a href="../glossar/index.html">Glossar</a>');
  });

  it('loads the reporter first, with its settings, under a policy that keeps requests on its own origin', () => {
    const head = page.slice(0, page.indexOf('</head>'));
    expect(head.indexOf('Content-Security-Policy')).toBeLessThan(head.indexOf('scorm-reporter.js'));
    expect(head).toContain('<script src="../../scorm-reporter.js" data-version="1.2" data-scenarios="a,b"></script>');
    expect(head).toMatch(/default-src 'self'/);
  });
});

describe('the resume record', () => {
  let previous: PropertyDescriptor | undefined;
  beforeEach(() => {
    previous = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', { value: new MemoryStorage(), configurable: true, writable: true });
  });
  afterEach(() => {
    if (previous) Object.defineProperty(globalThis, 'localStorage', previous);
    else Reflect.deleteProperty(globalThis, 'localStorage');
  });

  it('is read by the simulator store as the run to continue', async () => {
    const scenario = loadContentScenario('paket-verspaetet');
    const path = [...pathsToEndings(scenario).values()][0]!.slice(0, 2);
    localStorage.setItem(progressKeyOf(scenario.id), progressRecord({ v: scenario.version, p: path, s: 5 }));
    const store = createSimulatorStore(scenario, { extremes: analyseScenario(scenario).extremes! });
    await store.persist.rehydrate();
    expect(store.getState().run.steps.map((s) => s.choiceId)).toEqual(path);
    expect(store.getState().run.seed).toBe(5);
    expect(store.getState().notice).toBeUndefined();
  });
});
