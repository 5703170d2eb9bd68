import { Tag, Tooltip } from 'antd';
import { useLocale } from '../../../i18n/use-locale.ts';
import { type StageState, stageStatusColor } from './review-types.ts';

/** A stage's state as a coloured tag, its deadline (or the day it closed) on hover. */
export function StageTag({ state }: { state: StageState }) {
  const { m } = useLocale();
  return (
    <Tooltip title={state.closedOn ?? `${m.reviews.deadlines} ${state.dueOn}`}>
      <Tag color={stageStatusColor[state.status]}>{m.reviewStageStatus[state.status]}</Tag>
    </Tooltip>
  );
}

/** Stars 0…5 as ★ marks (null: not rated yet). */
export function Stars({ stars }: { stars: number | null }) {
  const { m } = useLocale();
  if (stars === null) return <>—</>;
  if (stars === 0) return <Tag>{m.reviews.noStar}</Tag>;
  return <span style={{ color: '#c8161d', letterSpacing: 1 }} title={String(stars)}>{'★'.repeat(stars)}</span>;
}

export function yuanText(yuan: number | null): string {
  return yuan === null ? '—' : `${yuan.toLocaleString('zh-CN')} 元`;
}
