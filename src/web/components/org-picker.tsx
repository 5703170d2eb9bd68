import { type CSSProperties, useEffect, useRef, useState } from 'react';
import { TreeSelect } from 'antd';
import { api, call } from '../api/client.ts';
import type { Org } from '../api/types.ts';
import { useLocale } from '../i18n/use-locale.ts';
import { listAll } from './list-all.ts';

type Node = { id: number; pId: number | undefined; value: number; title: string; isLeaf: boolean; disabled?: boolean };

type Props = {
  value?: number | null;
  onChange?: (value: number | undefined) => void;
  placeholder?: string;
  /** This org cannot be picked and is not opened (e.g. the org being moved: not under itself). */
  excludeId?: number;
  allowClear?: boolean;
  style?: CSSProperties;
  'data-testid'?: string;
};

function toNode(org: Org, excludeId: number | undefined, asSearchHit = false): Node {
  const excluded = org.id === excludeId;
  return {
    id: org.id,
    pId: asSearchHit ? undefined : (org.parentId ?? undefined),
    value: org.id,
    title: org.shortName ?? org.name,
    isLeaf: asSearchHit || excluded || org.childCount === 0,
    disabled: excluded,
  };
}

/**
 * Picks one org the user may see: the tree read level by level, or, while typing, the server's search hits.
 * Works as a form control (value / onChange with the org id).
 */
export function OrgPicker({ value, onChange, placeholder, excludeId, allowClear = true, style, ...rest }: Props) {
  const { m } = useLocale();
  const [nodes, setNodes] = useState<Node[]>([]);
  const [hits, setHits] = useState<Node[] | null>(null);
  const [search, setSearch] = useState('');
  const labels = useRef(new Map<number, string>());
  const [, setLabelsVersion] = useState(0);

  const remember = (orgs: Org[]) => {
    for (const org of orgs) labels.current.set(org.id, org.shortName ?? org.name);
    setLabelsVersion((v) => v + 1);
  };

  useEffect(() => {
    listAll((page, pageSize) => call(api.GET('/api/v1/orgs', { params: { query: { roots: 'true', page, pageSize } } })))
      .then((roots) => {
        remember(roots);
        setNodes(roots.map((r) => ({ ...toNode(r, excludeId), pId: undefined })));
      })
      .catch(() => setNodes([]));
  }, [excludeId]);

  // A value set from outside (e.g. editing a record) needs its name.
  useEffect(() => {
    if (!value || labels.current.has(value)) return;
    call(api.GET('/api/v1/orgs/{id}', { params: { path: { id: value } } }))
      .then((org) => remember([org]))
      .catch(() => {});
  }, [value]);

  useEffect(() => {
    if (!search) {
      setHits(null);
      return;
    }
    let isCurrent = true;
    // Wait for a pause in typing before asking the server.
    const timer = setTimeout(() => {
      call(api.GET('/api/v1/orgs', { params: { query: { q: search, pageSize: 50 } } }))
        .then((answer) => {
          if (!isCurrent) return;
          remember(answer.items);
          setHits(answer.items.map((org) => toNode(org, excludeId, true)));
        })
        .catch(() => isCurrent && setHits([]));
    }, 250);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [search, excludeId]);

  const loadChildren = async (parentId: number) => {
    const children = await listAll((page, pageSize) => call(api.GET('/api/v1/orgs', { params: { query: { parentId, page, pageSize } } })));
    remember(children);
    setNodes((prev) => [...prev.filter((n) => n.pId !== parentId), ...children.map((c) => toNode(c, excludeId))]);
  };

  return (
    <TreeSelect
      {...rest}
      style={style ?? { width: '100%' }}
      treeDataSimpleMode
      treeData={hits ?? nodes}
      labelInValue
      value={value ? { value, label: labels.current.get(value) ?? `#${value}` } : undefined}
      onChange={(picked: { value: number; label?: unknown } | undefined) => onChange?.(picked?.value)}
      loadData={async (node) => {
        if (hits === null && typeof node.value === 'number') await loadChildren(node.value);
      }}
      showSearch={{ searchValue: search, onSearch: setSearch, filterTreeNode: false }}
      allowClear={allowClear}
      placeholder={placeholder ?? m.orgs.pickOrg}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxHeight: 400, overflow: 'auto', minWidth: 320 } } }}
    />
  );
}
