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
  }
  about: {
    title: string
    whatTitle: string
    whatBody: string
    notAdviceTitle: string
    notAdviceBody: string
    dataTitle: string
    dataOnPhone: string
    dataOnServer: string
    deleteTitle: string
    deleteBody: string
    sourcesTitle: string
    sourcesBody: string
  }
  common: {
    back: string
    confirm: string
    cancel: string
    save: string
  }
}
