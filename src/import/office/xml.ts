/**
 * A small XML reader for the parts of an Office file we need (word/document.xml, _rels). Elements
 * are matched by local name (prefixes vary: `w:` in transitional, other prefixes in strict OOXML).
 * It throws on a malformed document; callers turn that into an ImportError.
 */
export interface XmlElement {
  /** Local name without the prefix: `tbl` for `<w:tbl>`. */
  readonly name: string;
  /** Attributes by local name (parsed when first asked for: most elements are never asked). */
  readonly attrs: Record<string, string>;
  readonly children: XmlNode[];
}

class Element implements XmlElement {
  readonly children: XmlNode[] = [];
  private parsed: Record<string, string> | undefined;

  constructor(
    readonly name: string,
    private readonly rawAttrs: string,
  ) {}

  get attrs(): Record<string, string> {
    this.parsed ??= this.rawAttrs ? parseAttrs(this.rawAttrs) : {};
    return this.parsed;
  }
}
export type XmlNode = XmlElement | string;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** `&amp;`, `&#x4e00;`… decoded; anything else after `&` is kept as written. A loop on indexOf, not a
 * replace with a callback: a sheet cell of three million `&amp;` took 2.8 s that way, 0.6 s this way. */
export function decodeEntities(text: string): string {
  let at = text.indexOf('&');
  if (at < 0) return text;
  const out: string[] = [];
  let from = 0;
  while (at >= 0) {
    const semi = text.indexOf(';', at + 1);
    if (semi < 0) break;
    const decoded = entity(text.slice(at + 1, semi));
    if (decoded === undefined) {
      at = text.indexOf('&', at + 1);
      continue;
    }
    out.push(text.slice(from, at), decoded);
    from = semi + 1;
    at = text.indexOf('&', from);
  }
  out.push(text.slice(from));
  return out.join('');
}

function entity(name: string): string | undefined {
  if (name[0] !== '#') return ENTITIES[name];
  if (!/^#(x[0-9a-fA-F]+|\d+)$/.test(name)) return undefined;
  const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

export const localName = (qname: string): string => qname.slice(qname.indexOf(':') + 1);

/**
 * Parses a whole document and returns its root element. A scanner on indexOf (a word/document.xml
 * of a hundred tables is megabytes): text is kept where it can matter — inside an element named
 * `t` (Word's text runs keep single spaces) or when it is not just whitespace.
 */
export function parseXml(source: string): XmlElement {
  const root: XmlElement = new Element('#document', '');
  const stack: XmlElement[] = [root];
  let top = root;
  let i = 0;
  const n = source.length;
  while (i < n) {
    const lt = source.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const text = source.slice(i, textEnd);
      if (top.name === 't' || /\S/.test(text)) top.children.push(decodeEntities(text));
    }
    if (lt < 0) break;
    const next = source.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (source.startsWith('<!--', lt)) i = after(source, '-->', lt + 4);
      else if (source.startsWith('<![CDATA[', lt)) {
        const close = source.indexOf(']]>', lt + 9);
        if (close < 0) throw new Error('XML 不完整：CDATA 没有结束');
        top.children.push(source.slice(lt + 9, close));
        i = close + 3;
      } else i = after(source, '>', lt + 2);
      continue;
    }
    if (next === 63 /* ? */) {
      i = after(source, '?>', lt + 2);
      continue;
    }
    const gt = tagEnd(source, lt + 1);
    if (gt < 0) throw new Error('XML 不完整：标签没有结束');
    if (next === 47 /* / */) {
      const name = localName(source.slice(lt + 2, gt).trim());
      if (stack.length === 1 || top.name !== name) throw new Error(`XML 结构错误：多余的 </${name}>`);
      stack.pop();
      top = stack[stack.length - 1];
      i = gt + 1;
      continue;
    }
    const selfClosing = source.charCodeAt(gt - 1) === 47;
    const body = source.slice(lt + 1, selfClosing ? gt - 1 : gt);
    const space = body.search(/\s/);
    const name = localName(space < 0 ? body : body.slice(0, space));
    if (!name) throw new Error('XML 结构错误：空的标签');
    const element = new Element(name, space < 0 ? '' : body.slice(space));
    top.children.push(element);
    if (!selfClosing) {
      stack.push(element);
      top = element;
    }
    i = gt + 1;
  }
  if (stack.length !== 1) throw new Error(`XML 不完整：<${top.name}> 没有结束`);
  const first = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!first) throw new Error('XML 中没有元素');
  return first;
}

/** The index just past `marker`, searching from `from`; throws when the document ends first. */
function after(source: string, marker: string, from: number): number {
  const at = source.indexOf(marker, from);
  if (at < 0) throw new Error('XML 不完整');
  return at + marker.length;
}

/**
 * The `>` that closes a tag opened before `from` (quoted values may hold `>`), or -1 when the source
 * ends first (a stream reads on; a whole document is broken).
 */
export function tagEnd(source: string, from: number): number {
  let quote = 0;
  for (let i = from; i < source.length; i += 1) {
    const c = source.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
    else if (c === 60) throw new Error('XML 结构错误：标签没有结束');
  }
  return -1;
}

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const attr = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = attr.exec(source); m; m = attr.exec(source))
    attrs[localName(m[1])] = decodeEntities(m[2] ?? m[3]);
  return attrs;
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name),
  );
}

export function firstChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** The `val` attribute of a child property element (`<w:gridSpan w:val="2"/>`). */
export function childVal(element: XmlElement | undefined, name: string): string | undefined {
  return firstChild(element, name)?.attrs.val;
}
