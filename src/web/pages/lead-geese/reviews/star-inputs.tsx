import { Flex, Form, InputNumber } from 'antd';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';

/**
 * Five threshold inputs (one to five stars) under `starThresholds`. A Form.List, so that the server's error naming
 * starThresholds as a whole has a field to show on.
 */
export function ThresholdInputs() {
  const { m } = useLocale();
  return (
    <Form.Item label={m.reviews.thresholds} extra={m.reviews.thresholdsHint} required>
      <Form.List name="starThresholds">
        {(fields, _ops, { errors }) => (
          <>
            <Flex gap={8} wrap>
              {fields.map((f, i) => (
                <Form.Item key={f.key} name={f.name} noStyle rules={[{ required: true, message: m.reviews.thresholds }]}>
                  <InputNumber min={0} max={100} precision={0} prefix={fmt(m.reviews.starMin, { stars: i + 1 })} style={{ width: 120 }} />
                </Form.Item>
              ))}
            </Flex>
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}

/** Six per-rating inputs (0 = below one star … 5 stars) under `name`: shares or base amounts. */
export function PerStarInputs({ name, label }: { name: 'starShares' | 'starBaseYuan'; label: string }) {
  const { m } = useLocale();
  return (
    <Form.Item label={label} required>
      <Form.List name={name}>
        {(fields, _ops, { errors }) => (
          <>
            <Flex gap={8} wrap>
              {fields.map((f, stars) => (
                <Form.Item key={f.key} name={f.name} noStyle rules={[{ required: true, message: label }]}>
                  <InputNumber min={0} precision={0} prefix={stars === 0 ? m.reviews.noStar : fmt(m.reviews.starLevel, { stars })} style={{ width: name === 'starShares' ? 110 : 150 }} />
                </Form.Item>
              ))}
            </Flex>
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
