/** @jsxImportSource preact */
/// <reference path="./polaris-elements.d.ts" />
// The shared layout's building blocks as Polaris web components (customer accounts, Thank-you).
import type { Primitives } from "../tracking-view/primitives";

const GAP = { tight: "small-200", base: "base", loose: "large" } as const;

export const polarisPrimitives: Primitives = {
  Section: ({ heading, label, children }) => (
    <s-section heading={heading} accessibilityLabel={label}>
      {children}
    </s-section>
  ),
  Stack: ({ gap = "base", inline, children }) => (
    <s-stack direction={inline ? "inline" : "block"} gap={GAP[gap]} alignItems={inline ? "center" : undefined}>
      {children}
    </s-stack>
  ),
  Paragraph: ({ subdued, children }) => <s-paragraph color={subdued ? "subdued" : undefined}>{children}</s-paragraph>,
  Text: ({ strong, subdued, small, children }) => (
    <s-text type={strong ? "strong" : small ? "small" : undefined} color={subdued ? "subdued" : undefined}>
      {children}
    </s-text>
  ),
  Badge: ({ critical, children }) => <s-badge tone={critical ? "critical" : "neutral"}>{children}</s-badge>,
  Banner: ({ tone, heading, children }) => (
    <s-banner tone={tone} heading={heading}>
      {children}
    </s-banner>
  ),
  Progress: ({ value, max, label, critical }) => (
    <s-progress value={value} max={max} accessibilityLabel={label} tone={critical ? "critical" : "auto"} />
  ),
  Link: ({ href, children }) => <s-link href={href}>{children}</s-link>,
  // Polaris buttons expose no aria-expanded; the label itself switches between show and hide.
  Button: ({ onClick, children }) => (
    <s-button variant="secondary" onClick={onClick}>
      {children}
    </s-button>
  ),
  Divider: () => <s-divider />,
  List: ({ id, children }) => <s-ordered-list id={id}>{children}</s-ordered-list>,
  ListItem: ({ children }) => <s-list-item>{children}</s-list-item>,
};
