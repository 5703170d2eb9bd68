import { Flex, Rate, Timeline, Typography } from 'antd';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { type RequestEvent, parkMinute } from './request-types.ts';

/** The request's events, latest first: each transition with who, when and what, escalations in red. */
export function RequestTimeline({ events }: { events: RequestEvent[] }) {
  const { m } = useLocale();
  return (
    <Timeline
      data-testid="request-timeline"
      style={{ marginTop: 12 }}
      items={[...events].reverse().map((e) => ({
        key: e.id,
        color: e.kind === 'escalation' ? 'red' : e.toStatus === 'confirmed' || e.toStatus === 'resolved' ? 'green' : 'blue',
        content: (
          <Flex vertical gap={2}>
            <Typography.Text strong>
              {parkMinute(e.at)}{' '}
              {e.kind === 'escalation' ? fmt(m.requests.escalationEvent, { org: e.escalatedToName ?? '—' }) : `${e.fromStatus ? `${m.requestStatus[e.fromStatus]} → ` : ''}${m.requestStatus[e.toStatus]}`}
            </Typography.Text>
            {(e.actorName || e.departmentName || e.assigneeName) && (
              <Typography.Text type="secondary">{[e.actorName, e.departmentName, e.assigneeName].filter(Boolean).join(' · ')}</Typography.Text>
            )}
            {e.note && <Typography.Text>{e.note}</Typography.Text>}
            {e.satisfaction !== null && <Rate disabled value={e.satisfaction} style={{ fontSize: 14 }} />}
          </Flex>
        ),
      }))}
    />
  );
}
