/**
 * A small XML reader for the parts of an Office file we need (word/document.xml, _rels). Elements
 * are matched by local name (prefixes vary: `w:` in transitional, other prefixes in strict OOXML).
 * It throws on a malformed document; callers turn that into an ImportError.
 */
export interface XmlElement {
  /** Local name without the prefix: `tbl` for `<w:tbl>`. */
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] !== '#') return ENTITIES[e];
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

const localName = (qname: string): string => qname.slice(qname.indexOf(':') + 1);

/** Parses a whole document and returns its root element. */
export function parseXml(source: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const tag = /<(\/?)([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<![^>]*>/g;
  let last = 0;
  for (let m = tag.exec(source); m; m = tag.exec(source)) {
    const top = stack[stack.length - 1];
    if (m.index > last) pushText(top, decodeEntities(source.slice(last, m.index)));
    last = tag.lastIndex;
    if (m[5] !== undefined) {
      pushText(top, m[5]);
      continue;
    }
    if (!m[2]) continue; // comment, processing instruction, doctype
    const name = localName(m[2]);
    if (m[1]) {
      if (stack.length === 1 || top.name !== name) throw new Error(`XML 结构错误：多余的 </${m[2]}>`);
      stack.pop();
      continue;
    }
    const element: XmlElement = { name, attrs: parseAttrs(m[3]), children: [] };
    top.children.push(element);
    if (!m[4]) stack.push(element);
  }
  if (stack.length !== 1) throw new Error(`XML 不完整：<${stack[stack.length - 1].name}> 没有结束`);
  const first = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!first) throw new Error('XML 中没有元素');
  return first;
}

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const attr = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = attr.exec(source); m; m = attr.exec(source)) attrs[localName(m[1])] = decodeEntities(m[2] ?? m[3]);
  return attrs;
}

function pushText(parent: XmlElement, text: string): void {
  if (text) parent.children.push(text);
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

export function firstChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** The `val` attribute of a child property element (`<w:gridSpan w:val="2"/>`). */
export function childVal(element: XmlElement | undefined, name: string): string | undefined {
  return firstChild(element, name)?.attrs.val;
}
