import { useCallback } from 'react';
import { api, call } from '../../../api/client.ts';
import type { Place } from '../../../api/types.ts';
import { listAll } from '../../../components/list-all.ts';
import { type Level, useLazyTree } from '../../../components/use-lazy-tree.ts';

/** 社区 → 小区 → 楼栋 → 户, read level by level. */
export function usePlaceTree() {
  const readLevel = useCallback(
    (level: Level) =>
      listAll<Place>((page, pageSize) =>
        call(api.GET('/api/v1/places', { params: { query: level === 'roots' ? { roots: 'true', page, pageSize } : { parentId: level, page, pageSize } } })),
      ),
    [],
  );
  return useLazyTree(readLevel, 'places');
}
