import { registerFigure } from '../figures/figures.registry.ts';
import type { PolicyTopic } from './policies.schemas.ts';
import { measuresInForce } from './policies.service.ts';

/** Figures that count the measures of the policy documents of one topic in force on the date. */
function registerMeasureFigure(id: string, title: string, topic: PolicyTopic, topicName: string) {
  registerFigure({
    id,
    title,
    period: 'cumulative',
    rule: `截至统计日有效（已发布且未废止）的主题为"${topicName}"的政策文件所列措施条数；每条措施一条记录`,
    async compute(ctx, asOf) {
      const { policies, measures } = await measuresInForce(ctx, topic, asOf);
      return {
        values: { measures: measures.length, policies: policies.length },
        records: measures.map((m) => ({ type: 'policyMeasure', id: m.id, label: `《${m.policy.title}》第${m.seq}条：${m.title}` })),
      };
    },
  });
}

registerMeasureFigure('F21', '创建省级两新组织党建示范园区 措施', 'demonstration_park', '创建示范园区');
registerMeasureFigure('F40', '《打造唯美营商环境十二条》措施', 'business_environment', '营商环境');
