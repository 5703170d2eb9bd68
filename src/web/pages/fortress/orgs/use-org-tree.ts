import { useCallback } from 'react';
import { api, call } from '../../../api/client.ts';
import type { Org } from '../../../api/types.ts';
import { listAll } from '../../../components/list-all.ts';
import { type Level, useLazyTree } from '../../../components/use-lazy-tree.ts';

/** The org tree as it stood on `asOf` (today when undefined), read level by level. */
export function useOrgTree(asOf: string | undefined) {
  const readLevel = useCallback(
    (level: Level) =>
      listAll<Org>((page, pageSize) =>
        call(api.GET('/api/v1/orgs', { params: { query: level === 'roots' ? { roots: 'true', asOf, page, pageSize } : { parentId: level, asOf, page, pageSize } } })),
      ),
    [asOf],
  );
  return useLazyTree(readLevel, asOf ?? 'today');
}
