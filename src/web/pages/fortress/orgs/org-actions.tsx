import { useState } from 'react';
import { Button, Space } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined, SwapOutlined, TagOutlined, FontSizeOutlined } from '@ant-design/icons';
import type { OrgDetail } from '../../../api/types.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { OrgCreateModal } from './org-create-modal.tsx';
import { type DatedChange, OrgDatedChangeModal } from './org-dated-change-modal.tsx';
import { OrgEditModal } from './org-edit-modal.tsx';
import { childKindsOf } from './org-kinds.ts';

type Open = { kind: 'create' } | { kind: 'edit' } | { kind: 'dated'; change: DatedChange } | null;

type Props = { org: OrgDetail; onChanged: (change: { selectId?: number; reloadLevels?: number[] }) => void };

/** The changes a user with orgs.write may make to the selected org; the server checks scope and rules. */
export function OrgActions({ org, onChanged }: Props) {
  const { m } = useLocale();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const mayHaveChildren = childKindsOf(org.kind).length > 0;

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }} data-testid="org-actions">
        {mayHaveChildren && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen({ kind: 'create' })}>
            {m.orgs.createChild}
          </Button>
        )}
        <Button icon={<EditOutlined />} onClick={() => setOpen({ kind: 'edit' })}>
          {m.orgs.editFields}
        </Button>
        <Button icon={<FontSizeOutlined />} onClick={() => setOpen({ kind: 'dated', change: 'rename' })}>
          {m.orgs.rename}
        </Button>
        {org.parentId !== null && (
          <Button icon={<SwapOutlined />} onClick={() => setOpen({ kind: 'dated', change: 'move' })}>
            {m.orgs.move}
          </Button>
        )}
        <Button icon={<TagOutlined />} onClick={() => setOpen({ kind: 'dated', change: 'changeKind' })}>
          {m.orgs.changeKind}
        </Button>
        <Button danger icon={<DeleteOutlined />} onClick={() => setOpen({ kind: 'dated', change: 'dissolve' })}>
          {m.orgs.dissolve}
        </Button>
      </Space>
      {open?.kind === 'create' && (
        <OrgCreateModal
          parent={org}
          onClose={close}
          onCreated={(created) => {
            close();
            onChanged({ selectId: created.id, reloadLevels: [org.id] });
          }}
        />
      )}
      {open?.kind === 'edit' && (
        <OrgEditModal
          org={org}
          onClose={close}
          onSaved={() => {
            close();
            onChanged({});
          }}
        />
      )}
      {open?.kind === 'dated' && (
        <OrgDatedChangeModal
          org={org}
          change={open.change}
          onClose={close}
          onDone={(_, values) => {
            close();
            onChanged({ reloadLevels: values.parentId ? [values.parentId] : [] });
          }}
        />
      )}
    </>
  );
}
