import { type ReactNode, useMemo } from 'react';
import { Empty, Spin, Tree } from 'antd';
import { LoadError } from './load-error.tsx';
import type { LazyTree } from './use-lazy-tree.ts';

type Node = { id: number; childCount: number };
type TreeNode = { key: number; title: ReactNode; isLeaf: boolean; children?: TreeNode[] };

type Props<T extends Node> = {
  tree: LazyTree<T>;
  renderTitle: (item: T) => ReactNode;
  selectedId: number | null;
  onSelect: (id: number) => void;
  emptyText: string;
  testId: string;
};

/** Shows a lazily read tree (see useLazyTree): a level is read when its parent is first opened. */
export function LazyTreeView<T extends Node>({ tree, renderTitle, selectedId, onSelect, emptyText, testId }: Props<T>) {
  const treeData = useMemo(() => {
    const build = (items: T[]): TreeNode[] =>
      items.map((item) => {
        const children = tree.levels.get(item.id);
        return { key: item.id, title: renderTitle(item), isLeaf: item.childCount === 0, children: children ? build(children) : undefined };
      });
    return build(tree.levels.get('roots') ?? []);
  }, [tree.levels, renderTitle]);
  const loadedKeys = useMemo(() => [...tree.levels.keys()].filter((k) => k !== 'roots'), [tree.levels]);

  if (tree.error) return <LoadError error={tree.error} onRetry={tree.reload} />;
  if (tree.isLoading) return <Spin style={{ display: 'block', padding: 32 }} />;
  if (treeData.length === 0) return <Empty description={emptyText} />;
  return (
    <Tree<TreeNode>
      blockNode
      showLine
      data-testid={testId}
      treeData={treeData}
      loadedKeys={loadedKeys}
      expandedKeys={tree.expandedKeys}
      onExpand={(keys) => tree.setExpandedKeys(keys.map(Number))}
      loadData={async (node) => {
        await tree.loadLevel(node.key);
      }}
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(_, info) => onSelect(info.node.key)}
      style={{ maxHeight: 'calc(100vh - 300px)', overflow: 'auto' }}
    />
  );
}
