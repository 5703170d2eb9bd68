import { Tag } from 'antd';
import type { Place } from '../../../api/types.ts';
import { useLocale } from '../../../i18n/use-locale.ts';

const kindColors: Record<Place['kind'], string> = { community: 'red', compound: 'volcano', building: 'gold', household: 'default' };

/** A place as the tree and lists show it: its name and kind. */
export function PlaceTitle({ place }: { place: Pick<Place, 'name' | 'kind'> }) {
  const { m } = useLocale();
  return (
    <span>
      {place.name}
      <Tag bordered={false} color={kindColors[place.kind]} style={{ marginInlineStart: 6, fontSize: 11, lineHeight: '18px', paddingInline: 4 }}>
        {m.placeKind[place.kind]}
      </Tag>
    </span>
  );
}
