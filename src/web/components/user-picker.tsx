import { api, call } from '../api/client.ts';
import type { Role } from '../api/types.ts';
import { RemoteSelect } from './remote-select.tsx';

type Props = { value?: number | null; onChange?: (value: number | null) => void; role?: Role; orgId?: number; placeholder?: string };

/** Picks an account from the staff directory by name (holding a role, bound within an org's subtree, if given). */
export function UserPicker({ role, orgId, ...rest }: Props) {
  const label = (u: { displayName: string; username: string; assignments: { orgName: string | null }[] }) => {
    const org = u.assignments.find((a) => a.orgName)?.orgName;
    return `${u.displayName}（${u.username}）${org ? ` · ${org}` : ''}`;
  };
  return (
    <RemoteSelect
      {...rest}
      searchKey={`${role ?? ''}|${orgId ?? ''}`}
      search={async (q) => {
        const answer = await call(api.GET('/api/v1/user-directory', { params: { query: { q: q || undefined, role, orgId, pageSize: 30 } } }));
        return answer.items.map((u) => ({ value: u.id, label: label(u) }));
      }}
      describe={async (id) => {
        const answer = await call(api.GET('/api/v1/user-directory', { params: { query: { pageSize: 200, role, orgId } } }));
        const found = answer.items.find((u) => u.id === id);
        return { value: id, label: found ? label(found) : `#${id}` };
      }}
    />
  );
}
