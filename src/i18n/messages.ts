/**
 * 界面文案的类型。每一条用户能看到的中文都在这里声明，
 * 缺一条编译就会报错；带参数的文案写成函数。
 */
export interface Messages {
  app: {
    name: string
    /** 每页底部的免责声明：提供信息，不是法律意见 */
    disclaimer: string
  }
  home: {
    title: string
    emptyLead: string
    newCase: string
    about: string
    /** 进入微信提醒设置（授权次数、已安排的提醒、删除服务器数据） */
    reminderSettings: string
    listTitle: string
    /** 某个案件还算不出期限时的一行 */
    noDeadline: string
    /** 隔离区里有读不出来的记录 */
    quarantined: (count: number) => string
    /** 案件卡片的标题：原告 + 案号（没有案号时只有原告） */
    caseTitle: (lender: string, caseNumber?: string) => string
    /** '提交答辩状 · 2026年10月8日（周四）' */
    nextLine: (kind: string, date: string) => string
    /** 证据清单的进度，'证据已准备 2/12' */
    prepared: (ready: number, total: number) => string
  }
  about: {
    title: string
    whatTitle: string
    whatBody: string
    notAdviceTitle: string
    notAdviceBody: string
    /** 可以点的电话号码（小程序里拨号，浏览器里 tel:），号码写在最前面 */
    legalAidHotline: string
    courtHotline: string
    dataTitle: string
    dataOnPhone: string
    dataOnServer: string
    deleteTitle: string
    deleteBody: string
    /** 去提醒设置页删除服务器数据的入口：关于页承诺了这件事，这里总能点到 */
    deleteServerData: string
    sourcesTitle: string
    sourcesBody: string
  }
  /** “拿不准时问谁”（首页、案件页）：电话用 about 的两条（12348、12368），再说承办法院。主包里的中文按 6 字节计，要短。 */
  whoToAsk: {
    title: string
    /** 案件记了法院时：去这个法院的诉讼服务中心 */
    court: (court: string) => string
    courtUnknown: string
  }
  common: {
    back: string
    confirm: string
    cancel: string
    save: string
    /** 日期/时间选择器按钮的读屏名字：按钮上的字在前，再说是哪一项 */
    pickFor: (pick: string, label: string) => string
  }
}
