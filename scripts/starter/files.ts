// The files of a new documentary: the smallest one that builds, with every part in place once, and each
// placeholder saying what belongs there. Written in Traditional Chinese, like all content.
export const starterFiles: Record<string, string> = {
  'site.yaml': `title: 新紀錄片
subtitle: 一句話說明這是什麼故事
description: 寫給搜尋引擎和分享卡片的一兩句介紹。
lede: 首頁開頭的兩句話：發生了什麼，為什麼值得回顧。
# 時間顯示的兩個時區：第一個是事件發生地的時區。
timeZones:
  - { zone: Asia/Taipei, label: 台北時間 }
  - { zone: UTC, label: 世界協調時間 }
# 首頁大字的時長：從哪個事件到哪個事件（事件的檔名）。
headline:
  from: beginning
  to: ending
  label: 從開始到結束
publisher: 你的名字或單位
words:
  elapsedSince: 距開始
  primarySource: 主要資料
  glossaryIntro: 讀懂這個故事需要的詞彙。
`,
  'sources.yaml': `# 每一項引用的資料：id 是別處引用它時用的名字。
- id: main-source
  title: 主要資料的標題
  publisher: 出版者
  kind: article
  primary: true
`,
  'chapters/story.mdx': `---
title: 經過
order: 1
summary: 這一章講什麼，一兩句。
---
## 開始

<EventRef id="beginning">故事開始</EventRef>時，<Person id="someone">某人</Person>做了一件事。<Cite id="main-source" />

## 結束

<EventRef id="ending">故事結束</EventRef>。
`,
  'events/beginning.mdx': `---
title: 故事開始
kind: main
seq: 1
time: "2024-01-01T09:00:00+08:00"
precision: hour
zone: Asia/Taipei
summary: 一句話說明這個事件。
people: [someone]
sources: [main-source]
timeBasis:               # how the time is known: the source that states it, in its own words
  source: main-source
  stated: "上午9點"
  how: stated            # stated | converted | approximate | inferred | estimated
---
事件的經過，寫成一兩段。
`,
  'events/ending.mdx': `---
title: 故事結束
kind: main
seq: 2
time: "2024-01-02T18:00:00+08:00"
precision: day
zone: Asia/Taipei
summary: 一句話說明這個事件。
people: [someone]
sources: [main-source]
timeBasis:
  source: main-source
  stated: "1月2日"
  how: estimated         # only the day is known
---
事件的經過，寫成一兩段。
`,
  'profiles/someone.mdx': `---
name: 某人的全名
shortName: 某人
nameOriginal: Someone
summary: 這個人在故事裡是誰。
roles:
  - { title: 職稱 }
---
關於這個人的一兩段。
`,
};

export const nextSteps = (folder: string) => `Wrote a small documentary to ${folder}. Next:
  1. Edit ${folder}/site.yaml: the title, the two time zones, the headline's events.
  2. Replace the events in ${folder}/events/ (one file each; the file name is the id), the people in
     ${folder}/profiles/, the works you cite in ${folder}/sources.yaml, and write ${folder}/chapters/.
  3. Check it:   npm run check:content -- ${folder}
     Preview it: CONTENT_DIR=${folder} npm run dev
     Build it:   CONTENT_DIR=${folder} npm run build -- --out dist-${folder.replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '')}
  What each field means: docs/authoring.md.`;
