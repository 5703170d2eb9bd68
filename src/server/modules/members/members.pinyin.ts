import { pinyin } from 'pinyin-pro';

export type NamePinyin = { pinyin: string; initials: string };

/**
 * The search keys of a name: full pinyin ("zhangsan") and initials ("zs"), lower case, without tones or
 * spaces. Surname mode reads a polyphonic first character as a surname (单 → shan, 曾 → zeng, 区 → ou).
 * ü is written v (吕 → lv), as on a keyboard. Latin runs in a name ("Anna李") count as one word;
 * separators such as the middle dot of minority names (买买提·艾力) are dropped.
 */
export function namePinyin(name: string): NamePinyin {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', mode: 'surname', surname: 'head', v: true, nonZh: 'consecutive' })
    .map((s) => s.toLowerCase().replace(/[^a-z]/g, ''))
    .filter((s) => s.length > 0);
  return { pinyin: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
}

/** What a user typed, reduced to the form stored in name_pinyin: "Zhang San" → "zhangsan"; null when not pinyin. */
export function pinyinQuery(q: string): string | null {
  const folded = q.toLowerCase().replace(/[\s']/g, '');
  return /^[a-z]+$/.test(folded) ? folded : null;
}
