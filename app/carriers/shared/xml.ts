// A small, fast XML reader for carrier bodies: elements, attributes, text, CDATA, comments,
// declarations and processing instructions, namespace prefixes dropped. It builds the same
// objects fast-xml-parser does with the options carriers use (text as strings, repeated
// elements as arrays, "@_" attributes, "#text" beside attributes or children) at several times
// its speed, which is what the normalizer's throughput needs. Malformed input throws XmlError.

export class XmlError extends Error {}

export interface XmlOptions {
  /** Keep attributes as "@_name" keys (default false). */
  attributes?: boolean;
  /** Elements that are always arrays, even when there is one; jpath is the dotted element path. */
  isArray?: (name: string, jpath: string) => boolean;
}

type Node = Record<string, unknown>;

interface Frame {
  name: string;
  path: string;
  node: Node;
  text: string;
  hasChild: boolean;
}

const NAME_END = /[\s/>]/g;
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function localName(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
}

export class XmlReader {
  private readonly attributes: boolean;
  private readonly isArray: (name: string, jpath: string) => boolean;

  constructor(options: XmlOptions = {}) {
    this.attributes = options.attributes ?? false;
    this.isArray = options.isArray ?? (() => false);
  }

  parse(xml: string): Node {
    const root: Frame = { name: "", path: "", node: {}, text: "", hasChild: false };
    const stack: Frame[] = [root];
    let at = 0;
    const n = xml.length;
    while (at < n) {
      const lt = xml.indexOf("<", at);
      const top = stack[stack.length - 1];
      if (lt < 0) {
        top.text += xml.slice(at);
        break;
      }
      if (lt > at) top.text += xml.slice(at, lt);
      const c = xml.charCodeAt(lt + 1);
      if (c === 33 /* ! */) {
        if (xml.startsWith("<!--", lt)) {
          const end = xml.indexOf("-->", lt + 4);
          if (end < 0) throw new XmlError("unclosed comment");
          at = end + 3;
        } else if (xml.startsWith("<![CDATA[", lt)) {
          const end = xml.indexOf("]]>", lt + 9);
          if (end < 0) throw new XmlError("unclosed CDATA");
          top.text += xml.slice(lt + 9, end);
          at = end + 3;
        } else {
          const end = xml.indexOf(">", lt);
          if (end < 0) throw new XmlError("unclosed declaration");
          at = end + 1;
        }
        continue;
      }
      if (c === 63 /* ? */) {
        const end = xml.indexOf("?>", lt);
        if (end < 0) throw new XmlError("unclosed processing instruction");
        at = end + 2;
        continue;
      }
      const gt = xml.indexOf(">", lt);
      if (gt < 0) throw new XmlError("unclosed tag");
      if (c === 47 /* / */) {
        const name = localName(xml.slice(lt + 2, gt).trim());
        if (stack.length < 2 || top.name !== name) throw new XmlError(`unexpected </${name}>`);
        stack.pop();
        this.close(top, stack[stack.length - 1]);
        at = gt + 1;
        continue;
      }
      const selfClosing = xml.charCodeAt(gt - 1) === 47;
      const inner = xml.slice(lt + 1, selfClosing ? gt - 1 : gt);
      NAME_END.lastIndex = 0;
      const m = NAME_END.exec(inner);
      const qname = m ? inner.slice(0, m.index) : inner;
      if (!qname) throw new XmlError("empty tag name");
      const name = localName(qname);
      const frame: Frame = { name, path: top.path ? `${top.path}.${name}` : name, node: {}, text: "", hasChild: false };
      if (this.attributes && m) {
        ATTR.lastIndex = m.index;
        let a: RegExpExecArray | null;
        while ((a = ATTR.exec(inner))) {
          const key = localName(a[1]);
          if (a[1].startsWith("xmlns")) continue;
          frame.node[`@_${key}`] = a[2] ?? a[3];
          frame.hasChild = true;
        }
      }
      top.hasChild = true;
      if (selfClosing) this.close(frame, top);
      else stack.push(frame);
      at = gt + 1;
    }
    if (stack.length !== 1) throw new XmlError(`unclosed <${stack[stack.length - 1].name}>`);
    return root.node;
  }

  private close(frame: Frame, parent: Frame): void {
    const text = frame.text.trim();
    let value: unknown;
    if (!frame.hasChild) value = text;
    else {
      if (text) frame.node["#text"] = text;
      value = frame.node;
    }
    const existing = parent.node[frame.name];
    if (existing === undefined) {
      parent.node[frame.name] = this.isArray(frame.name, frame.path) ? [value] : value;
    } else if (Array.isArray(existing)) {
      existing.push(value);
    } else {
      parent.node[frame.name] = [existing, value];
    }
  }
}
