import { StringDecoder } from 'node:string_decoder';
import { decodeEntities, localName, tagEnd } from './xml.js';

/**
 * A streaming XML scanner for parts too large to hold as one string or tree (a worksheet of tens of
 * megabytes): bytes are fed as they are inflated and each start tag, end tag and text run is
 * reported once it is complete. Names are local (`c` for `<x:c>`); text has its entities decoded.
 * It throws on a malformed or truncated document; callers turn that into an ImportError.
 */
export interface XmlEvents {
  /** `attrs` is the raw attribute text (read the few needed with `attribute`). */
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

export async function scanXml(chunks: AsyncIterable<Buffer>, events: XmlEvents): Promise<void> {
  const decoder = new StringDecoder('utf8');
  const stack: string[] = [];
  // What a chunk left unfinished (a tag or a text run cut by it), in pieces: joined and scanned
  // again only once a later chunk can finish it, so a 20 MB text or tag costs one pass, not many.
  let rest: string[] = [];
  let first = true;
  for await (const chunk of chunks) {
    let text = decoder.write(chunk);
    if (first && text) {
      text = text.replace(/^\ufeff/, '');
      first = false;
    }
    if (rest.length > 0 && !text.includes(rest[0].startsWith('<') ? '>' : '<')) rest.push(text);
    else rest = [scan(rest.join('') + text, stack, events)];
  }
  const tail = scan(rest.join('') + decoder.end(), stack, events);
  if (stack.length > 0 || /\S/.test(tail)) throw new Error('XML 不完整');
}

/** Scans what is complete in `source`; returns the unfinished tail (a tag or text cut by the chunk). */
function scan(source: string, stack: string[], events: XmlEvents): string {
  let i = 0;
  const n = source.length;
  while (i < n) {
    const lt = source.indexOf('<', i);
    if (lt < 0) break; // text whose end is not here yet (an entity may be cut)
    if (lt > i) events.text(decodeEntities(source.slice(i, lt)));
    i = lt;
    const next = source.charCodeAt(lt + 1);
    if (Number.isNaN(next)) break;
    if (next === 33 /* ! */) {
      if (source.startsWith('<![CDATA[', lt)) {
        const close = source.indexOf(']]>', lt + 9);
        if (close < 0) break;
        events.text(source.slice(lt + 9, close));
        i = close + 3;
      } else {
        if (n - lt < 4) break; // `<!-` cut: a comment or a declaration
        const marker = source.startsWith('<!--', lt) ? '-->' : '>';
        const close = source.indexOf(marker, lt + 2);
        if (close < 0) break;
        i = close + marker.length;
      }
      continue;
    }
    if (next === 63 /* ? */) {
      const close = source.indexOf('?>', lt + 2);
      if (close < 0) break;
      i = close + 2;
      continue;
    }
    const gt = tagEnd(source, lt + 1);
    if (gt < 0) break;
    if (next === 47 /* / */) {
      const name = localName(source.slice(lt + 2, gt).trim());
      if (stack.pop() !== name) throw new Error(`XML 结构错误：多余的 </${name}>`);
      events.close(name);
    } else {
      const selfClosing = source.charCodeAt(gt - 1) === 47;
      const body = source.slice(lt + 1, selfClosing ? gt - 1 : gt);
      let end = 0;
      while (end < body.length && !isSpace(body.charCodeAt(end))) end += 1;
      const name = localName(body.slice(0, end));
      if (!name) throw new Error('XML 结构错误：空的标签');
      events.open(name, body.slice(end), selfClosing);
      if (selfClosing) events.close(name);
      else stack.push(name);
    }
    i = gt + 1;
  }
  return source.slice(i);
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * One unprefixed attribute's value (entities decoded), for the few read on every cell of a sheet:
 * faster than parsing them all.
 */
export function attribute(raw: string, name: string): string | undefined {
  for (let at = raw.indexOf(name); at >= 0; at = raw.indexOf(name, at + 1)) {
    if (at === 0 || !isSpace(raw.charCodeAt(at - 1))) continue;
    let i = at + name.length;
    while (isSpace(raw.charCodeAt(i))) i += 1;
    if (raw.charCodeAt(i) !== 61 /* = */) continue;
    i += 1;
    while (isSpace(raw.charCodeAt(i))) i += 1;
    const quote = raw[i];
    if (quote !== '"' && quote !== "'") return undefined;
    const end = raw.indexOf(quote, i + 1);
    return end < 0 ? undefined : decodeEntities(raw.slice(i + 1, end));
  }
  return undefined;
}
