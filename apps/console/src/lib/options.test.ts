import { describe, expect, it } from 'vitest';
import { flattenTree, treeOptions } from './options.js';

const tree = [
  { id: 1, name: '概况信息', children: [{ id: 3, name: '机构职能', children: [] }] },
  { id: 2, name: '其它类信息' },
];

describe('flattenTree', () => {
  it('lists parents before their children with depths', () => {
    expect(flattenTree(tree).map(({ node, depth }) => [node.id, depth])).toEqual([
      [1, 0],
      [3, 1],
      [2, 0],
    ]);
  });
});

describe('treeOptions', () => {
  it('indents children and can leave a subtree out', () => {
    expect(treeOptions(tree)).toEqual([
      { value: 1, label: '概况信息' },
      { value: 3, label: '\u3000└ 机构职能' },
      { value: 2, label: '其它类信息' },
    ]);
    expect(treeOptions(tree, 3).map((o) => o.value)).toEqual([1, 2]);
    expect(treeOptions(tree, 1).map((o) => o.value)).toEqual([2]);
  });
});
