import { isIdNumberProblem, normalizePhone, parseIdNumber } from '../../platform/id-number.ts';
import { pinyinQuery } from './members.pinyin.ts';
import type { MemberSearch } from './members.repository.ts';

/**
 * Reads the search box: Chinese → name contains; letters → pinyin or initials prefix (张三 by "zs" or
 * "zhangsan"); 4 or more digits → a full valid ID or mobile number by its keyed hash, or the last 4
 * characters of either, which the masks already show. Anything else → name contains.
 */
export function readMemberQuery(q: string, hash: (plain: string) => string): MemberSearch {
  if (/\p{Script=Han}/u.test(q)) return { nameContains: q };
  const pinyin = pinyinQuery(q);
  if (pinyin) return { pinyinPrefix: pinyin };
  const compact = q.replace(/[\s-]/g, '').toUpperCase();
  if (/^\+?[0-9X]{4,}$/.test(compact)) {
    const search: MemberSearch = {};
    const id = parseIdNumber(compact);
    if (!isIdNumberProblem(id)) search.idNumberHash = hash(id.normalized);
    const phone = normalizePhone(compact);
    if (phone) search.phoneHash = hash(phone);
    if (/^[0-9X]{4}$/.test(compact)) search.maskedTail = compact;
    return search;
  }
  return { nameContains: q };
}
