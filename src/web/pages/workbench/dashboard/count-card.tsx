import { Card, Statistic, Typography } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useRequest } from '../../../components/use-request.ts';
import { useLocale } from '../../../i18n/use-locale.ts';

type Props = { title: string; unit: string; to: string; load: () => Promise<number>; color: string; testId: string };

/** One live count; clicking it opens the list it counts. */
export function CountCard({ title, unit, to, load, color, testId }: Props) {
  const { m } = useLocale();
  const navigate = useNavigate();
  const { data, error, isLoading } = useRequest(load, []);
  return (
    <Card hoverable variant="borderless" onClick={() => navigate(to)} data-testid={testId} style={{ borderTop: `3px solid ${color}` }}>
      <Statistic
        title={title}
        value={error ? '—' : (data ?? 0)}
        loading={isLoading}
        suffix={unit}
        styles={{ content: { color, fontWeight: 600 } }}
      />
      <Typography.Text type={error ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
        {error ? error.message : (
          <>
            {m.dashboard.viewList} <RightOutlined style={{ fontSize: 10 }} />
          </>
        )}
      </Typography.Text>
    </Card>
  );
}
