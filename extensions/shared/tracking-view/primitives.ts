// The handful of building blocks the shared tracking layout is written against. Each surface
// supplies its own: Polaris web components in the customer-account and Thank-you extensions,
// plain semantic HTML on the storefront tracking page.
import type { ComponentChildren, VNode } from "preact";
import type { BannerView } from "../../../app/tracking/view/types";

type Children = { children?: ComponentChildren };

export interface Primitives {
  /** A titled region; heading levels follow nesting. */
  Section(props: Children & { heading: string; label?: string }): VNode;
  Stack(props: Children & { gap?: "tight" | "base" | "loose"; inline?: boolean }): VNode;
  Paragraph(props: Children & { subdued?: boolean }): VNode;
  Text(props: Children & { strong?: boolean; subdued?: boolean; small?: boolean }): VNode;
  Badge(props: Children & { critical?: boolean }): VNode;
  Banner(props: Children & { tone: BannerView["tone"]; heading: string }): VNode;
  Progress(props: { value: number; max: number; label: string; critical?: boolean }): VNode;
  Link(props: Children & { href: string }): VNode;
  /** `expanded`/`controls` describe a disclosure where the surface can express it. */
  Button(props: Children & { onClick: () => void; expanded?: boolean; controls?: string }): VNode;
  Divider(props: object): VNode;
  List(props: Children & { id?: string }): VNode;
  ListItem(props: Children): VNode;
}
