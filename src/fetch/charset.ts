// Bytes to text for web pages and feeds: BOM first, then the Content-Type charset, then
// <meta charset> / <?xml encoding?> in the first bytes, then UTF-8 — and windows-1252 when the
// bytes are not valid UTF-8 (older Nordic sites still serve Latin-1 without saying so).

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

const SNIFF_BYTES = 2048;

/** A label TextDecoder knows, normalised; null when unknown. ISO-8859-1 decodes as windows-1252 (as browsers do). */
export function normaliseCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const cleaned = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  try {
    return new TextDecoder(cleaned).encoding;
  } catch {
    return null;
  }
}

export function charsetFromContentType(contentType: string | null): string | null {
  const match = /charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return match ? normaliseCharset(match[2]) : null;
}

/** <meta charset="…">, <meta http-equiv content="…charset=…"> or <?xml … encoding="…"?> near the start. */
export function charsetFromMarkup(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('latin1');
  const match =
    /<meta[^>]+charset\s*=\s*["']?([\w:.-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)["']/i.exec(head);
  return match ? normaliseCharset(match[1]) : null;
}

export interface DecodedBody {
  text: string;
  charset: string;
  /** Where the charset came from. */
  source: 'bom' | 'header' | 'markup' | 'default' | 'fallback';
}

export function decodeBody(bytes: Uint8Array, contentType: string | null): DecodedBody {
  for (const [bom, charset] of BOMS) {
    if (bom.every((byte, i) => bytes[i] === byte)) return { text: new TextDecoder(charset).decode(bytes.subarray(bom.length)), charset, source: 'bom' };
  }
  const declared: [string | null, DecodedBody['source']][] = [
    [charsetFromContentType(contentType), 'header'],
    [charsetFromMarkup(bytes), 'markup'],
  ];
  for (const [charset, source] of declared) {
    if (!charset) continue;
    if (charset !== 'utf-8') return { text: new TextDecoder(charset).decode(bytes), charset, source };
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset, source };
    } catch {
      break; // Declared UTF-8 but is not: a mislabelled Latin-1 page.
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8', source: 'default' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), charset: 'windows-1252', source: 'fallback' };
  }
}
