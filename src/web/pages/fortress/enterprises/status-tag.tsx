import { Tag } from 'antd';
import type { EnterpriseStatus } from '../../../api/types.ts';
import { useLocale } from '../../../i18n/use-locale.ts';

const colors: Record<EnterpriseStatus, string> = { onboarding: 'blue', active: 'green', closed: 'default' };

/** A unit's status: onboarding, active or closed. */
export function StatusTag({ status }: { status: EnterpriseStatus }) {
  const { m } = useLocale();
  return <Tag color={colors[status]}>{m.enterpriseStatus[status]}</Tag>;
}
