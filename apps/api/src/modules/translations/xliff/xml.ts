/**
 * A small, strict XML reader for the XLIFF files professional translators send back, and the escaping used
 * to write them. Deliberately limited, because the input comes from outside:
 *
 * - no DTD at all (`<!DOCTYPE` is refused), so no external entities, no entity expansion ("billion laughs");
 * - only the five predefined entities and numeric character references;
 * - no processing instructions besides the XML declaration;
 * - bounded size, depth and number of nodes; one root element; names and attributes checked;
 * - namespaces resolved (tools may rename prefixes), so elements and attributes are matched by URI + name.
 */

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export interface XmlAttribute {
  /** As written (`rp:sourceHash`). */
  name: string;
  local: string;
  /** Namespace URI ('' when none: unprefixed attributes are in no namespace). */
  ns: string;
  value: string;
}

export interface XmlElement {
  type: 'element';
  name: string;
  local: string;
  ns: string;
  attributes: XmlAttribute[];
  children: XmlNode[];
  line: number;
}

export interface XmlText {
  type: 'text';
  text: string;
}

export type XmlNode = XmlElement | XmlText;

export class XmlError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`${message} (line ${line})`);
    this.name = 'XmlError';
  }
}

export interface XmlLimits {
  maxChars: number;
  maxDepth: number;
  maxNodes: number;
}

const DEFAULT_LIMITS: XmlLimits = { maxChars: 4_000_000, maxDepth: 64, maxNodes: 500_000 };

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
// Characters XML 1.0 allows.
// eslint-disable-next-line no-control-regex
const INVALID_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** Parses a whole document and returns its root element. Throws XmlError with a line number. */
export function parseXml(source: string, limits: Partial<XmlLimits> = {}): XmlElement {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  if (source.length > lim.maxChars) throw new XmlError(`document larger than ${lim.maxChars} characters`, 1);
  let src = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  src = src.replace(/\r\n?/g, '\n');
  const bad = INVALID_CHAR.exec(src);
  if (bad) throw new XmlError('character not allowed in XML', lineAt(src, bad.index));

  let pos = 0;
  let nodes = 0;
  // Line numbers counted incrementally (pos only moves forward).
  let counted = 0;
  let lines = 1;
  const line = () => {
    for (; counted < pos && counted < src.length; counted++) if (src.charCodeAt(counted) === 10) lines++;
    return lines;
  };
  const sticky = (re: RegExp) => new RegExp(re.source, 'y');
  const WS = sticky(/\s*/);
  const ELEMENT_NAME = sticky(/[^\s/>]+/);
  const ATTRIBUTE = sticky(/([^\s=/>]+)\s*=\s*("([^"<]*)"|'([^'<]*)')/);
  const CLOSE = sticky(/<\/([^\s>]+)\s*>/);
  const at = (re: RegExp) => {
    re.lastIndex = pos;
    return re.exec(src);
  };
  const fail = (message: string): never => {
    throw new XmlError(message, line());
  };

  const decode = (raw: string): string =>
    raw.replace(/&([^;&\s]{0,12});?/g, (whole, name: string) => {
      if (!whole.endsWith(';')) return fail('"&" must start an entity like &amp;');
      if (name in PREDEFINED) return PREDEFINED[name]!;
      const num = /^#(?:x([0-9a-fA-F]{1,6})|(\d{1,7}))$/.exec(name);
      if (!num)
        return fail(`unknown entity &${name}; (only &amp; &lt; &gt; &quot; &apos; and &#…; are allowed)`);
      const code = num[1] ? parseInt(num[1], 16) : Number(num[2]);
      const ok =
        code === 0x9 ||
        code === 0xa ||
        code === 0xd ||
        (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff);
      if (!ok) return fail(`character reference &${name}; is not allowed`);
      return String.fromCodePoint(code);
    });

  const skipMisc = (allowDeclaration: boolean) => {
    for (;;) {
      const ws = at(WS)![0];
      pos += ws.length;
      if (src.startsWith('<?xml', pos) && /^<\?xml[\s?]/.test(src.slice(pos, pos + 6))) {
        if (!allowDeclaration || pos !== ws.length) fail('the XML declaration must come first');
        const end = src.indexOf('?>', pos);
        if (end < 0) fail('unterminated XML declaration');
        const decl = src.slice(pos, end);
        const enc = /encoding\s*=\s*["']([^"']+)["']/.exec(decl);
        if (enc && !/^utf-?8$/i.test(enc[1]!)) fail(`encoding ${enc[1]} is not supported: use UTF-8`);
        pos = end + 2;
        allowDeclaration = false;
        continue;
      }
      if (src.startsWith('<!--', pos)) {
        const end = src.indexOf('-->', pos + 4);
        if (end < 0) fail('unterminated comment');
        pos = end + 3;
        continue;
      }
      if (src.startsWith('<!DOCTYPE', pos) || src.startsWith('<!doctype', pos)) {
        fail('DOCTYPE declarations are not accepted (no DTD, no external entities)');
      }
      if (src.startsWith('<?', pos)) fail('processing instructions are not accepted');
      return;
    }
  };

  const scopes: Map<string, string>[] = [new Map([['xml', XML_NS]])];
  const resolve = (prefix: string): string => {
    for (let i = scopes.length - 1; i >= 0; i--) {
      const uri = scopes[i]!.get(prefix);
      if (uri !== undefined) return uri;
    }
    return prefix ? fail(`undeclared namespace prefix "${prefix}"`) : '';
  };

  const parseElement = (depth: number): XmlElement => {
    if (depth > lim.maxDepth) fail(`elements nested deeper than ${lim.maxDepth}`);
    if (++nodes > lim.maxNodes) fail('too many elements');
    const startLine = line();
    pos += 1; // <
    const nameMatch = at(ELEMENT_NAME);
    if (!nameMatch || !NAME.test(nameMatch[0])) fail('invalid element name');
    const name = nameMatch![0];
    pos += name.length;
    const raw: { name: string; value: string }[] = [];
    for (;;) {
      const ws = at(WS)![0];
      pos += ws.length;
      if (src.startsWith('/>', pos) || src[pos] === '>') break;
      if (!ws) fail('expected a space between attributes');
      const attr = at(ATTRIBUTE);
      if (!attr) fail(`malformed attribute in <${name}>`);
      if (!NAME.test(attr![1]!) && !/^xmlns(:[A-Za-z_][\w.-]*)?$/.test(attr![1]!))
        fail('invalid attribute name');
      if (raw.some((a) => a.name === attr![1])) fail(`attribute ${attr![1]} repeated`);
      raw.push({ name: attr![1]!, value: decode(attr![3] ?? attr![4] ?? '') });
      pos += attr![0].length;
    }
    const scope = new Map<string, string>();
    for (const a of raw) {
      if (a.name === 'xmlns') scope.set('', a.value);
      else if (a.name.startsWith('xmlns:')) scope.set(a.name.slice(6), a.value);
    }
    scopes.push(scope);
    const split = (qname: string) => {
      const i = qname.indexOf(':');
      return i < 0 ? { prefix: '', local: qname } : { prefix: qname.slice(0, i), local: qname.slice(i + 1) };
    };
    const el = split(name);
    const element: XmlElement = {
      type: 'element',
      name,
      local: el.local,
      ns: resolve(el.prefix),
      attributes: raw
        .filter((a) => a.name !== 'xmlns' && !a.name.startsWith('xmlns:'))
        .map((a) => {
          const q = split(a.name);
          return { name: a.name, local: q.local, ns: q.prefix ? resolve(q.prefix) : '', value: a.value };
        }),
      children: [],
      line: startLine,
    };
    if (src.startsWith('/>', pos)) {
      pos += 2;
      scopes.pop();
      return element;
    }
    pos += 1; // >
    let text = '';
    const flushText = () => {
      if (text) element.children.push({ type: 'text', text: decode(text) });
      text = '';
    };
    for (;;) {
      if (pos >= src.length) fail(`<${name}> is not closed`);
      const lt = src.indexOf('<', pos);
      if (lt < 0) fail(`<${name}> is not closed`);
      text += src.slice(pos, lt);
      pos = lt;
      if (text.includes(']]>')) fail('"]]>" is not allowed in text');
      if (src.startsWith('</', pos)) {
        const close = at(CLOSE);
        if (!close || close[1] !== name) fail(`expected </${name}>`);
        flushText();
        pos += close![0].length;
        scopes.pop();
        return element;
      }
      if (src.startsWith('<!--', pos)) {
        const end = src.indexOf('-->', pos + 4);
        if (end < 0) fail('unterminated comment');
        pos = end + 3;
        continue;
      }
      if (src.startsWith('<![CDATA[', pos)) {
        const end = src.indexOf(']]>', pos + 9);
        if (end < 0) fail('unterminated CDATA section');
        flushText();
        element.children.push({ type: 'text', text: src.slice(pos + 9, end) });
        pos = end + 3;
        continue;
      }
      if (src.startsWith('<!', pos)) fail('DOCTYPE and other declarations are not accepted');
      if (src.startsWith('<?', pos)) fail('processing instructions are not accepted');
      flushText();
      element.children.push(parseElement(depth + 1));
    }
  };

  skipMisc(true);
  if (src[pos] !== '<') fail('the document must start with an element');
  const root = parseElement(1);
  skipMisc(false);
  if (pos < src.length) fail('content after the root element');
  return root;
}

function lineAt(src: string, index: number): number {
  let n = 1;
  for (let i = 0; i < index && i < src.length; i++) if (src.charCodeAt(i) === 10) n++;
  return n;
}

/** Escapes text content (`&`, `<`, `>`), and the carriage returns XML would otherwise drop. */
export function escapeXmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Escapes an attribute value (double-quoted). */
export function escapeXmlAttr(s: string): string {
  return escapeXmlText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** Child elements, optionally only those with this local name (and namespace). */
export function elements(el: XmlElement, local?: string, ns?: string): XmlElement[] {
  return el.children.filter(
    (c): c is XmlElement =>
      c.type === 'element' && (local === undefined || c.local === local) && (ns === undefined || c.ns === ns),
  );
}

export function attribute(el: XmlElement, local: string, ns = ''): string | undefined {
  return el.attributes.find((a) => a.local === local && a.ns === ns)?.value;
}
