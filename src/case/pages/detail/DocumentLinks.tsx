import { View } from '@tarojs/components'
import { openPage } from '@/adapters/navigation'
import type { Deadline } from '@/domain/deadlines'
import { docsForDeadline } from '@/domain/documents/catalogue'
import type { CaseRecord } from '@/storage/caseRecord'
import { docEntryRoute } from '@/services/docEntry'
import { docLinkText } from '@/i18n/documentNames'

/** 期限卡片下面：为这个期限要写的文书（错过了的，还有顺延申请）。 */
export function DocumentLinks({ caseId, procedure, deadline }: { caseId: string; procedure: CaseRecord['procedure']; deadline: Deadline }) {
  const kinds = docsForDeadline(deadline, procedure)
  if (kinds.length === 0) return null
  return (
    <View data-testid={`doc-links-${deadline.kind}`}>
      {kinds.map((kind) => (
        <View key={kind} className='link-button' role='link' data-testid={`doc-link-${deadline.kind}-${kind}`} onClick={() => openPage(docEntryRoute(kind), { id: caseId, doc: kind })}>
          {`${docLinkText[kind]} ›`}
        </View>
      ))}
    </View>
  )
}
