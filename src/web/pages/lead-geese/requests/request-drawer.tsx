import { useState } from 'react';
import { Alert, Button, Descriptions, Drawer, Flex, List, Rate, Spin, Tag, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { api, call } from '../../../api/client.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useRequest } from '../../../components/use-request.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { RequestActionModal } from './request-action-modal.tsx';
import { RequestTimeline } from './request-timeline.tsx';
import { type RequestAction, parkMinute, statusColors } from './request-types.ts';

type Props = { id: number | null; onClose: () => void; onChanged: () => void };

/** One request: its fields and deadlines, the timeline of events, attachments, and only the actions the caller may take. */
export function RequestDrawer({ id, onClose, onChanged }: Props) {
  const { m } = useLocale();
  const [version, setVersion] = useState(0);
  const [action, setAction] = useState<RequestAction | null>(null);
  const detail = useRequest(async () => (id ? call(api.GET('/api/v1/requests/{id}', { params: { path: { id } } })) : null), [id, version]);
  const request = detail.data && detail.data.id === id ? detail.data : null;
  const overdue = request && (request.isResponseOverdue || request.isResolutionOverdue);

  return (
    <Drawer open={id !== null} onClose={onClose} size={860} title={request ? `${request.code} ${request.title}` : m.common.detail} data-testid="request-drawer" destroyOnHidden>
      {detail.error ? (
        <LoadError error={detail.error} onRetry={detail.reload} />
      ) : !request ? (
        <Spin style={{ display: 'block', marginTop: 80 }} />
      ) : (
        <>
          {overdue && <Alert type="error" showIcon title={request.isResponseOverdue ? m.requests.responseOverdue : m.requests.resolutionOverdue} style={{ marginBottom: 12 }} />}
          {request.escalationLevel > 0 && (
            <Alert type="warning" showIcon title={fmt(m.requests.escalatedTo, { org: request.escalatedToName ?? '—', level: request.escalationLevel })} style={{ marginBottom: 12 }} />
          )}
          <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
            <Tag color={statusColors[request.status]} style={{ fontSize: 14, padding: '2px 10px' }} data-testid="request-status">
              {m.requestStatus[request.status]}
            </Tag>
            <Flex gap={8} wrap data-testid="request-actions">
              {request.allowedActions.length === 0 && <Typography.Text type="secondary">{m.requests.noActions}</Typography.Text>}
              {request.allowedActions.map((a) => (
                <Button key={a} type={a === 'reject' || a === 'reopen' ? 'default' : 'primary'} danger={a === 'reject'} onClick={() => setAction(a)} data-testid={`request-action-${a}`}>
                  {m.requestAction[a]}
                </Button>
              ))}
            </Flex>
          </Flex>
          <Descriptions
            bordered
            size="small"
            column={2}
            items={[
              { key: 'enterprise', label: m.requests.enterprise, span: 2, children: request.enterpriseName },
              { key: 'category', label: m.requests.category, children: request.categoryName },
              { key: 'source', label: m.requests.source, children: `${m.requestSource[request.source]}${request.raisedByName ? ` · ${request.raisedByName}` : ''}` },
              { key: 'submittedAt', label: m.requests.submittedAt, children: parkMinute(request.submittedAt) },
              { key: 'responseDueAt', label: m.requests.responseDueAt, children: parkMinute(request.responseDueAt) },
              { key: 'resolutionDueAt', label: m.requests.resolutionDueAt, children: parkMinute(request.resolutionDueAt) },
              { key: 'department', label: m.requests.department, children: [request.departmentName, request.assigneeName].filter(Boolean).join(' · ') || '—' },
              { key: 'description', label: m.requests.description, span: 2, children: <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{request.description}</Typography.Paragraph> },
              ...(request.resolution ? [{ key: 'resolution', label: m.requests.resolution, span: 2, children: request.resolution }] : []),
              ...(request.rejectionReason ? [{ key: 'rejection', label: m.requests.rejectionReason, span: 2, children: request.rejectionReason }] : []),
              ...(request.satisfaction !== null ? [{ key: 'satisfaction', label: m.requests.satisfaction, span: 2, children: <Rate disabled value={request.satisfaction} /> }] : []),
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 20 }}>
            {m.requests.attachments}
          </Typography.Title>
          <List
            size="small"
            dataSource={request.attachments}
            locale={{ emptyText: m.requests.noAttachments }}
            renderItem={(a) => (
              <List.Item key={a.id}>
                <a href={`/api/v1/request-attachments/${a.id}`} download={a.fileName}>
                  <PaperClipOutlined /> {a.fileName}
                </a>
                <Typography.Text type="secondary">{Math.max(1, Math.round(a.sizeBytes / 1024))} KB</Typography.Text>
              </List.Item>
            )}
          />
          <Typography.Title level={5} style={{ marginTop: 20 }}>
            {m.requests.timeline}
          </Typography.Title>
          <RequestTimeline events={request.events} />
          {action && (
            <RequestActionModal
              request={request}
              action={action}
              onClose={() => setAction(null)}
              onDone={() => {
                setAction(null);
                setVersion((v) => v + 1);
                onChanged();
              }}
            />
          )}
        </>
      )}
    </Drawer>
  );
}
