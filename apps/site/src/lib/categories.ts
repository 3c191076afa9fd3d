type Node = { id: number; name: string; children?: Node[] };

/** The path from a root of the 公开目录 tree down to the category with this id, or [] if absent. */
export function categoryPath<T extends Node>(nodes: readonly T[], id: number): T[] {
  for (const node of nodes) {
    if (node.id === id) return [node];
    const below = categoryPath((node.children ?? []) as T[], id);
    if (below.length > 0) return [node, ...below];
  }
  return [];
}

/** Every category of the tree, depth first, with its depth (for indented select options). */
export function flattenCategories<T extends Node>(nodes: readonly T[], depth = 0): { node: T; depth: number }[] {
  return nodes.flatMap((node) => [{ node, depth }, ...flattenCategories((node.children ?? []) as T[], depth + 1)]);
}
