/**
 * The part of jsdom's API the API tests use (parsing a page as a browser does). jsdom is already a
 * dev dependency (the component tests' environment); its own types are not installed.
 */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string);
    readonly window: { document: Document };
  }
}
