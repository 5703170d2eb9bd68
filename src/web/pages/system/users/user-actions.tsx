import { useState } from 'react';
import { App, Button, Dropdown, Space } from 'antd';
import { DownOutlined } from '@ant-design/icons';
import { api, call } from '../../../api/client.ts';
import type { User } from '../../../api/types.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { RoleAssignmentsModal } from './role-assignments-modal.tsx';
import { UserRenameModal } from './user-rename-modal.tsx';

type Props = { user: User; isSelf: boolean; onChanged: () => void; onPassword: (password: string) => void };

/** What a security admin may do to an account. One's own roles, password reset and disabling are refused by the server, so they are not offered. */
export function UserActions({ user, isSelf, onChanged, onPassword }: Props) {
  const { m } = useLocale();
  const { message, modal } = App.useApp();
  const [open, setOpen] = useState<'roles' | 'rename' | null>(null);

  const run = async (action: () => Promise<void>) => {
    try {
      await action();
      onChanged();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };
  const path = { id: user.id };

  const resetPassword = () =>
    modal.confirm({
      title: m.users.resetPassword,
      content: fmt(m.users.resetConfirm, { name: user.displayName }),
      onOk: () =>
        run(async () => {
          const answer = await call(api.POST('/api/v1/users/{id}/reset-password', { params: { path } }));
          onPassword(answer.initialPassword);
        }),
    });
  const setDisabled = (isDisabled: boolean) => {
    const act = () =>
      run(async () => {
        await call(api.PATCH('/api/v1/users/{id}', { params: { path }, body: { isDisabled } }));
      });
    if (!isDisabled) return void act();
    modal.confirm({ title: m.users.disable, content: fmt(m.users.disableConfirm, { name: user.displayName }), okButtonProps: { danger: true }, onOk: act });
  };
  const unlock = () =>
    run(async () => {
      await call(api.POST('/api/v1/users/{id}/unlock', { params: { path } }));
      message.success(m.users.unlocked);
    });

  const more = [
    { key: 'rename', label: m.users.editName },
    ...(user.isLocked ? [{ key: 'unlock', label: m.users.unlock }] : []),
    ...(isSelf ? [] : [user.isDisabled ? { key: 'enable', label: m.users.enable } : { key: 'disable', label: m.users.disable, danger: true }]),
  ];

  return (
    <Space size={4}>
      {!isSelf && (
        <Button type="link" size="small" onClick={() => setOpen('roles')}>
          {m.users.editRoles}
        </Button>
      )}
      {!isSelf && (
        <Button type="link" size="small" onClick={resetPassword}>
          {m.users.resetPassword}
        </Button>
      )}
      <Dropdown
        menu={{
          items: more,
          onClick: ({ key }) => {
            if (key === 'rename') setOpen('rename');
            if (key === 'unlock') void unlock();
            if (key === 'enable') setDisabled(false);
            if (key === 'disable') setDisabled(true);
          },
        }}
      >
        <Button type="link" size="small">
          {m.common.more} <DownOutlined />
        </Button>
      </Dropdown>
      {open === 'roles' && (
        <RoleAssignmentsModal
          user={user}
          onClose={() => setOpen(null)}
          onSaved={() => {
            setOpen(null);
            onChanged();
          }}
        />
      )}
      {open === 'rename' && (
        <UserRenameModal
          user={user}
          onClose={() => setOpen(null)}
          onSaved={() => {
            setOpen(null);
            onChanged();
          }}
        />
      )}
    </Space>
  );
}
