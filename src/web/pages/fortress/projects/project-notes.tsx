import { useState } from 'react';
import { Button, Flex, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, call } from '../../../api/client.ts';
import type { ProjectDetail, ProjectNote, ProjectNoteKind } from '../../../api/types.ts';
import { EndPeriodModal } from '../../../components/end-period-modal.tsx';
import { useLocale } from '../../../i18n/use-locale.ts';
import { NoteModal } from './project-modals.tsx';

type Props = { project: ProjectDetail; kind: ProjectNoteKind; title: string; notes: ProjectNote[]; canWrite: boolean; onChanged: () => void };

/** One kind of project note: the service log, or blockers / factor needs with their open or resolved state. */
export function ProjectNotes({ project, kind, title, notes, canWrite, onChanged }: Props) {
  const { m } = useLocale();
  const [open, setOpen] = useState<'add' | ProjectNote | null>(null);
  const done = () => {
    setOpen(null);
    onChanged();
  };
  const hasState = kind !== 'service_log';
  return (
    <>
      <Flex justify="space-between" align="center" style={{ margin: '20px 0 8px' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {canWrite && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setOpen('add')}>
            {m.projects.addNote}
          </Button>
        )}
      </Flex>
      <Table<ProjectNote>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={notes}
        locale={{ emptyText: m.projects.noRecords }}
        columns={[
          { title: m.projects.notedOn, dataIndex: 'notedOn', width: 110 },
          ...(hasState ? [{ title: m.projects.category, dataIndex: 'category', width: 80, render: (c: ProjectNote['category']) => (c ? m.noteCategory[c] : '—') }] : []),
          { title: m.projects.content, dataIndex: 'content' },
          { title: m.projects.byUser, dataIndex: 'byUserName', width: 90, render: (n: string | null) => n ?? '—' },
          ...(hasState
            ? [
                {
                  title: m.onboarding.status,
                  key: 'state',
                  width: 170,
                  render: (_: unknown, n: ProjectNote) =>
                    n.status === 'resolved' ? (
                      <Tag color="green">
                        {m.projects.resolved} {n.resolvedOn}
                      </Tag>
                    ) : (
                      <Flex gap={8} align="center">
                        <Tag color="red">{m.projects.open}</Tag>
                        {canWrite && <a onClick={() => setOpen(n)}>{m.projects.resolve}</a>}
                      </Flex>
                    ),
                },
              ]
            : []),
        ]}
      />
      {open === 'add' && <NoteModal project={project} kind={kind} title={title} onClose={() => setOpen(null)} onDone={done} />}
      {open && open !== 'add' && (
        <EndPeriodModal
          title={`${m.projects.resolve} · ${open.content}`}
          field="resolvedOn"
          label={m.projects.resolvedOn}
          onSubmit={(resolvedOn) => call(api.POST('/api/v1/project-notes/{id}/resolve', { params: { path: { id: open.id } }, body: { resolvedOn } }))}
          onClose={() => setOpen(null)}
          onDone={done}
        />
      )}
    </>
  );
}
