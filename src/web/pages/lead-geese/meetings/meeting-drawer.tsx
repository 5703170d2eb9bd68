import { useState } from 'react';
import { Button, Descriptions, Drawer, List, Spin, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useRequest } from '../../../components/use-request.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';
import type { MeetingDetail } from '../tasks/task-types.ts';
import { DecisionTasksModal } from './meeting-forms.tsx';

/** One joint meeting: attendees, agenda, decisions and the tasks each became; a decision can be made into tasks. */
export function MeetingDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { m } = useLocale();
  const { access } = useSession();
  const [version, setVersion] = useState(0);
  const [decision, setDecision] = useState<MeetingDetail['decisions'][number] | null>(null);
  const detail = useRequest(async () => (id ? call(api.GET('/api/v1/joint-meetings/{id}', { params: { path: { id } } })) : null), [id, version]);
  const meeting = detail.data && detail.data.id === id ? detail.data : null;
  return (
    <Drawer open={id !== null} onClose={onClose} size={800} title={meeting ? meeting.title : m.common.detail} data-testid="meeting-drawer" destroyOnHidden>
      {detail.error ? (
        <LoadError error={detail.error} onRetry={detail.reload} />
      ) : !meeting ? (
        <Spin style={{ display: 'block', marginTop: 80 }} />
      ) : (
        <>
          <Descriptions
            bordered
            size="small"
            column={2}
            items={[
              { key: 'heldOn', label: m.tasks.heldOn, children: meeting.heldOn },
              { key: 'holder', label: m.tasks.holder, children: meeting.orgName },
              { key: 'location', label: m.tasks.location, span: 2, children: meeting.location ?? '—' },
              { key: 'attendees', label: m.tasks.attendees, span: 2, children: meeting.attendees.map((a) => a.name).join('、') || '—' },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 20 }}>
            {m.tasks.agenda}
          </Typography.Title>
          <List size="small" dataSource={meeting.agenda} renderItem={(a, i) => <List.Item>{`${i + 1}. ${a}`}</List.Item>} />
          <Typography.Title level={5} style={{ marginTop: 20 }}>
            {m.tasks.decisions}
          </Typography.Title>
          <List
            size="small"
            dataSource={meeting.decisions}
            locale={{ emptyText: m.tasks.noRecords }}
            renderItem={(d) => (
              <List.Item
                actions={[
                  ...d.taskItemIds.map((itemId) => (
                    <Link key={itemId} to={`/lead-geese/tasks?id=${itemId}`}>
                      <Tag color="red">#{itemId}</Tag>
                    </Link>
                  )),
                  ...(access.canWriteTasks ? [<Button key="make" size="small" onClick={() => setDecision(d)}>{m.tasks.toTasks}</Button>] : []),
                ]}
              >
                <List.Item.Meta title={`${d.seq}. ${d.content}`} description={d.taskItemIds.length ? fmt(m.tasks.madeItems, { count: d.taskItemIds.length }) : undefined} />
              </List.Item>
            )}
          />
          {decision && (
            <DecisionTasksModal
              meeting={meeting}
              decision={decision}
              onClose={() => setDecision(null)}
              onDone={() => {
                setDecision(null);
                setVersion((v) => v + 1);
              }}
            />
          )}
        </>
      )}
    </Drawer>
  );
}
