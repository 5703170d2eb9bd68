import { useEffect, useState } from 'react';
import { api, call } from '../../../api/client.ts';
import type { OrgDetail, OrgKind } from '../../../api/types.ts';
import { kindsAllowedFor, orgKinds } from './org-kinds.ts';

/**
 * The kinds an org may change to, limited by its parent's kind. A parent outside the user's scope cannot be
 * read; then every non-root kind is offered and the server's rules decide. Undefined while reading.
 */
export function useKindOptions(org: OrgDetail, isNeeded: boolean): OrgKind[] | undefined {
  const [options, setOptions] = useState<OrgKind[] | undefined>(org.parentId ? undefined : kindsAllowedFor(null, org.kind));
  useEffect(() => {
    if (!isNeeded || !org.parentId) return;
    call(api.GET('/api/v1/orgs/{id}', { params: { path: { id: org.parentId } } }))
      .then((parent) => setOptions(kindsAllowedFor(parent.kind, org.kind)))
      .catch(() => setOptions(orgKinds.filter((k) => k !== org.kind && k !== 'working_committee')));
  }, [isNeeded, org.parentId, org.kind]);
  return options;
}
