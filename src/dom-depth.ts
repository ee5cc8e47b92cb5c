/**
 * Caps the depth of a parsed HTML/XML tree (htmlparser2/domhandler) in place, without recursion: an element at
 * `maxDepth` keeps its text (all of its descendants' text, in order, as one text node) but loses the elements
 * under it. Every later walk of the tree (the cleaner's recursive visitors, domutils' textContent) then recurses
 * at most `maxDepth` deep, whatever the input nests: 100,000 nested <div>s cost one flat text node.
 */
import type { AnyNode, ParentNode } from 'domhandler';

/** Returns how many elements were flattened (0: the tree was shallow enough). */
export function capDepth(root: ParentNode, maxDepth: number): number {
  let flattened = 0;
  const stack: { node: ParentNode; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth >= maxDepth) {
      flatten(node);
      flattened++;
      continue;
    }
    for (const child of node.children) if (hasChildren(child) && child.children.length > 0) stack.push({ node: child, depth: depth + 1 });
  }
  return flattened;
}

function hasChildren(node: AnyNode): node is AnyNode & ParentNode {
  return 'children' in node;
}

/** The subtree's text joined into its first text node, which becomes the element's only child. */
function flatten(node: ParentNode): void {
  const parts: string[] = [];
  let first: (AnyNode & { data: string }) | null = null;
  const stack: AnyNode[] = [...node.children].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      const text = n as AnyNode & { data: string };
      first ??= text;
      parts.push(text.data);
    } else if (hasChildren(n) && n.type !== 'script' && n.type !== 'style') {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  if (!first) {
    node.children = [];
    return;
  }
  first.data = parts.join(' ');
  first.parent = node;
  first.prev = null;
  first.next = null;
  node.children = [first];
}
