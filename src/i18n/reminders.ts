/**
 * 提醒相关的全部文案（设置页、“提醒我”按钮、消息标题、日历条目）。
 * 主目录接入后以 `t.reminders` 使用；在那之前直接引入 `zhCNReminders`。
 * 纯 TypeScript：提醒计划（纯函数）也从这里取消息标题。
 */
import type { ReminderKind } from '@/domain/reminders/reminderSchemas'

/** 服务器上的提醒状态（server/src/db/schema.ts 的 ReminderState）。 */
export type ReminderStateName = 'scheduled' | 'sending' | 'sent' | 'needs_consent' | 'failed' | 'expired' | 'cancelled' | 'probably_delivered'

export interface ReminderMessages {
  /** 每种期限在提醒里的叫法，如“开庭”“提交答辩状” */
  kindName: Record<ReminderKind, string>
  /** 订阅消息标题（≤ 20 字，模板的 thing 字段） */
  messageTitle: (kind: ReminderKind, daysLeft: number | undefined) => string
  /** 消息备注：以官方文书为准 + 不构成法律意见 */
  messageNote: string
  /** 日历条目 */
  calendarTitle: (kind: ReminderKind, caseLabel: string | undefined) => string
  calendarDescription: (kind: ReminderKind, when: string, basis: readonly string[]) => string
  stateName: Record<ReminderStateName, string>
  /** 北京时间的月、日和 'HH:mm'，如“3月5日 09:30” */
  monthDayTime: (month: number, day: number, time: string) => string
  settings: {
    title: string
    lead: string
    statusOn: string
    statusOff: string
    statusUnknown: string
    loading: string
    /** 一个模板服务多种期限时的统称 */
    deadlinesGroup: string
    /** 还能收到几条某类提醒 */
    creditsLine: (kindName: string, credits: number) => string
    noCredits: string
    scheduledTitle: string
    noneScheduled: string
    /** 列表里的一行：什么、何时发 */
    reminderLine: (title: string, fireAt: string) => string
    allowButton: string
    allowing: string
    allowResult: (accepted: number, asked: number) => string
    allowRejected: string
    allowFailed: string
    /** 按钮上说清楚点了会怎样：第一次是打开提醒，之后每次是多收一条 */
    allowButtonFirst: string
    allowButtonMore: string
    /** 按钮下面一行：还有几条提醒没有额度（0 表示都能发出） */
    allowHint: (uncovered: number) => string
    /** 一条已安排的提醒是否真的能发出：微信的额度够不够它 */
    coveredState: string
    uncoveredState: string
    /** 这类提醒在微信设置里被设为“拒收” */
    turnedOffState: string
    /** 微信回报已送达 */
    deliveredState: string
    /** 额度与已安排提醒的对照：8 条里 4 条能发出 */
    coverageLine: (covered: number, total: number) => string
    /** 已取消的提醒收在折叠里 */
    cancelledFold: (count: number) => string
    cancelledFoldOpen: string
    /** 从没用过提醒的手机：没联系服务器，服务器上也没有你的数据 */
    neverUsed: string
    deleteTitle: string
    deleteBody: string
    deleteButton: string
    deleteConfirm: string
    deleteCancel: string
    deleted: string
    loadFailed: string
    officialFirst: string
  }
  /** 设置页上对两种少见情况的说明：在微信里关掉了某类提醒；“可能已送达” */
  deliveryNotes: {
    turnedOffTitle: string
    /** 某类提醒在微信里被设为拒收 */
    turnedOffLine: (kindName: string) => string
    turnedOffHow: string
    probablyDeliveredTitle: string
    probablyDeliveredBody: string
  }
  remindMe: {
    button: string
    working: string
    scheduled: (n: number) => string
    /** 一次“允许”只换一条消息：安排的比允许的多时，说清楚安排了几条、谁先发、怎样多收 */
    fewerCreditsThanReminders: (scheduled: number, accepted: number) => string
    notEnabled: string
    nothingAhead: string
    calendarButton: string
    calendarAdded: (n: number) => string
    calendarFailed: string
    failed: string
    /** 提醒服务一条也没接受（例如按服务器的时钟期限都已过去，HTTP 422）：不是“已安排 0 条” */
    refusedAll: (refused: number) => string
    /** 安排了一部分，另一部分被拒 */
    someRefused: (refused: number) => string
    /** 服务拒收：这个人已排的提醒太多（HTTP 422 too_many_reminders） */
    tooMany: string
  }
}

const kindName: Record<ReminderKind, string> = {
  hearing: '开庭',
  answer: '提交答辩状',
  payment_order_objection: '对支付令提出异议',
  appeal_judgment: '对判决上诉',
  appeal_ruling: '对裁定上诉',
  evidence: '提交证据',
  jurisdiction_objection: '提出管辖权异议',
  retrial: '申请再审',
  mediation_end: '诉前调解期满',
  appeal_answer: '对上诉提交答辩状',
  performance: '履行判决',
  small_claims_objection: '对小额诉讼程序提出异议',
  custom: '自定义事项',
}

const scheduled = (n: number): string => `已安排 ${n} 条微信提醒`
const notLegalAdvice = '本提醒仅供参考，不构成法律意见。'
const officialFirst = '日期以法院传票/通知书为准。'

export const zhCNReminders: ReminderMessages = {
  kindName,
  messageTitle: (kind, daysLeft) => {
    if (kind === 'hearing') {
      // The service counts the days when it sends (Beijing time), so a late message never says 明天 on the day.
      return daysLeft === 0 ? '今天开庭，请按时到庭' : daysLeft === undefined || daysLeft === 1 ? '明天开庭，请按时到庭' : `${daysLeft}天后开庭，请按时到庭`
    }
    if (kind === 'mediation_end') return '诉前调解即将期满'
    const when = daysLeft === undefined || daysLeft === 0 ? '今天截止' : `还剩${daysLeft}天`
    return `${kindName[kind]}${when}`
  },
  messageNote: `${officialFirst}${notLegalAdvice}`,
  calendarTitle: (kind, caseLabel) =>
    `${kind === 'hearing' ? '开庭' : `${kindName[kind]}截止`}${caseLabel ? `（${caseLabel}）` : ''}`,
  calendarDescription: (kind, when, basis) =>
    `${kind === 'hearing' ? '开庭时间' : '法定最后一日'}：${when.replace('T', ' ')}。${basis.length > 0 ? `依据：${basis.join('、')}。` : ''}${officialFirst}${notLegalAdvice}——应诉助手`,
  stateName: {
    scheduled: '已安排',
    sending: '已安排',
    sent: '已发送',
    needs_consent: '需要重新授权',
    failed: '发送失败',
    expired: '已过期',
    cancelled: '已取消',
    probably_delivered: '可能已送达',
  },
  monthDayTime: (month, day, time) => `${month}月${day}日 ${time}`,
  settings: {
    title: '微信提醒',
    lead: '在开庭和期限到来之前，通过微信服务通知提醒你。每点一次“允许”，可以收到一条对应的提醒。',
    statusOn: '微信提醒：已开启',
    statusOff: '微信提醒：未开启',
    statusUnknown: '暂时无法读取提醒状态',
    loading: '正在读取…',
    deadlinesGroup: '期限',
    creditsLine: (name, credits) => `还能收到 ${credits} 条${name}提醒`,
    noCredits: '还没有可用的提醒次数，点下面的按钮允许微信提醒。',
    scheduledTitle: '已安排的提醒',
    noneScheduled: '还没有安排提醒。在案件页点“提醒我”即可安排。',
    reminderLine: (title, fireAt) => `${fireAt} · ${title}`,
    allowButton: '允许微信提醒',
    allowing: '正在请求授权…',
    allowResult: (accepted, asked) => `已允许 ${accepted}/${asked} 类提醒。`,
    allowRejected: '你没有允许微信提醒。如果以前选过“总是保持以上选择”，可在右上角“…”→“设置”里重新打开；也可以改用“加入手机日历”。',
    allowFailed: '没能打开微信授权，请稍后再试。',
    allowButtonFirst: '打开微信提醒（弹出微信授权）',
    allowButtonMore: '再允许一次，多收一条提醒',
    allowHint: (uncovered) => uncovered > 0
      ? `还有 ${uncovered} 条提醒需要你再允许才能发出。点上面的按钮，在微信弹窗里选“允许”：每允许一次，每类提醒多收一条。`
      : '点上面的按钮，在微信弹窗里选“允许”：每允许一次，每类提醒多收一条。',
    coveredState: '已安排',
    uncoveredState: '还需再允许 1 次',
    turnedOffState: '微信设置里已关闭，发不出去',
    deliveredState: '已送达',
    coverageLine: (covered, total) => (covered === total ? `已安排的 ${total} 条提醒都能发出。` : `已安排的 ${total} 条提醒中，${covered} 条能发出，另外 ${total - covered} 条还需要你再允许。`),
    cancelledFold: (count) => `已取消的提醒（${count} 条，点开查看）`,
    cancelledFoldOpen: '收起已取消的提醒',
    neverUsed: '这部手机还没有用过微信提醒，服务器上没有从这里存下的任何数据。',
    deleteTitle: '删除服务器上的数据',
    deleteBody: '服务器上只存了发送提醒所需的最少信息（事项、日期、案号、法院名称）。删除后，已安排的提醒不会再发送；手机上的案件不受影响。',
    deleteButton: '删除服务器上关于我的全部数据',
    deleteConfirm: '确定删除',
    deleteCancel: '先不删',
    deleted: '已删除服务器上关于你的全部数据。',
    loadFailed: '读取失败，请稍后再试。',
    officialFirst: `${officialFirst}${notLegalAdvice}`,
  },
  deliveryNotes: {
    turnedOffTitle: '有提醒在微信里被关掉了',
    turnedOffLine: (name) => `「${name}」提醒已在微信里设为“拒收”，这类提醒现在收不到，点“允许”也不会再弹出授权。`,
    turnedOffHow: '想重新收到：在微信里打开本小程序，点右上角“…”→“设置”→“订阅消息”，把它打开，再回到这里点“允许微信提醒”。',
    probablyDeliveredTitle: '“可能已送达”是什么意思',
    probablyDeliveredBody: '标着“可能已送达”的提醒，发出时提醒服务正好重启，没来得及记下结果。微信表示那次“允许”已经用掉，所以它很可能已经送到，请在微信的“服务通知”里查看。它不会再重复发送，也不需要你再点“允许”。',
  },
  remindMe: {
    button: '提醒我',
    working: '正在安排提醒…',
    scheduled,
    fewerCreditsThanReminders: (n, accepted) => `${scheduled(n)}。微信规定每点一次“允许”只能收到一条提醒，这次可收 ${accepted} 条，最重要的（开庭、答辩）先发。想多收几条，就再点几次“提醒我”并选“允许”。`,
    notEnabled: '微信提醒未开启，可加入手机日历',
    nothingAhead: '没有尚未到来的期限，无需提醒',
    calendarButton: '加入手机日历',
    calendarAdded: (n) => `已加入手机日历 ${n} 项`,
    calendarFailed: '没能加入手机日历，请手动记下日期',
    failed: '安排提醒失败，请稍后再试，或加入手机日历',
    refusedAll: (refused) => `提醒服务没有接受这 ${refused} 条提醒，一条也没有安排。最常见的原因是手机的日期或时间不对，服务器认为这些期限已经过了。请检查手机的日期和时间后再点一次“提醒我”，或者点“加入手机日历”；期限以法院文书为准。`,
    someRefused: (refused) => `另有 ${refused} 条提醒没有被提醒服务接受（多半是按服务器的时间，那几个期限已经过了），请检查手机的日期和时间。`,
    tooMany: '你已经安排的提醒太多了，提醒服务暂时不再接受新的。删除已经结束、不再需要的案件，它们的提醒会一起取消，然后再点一次“提醒我”；也可以先点“加入手机日历”。',
  },
}
