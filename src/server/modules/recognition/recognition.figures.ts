import { registerFigure } from '../figures/figures.registry.ts';
import { honorsOfKind } from './recognition.service.ts';

/** The report's honor figures: honors recorded by the date (cumulative), each honor one record. */

registerFigure({
  id: 'F13',
  title: '园区党建荣誉（"四川省两新组织党建示范园区"等）',
  period: 'cumulative',
  rule: '截至统计日授予本园区（持有者为园区）、记入红色堡垒的荣誉，每项荣誉一条记录',
  async compute(ctx, asOf) {
    const rows = await honorsOfKind(ctx, 'park', asOf, 'fortress');
    return { values: { honors: rows.length }, records: rows.map((h) => ({ type: 'honor', id: h.id, label: `${h.title}（${h.awardedOn}）` })) };
  },
});

registerFigure({
  id: 'F14',
  title: '产业链荣誉（入选省重点优势产业链等）',
  period: 'cumulative',
  rule: '截至统计日授予产业链（持有者为产业链）的荣誉，每项荣誉一条记录',
  async compute(ctx, asOf) {
    const rows = await honorsOfKind(ctx, 'chain', asOf);
    return { values: { honors: rows.length }, records: rows.map((h) => ({ type: 'honor', id: h.id, label: `${h.holderName ?? '产业链'}：${h.title}（${h.awardedOn}）` })) };
  },
});

registerFigure({
  id: 'F22',
  title: '园区发展荣誉（首批"全省十大高质量发展激励政策园区"等）',
  period: 'cumulative',
  rule: '截至统计日授予本园区（持有者为园区）、记入红色头雁的荣誉，每项荣誉一条记录',
  async compute(ctx, asOf) {
    const rows = await honorsOfKind(ctx, 'park', asOf, 'leadGeese');
    return { values: { honors: rows.length }, records: rows.map((h) => ({ type: 'honor', id: h.id, label: `${h.title}（${h.awardedOn}）` })) };
  },
});
