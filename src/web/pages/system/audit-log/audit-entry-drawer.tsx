import { Descriptions, Drawer, Empty, Table, Tag, Typography } from 'antd';
import type { AuditEntry } from '../../../api/types.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { AuditAction } from './audit-action.tsx';
import { diffRows, showValue } from './audit-diff.ts';
import { formatAuditTime } from './audit-time.ts';

/** One audit entry: who, when, from where, and what changed (personal data already masked by the server). */
export function AuditEntryDrawer({ entry, onClose }: { entry: AuditEntry | null; onClose: () => void }) {
  const { m } = useLocale();
  return (
    <Drawer open={entry !== null} onClose={onClose} size={640} title={entry ? `${m.audit.seq} ${entry.seq}` : ''} data-testid="audit-drawer">
      {entry && (
        <>
          <Descriptions
            column={1}
            size="small"
            bordered
            items={[
              { key: 'at', label: m.audit.at, children: formatAuditTime(entry.at) },
              { key: 'actor', label: m.audit.actor, children: entry.actorName ?? m.audit.system },
              { key: 'ip', label: m.audit.ip, children: entry.ip ?? '—' },
              { key: 'action', label: m.audit.action, children: <AuditAction code={entry.action} /> },
              { key: 'object', label: m.audit.object, children: entry.objectType ? `${entry.objectType} #${entry.objectId ?? ''}` : '—' },
              { key: 'result', label: m.audit.result, children: <Tag color={entry.result === 'success' ? 'green' : 'red'}>{entry.result === 'success' ? m.audit.success : m.audit.failure}</Tag> },
              { key: 'hash', label: m.audit.hash, children: <Typography.Text code copyable style={{ fontSize: 11, wordBreak: 'break-all' }}>{entry.hash}</Typography.Text> },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {m.audit.diff}
          </Typography.Title>
          {entry.diff && Object.keys(entry.diff).length > 0 ? (
            <Table
              size="small"
              pagination={false}
              rowKey={(row) => row.field ?? '*'}
              dataSource={diffRows(entry.diff)}
              tableLayout="fixed"
              columns={[
                { title: m.audit.field, dataIndex: 'field', width: 150, render: (v: string | null) => (v ? <Typography.Text code>{v}</Typography.Text> : '—') },
                { title: m.audit.before, dataIndex: 'before', render: (v: unknown) => <span style={valueStyle}>{showValue(v)}</span> },
                { title: m.audit.after, dataIndex: 'after', render: (v: unknown) => <span style={{ ...valueStyle, color: 'rgba(0,0,0,0.88)' }}>{showValue(v)}</span> },
              ]}
            />
          ) : (
            <Empty description={m.audit.noDiff} image={Empty.PRESENTED_IMAGE_SIMPLE} />
          )}
        </>
      )}
    </Drawer>
  );
}

const valueStyle = { whiteSpace: 'pre-wrap', wordBreak: 'break-all', color: 'rgba(0,0,0,0.55)', fontSize: 13 } as const;
