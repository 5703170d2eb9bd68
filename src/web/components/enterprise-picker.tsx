import type { CSSProperties } from 'react';
import { api, call } from '../api/client.ts';
import type { EnterpriseStatus } from '../api/types.ts';
import { RemoteSelect } from './remote-select.tsx';

type Props = { value?: number | null; onChange?: (value: number | null) => void; status?: EnterpriseStatus; placeholder?: string; style?: CSSProperties };

/** Picks an enterprise or social organization (of one status, if given) by name or 统一社会信用代码. */
export function EnterprisePicker({ status, ...rest }: Props) {
  return (
    <RemoteSelect
      {...rest}
      searchKey={status}
      search={async (q) => {
        const answer = await call(api.GET('/api/v1/enterprises', { params: { query: { status, q: q || undefined, pageSize: 30 } } }));
        return answer.items.map((e) => ({ value: e.id, label: `${e.name}（${e.uscc}）` }));
      }}
      describe={async (id) => {
        const unit = await call(api.GET('/api/v1/enterprises/{id}', { params: { path: { id } } }));
        return { value: unit.id, label: unit.name };
      }}
    />
  );
}
