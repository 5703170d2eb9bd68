import { Flex, Form, InputNumber } from 'antd';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';

/** Five threshold inputs (one to five stars) under `starThresholds`. */
export function ThresholdInputs() {
  const { m } = useLocale();
  return (
    <Form.Item label={m.reviews.thresholds} extra={m.reviews.thresholdsHint} required>
      <Flex gap={8} wrap>
        {[0, 1, 2, 3, 4].map((i) => (
          <Form.Item key={i} name={['starThresholds', i]} noStyle rules={[{ required: true, message: m.reviews.thresholds }]}>
            <InputNumber min={0} max={100} precision={0} prefix={fmt(m.reviews.starMin, { stars: i + 1 })} style={{ width: 120 }} />
          </Form.Item>
        ))}
      </Flex>
    </Form.Item>
  );
}

/** Six per-rating inputs (0 = below one star … 5 stars) under `name`: shares or base amounts. */
export function PerStarInputs({ name, label }: { name: 'starShares' | 'starBaseYuan'; label: string }) {
  const { m } = useLocale();
  return (
    <Form.Item label={label} required>
      <Flex gap={8} wrap>
        {[0, 1, 2, 3, 4, 5].map((stars) => (
          <Form.Item key={stars} name={[name, stars]} noStyle rules={[{ required: true, message: label }]}>
            <InputNumber min={0} precision={0} prefix={stars === 0 ? m.reviews.noStar : fmt(m.reviews.starLevel, { stars })} style={{ width: name === 'starShares' ? 110 : 150 }} />
          </Form.Item>
        ))}
      </Flex>
    </Form.Item>
  );
}
