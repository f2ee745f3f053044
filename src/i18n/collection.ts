/**
 * 催收页面的文字（collection 分包专用）。写给正被催收电话逼得着急的人：先说他们不能做什么，再说怎么记、怎么要求
 * 停止、怎么投诉，以及投诉能做到什么、做不到什么。依据见 src/domain/collection/conduct.ts。
 */
import type { ConductCode, RuleScope } from '@/domain/collection/conduct'
import type { Channel, EntryIssueCode, ThirdParty } from '@/domain/collection/entry'
import { fullDate } from './dates'

export const conductText: Record<ConductCode, { title: string; why: string }> = {
  third_party_contact: {
    title: '联系你的家人、同事、通讯录里的人',
    why: '他们不是借款的一方，他们的号码也不是为了催收才给对方的。处理个人信息要有合法依据、和目的直接相关、对人影响最小；用电话、短信侵扰别人的私人生活安宁，侵害隐私权。行业规范也明确禁止向与债务无关的人催收；按银行业协会的催收指引（参考），只有联系不上你时，对方才可以向你的紧急联系人问怎么找到你，不能向他们催收或透露欠款。',
  },
  debt_disclosed: {
    title: '向别人透露你的欠款和个人信息',
    why: '泄露、公开别人的私密信息侵害隐私权；信息处理者未经同意不得向他人提供个人信息。',
  },
  threats: {
    title: '威胁、恐吓（说要上门、要对你或家人不利）',
    why: '多次发送恐吓信息、滋扰他人正常生活的，可以报警，由公安机关处罚。金融监管规定不允许用暴力、恐吓催收。威胁人身安全的，直接打 110。',
  },
  false_authority: {
    title: '冒充警察、法院、律师，或者说“要抓你”',
    why: '催收人员不是警察，也不是法院；冒充国家机关工作人员招摇撞骗是犯罪。法院的文书由法院寄送或电子送达，案号可以在“人民法院在线服务”或打 12368 核实。',
  },
  abuse: {
    title: '辱骂、侮辱',
    why: '以侮辱方式侵害他人名誉权，要承担民事责任；多次发送侮辱信息干扰他人生活的，可以报警。',
  },
  harassment: {
    title: '深夜打电话、一天打很多次',
    why: '用电话、短信侵扰他人私人生活安宁侵害隐私权。银行业协会的催收指引要求：未经你同意，晚上 10 点到早上 8 点不能催收；电话没接通的，同一个号码一天不宜超过 6 次。',
  },
}

export const scopeText: Record<RuleScope, string> = {
  everyone: '',
  illegal_debts_only: '只适用于高利放贷等非法债务：持牌银行、消费金融公司的贷款一般不属于。',
  credit_cards_only: '只适用于银行信用卡。',
  regulated_lenders: '适用于银行、保险机构（消费金融公司同样受国家金融监督管理总局监管）。',
  association_members: '行业自律规范，约束协会会员。',
}

export const channelText: Record<Channel, string> = { call: '电话', sms: '短信', wechat: '微信', app: 'App 消息', visit: '上门', letter: '信件', other: '其他' }
export const thirdPartyText: Record<ThirdParty, string> = { family: '家人', employer: '工作单位', colleagues: '同事', friends: '朋友', contacts: '通讯录里的其他人', other: '其他人' }

export const entryIssueText: Record<EntryIssueCode, string> = {
  date_required: '请写上是哪一天（记录要有日期才有用）。',
  invalid_date: '这不是一个真实的日期，请写成 2026-09-18 这样。',
  date_in_future: '这个日期还没到。请写实际发生的那一天。',
  invalid_time: '时间请写成 21:40 这样（24 小时制）。',
}

export const collectionText = {
  title: '催收骚扰：记下来，要求停止',
  entryTitle: '记一次催收',
  notFound: '没有找到这个案件，可能已经删除了。',
  backHome: '回到首页',
  civilMatter: '欠钱还不上是民事纠纷，由法院按证据判。催收人员无权抓人，也不能骚扰你的家人、同事。信用卡“恶意透支”（以非法占有为目的，经银行催收后仍不归还）和判决生效后有能力却拒不执行，才可能涉及刑事责任。',
  rulesTitle: '催收人员不能做的事',
  rulesHint: '点一项看为什么、依据是什么。标“参考”的是没有核对原文的规定或行业自律规范。',
  basisTitle: '依据（点条文看原文）',
  reference: '参考',
  /** 个人信息保护法第十三条 → 《个人信息保护法》第十三条 */
  citation: (name: string) => {
    const at = name.indexOf('第')
    return at > 0 ? `《${name.slice(0, at)}》${name.slice(at)}` : `《${name}》`
  },
  recordTitle: '我的催收记录',
  recordEmpty: '还没有记录。每接到一次催收电话、短信，或者家人、同事被联系，就记一条：时间、号码、说了什么、联系了谁，再附上截图。',
  recordSummary: (count: number, first: string | undefined, last: string | undefined) => `共 ${count} 条${first && last ? `，${first === last ? fullDate(first) : `${fullDate(first)} 至 ${fullDate(last)}`}` : ''}。`,
  recordNight: (n: number) => `其中夜间（22 点到早 8 点）${n} 次。`,
  recordOthers: (names: string) => `被联系过的人：${names}。`,
  entryLine: (when: string, how: string) => `${when}\u3000${how}`,
  undated: '日期没填',
  photos: (n: number) => `截图 ${n} 张`,
  entryHasIssue: '有一项要改',
  addEntry: '记一条',
  recordSheet: '生成催收记录表（Word）',
  limitationCaution: '注意：记录里的每一次催收，都说明对方在向你要钱。催款到达你，会让诉讼时效重新计算（民法典第一百九十五条）。这份记录是给投诉用的；要不要交给法院，先想清楚，拿不准可以打 12348 问法律援助。',
  stopTitle: '要求对方停止',
  stopBody: '给原告写一封函：要求停止联系你的家人、同事，以后只用你指定的方式联系你。函里只谈催收方式，写的是“贵司主张的债务”，不承认欠款，也不答应还款。',
  writeLetter: '写函：要求停止违规催收',
  complainTitle: '投诉',
  complainBody: '向国家金融监督管理总局投诉：打 12378，或通过它的官方网站、公众号的投诉入口。附上催收记录表和截图。原告是小额贷款公司的，向当地的地方金融管理部门投诉。',
  complainCan: '投诉能做到的：监管部门会要求机构核查、答复，对方的违规行为会被记下，情节严重的机构可能被处罚。',
  complainCannot: '投诉做不到的：不能免掉或减少欠款，不能让法院的官司停下来，也不会改变判决——官司还是要按期答辩、举证、出庭。',
  writeComplaint: '写投诉书',
  call12378: '拨打 12378（金融消费者投诉）',
  call110: '威胁人身安全：拨打 110',
  // The entry form.
  onLabel: '哪一天',
  atLabel: '几点（可不填）',
  atPlaceholder: '例如：21:40',
  channelLabel: '怎么联系的',
  fromLabel: '对方号码或账号（可不填）',
  fromPlaceholder: '例如：0571-88886666，或微信名',
  whoLabel: '对方自称是谁（可不填）',
  whoPlaceholder: '例如：某某公司催收员、自称律师',
  saidLabel: '说了什么（可不填）',
  saidPlaceholder: '尽量照原话写，一行一句',
  othersLabel: '还联系了谁（可多选）',
  othersNoteLabel: '补充：具体是谁（可不填）',
  othersNotePlaceholder: '例如：打给了我母亲和公司前台',
  conductLabel: '有没有下面的行为（可多选）',
  photosLabel: '截图、照片',
  photosHint: '通话记录、短信、聊天记录的截图。只存在这台手机上，不会上传。',
  photosNone: '还没有截图。',
  addPhoto: '添加截图或拍照',
  adding: '正在保存…',
  removePhoto: '删除这张',
  removePhotoConfirmTitle: '删除这张截图？',
  removePhotoConfirmBody: '删除后不能恢复。',
  removePhotoConfirm: '删除',
  photoMissing: '找不到了',
  closePreview: '点任意处关闭',
  deleteEntry: '删除这条记录',
  deleteEntryConfirmTitle: '删除这条记录？',
  deleteEntryConfirmBody: '这条记录和它的截图都会从手机上删除，不能恢复。',
  deleteEntryConfirm: '删除',
  done: '完成',
  autosaved: '每一项都自动保存在这台手机上。',
  datePlaceholder: '2026-09-18',
  pickDate: '选日期',
}
