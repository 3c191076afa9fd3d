/** A choice of a select. */
export interface Option {
  value: string | number;
  label: string;
}

interface TreeNode {
  id: number;
  name: string;
  children?: TreeNode[] | undefined;
}

export interface FlatNode<T> {
  node: T;
  depth: number;
}

/** A category tree in display order with each node's depth, for indented lists and selects. */
export function flattenTree<T extends TreeNode>(nodes: readonly T[], depth = 0): FlatNode<T>[] {
  return nodes.flatMap((node) => [{ node, depth }, ...flattenTree((node.children ?? []) as T[], depth + 1)]);
}

function withoutSubtree(nodes: readonly TreeNode[], id: number): TreeNode[] {
  return nodes.filter((n) => n.id !== id).map((n) => ({ ...n, children: withoutSubtree(n.children ?? [], id) }));
}

/**
 * Indented options: full-width spaces keep the indentation inside a native `<select>`. `exclude`
 * leaves out a node with its subtree (a category cannot move under itself).
 */
export function treeOptions(nodes: readonly TreeNode[], exclude?: number): Option[] {
  return flattenTree(exclude === undefined ? nodes : withoutSubtree(nodes, exclude)).map(({ node, depth }) => ({
    value: node.id,
    label: `${'\u3000'.repeat(depth)}${depth > 0 ? '└ ' : ''}${node.name}`,
  }));
}
