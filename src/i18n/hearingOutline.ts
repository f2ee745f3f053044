/**
 * 庭审提纲页的文字（documents 分包）。提纲本身的话在 src/domain/documents/templates/hearingOutlineRows.ts。
 */
import type { SummonsMode } from '@/domain/hearing/outline'

export const hearingOutlineText = {
  title: '庭审提纲',
  keep: '这是给你自己看的，不用交给法院（份数：1份，自己用）。按你填的答辩状生成：答辩状改了，这里跟着变。可以生成 Word 文件打印出来，开庭时带在身边。',
  noAnswer: '你还没有开始填答辩状，下面只有按“核对诉讼请求”和证据清单预填的内容。先把答辩状逐项填好，提纲才完整。',
  toAnswer: '去填答辩状',
  editAnswer: '修改答辩状',
  summonsQuestion: '传票或开庭通知上写的是在线开庭吗？',
  summonsHint: '写了“在线开庭”“视频开庭”，或者给了要登录的网址、小程序的，选“是”。选了“是”，提纲里会加上在线开庭要准备的。',
  summonsModes: { online: '是，在线开庭', in_person: '不是，到法院开庭', unsure: '不记得' } satisfies Record<SummonsMode, string>,
  internetCourt: '这是互联网法院：一般以在线视频方式开庭（互联网法院规定第十二条），提纲里有在线开庭要准备的。',
  onlineConsent: '不是互联网法院的，在线开庭要征得你同意；不方便在线的，可以向法院说明（在线诉讼规则第四条、第五条）。',
  notFound: '没有找到这个案件，可能已经删除了。',
  backHome: '回到首页',
}
