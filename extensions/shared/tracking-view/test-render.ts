// A shallow renderer for layout tests without a DOM: calls function components and keeps
// string-typed elements (the recording primitives below) as a plain tree.
import { h, type ComponentChildren, type VNode } from "preact";
import type { Primitives } from "./primitives";

export interface TreeNode {
  type: string;
  props: Record<string, unknown>;
  children: Tree;
}
export type Tree = Array<TreeNode | string>;

export function renderTree(children: ComponentChildren): Tree {
  if (children === null || children === undefined || typeof children === "boolean") return [];
  if (Array.isArray(children)) return children.flatMap((child) => renderTree(child));
  if (typeof children === "string" || typeof children === "number" || typeof children === "bigint") return [String(children)];
  const vnode = children as VNode<Record<string, unknown>>;
  const props = vnode.props ?? {};
  if (typeof vnode.type === "function") return renderTree((vnode.type as (p: unknown) => ComponentChildren)(props));
  const { children: inner, ...rest } = props;
  return [{ type: vnode.type as string, props: rest, children: renderTree(inner as ComponentChildren) }];
}

export function textOf(tree: Tree | TreeNode): string {
  const nodes = Array.isArray(tree) ? tree : [tree];
  return nodes.map((node) => (typeof node === "string" ? node : textOf(node.children))).join("");
}

export function findAll(tree: Tree, type: string): TreeNode[] {
  return tree.flatMap((node) => (typeof node === "string" ? [] : [...(node.type === type ? [node] : []), ...findAll(node.children, type)]));
}

function recorder(type: string) {
  return (props: object): VNode => h(type, props as Record<string, unknown>) as unknown as VNode;
}

/** Primitives that render to elements named after themselves, props kept for assertions. */
export const recordingPrimitives: Primitives = {
  Section: recorder("Section"),
  Stack: recorder("Stack"),
  Paragraph: recorder("Paragraph"),
  Text: recorder("Text"),
  Badge: recorder("Badge"),
  Banner: recorder("Banner"),
  Progress: recorder("Progress"),
  Link: recorder("Link"),
  Button: recorder("Button"),
  Divider: recorder("Divider"),
  List: recorder("List"),
  ListItem: recorder("ListItem"),
};
