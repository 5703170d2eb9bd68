import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useLocation, useNavigate } from 'react-router';
import { ApiError, api, call } from '../../../api/client.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';
import { AuthShell } from '../auth-shell.tsx';

type Values = { username: string; password: string };

function returnPathOf(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string' && state.from.startsWith('/')) return state.from;
  return '/';
}

/** Username and password; the server's own message when it refuses. */
export function LoginPage() {
  const { m } = useLocale();
  const { signedIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);

  const onFinish = async (values: Values) => {
    setIsSubmitting(true);
    setError(null);
    try {
      const me = await call(api.POST('/api/v1/auth/login', { body: values }));
      signedIn(me);
      navigate(me.mustChangePassword ? '/change-password' : returnPathOf(location.state), { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setIsSubmitting(false);
    }
  };

  return (
    <AuthShell title={m.auth.loginTitle}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
      <Form<Values> layout="vertical" size="large" onFinish={onFinish} requiredMark={false}>
        <Form.Item name="username" rules={[{ required: true, message: m.auth.username }]}>
          <Input prefix={<UserOutlined />} placeholder={m.auth.username} autoComplete="username" />
        </Form.Item>
        <Form.Item name="password" rules={[{ required: true, message: m.auth.password }]}>
          <Input.Password prefix={<LockOutlined />} placeholder={m.auth.password} autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={isSubmitting}>
          {m.auth.login}
        </Button>
      </Form>
    </AuthShell>
  );
}
