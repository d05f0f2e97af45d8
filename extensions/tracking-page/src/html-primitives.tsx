/** @jsxImportSource preact */
// The shared layout's building blocks as plain semantic HTML for the storefront. Heading levels
// follow Section nesting, starting below the block's own <h2>.
import { createContext, type JSX } from "preact";
import { useContext, useId } from "preact/hooks";
import type { Primitives } from "../../shared/tracking-view/primitives";

export const HeadingLevel = createContext(3);

function cx(...names: Array<string | false | undefined>): string {
  return names.filter(Boolean).join(" ");
}

export const htmlPrimitives: Primitives = {
  Section: ({ heading, label, children }) => {
    const level = useContext(HeadingLevel);
    const id = useId();
    const Heading = `h${Math.min(level, 6)}` as keyof JSX.IntrinsicElements;
    return (
      <section class="pl-section" aria-labelledby={label ? undefined : id} aria-label={label}>
        <Heading id={id} class="pl-heading">
          {heading}
        </Heading>
        <HeadingLevel.Provider value={level + 1}>{children}</HeadingLevel.Provider>
      </section>
    );
  },
  Stack: ({ gap = "base", inline, children }) => <div class={cx("pl-stack", `pl-gap-${gap}`, inline && "pl-inline")}>{children}</div>,
  Paragraph: ({ subdued, children }) => <p class={cx("pl-p", subdued && "pl-subdued")}>{children}</p>,
  Text: ({ strong, subdued, small, children }) => {
    const className = cx(subdued && "pl-subdued", small && "pl-small") || undefined;
    return strong ? <strong class={className}>{children}</strong> : <span class={className}>{children}</span>;
  },
  Badge: ({ critical, children }) => <span class={cx("pl-badge", critical && "pl-badge--critical")}>{children}</span>,
  Banner: ({ tone, heading, children }) => (
    <div class={`pl-banner pl-banner--${tone}`} role={tone === "critical" ? "alert" : "status"}>
      <p class="pl-banner__title">
        <strong>{heading}</strong>
      </p>
      {children}
    </div>
  ),
  Progress: ({ value, max, label, critical }) => (
    <div class={cx("pl-progress", critical && "pl-progress--critical")} role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={max} aria-valuenow={value}>
      <div class="pl-progress__fill" style={{ width: `${(100 * value) / max}%` }} />
    </div>
  ),
  Link: ({ href, children }) => (
    <a class="pl-link" href={href}>
      {children}
    </a>
  ),
  Button: ({ onClick, expanded, controls, children }) => (
    <button type="button" class="pl-button pl-button--secondary" onClick={onClick} aria-expanded={expanded} aria-controls={expanded ? controls : undefined}>
      {children}
    </button>
  ),
  Divider: () => <hr class="pl-divider" />,
  List: ({ id, children }) => (
    <ol id={id} class="pl-timeline">
      {children}
    </ol>
  ),
  ListItem: ({ children }) => <li>{children}</li>,
};
