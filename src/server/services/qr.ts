/** The join link as a QR code in SVG, made on the server (no third-party service) for the projector. */
import QRCode from 'qrcode';

/** Join links drawn so far: the class page and its projector view draw the same one on every request. */
const drawn = new Map<string, Promise<string>>();
const MAX_DRAWN = 500;

export function qrSvg(text: string): Promise<string> {
  const known = drawn.get(text);
  if (known) return known;
  const svg = QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
  if (drawn.size >= MAX_DRAWN) drawn.clear();
  drawn.set(text, svg);
  // A failed drawing is not kept: the next request tries again.
  svg.catch(() => drawn.delete(text));
  return svg;
}
