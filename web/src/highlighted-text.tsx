// Article text with entity mentions, quotes and figures marked. Everything is rendered as text
// nodes, so markup in an article stays visible characters, never elements.
import type { JSX } from 'preact';
import { paths } from './format.js';
import { Link } from './router.js';

export interface Mark {
  start: number;
  end: number;
  kind: 'entity' | 'quote' | 'figure';
  label: string;
  entity?: string;
}

/** Marks that do not overlap an earlier kept one; quotes first, as they are the longest. */
function layout(marks: Mark[]): Mark[] {
  const order = { quote: 0, figure: 1, entity: 2 } as const;
  const sorted = [...marks].sort((a, b) => order[a.kind] - order[b.kind] || a.start - b.start);
  const kept: Mark[] = [];
  for (const mark of sorted) {
    const overlapping = kept.filter((k) => mark.start < k.end && k.start < mark.end);
    // an entity or figure inside a quote is nested below; any other overlap is dropped
    if (overlapping.some((k) => !(k.kind === 'quote' && mark.kind !== 'quote' && k.start <= mark.start && mark.end <= k.end))) continue;
    kept.push(mark);
  }
  return kept;
}

function render(text: string, offset: number, marks: Mark[], nested: Mark[], target: string): (string | JSX.Element)[] {
  const out: (string | JSX.Element)[] = [];
  let cursor = offset;
  for (const mark of marks) {
    if (mark.start > cursor) out.push(text.slice(cursor - offset, mark.start - offset));
    const inner = nested.filter((n) => n.start >= mark.start && n.end <= mark.end);
    const children = mark.kind === 'quote' ? render(text.slice(mark.start - offset, mark.end - offset), mark.start, inner, [], target) : [text.slice(mark.start - offset, mark.end - offset)];
    const id = `at-${mark.start}-${mark.end}`;
    if (mark.kind === 'entity' && mark.entity) {
      out.push(
        <Link href={paths.entity(mark.entity)} class="mark mark-entity">
          {children}
        </Link>,
      );
    } else {
      out.push(
        <mark id={id} class={`mark mark-${mark.kind}${id === target ? ' mark-target' : ''}`} title={mark.label}>
          {children}
        </mark>,
      );
    }
    cursor = mark.end;
  }
  if (cursor - offset < text.length) out.push(text.slice(cursor - offset));
  return out;
}

export function HighlightedText(props: { text: string; marks: Mark[]; target: string }): JSX.Element {
  const kept = layout(props.marks);
  const top = kept.filter((m) => !kept.some((k) => k !== m && k.kind === 'quote' && k.start <= m.start && m.end <= k.end)).sort((a, b) => a.start - b.start);
  const nested = kept.filter((m) => !top.includes(m)).sort((a, b) => a.start - b.start);
  // Paragraphs from blank lines, each rendered with the marks inside it.
  const paragraphs: { start: number; end: number }[] = [];
  const re = /\n\s*\n/g;
  let from = 0;
  for (let m = re.exec(props.text); m; m = re.exec(props.text)) {
    paragraphs.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  paragraphs.push({ start: from, end: props.text.length });
  return (
    <div class="article-text">
      {paragraphs.map((p) => (
        <p key={p.start}>
          {render(
            props.text.slice(p.start, p.end),
            p.start,
            top.filter((m) => m.start >= p.start && m.end <= p.end),
            nested,
            props.target,
          )}
        </p>
      ))}
    </div>
  );
}
