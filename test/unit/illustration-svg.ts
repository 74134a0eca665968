/**
 * Reads the text runs of a generated illustration: position, font size, an estimated run width and
 * the text (tags inside removed, entities kept as written, so "&amp;" stays "&amp;").
 */
export interface TextNode {
  readonly x: number;
  readonly y: number;
  readonly size: number;
  /** Estimated width (0.6 em per character), as the generator estimates it. */
  readonly width: number;
  readonly text: string;
}

/** Every <text> element of an SVG with its x, y and font-size attributes. */
export function textNodes(svg: string): TextNode[] {
  const nodes: TextNode[] = [];
  for (const m of svg.matchAll(/<text\b([^>]*)>([\s\S]*?)<\/text>/g)) {
    const attrs = m[1] ?? '';
    const number = (name: string, fallback: number) => {
      const a = new RegExp(`\\s${name}="([\\d.-]+)"`).exec(attrs);
      return a ? Number(a[1]) : fallback;
    };
    const text = (m[2] ?? '').replace(/<[^>]+>/g, '');
    const size = number('font-size', 12);
    nodes.push({ x: number('x', 0), y: number('y', 0), size, width: [...text].length * size * 0.6, text });
  }
  return nodes;
}
