import { api, call } from '../api/client.ts';
import { RemoteSelect } from './remote-select.tsx';

type Props = { value?: number | null; onChange?: (value: number | null) => void; orgId?: number; placeholder?: string };

/** Picks a member by name, pinyin or initials (within an org's subtree, if given). */
export function MemberPicker({ orgId, ...rest }: Props) {
  return (
    <RemoteSelect
      {...rest}
      searchKey={String(orgId ?? '')}
      search={async (q) => {
        const answer = await call(api.GET('/api/v1/members', { params: { query: { orgId, q: q || undefined, pageSize: 30 } } }));
        return answer.items.map((p) => ({ value: p.id, label: p.orgName ? `${p.name} · ${p.orgName}` : p.name }));
      }}
      describe={async (id) => {
        const member = await call(api.GET('/api/v1/members/{id}', { params: { path: { id } } }));
        return { value: member.id, label: member.name };
      }}
    />
  );
}
