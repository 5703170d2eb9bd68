import { api, call } from '../api/client.ts';
import type { PlaceKind } from '../api/types.ts';
import { RemoteSelect } from './remote-select.tsx';

type Props = { value?: number | null; onChange?: (value: number | null) => void; kind?: PlaceKind; placeholder?: string };

/** Picks a place (of one kind, if given) by name or code. */
export function PlacePicker({ kind, ...rest }: Props) {
  return (
    <RemoteSelect
      {...rest}
      searchKey={kind}
      search={async (q) => {
        const answer = await call(api.GET('/api/v1/places', { params: { query: { kind, q: q || undefined, pageSize: 30 } } }));
        return answer.items.map((p) => ({ value: p.id, label: `${p.name}（${p.code}）` }));
      }}
      describe={async (id) => {
        const place = await call(api.GET('/api/v1/places/{id}', { params: { path: { id } } }));
        return { value: place.id, label: [...place.ancestors.map((a) => a.name), place.name].join(' / ') };
      }}
    />
  );
}
