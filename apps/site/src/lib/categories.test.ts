import { describe, expect, it } from 'vitest';
import { categoryPath, flattenCategories } from './categories.js';

const tree = [
  { id: 1, name: '概况信息', children: [{ id: 3, name: '机构简介', children: [] }] },
  { id: 2, name: '公共告示类信息' },
];

describe('categoryPath', () => {
  it('finds nested categories with their ancestors', () => {
    expect(categoryPath(tree, 3).map((n) => n.name)).toEqual(['概况信息', '机构简介']);
    expect(categoryPath(tree, 2).map((n) => n.name)).toEqual(['公共告示类信息']);
  });

  it('returns an empty path for unknown ids', () => {
    expect(categoryPath(tree, 99)).toEqual([]);
  });
});

describe('flattenCategories', () => {
  it('lists depth first with depths', () => {
    expect(flattenCategories(tree).map((e) => `${e.depth}:${e.node.id}`)).toEqual(['0:1', '1:3', '0:2']);
  });
});
