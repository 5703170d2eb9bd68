import { Card, Col, Row, Typography } from 'antd';
import { Link } from 'react-router';
import { useLocale } from '../../../i18n/use-locale.ts';
import { pageRoutes } from '../../../routes.tsx';
import { useSession } from '../../../session/use-session.ts';

/** The pages this user may open, grouped as in the menu, one click away. */
export function QuickLinks() {
  const { m } = useLocale();
  const { access } = useSession();
  const pages = pageRoutes.filter((r) => r.path !== '/' && (r.access === null || access[r.access]));
  if (pages.length === 0) return null;
  return (
    <Card title={m.dashboard.quickLinks} variant="borderless" style={{ marginTop: 16 }}>
      <Row gutter={[12, 12]}>
        {pages.map((r) => (
          <Col key={r.path} xs={12} sm={8} lg={4}>
            <Link to={r.path}>
              <Card size="small" hoverable styles={{ body: { textAlign: 'center', padding: '14px 8px' } }}>
                <div style={{ fontSize: 22, color: '#c8161d' }}>{r.icon}</div>
                <Typography.Text strong>{r.label(m)}</Typography.Text>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {m.menu[r.group]}
                </Typography.Text>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
