import { Tag } from 'antd';
import type { OverallStatus, StepStatus } from '../../../api/types.ts';
import { useLocale } from '../../../i18n/use-locale.ts';

const overallColors: Record<OverallStatus, string> = {
  not_started: 'default',
  in_progress: 'processing',
  ready_to_complete: 'gold',
  completed: 'green',
  cancelled: 'default',
};

const stepColors: Record<StepStatus, string> = { pending: 'default', in_progress: 'processing', done: 'green', skipped: 'default' };

/** The one status of a whole case. */
export function OverallTag({ status }: { status: OverallStatus }) {
  const { m } = useLocale();
  return <Tag color={overallColors[status]}>{m.overallStatus[status]}</Tag>;
}

export function StepStatusTag({ status }: { status: StepStatus }) {
  const { m } = useLocale();
  return <Tag color={stepColors[status]}>{m.stepStatus[status]}</Tag>;
}
