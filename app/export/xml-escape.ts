/** Escaping for the XML and HTML that exports write. */

/**
 * Characters XML 1.0 forbids anywhere (C0 controls but tab and line breaks, lone surrogates,
 * U+FFFE/U+FFFF). OCR output does contain stray control bytes; they are dropped, not escaped,
 * because no escape makes them legal.
 */
const ILLEGAL =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Escapes text for element content and for double- or single-quoted attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(ILLEGAL, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Escapes text for HTML content and attribute values (HTML has no &apos; before HTML5, so &#39;). */
export function escapeHtml(text: string): string {
  return escapeXml(text).replace(/&apos;/g, '&#39;');
}

/** A valid XML name (NCName) from an id: ids such as "s1-f3" pass, others get a prefix and lose bad characters. */
export function xmlId(id: string): string {
  const cleaned = id.replace(/[^-A-Za-z0-9_.]/g, '_');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `id-${cleaned}`;
}
