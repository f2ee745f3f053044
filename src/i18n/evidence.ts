/** 证据清单页的文案。只被 prepare/ 分包引用。 */
import type { Procedure } from '@/domain/deadlines'
import type { CaseStage } from '@/domain/evidence/caseStage'
import type { EvidenceGroup } from '@/domain/evidence/checklist'
import type { EvidenceStatus } from '@/storage/evidenceStore'
import type { DocumentKind } from '@/storage/caseRecord'
import { formatFen } from '@/domain/money/yuanInput'
import type { LimitationAssessment } from '@/domain/claims/limitation'

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`

export const evidenceText = {
  title: '证据清单',
  notFound: '没有找到这个案件，可能已经删除了。',
  backHome: '回到首页',
  progress: (ready: number, total: number) => `已准备 ${ready}/${total}`,
  intro: '下面是这类案件一般用得上的材料。手里没有的不用慌：先准备能拿到的，确实没有的标“不适用”。标了“已准备”的证据，会自动列进答辩状的证据清单。',
  howOutdated: '（各 App 的菜单常改版，可能已经变了，以 App 里实际看到的为准）',
  stageLine: (stage: string) => stage,
  stage: (stage: CaseStage, procedure: Procedure): string => {
    if (procedure === 'payment_order') return stage === 'after_judgment' ? '支付令的异议期已过，支付令可能已经生效。留好之后的每一笔还款。' : '现在是支付令异议期。先核对欠款，再决定是否提出书面异议。'
    if (procedure === 'pre_litigation_mediation') return '现在是诉前调解。准备好核对金额和说明还款能力的材料。'
    if (stage === 'before_answer') return '现在是答辩期。先准备证据和答辩状。'
    if (stage === 'before_hearing') return '答辩期已过，接下来是开庭。举证期限内还可以交证据。'
    return '已经收到判决。留好判决书和之后的每一笔还款。'
  },
  groups: {
    evidence: '证据：证明你的说法',
    court_papers: '法院寄来的材料：都要留好',
    hearing_day: '开庭当天要带的',
  } satisfies Record<EvidenceGroup, string>,
  statuses: { todo: '未准备', ready: '已准备', not_applicable: '不适用' } satisfies Record<EvidenceStatus, string>,
  /** 卡片的点按提示（issue 20：原来看不出卡片能点开） */
  expand: '展开 ▾',
  collapse: '收起 ▴',
  /** 卡片按钮的读屏名字：先念看得到的标题和状态 */
  toggleName: (title: string, status: string, expanded: boolean) => `${title}，${status}，${expanded ? '收起' : '展开'}`,
  statusLabel: '准备情况',
  whatTitle: '是什么',
  whyTitle: '为什么要',
  howTitle: '怎么拿到',
  copies: (n: number) => `准备 ${n} 份`,
  nextLine: (kind: string, date: string) => `下一个期限：${kind} · ${date}`,
  receivedDocs: (names: string) => `你登记收到的：${names}`,
  summonsPending: '还没有收到传票：收到后（开庭时间以它为准）再把它加进来。',
  documentNames: {
    summons: '传票', complaint: '起诉状副本', response_notice: '应诉通知书', evidence_notice: '举证通知书',
    payment_order: '支付令', judgment: '判决书', mediation_notice: '诉前调解通知', appeal_petition: '上诉状副本',
  } satisfies Record<DocumentKind, string> as Record<string, string>,
  copiesHint: (parties: number) => `按对方当事人 ${parties} 个算：给法院 1 份，每个对方当事人各 1 份。`,
  partiesLabel: '对方当事人（原告、第三人）有几个',
  partiesLess: '少一个',
  partiesMore: '多一个',
  noteLabel: '笔记（只存在你的手机上）',
  notePlaceholder: '例如：服务费条款在合同第 3 页',
  noteSaved: '已保存',
  photosTitle: '照片',
  photosNone: '还没有照片。',
  addPhoto: '拍照或从相册选',
  adding: '正在保存照片…',
  removePhoto: '删除这张',
  removePhotoConfirmTitle: '删除这张照片？',
  removePhotoConfirmBody: '只删除本工具里保存的这张，手机相册里的原图不受影响。',
  removePhotoConfirm: '删除',
  photoMissing: '这张照片找不到了',
  photosUsed: (used: number, limit: number) => `这个案件的照片已用 ${mb(used)}，上限 ${mb(limit)}。照片只存在这部手机上，不会上传。`,
  photosAdded: (n: number) => `已添加 ${n} 张照片。`,
  photosOverLimit: (added: number, skipped: number, used: number, limit: number) =>
    `${added > 0 ? `已添加 ${added} 张；` : ''}另外 ${skipped} 张没有保存：这个案件的照片已用 ${mb(used)}，上限是 ${mb(limit)}。可以先删掉不需要的照片，或者只把重要的几张存进来，其余的留在手机相册里。`,
  photosLimitReached: (used: number, limit: number) => `这个案件的照片已用 ${mb(used)}，到了上限 ${mb(limit)}。先删掉不需要的照片再添加；其余的可以留在手机相册里。`,
  photosNoSpace: '手机上给这个小程序的存储空间满了，照片没有保存。可以删掉其他案件里不需要的照片再试。',
  photosFailed: '照片没有保存成功，请再试一次。',
  closePreview: '关闭',
  claimKindTitle: '案由',
  claimKindInferred: '（按原告推断）',
  claimKindChange: '修改案由',
  claimKindReset: '按原告推断',
  claimKindLead: '案由决定清单里的材料和答辩状用哪一份表格。看起诉状第一页写的案由选。',
  claimKindDone: '完成',
  helpTitle: '免费的帮助',
  helpBody: '不知道怎么准备，可以先打电话问：',
  legalAid: '12348 法律援助热线',
  courtService: '12368 诉讼服务热线（查案件、联系法官）',
  toClaimCheck: '核对诉讼请求的金额',
  limitationTitle: '诉讼时效',
  limitationLine: {
    unanswered: '欠款是很久以前的？回答几个日期问题，看看能不能提出“诉讼时效已过”。要提的话，得在一审答辩时提。',
    may_have_run: '按你填的日期，诉讼时效可能已经过了，要在答辩时提出。证据里加了一项：最后一次催收是哪天到你这里的（或者一直没有）。',
    depends_on_filing_date: '诉讼时效要看原告哪天立案：请填受理通知书上的立案日期。',
    not_run: '按你填的日期，原告起诉时诉讼时效还没有过。',
  } satisfies Record<LimitationAssessment['status'], string>,
  limitationAnswer: '回答诉讼时效的问题',
  limitationReview: '查看或修改诉讼时效的回答',
  toTimeline: '回到期限一览',
  amount: (fen: number) => `${formatFen(fen)} 元`,
}
export type EvidenceText = typeof evidenceText
