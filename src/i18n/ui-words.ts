// Interface wording where the two editions say it differently, not just in another script. ui.ts writes
// the Traditional wording; the Simplified edition shows the right-hand word, written here in Simplified,
// wherever the left-hand one occurs (menus, buttons, status lines, search messages — and the prose, where
// the same word means the same thing).
export const uiWords = [
  { hant: '搜尋', hans: '搜索' },
  { hant: '選單', hans: '菜单' },
  { hant: '連結', hans: '链接' },
  { hant: '載入', hans: '加载' },
  { hant: '點選', hans: '点击' },
  { hant: '開啟', hans: '打开' },
  { hant: '筆結果', hans: '条结果' },
  // A log of corrections is a 记录 on the mainland (纪录 stays for 纪录片, the documentary).
  { hant: '更正紀錄', hans: '更正记录' },
  { hant: '繁簡切換', hans: '简繁切换' },
  { hant: '已標示', hans: '已高亮' },
  { hant: '清除標示', hans: '清除高亮' },
  { hant: '建置', hans: '构建' },
  { hant: '指向或輕觸', hans: '悬停或轻点' },
  { hant: '記號', hans: '标记' },
  { hant: '本則', hans: '本条' },
  // The corrections page's intro: a correction is 标注 on the pages it changed (标示 is a sign or a label).
  { hant: '標示在', hans: '标注在' },
  // 依 for "according to, in the order of" reads as Taiwan register to a mainland desk: 按.
  { hant: '依發生', hans: '按发生' },
  { hant: '依真實時間', hans: '按真实时间' },
  { hant: '依日期', hans: '按日期' },
  { hant: '依序為', hans: '依次为' },
  { hant: '依時間先後', hans: '按时间先后' },
  { hant: '依拼音', hans: '按拼音' },
  // A time worked out or placed rather than stated: 推定 is a term of law on the mainland (无罪推定).
  { hant: '推定', hans: '推测' },
] as const satisfies readonly { hant: string; hans: string }[];
