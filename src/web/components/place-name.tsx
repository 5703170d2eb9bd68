import { api, call } from '../api/client.ts';
import { useRequest } from './use-request.ts';

/** A place with its path (社区 / 小区 / 楼栋 / 户), read from the places API; its id when it cannot be read. */
export function PlaceName({ id }: { id: number }) {
  const place = useRequest(() => call(api.GET('/api/v1/places/{id}', { params: { path: { id } } })), [id]);
  if (!place.data) return <>{place.error ? `#${id}` : '…'}</>;
  return <>{[...place.data.ancestors.map((a) => a.name), place.data.name].join(' / ')}</>;
}
