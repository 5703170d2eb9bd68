import { useState } from 'react';
import { Avatar, Dropdown, Flex, Modal, Space, Typography, App } from 'antd';
import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { ChangePasswordForm } from '../components/change-password-form.tsx';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { useLocale } from '../i18n/use-locale.ts';
import { useSession } from '../session/use-session.ts';
import { BrandMark } from './brand-mark.tsx';

/** Park name on the left; language, the user with their roles, password change and logout on the right. */
export function AppHeader() {
  const { m } = useLocale();
  const { me, logout } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [isChangingPassword, setIsChangingPassword] = useState(false);
  if (!me) return null;
  const roleNames = [...new Set(me.assignments.map((a) => m.role[a.role]))];

  return (
    <Flex align="center" justify="space-between" style={{ height: '100%' }}>
      <Flex align="center" gap={12}>
        <BrandMark size={34} />
        <Flex vertical style={{ lineHeight: 1.25 }}>
          <Typography.Text strong style={{ color: '#fff', fontSize: 17, letterSpacing: 1 }} data-testid="park-name">
            {me.parkName}
          </Typography.Text>
          <Typography.Text style={{ color: 'rgba(255,255,255,0.78)', fontSize: 12 }}>
            {m.app.name} · {m.app.title}
          </Typography.Text>
        </Flex>
      </Flex>
      <Space size={20}>
        <LanguageSwitch />
        <Dropdown
          menu={{
            items: [
              { key: 'password', icon: <KeyOutlined />, label: m.auth.changePassword },
              { type: 'divider' },
              { key: 'logout', icon: <LogoutOutlined />, label: m.auth.logout, danger: true },
            ],
            onClick: ({ key }) => {
              if (key === 'password') setIsChangingPassword(true);
              // Leave for the login page without a return path: the next user starts at their own workbench.
              if (key === 'logout') void logout().then(() => navigate('/login', { replace: true }));
            },
          }}
        >
          <a style={{ color: '#fff' }} data-testid="user-menu">
            <Space size={8}>
              <Avatar size="small" icon={<UserOutlined />} style={{ background: '#ffd76a', color: '#a8071a' }} />
              <span>{me.displayName}</span>
              {roleNames.length > 0 && <span style={{ color: 'rgba(255,255,255,0.75)', fontSize: 12 }}>{roleNames.join('、')}</span>}
              <DownOutlined style={{ fontSize: 10 }} />
            </Space>
          </a>
        </Dropdown>
      </Space>
      <Modal title={m.auth.changePassword} open={isChangingPassword} onCancel={() => setIsChangingPassword(false)} footer={null} destroyOnHidden width={420}>
        <ChangePasswordForm
          onDone={() => {
            setIsChangingPassword(false);
            message.success(m.auth.passwordChanged);
          }}
        />
      </Modal>
    </Flex>
  );
}
