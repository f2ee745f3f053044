import type { Messages } from './messages'

/** 简体中文文案：写给一个刚收到法院材料、很着急、没有律师的人看。 */
export const zhCN: Messages = {
  app: {
    name: '应诉助手',
    disclaimer: '本工具只提供法律信息和计算参考，不构成法律意见；一切以法院送达的文书为准。'
  },
  home: {
    title: '应诉助手',
    emptyLead: '收到法院的传票、起诉状或支付令？把上面的日期告诉我们，我们帮你算出答辩、举证、开庭等每一个期限，并在到期前提醒你。',
    newCase: '新建案件',
    reminderSettings: '微信提醒设置',
    about: '关于本工具与隐私',
    listTitle: '我的案件',
    noDeadline: '还算不出期限，点进去补上送达日期',
    quarantined: (count) => `有 ${count} 条案件记录读不出来（可能是旧版本或存储损坏）。它们已单独保存，没有删除；其余案件不受影响。`,
    caseTitle: (lender, caseNumber) => (caseNumber ? `${lender} · ${caseNumber}` : lender),
    nextLine: (kind, date) => `${kind} · ${date}`,
    prepared: (ready, total) => `证据已准备 ${ready}/${total}`
  },
  about: {
    title: '关于应诉助手',
    whatTitle: '这是什么',
    whatBody: '应诉助手帮助因网贷、信用卡欠款被起诉的人看懂法院材料：按送达日期计算答辩期、管辖权异议、举证期限、支付令异议和上诉期，列出要准备的证据，生成协商函和答辩状等文书，并在开庭和期限届满前提醒你。',
    notAdviceTitle: '不是法律意见',
    notAdviceBody: '这里的内容是根据《民事诉讼法》（2023年修正）等规定整理的一般信息，不针对你的具体案件。期限以法院文书和承办法官的告知为准；拿不准时，请咨询律师、法律援助机构，或直接打电话问法院：',
    legalAidHotline: '12348 公共法律服务热线（法律援助）',
    courtHotline: '12368 法院诉讼服务热线',
    dataTitle: '你的数据存在哪里',
    dataOnPhone: '案件信息（法院、案号、金额、日期）只保存在你的手机上；不开启微信提醒就不会上传。',
    dataOnServer: '只有当你开启微信提醒时，服务器才会保存发送提醒所需的最少内容：提醒时间、事项名称、案号、法院名称、你允许发送的次数，以及点开提醒时要打开的页面（其中带着这个案件在你手机上的编号，它由建案时刻和随机数生成，只用来打开对应的案件，不含姓名、电话等个人信息）和微信回传的送达结果；姓名和金额从不上传。',
    deleteTitle: '如何删除',
    deleteBody: '在案件页可以删除单个案件；服务器上关于你的提醒数据，可以点下面的按钮到“微信提醒”页一键删除。删除小程序会清除手机上的数据，但不会删除服务器上的提醒数据。',
    deleteServerData: '删除服务器上关于我的全部数据',
    sourcesTitle: '依据',
    sourcesBody: '《中华人民共和国民事诉讼法》（2023年修正）、最高人民法院关于适用《民事诉讼法》的解释、《诉讼费用交纳办法》、国务院办公厅每年发布的节假日安排。'
  },
  whoToAsk: {
    title: '拿不准，可以问',
    court: (court) => `也可以到${court}诉讼服务中心问，或打传票上的法院电话。`,
    courtUnknown: '也可以到承办法院的诉讼服务中心问，或打传票上的法院电话。'
  },
  common: {
    back: '返回',
    confirm: '确定',
    cancel: '取消',
    save: '保存',
    pickFor: (pick, label) => `${pick}：${label}`
  }
}
