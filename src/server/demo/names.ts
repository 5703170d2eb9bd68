import type { Rng } from './random.ts';

/**
 * Common surnames with rough weights (per mille, Sichuan leaning: 李 王 张 刘 陈 杨 lead, 罗 曾 邓 廖 谢 more
 * frequent than nationally). Any resemblance of a generated name to a real person is chance.
 */
export const surnames: readonly (readonly [string, number])[] = [
  ['李', 80], ['王', 70], ['张', 66], ['刘', 60], ['陈', 58], ['杨', 46], ['黄', 30], ['赵', 24], ['吴', 24],
  ['周', 24], ['罗', 22], ['曾', 18], ['邓', 18], ['谢', 16], ['唐', 16], ['徐', 14], ['何', 16], ['廖', 14],
  ['彭', 12], ['胡', 14], ['郭', 10], ['蒋', 10], ['钟', 10], ['冯', 9], ['朱', 10], ['马', 9], ['孙', 9],
  ['高', 9], ['林', 8], ['宋', 8], ['郑', 8], ['梁', 8], ['肖', 10], ['袁', 9], ['田', 8], ['付', 8], ['邹', 7],
  ['熊', 7], ['雷', 7], ['余', 8], ['杜', 7], ['魏', 6], ['蔡', 6], ['汪', 5], ['龚', 5], ['范', 5], ['苏', 5],
  ['卢', 5], ['程', 5], ['夏', 4], ['钱', 3], ['严', 4], ['姚', 4], ['游', 4], ['文', 4], ['兰', 3], ['任', 5],
  ['段', 4], ['陶', 4], ['韩', 4], ['贺', 3], ['吕', 3], ['丁', 3], ['沈', 3], ['秦', 3], ['向', 4], ['侯', 3],
  ['尹', 3], ['江', 3], ['史', 2], ['康', 3], ['颜', 2], ['税', 2], ['敖', 2], ['母', 1], ['欧阳', 1], ['司马', 1],
];

const maleChars = '伟强军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳磊洋勋锋毅成峰建国志东海兵云亮卫正德坤川江渝'.split('');
const femaleChars = '芳娜敏静丽艳娟霞秀英华玲桂兰萍红梅琳燕雪琴莉婷倩颖慧洁蓉瑶佳欣悦晶月丹露薇婕蕾雯菲妍'.split('');
const neutralChars = '文明晓小子思嘉家一建永春秋天新元安志玉利金泽晨雨心若诗润德清和'.split('');

export type Sex = 'male' | 'female';

/** A realistic name: a weighted surname and one or two given-name characters fitting the sex. */
export function generateName(rng: Rng, sex: Sex): string {
  const surname = rng.weighted(surnames);
  const own = sex === 'male' ? maleChars : femaleChars;
  const first = rng.chance(0.35) ? rng.pick(neutralChars) : rng.pick(own);
  if (rng.chance(0.25)) return surname + first;
  let second = rng.pick(own);
  if (second === first) second = rng.pick(neutralChars);
  return surname + first + second;
}
