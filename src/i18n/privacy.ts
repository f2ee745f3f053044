/**
 * 隐私授权弹层与“关于”页隐私部分的文案。只被分包引用（详情页、关于页，以后的证据和文书页），不进主包。
 * One entry per declared data type (src/privacy/declaration.ts): the compiler asks for a new one
 * when a type is declared, and the 关于 page lists exactly these.
 */
import type { PrivacyDataType } from '@/privacy/declaration'

export interface PrivacyTypeText {
  /** 信息类型的名称，与控制台勾选项对应，用用户听得懂的说法 */
  name: string
  /** 用来做什么、什么时候用（一句话） */
  purpose: string
}

export interface PrivacyMessages {
  types: Record<PrivacyDataType, PrivacyTypeText>
  sheet: {
    title: string
    /** “这一步要用到：{name}” */
    needs: (name: string) => string
    /** 认不出是哪类信息时的说法 */
    generic: string
    onlyOnTap: string
    /** 打开完整的隐私保护指引；name 是微信给的《…》名称，可能还没读到 */
    readGuide: (contractName: string | null) => string
    agree: string
    decline: string
    declineNote: string
  }
  /** 隐私接口没用成时，在功能旁边说明 */
  outcome: {
    declined: (name: string) => string
    permissionOff: (name: string) => string
  }
  about: {
    title: string
    lead: string
    askFirst: string
    readGuide: (contractName: string | null) => string
  }
}

export const privacyText: PrivacyMessages = {
  types: {
    calendar: {
      name: '手机日历（只写入）',
      purpose: '你点“加入手机日历”时，把最近的一个期限写进手机日历，到时提醒你；不会读取你日历里的其他内容。'
    },
    photos: {
      name: '你选中的照片',
      purpose: '你给证据或催收记录拍照、从相册选照片或截图时，把选中的照片保存在这台手机上，方便整理证据和投诉；不会上传。'
    },
    clipboard: {
      name: '剪贴板',
      purpose: '你选择复制文书内容或电话号码时，把它放进剪贴板，方便粘贴到别处；不会读取你复制过的其他内容。'
    }
  },
  sheet: {
    title: '用之前，先跟你说清楚',
    needs: (name) => `这一步要用到：${name}`,
    generic: '这一步要用到微信隐私保护指引里说明的信息。',
    onlyOnTap: '只在你点按钮的时候使用，不会在背后读取。',
    readGuide: (name) => `查看完整的${name ?? '《隐私保护指引》'}`,
    agree: '同意并继续',
    decline: '不同意',
    declineNote: '不同意也没关系：只是这一项用不了，其他功能照常使用。'
  },
  outcome: {
    declined: (name) => `没有使用${name}：你没有同意。需要时再点一次就可以。`,
    permissionOff: (name) => `没有使用${name}：这项权限已关闭。可以在小程序右上角“…”→“设置”里打开。`
  },
  about: {
    title: '会用到的手机权限',
    lead: '应诉助手只在你点相应按钮时使用下面这些，用途如下：',
    askFirst: '第一次使用时会先请你确认；不同意也可以继续使用其他功能。',
    readGuide: (name) => `查看完整的${name ?? '《隐私保护指引》'}`
  }
}
